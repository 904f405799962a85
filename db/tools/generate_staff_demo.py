#!/usr/bin/env python3
"""Writes the demo workforce, backend/src/main/resources/demo/staff.csv, in the staff import template's columns.

It makes INPUT data only: people, their posts, units, bands, pay points, hours and dates, as an HR system would
export them. No rule is computed here (no pay, no band lookup, no protection): the application's own staff import
and re-banding code turn these rows into staff records and pay. The JD references, pay structure, bands and the
number of pay points in each band are read from the demo story (backend/src/main/resources/demo/story.json), so
the file only names what the demo creates.

The story (issue 8): about 3,000 staff across the 12 probation regions and the national directorates; 20+ Band 4
probation-officer facilitators (INT-PF-PO-001, `staff2` among them) and 25+ Band 3 PSO facilitators
(INT-PF-PSO-001, `staff` among them) to be re-banded onto the Intervention Facilitator JD (INT-IF-001) from
1 August 2026; domestic abuse safety officers (PDU-DASO-001) whose Band 4 protection ended on 30 June 2026 while
their own evaluation is pending (they are on their JD's Band 3 here; protection is the import's and re-banding's
business); Approved Premises managers (AP-MGR-001, `staff3` among them) still waiting for their re-evaluation.

Deterministic: the same seed gives the same file. Run from the repository root:
    python3 db/tools/generate_staff_demo.py
"""
import csv
import json
import random
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STORY = ROOT / "backend/src/main/resources/demo/story.json"
OUTPUT = ROOT / "backend/src/main/resources/demo/staff.csv"
SEED = 20261130
TODAY = date(2026, 11, 22)

COLUMNS = ["staff_number", "first_name", "last_name", "work_email", "username", "post_number", "jd_reference",
           "unit", "pay_zone", "pay_structure", "band", "pay_point", "weekly_hours", "start_date", "leaving_date",
           "sex", "ethnicity", "disability", "date_of_birth", "union", "allowances_pence", "bonus_pence", "full_pay"]

# The 12 regions of the Probation Service in England and Wales, with their probation delivery units (PDUs) and
# a rough share of the workforce.
REGIONS = {
    "North East": (7, ["Northumbria", "Durham", "Teesside", "Sunderland"]),
    "North West": (9, ["Cumbria", "Lancashire North", "Lancashire South", "Merseyside North", "Merseyside South"]),
    "Greater Manchester": (9, ["Manchester North", "Manchester South", "Bolton", "Oldham", "Stockport"]),
    "Yorkshire and the Humber": (9, ["Leeds", "Sheffield", "Bradford", "Hull", "York"]),
    "East Midlands": (7, ["Nottingham", "Derby", "Leicester", "Lincolnshire"]),
    "West Midlands": (9, ["Birmingham North", "Birmingham South", "Coventry", "Wolverhampton", "Stoke"]),
    "East of England": (8, ["Norfolk", "Suffolk", "Cambridgeshire", "Essex North", "Essex South"]),
    "Wales": (7, ["Cardiff", "Swansea", "North Wales", "Gwent", "Dyfed-Powys"]),
    "South West": (7, ["Bristol", "Devon", "Cornwall", "Gloucestershire", "Dorset"]),
    "South Central": (7, ["Hampshire", "Thames Valley", "Portsmouth", "Oxfordshire"]),
    "Kent, Surrey and Sussex": (8, ["Kent East", "Kent West", "Surrey", "Sussex East", "Sussex West"]),
    "London": (13, ["Camden and Islington", "Lambeth", "Southwark", "Croydon", "Barnet", "Newham", "Ealing"]),
}

# Posts in each region's PDUs and services: JD reference, unit kind, share, part-time rate, allowance range (pence)
REGIONAL_POSTS = [
    ("PDU-PO-001", "PDU", 30, 0.22, (0, 0)),
    ("PDU-PSO-001", "PDU", 30, 0.30, (0, 0)),
    ("PDU-SPO-001", "PDU", 7, 0.10, (0, 0)),
    ("PDU-VLO-001", "Victim Contact Unit", 4, 0.35, (0, 0)),
    ("PDU-CDO-001", "Courts", 4, 0.25, (0, 0)),
    ("PDU-DASO-001", "PDU", 2, 0.30, (0, 0)),
    ("INT-TM-001", "Interventions", 1.2, 0.15, (0, 0)),
    ("AP-RW-001", "Approved Premises", 8, 0.30, (150000, 320000)),
]
NATIONAL = [
    ("NSD-SPO-CT-001", "National Security Division", 45, 0.05, (0, 0)),
    ("PDU-PO-001", "National Security Division", 70, 0.10, (0, 0)),
    ("PDU-PSO-001", "National Security Division", 40, 0.20, (0, 0)),
]

