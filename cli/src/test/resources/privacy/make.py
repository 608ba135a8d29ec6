#!/usr/bin/env python3
"""Makes the privacy fixture: a data folder whose returns carry invented patient identifiers in
every layout the suite reads. Python's csv module writes the csv files; Gnumeric's ssconvert turns
one of them into xlsx, so the xlsx is written by a tool the suite did not write. Run from this
folder: python3 make.py (needs ssconvert: apt-get install gnumeric). Re-running gives the same
files: the generator is seeded.

NHS numbers are in the 999 range NHS England keeps for testing and pass the Modulus 11 check;
names are "Test Patient NNNN"; dates of birth and postcodes are made up."""
import csv, os, random, shutil, subprocess
from datetime import date, timedelta

random.seed(20230313)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
SAMPLES = os.path.join(HERE, "..", "..", "..", "..", "..", "samples", "data")


def nhs_number():
    while True:
        digits = [9, 9, 9] + [random.randrange(10) for _ in range(6)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return "".join(map(str, digits + [check]))


def spaced(n, style):
    return [n, n[:3] + " " + n[3:6] + " " + n[6:], n[:3] + "-" + n[3:6] + "-" + n[6:]][style % 3]


patients = []
for i in range(1, 61):
    dob = date(1930, 1, 1) + timedelta(days=random.randrange(365 * 75))
    postcode = random.choice(["NR", "PE", "IP"]) + str(random.randrange(1, 35)) + " " + \
        str(random.randrange(10)) + random.choice("ABDEFGHJLNPQRSTUWXYZ") + random.choice("ABDEFGHJLNPQRSTUWXYZ")
    patients.append({"nhs": nhs_number(), "name": "Test Patient %04d" % i, "dob": dob, "postcode": postcode})

STRIKE_DAYS = [date(2023, 3, 13), date(2023, 3, 14), date(2023, 3, 15)]
OTHER_DAYS = [date(2023, 3, 9), date(2023, 3, 20)]
TFC = ["100", "101", "110", "120", "130", "300", "502"]


def extract_rows(site, n, seed):
    rnd = random.Random(seed)
    rows = []
    for k in range(n):
        p = patients[rnd.randrange(len(patients))]
        day = rnd.choice(STRIKE_DAYS * 4 + OTHER_DAYS)
        outcome = rnd.choice(["4", "4", "4", "2", "3", "5", "DNA"])
        rows.append({
            "Appointment ID": "APT%07d" % (seed * 10000 + k),
            "NHS Number": spaced(p["nhs"], k),
            "Patient Name": p["name"],
            "Date of Birth": p["dob"].strftime("%d/%m/%Y"),
            "Postcode": p["postcode"],
            "Site": site,
            "Appointment date": day.strftime("%d/%m/%Y"),
            "Activity": rnd.choice(["OP", "OP", "OP", "IP"]),
            "Treatment function code": rnd.choice(TFC),
            "Outcome": outcome,
        })
    return rows


def write_csv(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header] if isinstance(r, dict) else r)


shutil.rmtree(DATA, ignore_errors=True)
shutil.copytree(os.path.join(SAMPLES, "reference"), os.path.join(DATA, "reference"))
HEADER = ["Appointment ID", "NHS Number", "Patient Name", "Date of Birth", "Postcode", "Site",
          "Appointment date", "Activity", "Treatment function code", "Outcome"]

# 1. A line-level extract read as one (N&N).
write_csv(os.path.join(DATA, "returns/RM1/pas-extract-march-2023.csv"), HEADER, extract_rows("RM1", 300, 1))
# 2. The same kind of extract read by a table profile that forgot layout = line-level (QEH).
write_csv(os.path.join(DATA, "returns/RCX/pas-extract-march-2023.csv"), HEADER, extract_rows("RCX", 120, 2))
# 3. An extract as xlsx, written by Gnumeric, for the profile 'profile suggest' writes (JPUH).
tmp = os.path.join(HERE, "jpuh-extract.csv")
write_csv(tmp, HEADER, extract_rows("RGP", 150, 3))
os.makedirs(os.path.join(DATA, "returns/RGP"), exist_ok=True)
subprocess.run(["ssconvert", "--export-type=Gnumeric_Excel:xlsx2", tmp,
                os.path.join(DATA, "returns/RGP/pas-extract-march-2023.xlsx")], check=True,
               stderr=subprocess.DEVNULL)
os.remove(tmp)
# 4. A wide return by type for April, with a patient's NHS number typed into a specialty cell, a
#    patient name column the hospital left in, and a name and a postcode in the title block.
p = patients
rows = [["Specialty", "Outpatients", "Inpatients", "Patient name"],
        ["General Surgery", "40", "12", p[0]["name"]],
        [spaced(p[1]["nhs"], 1), "7", "1", p[1]["name"]],
        ["Dermatology", "22", "0", ""],
        [p[2]["postcode"], "3", "1", ""],
        ["Total", "72", "14", ""]]
path = os.path.join(DATA, "returns/RM1/wide-april-2023.csv")
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Rescheduled activity, junior doctors' strike, April 2023"])
    w.writerow(["Queries: " + p[3]["name"] + ", " + p[3]["postcode"]])
    w.writerows(rows)
# 5. A table by day and type (QEH, April), one cell holding a date of birth and one an NHS number.
path = os.path.join(DATA, "returns/RCX/by-day-april-2023.csv")
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Specialty", "11/04/2023 OP", "11/04/2023 IP", "12/04/2023 OP", "12/04/2023 IP"])
    w.writerow(["Cardiology", "5", "1", p[4]["dob"].strftime("%d/%m/%Y"), "2"])
    w.writerow(["Urology", "4", p[5]["nhs"], "3", "1"])
    w.writerow(["Trauma and Orthopaedics", "6", "2", "5", "2"])
# 6. A stated-totals summary (ICB) with an identifier in a label and a column of dates of birth.
path = os.path.join(DATA, "returns/QMM/icb-totals-march-2023.csv")
os.makedirs(os.path.dirname(path), exist_ok=True)
with open(path, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Action", "Site", "Type", "Stated total", "Contact", "DOB"])
    w.writerow(["bma-jd-2023-03", "RM1", "total-only", "250", p[6]["name"], p[6]["dob"].isoformat()])
    w.writerow(["bma-jd-2023-03", "RCX", "total-only", spaced(p[7]["nhs"], 2), p[7]["name"], p[7]["dob"].isoformat()])

# Every identifier, for the test to search for in every spacing and form.
with open(os.path.join(HERE, "identifiers.txt"), "w", encoding="utf-8") as f:
    f.write("# kind<TAB>value: every invented identifier in the fixture (see make.py)\n")
    for q in patients:
        f.write("nhs\t%s\nname\t%s\ndob\t%s\npostcode\t%s\n" % (q["nhs"], q["name"], q["dob"].isoformat(), q["postcode"]))
