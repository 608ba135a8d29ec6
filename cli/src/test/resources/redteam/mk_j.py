import os, sys, csv
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mk_common import base
d=base('j-small-counts')
os.makedirs(d+'/returns/RCX'); os.makedirs(d+'/returns/RGP'); os.makedirs(d+'/returns/RM1')
open(d+'/returns/RCX/qeh.csv','w').write('Specialty,Outpatients,Inpatients\nAll,100,5\n')
open(d+'/returns/RGP/jpuh.csv','w').write('Specialty,Outpatients,Inpatients\nAll,40,3\n')
open(d+'/returns/RM1/nnuh.csv','w').write('Specialty,Outpatients,Inpatients\nAll,2000,7\n')
for s,n in [('RCX','qeh'),('RGP','jpuh'),('RM1','nnuh')]:
    open(d+'/profiles/%s.properties'%n,'w').write("""name = %s
site = %s
files = returns/%s/*.csv
column.specialty = Specialty
columns.by-type = Outpatients=outpatient, Inpatients=inpatient
action = bma-jd-2023-03
"""%(n,s,s))
