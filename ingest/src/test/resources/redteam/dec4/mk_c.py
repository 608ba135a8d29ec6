from mk_common import base
import os, shutil, openpyxl
NN='returns/RM1/nnuh-junior-doctors-march-2023.xlsx'
H='Date,Activity,Rescheduled,Planned,Staff taking part,Staff source\n'
R=[('13/03/2023','OP',1010,9120,410),('13/03/2023','IP',160,1040,410),('14/03/2023','OP',985,9050,402),('14/03/2023','IP',158,1010,402),('15/03/2023','OP',981,8930,395),('15/03/2023','IP',157,995,395)]
def csv(rows,dates=None,counts=None,sep=','):
    t=H.replace(',',sep)
    for k,(d,a,c,p,s) in enumerate(rows):
        d=dates[k] if dates else d; c=counts[k] if counts else c
        t+=sep.join([d,a,str(c),str(p),str(s),'illustrative'])+'\n'
    return t
# C1 numbers as text with separators
d=base('nnuh-text-numbers',[NN])
open(d+'/returns/RM1/nnuh-junior-doctors-march-2023.csv','w',encoding='utf-8-sig').write(
  csv(R,counts=['"1,010"','985.0','"981 "','" 160"','1.58E2','157'],sep=','))
# C2 European style: semicolon, 1.010 thousands (would be read as 1.01?), nbsp
d=base('nnuh-european-numbers',[NN])
open(d+'/returns/RM1/nnuh-junior-doctors-march-2023.csv','w',encoding='utf-8').write(
  csv(R,counts=['1.010','985','981','160','158','157'],sep=';'))
d=base('nnuh-nbsp-numbers',[NN])
open(d+'/returns/RM1/nnuh-junior-doctors-march-2023.csv','w',encoding='utf-8').write(
  csv(R,counts=['1\u00a0010','985','981','160','158','157'],sep=','))
# C3 dates variety
for name,ds in {
 'nnuh-dates-ordinal':['Mon 13th March 2023','Mon 13th March 2023','Tues 14th March 2023','Tues 14th March 2023','Wed 15th March 2023','Wed 15th March 2023'],
 'nnuh-dates-2digit':['13/03/23','13/03/23','14/03/23','14/03/23','15/03/23','15/03/23'],
 'nnuh-dates-serial':['44998','44998','44999','44999','45000','45000'],
 'nnuh-dates-us':['03/13/2023','03/13/2023','03/14/2023','03/14/2023','03/15/2023','03/15/2023'],
 'nnuh-dates-range':['13-15/03/2023']*6,
}.items():
    d=base(name,[NN])
    open(d+'/returns/RM1/nnuh-junior-doctors-march-2023.csv','w').write(csv(R,dates=ds))
# C3b: two-digit year with profile format d/M/yy and d/M/y
d=base('nnuh-dates-2digit-y',[NN])
open(d+'/returns/RM1/nnuh-junior-doctors-march-2023.csv','w').write(csv(R,dates=['13/3/23','13/3/23','14/3/23','14/3/23','15/3/23','15/3/23']))
p=open(d+'/profiles/nnuh.properties').read().replace('date.format = dd/MM/yyyy|yyyy-MM-dd','date.format = d/M/y')
open(d+'/profiles/nnuh.properties','w').write(p)
# C4 same return twice: xlsx and csv
d=base('nnuh-twice-two-formats')
open(d+'/returns/RM1/nnuh-junior-doctors-march-2023.csv','w').write(csv(R))
