import os, sys, csv
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk_common import base
d=base('e-names-undetected')
os.makedirs(d+'/returns/RM1')
rows=[['Appt date','Pt Name','Date of Birth (dd/mm/yyyy)','Contact number','Activity','Status']]
for k in range(20):
    rows.append(['%02d/03/2023'%(13+k%3),'Qqpatient%02d Zzsmith'%k,'%02d/0%d/19%d'%(1+k,1+k%9,50+k),'07700 9%05d'%k,'OP' if k%4 else 'IP','CANC-IA'])
rows.append(['13/03/2023','Qqpatient99 Zzbad','01/02/1961','07700 900999','XRAY','CANC-IA'])
rows.append(['31/02/2023','Qqpatient98 Zzbad','01/02/1962','07700 900998','OP','CANC-IA'])
with open(d+'/returns/RM1/extract.csv','w',newline='') as f: csv.writer(f).writerows(rows)
open(d+'/profiles/nnuh.properties','w').write("""name = NNUH names
site = RM1
files = returns/RM1/*.csv
layout = line-level
column.date = Appt date
column.type = Activity
filter.column = Status
filter.values = CANC-IA
action = by-date
type.outpatient = OP
type.inpatient = IP
""")
