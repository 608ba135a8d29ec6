#!/usr/bin/env python3
"""Writes a national data folder for the reports benchmark: about 120 invented acute trusts
(ODS-like codes), every one taking part in all 18 actions of the strike calendar, one csv return
per trust per action (a row per day of action and activity type), and a profile per trust.

Each row names its action in an Action column (column.action), because two actions share a day:
the consultants' strike of 19 to 21 September 2023 and the junior doctors' of 20 to 23 September
both have 20 September as a day of action, so a row filed by date alone (action = by-date) would be
ambiguous and rejected. Days of action follow ActionPeriod.operationalDates() exactly.

Usage: gen-national.py CALENDAR_CSV OUT_DIR [TRUSTS]     (bench/reports uses 120, and 240, 500, 1000 for
its scale series; 120 and fewer give the same files as before the series)
Deterministic: the same arguments give the same files."""
import csv, os, random, sys
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

calendar_csv, out = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 120
rnd = random.Random(20230313)
towns = ["Ashford", "Barnfield", "Calder", "Dunmore", "Eastleigh", "Fairbourne", "Glenridge", "Hartwell",
         "Ivybridge", "Kingsmere", "Langford", "Millbrook", "Northam", "Oakhurst", "Pinewood", "Queensbury",
         "Redcliffe", "Stanmoor", "Thornbury", "Upton", "Valewood", "Westbrook", "Yarrow", "Ambleside",
         "Bramley", "Coldstream", "Derwent", "Elmstead", "Foxley", "Greystone"]
kinds = ["Hospitals NHS Trust", "University Hospitals NHS Foundation Trust", "Teaching Hospitals NHS Trust",
         "General Hospital NHS Foundation Trust"]
letters = "ABCDEFGHJKLMNPQRSTUVWXY0123456789"
codes, sites = set(), []
while len(sites) < n:
    code = "R" + rnd.choice(letters[:23]) + rnd.choice(letters)
    if len(codes) >= 700:
        # Three-character codes run out (759 of them): site-like five-character codes beyond.
        code += "%02d" % rnd.randrange(100)
    if code in codes or code in ("RM1", "RCX", "RGP"):
        continue
    codes.add(code)
    i = len(sites)
    town = towns[i % len(towns)] + ("" if i < len(towns) else " " + "North South East West".split()[i // len(towns) % 4])
    if i >= 4 * len(towns):
        town += " " + str(i // (4 * len(towns)) + 1)  # names stay unique past 120 trusts
    sites.append((code, town + " Hospital", code, town + " " + kinds[len(sites) % len(kinds)]))

periods = {}
with open(calendar_csv, newline="") as f:
    rows = list(csv.DictReader(f))
for r in rows:
    periods.setdefault(r["action_id"], []).append(r)

LONDON = ZoneInfo("Europe/London")

def days(r):
    """The operational days (07:00 to 07:00, Europe/London) in which the period lasted at least an
    hour, as ActionPeriod.operationalDates() counts them: 06:59 11 April to 06:59 15 April 2023 gives
    11 to 14 April."""
    start = datetime.fromisoformat(r["start"]).replace(tzinfo=LONDON).astimezone(timezone.utc)
    end = datetime.fromisoformat(r["end"]).replace(tzinfo=LONDON).astimezone(timezone.utc)
    local_start = datetime.fromisoformat(r["start"])
    local_end = datetime.fromisoformat(r["end"])
    d, last, out_days = (local_start - timedelta(hours=7)).date(), (local_end - timedelta(hours=7)).date(), []
    while d <= last:
        day_start = datetime.combine(d, time(7)).replace(tzinfo=LONDON).astimezone(timezone.utc)
        day_end = datetime.combine(d + timedelta(days=1), time(7)).replace(tzinfo=LONDON).astimezone(timezone.utc)
        if min(end, day_end) - max(start, day_start) >= timedelta(hours=1):
            out_days.append(d)
        d += timedelta(days=1)
    return out_days

for sub in ("reference", "profiles", "returns"):
    os.makedirs(os.path.join(out, sub), exist_ok=True)
with open(os.path.join(out, "reference", "calendar.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=rows[0].keys(), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
with open(os.path.join(out, "reference", "sites.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["ods_code", "short_name", "abbreviation", "official_name"])
    w.writerows(sites)
with open(os.path.join(out, "reference", "participation.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["action_id", "ods_code", "participation", "note"])
    for action in periods:
        for s in sites:
            w.writerow([action, s[0], "took part", ""])
for code, short, _, _ in sites:
    size = rnd.uniform(0.3, 2.5)
    with open(os.path.join(out, "profiles", code.lower() + ".properties"), "w") as f:
        f.write(f"name = {short} daily return\nsite = {code}\nfiles = returns/{code}/*\nheader.row = auto\n"
                "column.date = Date\ncolumn.action = Action\ncolumn.type = Activity\ncolumn.count = Rescheduled\n"
                "type.outpatient = OP\ntype.inpatient = IP\ndate.format = yyyy-MM-dd\n")
    os.makedirs(os.path.join(out, "returns", code), exist_ok=True)
    for action, ps in periods.items():
        with open(os.path.join(out, "returns", code, f"{code.lower()}-{action}.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["Date", "Action", "Activity", "Rescheduled"])
            for p in ps:
                for d in days(p):
                    w.writerow([d.isoformat(), action, "OP", int(rnd.uniform(150, 450) * size)])
                    w.writerow([d.isoformat(), action, "IP", int(rnd.uniform(15, 70) * size)])
print(f"{len(sites)} trusts, {len(periods)} actions, {len(sites) * len(periods)} returns in {out}")