FIRST_F = ["Amelia", "Olivia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Mia", "Poppy", "Ella", "Lily", "Chloe",
           "Hannah", "Zara", "Aisha", "Fatima", "Priya", "Amara", "Niamh", "Sian", "Rhian", "Megan", "Laura", "Sarah",
           "Rachel", "Claire", "Joanne", "Nicola", "Gemma", "Kerry", "Leanne", "Funmi", "Chantelle", "Ewa", "Maria"]
FIRST_M = ["Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Thomas", "Oscar", "James", "William",
           "Mohammed", "Ahmed", "Imran", "Rhys", "Dylan", "Owen", "Gareth", "Daniel", "Matthew", "Liam", "Connor",
           "Kwame", "Tunde", "Marek", "Tomasz", "Darren", "Lee", "Paul", "Mark", "Stephen", "Ravi", "Sanjay", "Wei"]
LAST = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
        "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
        "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore",
        "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson",
        "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter",
        "Richardson", "Bailey", "Collins", "Bell", "Shah", "Khan", "Ali", "Hussain", "Begum", "Okafor", "Mensah",
        "Adeyemi", "Nowak", "Kowalski", "O'Brien", "Murphy", "Doherty", "Chen", "Singh", "Kaur", "Ahmed"]
ETHNICITY = [("White", 78), ("Asian", 8), ("Black", 7), ("Mixed", 3), ("Other", 1), ("Not declared", 3)]
LONDON_ETHNICITY = [("White", 52), ("Asian", 17), ("Black", 19), ("Mixed", 6), ("Other", 2), ("Not declared", 4)]
DISABILITY = [("N", 82), ("Y", 11), ("Not declared", 7)]
UNION = [("NAPO", 45), ("UNISON", 28), ("GMB", 4), ("", 23)]
PART_TIME_HOURS = [18.5, 22.5, 25.9, 29.6, 30, 33.3]


