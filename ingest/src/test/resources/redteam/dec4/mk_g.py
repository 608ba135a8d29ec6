from mk_common import base
import openpyxl, os, shutil
NN='returns/RM1/nnuh-junior-doctors-march-2023.xlsx'
H='Date;Activity;Rescheduled;Planned;Staff taking part;Staff source\n'
# G1 European thousands "1.000" -> whole number?
d=base('nnuh-european-thousand',[NN])
open(d+'/returns/RM1/nnuh-junior-doctors-march-2023.csv','w',encoding='utf-8-sig').write(H+
 '13/03/2023;OP;1.000;9.120;410;illustrative\n13/03/2023;IP;160;1.040;410;illustrative\n14/03/2023;OP;985;9.050;402;illustrative\n14/03/2023;IP;158;1.010;402;illustrative\n15/03/2023;OP;981;8.930;395;illustrative\n15/03/2023;IP;157;995;395;illustrative\n')
# G2 ICB workbook, one sheet per site, three activity profiles on one file
d=base('icb-sheet-per-site')
for s in ('RM1','RCX','RGP'): shutil.rmtree(d+'/returns/'+s); os.makedirs(d+'/returns/'+s)
for p in ('nnuh','qeh','jpuh'): os.remove(d+'/profiles/'+p+'.properties')
wb=openpyxl.Workbook(); first=True
figs={'N&N':(2976,475),'QEH':(882,50),'JPUH':(262,81)}
for s,(o,i) in figs.items():
    ws=wb.active if first else wb.create_sheet(); first=False
    ws.title=s; ws.append(['Activity','Rescheduled']); ws.append(['Outpatient',o]); ws.append(['Inpatient',i])
wb.save(d+'/returns/QMM/icb-returns-by-site-march-2023.xlsx')
for s,code in (('N&N','RM1'),('QEH','RCX'),('JPUH','RGP')):
    open(d+f'/profiles/{code.lower()}-sheet.properties','w').write(f'name = {s} sheet of the ICB workbook\nsite = {code}\nfiles = returns/QMM/icb-returns-by-site-*.xlsx\nsheet = {s}\ncolumn.type = Activity\ncolumn.count = Rescheduled\naction = bma-jd-2023-03\n')
p=open(d+'/profiles/icb-summary.properties').read().replace('returns/QMM/*.csv','returns/QMM/icb-summary-*.csv')
open(d+'/profiles/icb-summary.properties','w').write(p)
