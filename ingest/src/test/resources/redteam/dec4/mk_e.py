from mk_common import base
import openpyxl, os
# E1: QEH sends nursing-strike return of zeros although it did not take part
d=base('qeh-zero-did-not-take-part')
open(d+'/returns/RCX/qeh-nursing-strikes-2023.csv','w').write('Specialty,Treatment function code,Outpatients,Inpatients\nGeneral Surgery,100,0,0\nTotal,,0,0\n')
open(d+'/profiles/qeh-nursing.properties','w').write('name = QEH nursing return\nsite = RCX\nfiles = returns/RCX/qeh-nursing-*.csv\ncolumn.specialty = Specialty\ncolumn.specialty-code = Treatment function code\ncolumns.by-type = Outpatients=outpatient, Inpatients=inpatient\naction = rcn-2023-01\n')
p=open(d+'/profiles/qeh.properties').read().replace('files = returns/RCX/*.csv','files = returns/RCX/qeh-junior-*.csv')
open(d+'/profiles/qeh.properties','w').write(p)
# E2: N&N nursing return has only February (January missing)
d=base('nnuh-nursing-jan-missing')
t=open(d+'/returns/RM1/nnuh-nursing-strikes-2023.csv').read().splitlines()
open(d+'/returns/RM1/nnuh-nursing-strikes-2023.csv','w').write('\n'.join([t[0]]+t[3:])+'\n')
# E3: N&N nursing: one day of January missing (18 Jan only)
d=base('nnuh-nursing-day-missing')
open(d+'/returns/RM1/nnuh-nursing-strikes-2023.csv','w').write('\n'.join([t[0],t[1]]+t[3:])+'\n')
# E4: QEH return refused (damaged zip named xlsx) -> status wording
d=base('qeh-refused')
os.remove(d+'/returns/RCX/qeh-junior-doctors-march-2023.csv')
open(d+'/returns/RCX/qeh-junior-doctors-march-2023.xlsx','wb').write(b'PK\x03\x04'+os.urandom(300))
p=open(d+'/profiles/qeh.properties').read().replace('files = returns/RCX/*.csv','files = returns/RCX/*.xlsx')
open(d+'/profiles/qeh.properties','w').write(p)
# E5: csv with header changing part way (a second table pasted below)
d=base('qeh-header-partway')
open(d+'/returns/RCX/qeh-junior-doctors-march-2023.csv','w').write(open('/work/h-redteam/samples/data/returns/RCX/qeh-junior-doctors-march-2023.csv').read()+
 '\nSpecialty,Treatment function code,Inpatients,Outpatients\nGeneral Surgery,100,9,132\nUrology,101,6,96\n')
# E6: hidden first sheet (old draft) and hidden row with superseded figure
d=base('jpuh-hidden')
wb=openpyxl.load_workbook(d+'/returns/RGP/jpuh-junior-doctors-march-2023.xlsx')
ws=wb['Rescheduled']
draft=wb.create_sheet('Draft v1',0)
draft.append(['Date','Appointment type','Number rescheduled'])
for r in ws.iter_rows(min_row=5,max_row=16,values_only=True): draft.append([r[0],r[1],(r[2] or 0)*2])
draft.sheet_state='hidden'
ws.insert_rows(5); ws['A5']='13/03/2023'; ws['B5']='New'; ws['C5']=400
ws.row_dimensions[5].hidden=True
ws['C18']='=SUM(C5:C17)'
wb.active=1
wb.save(d+'/returns/RGP/jpuh-junior-doctors-march-2023.xlsx')
