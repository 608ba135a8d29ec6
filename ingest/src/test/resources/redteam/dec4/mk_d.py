from mk_common import base
import random, openpyxl, os, datetime
random.seed(7)
def nhs():
    while True:
        d=[random.randint(0,9) for _ in range(9)]
        if d[0]==0: continue
        s=sum(x*(10-i) for i,x in enumerate(d)); c=11-s%11
        if c==11: c=0
        if c==10: continue
        return ''.join(map(str,d))+str(c)
def fmt(n,k):
    return [n, f'{n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]}-{n[3:6]}-{n[6:]}', f' {n} ', f'{n[:3]}\u00a0{n[3:6]}\u00a0{n[6:]}'][k%5]
days=['13/03/2023','14/03/2023','15/03/2023','16/03/2023']
# counts expected: rows with Attendance code 4 on 13-15 March
d=base('ll-nhs-numbers')
rows=[]; leaked=[]
exp={}
for i in range(400):
    n=nhs(); leaked.append(n)
    day=days[i%4]; act='OP' if i%5 else 'IP'; code=[4,4,4,2,3][i%5] if i%7 else 4
    comment=f'NHS no {fmt(n,i+1)} rebooked' if i%3==0 else ''
    rows.append([fmt(n,i), day, act, '110', code, comment])
    if code==4 and day!='16/03/2023': exp[act]=exp.get(act,0)+1
# a row with the NHS number where the type should be, and one in the date column
n=nhs(); leaked.append(n); rows.append(['x', '13/03/2023', f'{n[:3]} {n[3:6]} {n[6:]}', '110', 4, ''])
n=nhs(); leaked.append(n); rows.append(['y', f'{n[:3]}-{n[3:6]}-{n[6:]}', 'OP', '110', 4, ''])
n=nhs(); leaked.append(n); rows.append(['z', '14/03/2023', 'OP', n, 4, ''])
hdr=['Ref','Appt Date','Activity','TFC','Attendance code','Comments']
wb=openpyxl.Workbook(); ws=wb.active; ws.title='Extract'
ws.append(['PAS extract: provider cancellations 13 to 16 March 2023']); ws.append([])
ws.append(hdr)
for r in rows: ws.append(r)
os.remove(d+'/returns/RM1/nnuh-junior-doctors-march-2023.xlsx')
wb.save(d+'/returns/RM1/pas-extract-march-2023.xlsx')
open(d+'/profiles/nnuh-pas.properties','w').write('''name = N&N PAS extract
site = RM1
layout = line-level
files = returns/RM1/pas-extract-*.xlsx
column.date = Appt Date
column.type = Activity
column.specialty-code = TFC
action = by-date
type.outpatient = OP
type.inpatient = IP
filter.column = Attendance code
filter.values = 4
''')
p=open(d+'/profiles/nnuh.properties').read().replace('files = returns/RM1/*','files = returns/RM1/nnuh-*')
open(d+'/profiles/nnuh.properties','w').write(p)
open('/work/redteam/ll-nhs-numbers/leaked.txt','w').write('\n'.join(leaked)+'\n')
open('/work/redteam/ll-nhs-numbers/expected.txt','w').write(str(exp)+'\n')
# D2: same extract, profile forgets layout (count = Attendance code)
import shutil
d2='/work/redteam/ll-forgot-layout/data'
if os.path.exists(d2): shutil.rmtree(d2)
shutil.copytree(d,d2)
open(d2+'/profiles/nnuh-pas.properties','w').write('''name = N&N PAS extract
site = RM1
files = returns/RM1/pas-extract-*.xlsx
column.date = Appt Date
column.type = Activity
column.specialty-code = TFC
column.count = Attendance code
action = by-date
type.outpatient = OP
type.inpatient = IP
''')
shutil.copy('/work/redteam/ll-nhs-numbers/leaked.txt','/work/redteam/ll-forgot-layout/leaked.txt')
