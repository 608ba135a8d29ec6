import openpyxl, shutil, os
src='/work/redteam/ll-forgot-layout/data'; dst='/work/redteam/ll-forgot-layout-clean/data'
if os.path.exists(dst): shutil.rmtree(dst)
shutil.copytree(src,dst)
f=dst+'/returns/RM1/pas-extract-march-2023.xlsx'
wb=openpyxl.load_workbook(f); ws=wb.active
new=openpyxl.Workbook(); nw=new.active; nw.title='Extract'
exp=0
for i,row in enumerate(ws.iter_rows(values_only=True)):
    if i>=3 and (row[1]=='16/03/2023' or row[0] in ('x','y','z')): continue
    nw.append(list(row))
    if i>=3 and row[4]==4: exp+=1
new.save(f)
open('/work/redteam/ll-forgot-layout-clean/expected.txt','w').write(f'rows with code 4: {exp}\n')
shutil.copy('/work/redteam/ll-forgot-layout/leaked.txt','/work/redteam/ll-forgot-layout-clean/leaked.txt')