def weighted(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def read_story():
    story = json.loads(STORY.read_text(encoding="utf-8"))
    probation = next(s for s in story["payStructures"] if s["code"] == "PROBATION")
    points = {b["code"]: max(len(sc["points"]) for sc in b["scales"]) for b in probation["bands"]}
    references = {jd["reference"] for jd in story["jobDescriptions"]}
    accounts = {u["username"]: u["displayName"] for u in story["users"]}
    return points, references, accounts


# The band each JD's post is paid on (the band of the JD's published outcome in the demo story, or the band the
# post is graded at while its evaluation is pending); written here as input, as an HR system holds it.
POST_BAND = {"PDU-PO-001": "4", "PDU-PSO-001": "3", "PDU-SPO-001": "5", "PDU-VLO-001": "3", "PDU-CDO-001": "3",
             "PDU-DASO-001": "3", "INT-TM-001": "5", "INT-PF-PO-001": "4", "INT-PF-PSO-001": "3",
             "AP-MGR-001": "5", "AP-RW-001": "2", "NSD-SPO-CT-001": "5", "INT-IF-001": "3"}


class Workforce:
    def __init__(self, rng, points):
        self.rng = rng
        self.points = points
        self.rows = []
        self.posts = {}

    def add(self, jd, unit, zone, region_code, part_time_rate, allowances, *, person=None, start=None, point=None):
        rng = self.rng
        n = len(self.rows) + 1
        self.posts[region_code] = self.posts.get(region_code, 0) + 1
        sex = person[2] if person else ("F" if rng.random() < 0.68 else "M")
        first = person[0] if person else rng.choice(FIRST_F if sex == "F" else FIRST_M)
        last = person[1] if person else rng.choice(LAST)
        band = POST_BAND[jd]
        top = self.points[band]
        if start is None:
            start = TODAY - timedelta(days=int(rng.triangular(60, 9000, 1500)))
        if point is None:
            years = (TODAY - start).days // 365
            point = min(top, 1 + years)
        served = (TODAY - start).days // 365
        age_at_start = max(18, min(int(rng.triangular(21, 58, 28)), 66 - served))
        born = start - timedelta(days=age_at_start * 365 + rng.randrange(365))
        hours = 37 if rng.random() >= part_time_rate else rng.choice(PART_TIME_HOURS)
        leaving = ""
        if person is None and rng.random() < 0.02:
            leaving = (TODAY + timedelta(days=rng.randrange(-120, 90))).isoformat()
        low, high = allowances
        allowance = 0 if high == 0 else rng.randrange(low, high + 1, 100)
        self.rows.append({
            "staff_number": f"S{n:06d}",
            "first_name": first,
            "last_name": last,
            "work_email": f"{first}.{last}{n}@probation.example.org".lower().replace("'", ""),
            "username": person[3] if person else "",
            "post_number": f"P-{region_code}-{self.posts[region_code]:05d}",
            "jd_reference": jd,
            "unit": unit,
            "pay_zone": zone,
            "pay_structure": "PROBATION",
            "band": band,
            "pay_point": point,
            "weekly_hours": f"{hours:g}",
            "start_date": start.isoformat(),
            "leaving_date": leaving,
            "sex": sex,
            "ethnicity": weighted(rng, LONDON_ETHNICITY if zone == "LONDON" else ETHNICITY),
            "disability": weighted(rng, DISABILITY),
            "date_of_birth": born.isoformat(),
            "union": weighted(rng, UNION),
            "allowances_pence": allowance,
            "bonus_pence": 0,
            "full_pay": "N" if rng.random() < 0.01 else "Y",
        })


def code_of(region):
    return "".join(w[0] for w in region.replace(",", "").split() if w[0].isupper())[:3].upper()


def main():
    rng = random.Random(SEED)
    points, references, accounts = read_story()
    assert set(POST_BAND) <= references, set(POST_BAND) - references
    staff = Workforce(rng, points)
    total = 3000
    regional_total = total - 200
    weight = sum(w for w, _ in REGIONS.values())

    for region, (share, pdus) in REGIONS.items():
        zone = "LONDON" if region == "London" else "NATIONAL"
        code = code_of(region)
        count = round(regional_total * share / weight)
        # facilitators in each region's interventions team: the re-banding story
        for _ in range(2):
            staff.add("INT-PF-PO-001", f"{region}: Interventions", zone, code, 0.15, (0, 0))
        for _ in range(3):
            staff.add("INT-PF-PSO-001", f"{region}: Interventions", zone, code, 0.25, (0, 0))
        # one Approved Premises manager per region's premises
        staff.add("AP-MGR-001", f"{region}: Approved Premises", zone, code, 0.0, (200000, 400000))
        weights = sum(p[2] for p in REGIONAL_POSTS)
        for _ in range(count - 6):
            jd, kind, _, part_time, allowances = rng.choices(REGIONAL_POSTS, weights=[p[2] for p in REGIONAL_POSTS])[0]
            pdu = rng.choice(pdus)
            unit = f"{region}: {pdu} PDU" if kind == "PDU" else f"{region}: {kind}"
            staff.add(jd, unit, zone, code, part_time, allowances)
        del weights

    for jd, unit, count, part_time, allowances in NATIONAL:
        for _ in range(count):
            zone = "LONDON" if rng.random() < 0.3 else "NATIONAL"
            staff.add(jd, unit, zone, "NSD", part_time, allowances)
    # the rest of the national directorates: the national interventions and HQ teams
    while len(staff.rows) < total - 3:
        jd = rng.choice(["INT-TM-001", "INT-PF-PO-001", "INT-PF-PSO-001"])
        staff.add(jd, "National Interventions Unit", "NATIONAL", "NIU", 0.2, (0, 0))

    # the demo sign-ins, linked to their staff records
    first, last = accounts["staff"].split(" (")[0].split(" ", 1)
    staff.add("INT-PF-PSO-001", "North West: Interventions", "NATIONAL", "NW", 0.0, (0, 0),
              person=(first, last, "F", "staff"), start=date(2019, 9, 2), point=5)
    first, last = accounts["staff2"].split(" (")[0].split(" ", 1)
    staff.add("INT-PF-PO-001", "North West: Interventions", "NATIONAL", "NW", 0.0, (0, 0),
              person=(first, last, "M", "staff2"), start=date(2016, 4, 4), point=6)
    first, last = accounts["staff3"].split(" (")[0].split(" ", 1)
    staff.add("AP-MGR-001", "Yorkshire and the Humber: Approved Premises", "NATIONAL", "YH", 0.0, (250000, 250000),
              person=(first, last, "F", "staff3"), start=date(2017, 1, 9), point=4)

    with OUTPUT.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(staff.rows)

    by_jd = {}
    for row in staff.rows:
        by_jd[row["jd_reference"]] = by_jd.get(row["jd_reference"], 0) + 1
    print(f"{len(staff.rows)} staff written to {OUTPUT.relative_to(ROOT)}")
    for jd, n in sorted(by_jd.items()):
        print(f"  {jd}: {n}")


if __name__ == "__main__":
    main()
