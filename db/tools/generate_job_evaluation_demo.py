#!/usr/bin/env python3
"""Writes db/demo/V2__job_evaluation_story.sql: the demo data for job evaluation.

The probation story of DOMAIN.md ready to click through: the demo users (including the panel
members and post holders the story needs), the two seed schemes (NHS Agenda for Change exactly as
published, and an illustrative probation-style scheme), the programme facilitator JDs, the
Intervention Facilitator JD published at 479 points (Band 3, one point below Band 4), a set of
benchmark JDs with published outcomes, and open requests in the evaluation queue.

Standard library only and deterministic: fixed uuid5 ids, fixed timestamps and fixed salts, so
running it again rewrites the same file. Every rule the application enforces on this data (points
per level, totals, bands, panels, JD status columns) is asserted before anything is written.

Usage: python3 db/tools/generate_job_evaluation_demo.py
"""

import base64
import hashlib
import re
import uuid
from datetime import date
from pathlib import Path

DB_DIR = Path(__file__).resolve().parent.parent
PAY_DEMO_SQL = DB_DIR / "demo" / "V1__pay_structures_bands_scales.sql"
OUTPUT_SQL = DB_DIR / "demo" / "V2__job_evaluation_story.sql"

NAMESPACE = uuid.UUID("5b0f3c7e-2d41-5a8e-9c6b-1f4e8a2d7c90")
TODAY = date(2026, 11, 22)
SEEDED_AT = "2026-01-05 09:00:00.000"
DEMO_PASSWORD = b"bandwise-demo"
PBKDF2_ITERATIONS = 210000


def uid(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def ts(text):
    """'2026-06-02 10:15' -> '2026-06-02 10:15:00.000' (UTC)."""
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", text), text
    return text + ":00.000"


# ---------------------------------------------------------------------------------------------
# Pay structures and bands (ids from the pay demo data)
# ---------------------------------------------------------------------------------------------


def read_pay_demo():
    text = PAY_DEMO_SQL.read_text(encoding="utf-8")
    structures = dict(
        (code, sid)
        for sid, code in re.findall(
            r"INSERT INTO pay_structure \([^)]*\) VALUES \('([0-9a-f-]{36})', '([A-Z_]+)'", text
        )
    )
    bands = {}
    for band_id, structure_id, code, name in re.findall(
        r"INSERT INTO pay_band \([^)]*\) VALUES \('([0-9a-f-]{36})', '([0-9a-f-]{36})', '([^']+)', '([^']+)'",
        text,
    ):
        structure_code = next(c for c, s in structures.items() if s == structure_id)
        bands[(structure_code, code)] = {"id": band_id, "name": name}
    return structures, bands


STRUCTURES, BANDS = read_pay_demo()
assert set(STRUCTURES) == {"PROBATION", "AFC"}, STRUCTURES


# ---------------------------------------------------------------------------------------------
# Users
# ---------------------------------------------------------------------------------------------

USERS = [
    # username, display name, role, union
    ("admin", "Asha Patel (HR admin)", "HR_ADMIN", None),
    ("evaluator", "Sam Okafor (HR evaluator)", "HR_EVALUATOR", None),
    ("rep", "Rhiannon Evans (Napo rep)", "UNION_REP", "NAPO"),
    ("staff", "Jordan Lee (intervention facilitator)", "STAFF", None),
    ("auditor", "Morgan Blake (auditor)", "AUDITOR", None),
    ("evaluator2", "Priya Shah (HR evaluator)", "HR_EVALUATOR", None),
    ("rep2", "Tom Hughes (UNISON rep)", "UNION_REP", "UNISON"),
    ("staff2", "Alex Morgan (probation officer, facilitator)", "STAFF", None),
    ("staff3", "Casey Wright (approved premises manager)", "STAFF", None),
]
USER = {u[0]: {"id": uid("app_user", u[0]), "name": u[1], "role": u[2], "union": u[3]} for u in USERS}
USERS_CREATED_AT = "2018-10-01 09:00:00.000"


def name_of(username):
    return USER[username]["name"]


def password_hash(username):
    """A Jakarta Security Pbkdf2PasswordHash string, with a fixed salt per user."""
    salt = hashlib.sha256(username.encode("utf-8")).digest()
    key = hashlib.pbkdf2_hmac("sha512", DEMO_PASSWORD, salt, PBKDF2_ITERATIONS, 64)
    assert len(salt) == 32 and len(key) == 64
    return "PBKDF2WithHmacSHA512:%d:%s:%s" % (
        PBKDF2_ITERATIONS,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(key).decode("ascii"),
    )


# ---------------------------------------------------------------------------------------------
# Schemes
# ---------------------------------------------------------------------------------------------

# code, name, description, [(points, descriptor), ...] -- exactly the NHS Job Evaluation Handbook's
# weighting and scoring chart (see /work/shared/nhs-je-scheme.md); descriptors are short summaries.
NHS_FACTORS = [
    ("COMMUNICATION", "Communication and relationship skills",
     "The skills needed to communicate with patients, clients, relatives, staff and the public, and the barriers to understanding.",
     [(5, "Exchanges simple, routine information with colleagues and patients or clients."),
      (12, "Gives and receives routine information that needs tact or persuasion, or where there are barriers to understanding."),
      (21, "Gives and receives complex or sensitive information, or persuades and reassures people where there are barriers."),
      (32, "Gives and receives complex, sensitive or contentious information where agreement or co-operation has to be won."),
      (45, "Gives and receives highly complex, sensitive or contentious information to groups, or in a hostile or highly emotive atmosphere."),
      (60, "Gives and receives highly complex, sensitive or contentious information where there are major barriers to acceptance, using the highest level of interpersonal skill.")]),
    ("KNOWLEDGE", "Knowledge, training and experience",
     "The knowledge, however gained (qualifications, training, experience), needed to do the job fully.",
     [(16, "Knows a small number of routine procedures, learned at a short induction."),
      (36, "Knows a range of routine work procedures, learned through job training."),
      (60, "Knows procedures and practices, some non-routine, resting on a base of theory (e.g. level 3 qualification or equivalent)."),
      (88, "Knows a range of procedures, most non-routine, resting on intermediate theory (e.g. foundation degree or equivalent)."),
      (120, "Specialist knowledge across a range of procedures, underpinned by theory (e.g. degree or equivalent)."),
      (156, "Specialist knowledge underpinned by theory and experience, plus further specialist training (e.g. postgraduate diploma level)."),
      (196, "Highly developed specialist knowledge across a range of procedures (e.g. master's level or equivalent)."),
      (240, "Advanced theoretical and practical knowledge, or specialist knowledge at the highest level (e.g. doctorate or equivalent).")]),
    ("ANALYTICAL", "Analytical and judgemental skills",
     "The analysis, judgement and interpretation the job needs, and how complex the facts and situations are.",
     [(6, "Judgements on straightforward job-related facts."),
      (15, "Judgements on facts or situations, some of which need analysis."),
      (27, "Judgements on a range of facts or situations that need analysis or a comparison of options."),
      (42, "Judgements on a range of complex facts or situations that need analysis, interpretation and a comparison of options."),
      (60, "Judgements on highly complex facts or situations with many conflicting factors, where expert opinion differs or information is missing.")]),
    ("PLANNING", "Planning and organisational skills",
     "The planning and organising the job needs, for activities, programmes, people and resources.",
     [(6, "Organises own day-to-day work."),
      (15, "Plans and organises straightforward activities, some needing occasional adjustment."),
      (27, "Plans and organises complex activities or programmes, some needing formulation and adjustment."),
      (42, "Plans and organises a broad range of complex activities, formulating and adjusting plans or strategies."),
      (60, "Formulates long-term strategic plans with uncertainty, affecting the whole organisation or service.")]),
    ("PHYSICAL_SKILLS", "Physical skills",
     "The physical skills the job needs: hand-eye co-ordination, dexterity, precision and speed.",
     [(6, "Standard physical skills, e.g. using a keyboard or driving a car."),
      (15, "Physical skills gained through practice, e.g. standard keyboard speed or routine handling."),
      (27, "Developed physical skills where accuracy matters, e.g. manipulating fine tools or materials."),
      (42, "Highly developed physical skills where a high degree of precision or speed is needed."),
      (60, "Highly developed physical skills with the highest precision, e.g. complex surgical procedures.")]),
    ("PATIENT_CARE", "Responsibility for patient/client care",
     "Responsibility for assessing, treating, caring for and advising patients or clients.",
     [(4, "Assists patients or clients during incidental contact."),
      (9, "Gives non-clinical advice, information or guidance, or basic personal care."),
      (15, "Carries out routine clinical or care procedures delegated by others."),
      (22, "Carries out clinical or care procedures, or gives specialist advice, to patients or clients."),
      (30, "Develops programmes of care or care packages, or gives highly specialist advice."),
      (39, "Develops specialised programmes of care, or gives highly specialised advice."),
      (49, "Develops highly specialised programmes of care in a specialist field, or provides a specialist service."),
      (60, "Accountable for the direct delivery of a whole clinical service, or care at the highest specialist level.")]),
    ("POLICY", "Responsibility for policy/service development",
     "Responsibility for developing and implementing policies and services.",
     [(5, "Follows policies in own role; may comment on proposed changes."),
      (12, "Implements policies and proposes changes to working practices in own area."),
      (21, "Implements policies and proposes changes that affect others outside own area."),
      (32, "Responsible for implementing and developing policy for a service."),
      (45, "Responsible for implementing and developing policy for several services or a directorate."),
      (60, "Responsible for major policy implementation and development across the organisation or beyond.")]),
    ("FINANCIAL", "Responsibility for financial and physical resources",
     "Responsibility for money, budgets, equipment, stock, buildings and other physical resources.",
     [(5, "Takes personal care of the equipment and resources used."),
      (12, "Handles cash or valuables, orders supplies, or safeguards equipment used by others."),
      (21, "Authorised signatory for small payments, or responsible for the safe use of expensive equipment."),
      (32, "Holds a delegated budget, or manages purchasing for a department."),
      (45, "Holds budgets for several services, or is responsible for a service's physical assets."),
      (60, "Responsible for the budgets, assets and financial plans of an organisation or directorate.")]),
    ("HUMAN_RESOURCES", "Responsibility for human resources",
     "Responsibility for managing, supervising, training and developing staff and students.",
     [(5, "Shows own activities to new or less experienced colleagues."),
      (12, "Supervises or allocates others' work day to day, or trains others in own discipline."),
      (21, "Manages a group of staff day to day, or teaches and trains as a regular part of the job."),
      (32, "Line manages a department or several groups, or delivers a training programme as a main duty."),
      (45, "Line manages several departments or a service, or leads a major education programme."),
      (60, "Has corporate responsibility for the organisation's workforce or a major part of it.")]),
    ("INFORMATION", "Responsibility for information resources",
     "Responsibility for information systems and records, paper and electronic.",
     [(4, "Records personally generated information."),
      (9, "Looks after records or inputs data as an occasional part of the job."),
      (16, "Maintains one or more information systems as a significant part of the job."),
      (24, "Adapts, develops or maintains information systems for a department."),
      (34, "Develops or manages information systems for a service or several departments."),
      (46, "Designs and develops major information systems for the organisation."),
      (60, "Responsible for information systems and resources across the whole organisation.")]),
    ("RESEARCH", "Responsibility for research and development",
     "Responsibility for research, development, audits and clinical trials.",
     [(5, "Takes part in surveys or audits when asked."),
      (12, "Regularly takes part in research, audits or clinical trials."),
      (21, "Carries out research and development as a regular part of the job."),
      (32, "Co-ordinates or implements research and development programmes in own area."),
      (45, "Leads research and development as a major part of the job."),
      (60, "Has corporate responsibility for research and development.")]),
    ("FREEDOM_TO_ACT", "Freedom to act",
     "How far the job holder is free to act, and the guidance, supervision and policies that constrain them.",
     [(5, "Follows well-defined procedures under close supervision."),
      (12, "Follows established procedures, with supervision close by."),
      (21, "Uses own judgement within clearly defined occupational policies, with supervision available."),
      (32, "Acts independently within broad occupational policies; lead specialist or manager for a defined area."),
      (45, "Works to general policies, interpreting them for a service; often the lead in a specialist field."),
      (60, "Interprets overall policy and strategy for the organisation or a major part of it.")]),
    ("PHYSICAL_EFFORT", "Physical effort",
     "The physical effort the job needs: how hard, how often and for how long.",
     [(3, "Light physical effort for short periods; mostly sitting or walking."),
      (7, "Occasional moderate effort, or frequent light effort for several short periods."),
      (12, "Frequent moderate effort for several short periods, or occasional intense effort."),
      (18, "Frequent moderate effort for long periods, or frequent intense effort for short periods."),
      (25, "Frequent intense physical effort for long periods.")]),
    ("MENTAL_EFFORT", "Mental effort",
     "The concentration the job needs, how often and for how long, and how predictable the work is.",
     [(3, "Occasional concentration; a predictable pattern of work."),
      (7, "Frequent concentration, or occasional prolonged concentration; mostly predictable work."),
      (12, "Frequent concentration with an unpredictable pattern of work, or prolonged concentration."),
      (18, "Frequent prolonged concentration, or intense concentration for short periods."),
      (25, "Intense concentration for long periods, often with an unpredictable pattern of work.")]),
    ("EMOTIONAL_EFFORT", "Emotional effort",
     "Exposure to distressing or emotional circumstances, how often and how intense.",
     [(5, "Exposure to distressing or emotional circumstances is rare."),
      (11, "Occasional exposure to distressing or emotional circumstances."),
      (18, "Frequent exposure to distressing circumstances, or occasional exposure to highly distressing ones."),
      (25, "Frequent exposure to highly distressing or highly emotional circumstances.")]),
    ("WORKING_CONDITIONS", "Working conditions",
     "Exposure to unpleasant or hazardous working conditions, how often and how severe.",
     [(3, "Exposure to unpleasant working conditions is rare."),
      (7, "Occasional exposure to unpleasant conditions, e.g. dust, smells, verbal aggression."),
      (12, "Frequent exposure to unpleasant conditions, or occasional exposure to highly unpleasant ones."),
      (18, "Frequent exposure to highly unpleasant conditions, e.g. body fluids or physical aggression."),
      (25, "Exposure to hazards or highly unpleasant conditions for most of the working time.")]),
]

NHS_RANGES = [("1", 0, 160), ("2", 161, 215), ("3", 216, 270), ("4", 271, 325), ("5", 326, 395),
              ("6", 396, 465), ("7", 466, 539), ("8a", 540, 584), ("8b", 585, 629), ("8c", 630, 674),
              ("8d", 675, 720), ("9", 721, 765)]

# Illustrative points, except the known facts: working conditions level 1 = 10 and level 2 = 20
# points, and Band 4 starts at 480.
PROBATION_FACTORS = [
    ("COMMUNICATION", "Communication and relationship skills",
     "Communicating with people on probation, victims, colleagues, courts and partner agencies, and the barriers to understanding and co-operation.",
     [(12, "Exchanges routine information with colleagues and the public."),
      (26, "Gives and receives routine information that needs tact, e.g. explaining appointments and reporting instructions to people on probation."),
      (42, "Gives and receives complex or sensitive information, and motivates people who are reluctant to engage."),
      (60, "Communicates complex, sensitive or contentious information to individuals or groups where co-operation has to be won, e.g. challenging offence-supportive attitudes in group work."),
      (80, "Communicates highly sensitive or contentious information in hostile or highly emotive settings as a regular part of the job, e.g. giving evidence in court or at parole hearings, explaining a recall."),
      (100, "Presents and negotiates highly contentious information at the highest level, e.g. to strategic boards or in the most serious cases, where there are major barriers to acceptance.")]),
    ("KNOWLEDGE", "Knowledge, training and experience",
     "The knowledge, however gained (qualifications, accredited training, experience), needed to do the job fully.",
     [(20, "Knows a small number of routine procedures, learned at induction."),
      (44, "Knows a range of routine procedures, learned through job training."),
      (72, "Knows procedures and practice, some non-routine, resting on a base of theory (e.g. a level 3 qualification or equivalent experience)."),
      (104, "Knows a range of non-routine practice resting on intermediate theory, e.g. the level 4 probation qualification, or accredited programme training plus supervised delivery."),
      (140, "Professional knowledge underpinned by theory to degree level, e.g. the Professional Qualification in Probation (PQiP)."),
      (180, "Professional knowledge plus specialist post-qualifying training and substantial experience, e.g. treatment management or management of a team."),
      (224, "Highly developed specialist knowledge to master's level or equivalent experience, applied across a service."),
      (270, "Expert knowledge at the highest level in a specialist field, recognised across the whole service.")]),
    ("ANALYTICAL", "Analytical and judgemental skills",
     "The analysis, interpretation and judgement the job needs, and how complex and conflicting the information is.",
     [(10, "Judgements on straightforward facts."),
      (24, "Judgements on facts or situations, some needing analysis, e.g. checking compliance with reporting instructions."),
      (40, "Judgements on a range of facts needing analysis and a choice between options, e.g. a participant's progress against programme targets."),
      (58, "Judgements on complex facts or situations needing interpretation of conflicting information, e.g. risk of serious harm assessments and sentence proposals."),
      (78, "Judgements on highly complex situations with conflicting expert views or missing information, e.g. decisions on the highest-risk cases.")]),
    ("PLANNING", "Planning and organising",
     "Planning and organising activities, programmes, people and resources, and how far plans must be adjusted.",
     [(8, "Organises own daily tasks."),
      (18, "Plans own straightforward activities and appointments, adjusting them occasionally."),
      (30, "Plans and organises complex activities, e.g. a rolling group programme with co-facilitators, adjusting as needed."),
      (44, "Plans and organises a broad range of complex activities across teams or agencies, e.g. a unit's rota and multi-agency plans."),
      (60, "Formulates long-term strategic plans for a region or the service, with uncertainty.")]),
    ("RISK_PUBLIC_PROTECTION", "Responsibility for risk and public protection",
     "Responsibility for assessing and managing the risk of serious harm that people on probation pose, and for protecting victims and the public.",
     [(10, "Follows safety and safeguarding procedures and reports concerns."),
      (24, "Gathers and records information that others use to assess risk."),
      (40, "Contributes to risk assessments and risk management plans owned by others, e.g. programme reports and alerts to the probation practitioner."),
      (58, "Contributes directly to managing the risk of high-risk cases, or manages the risk of lower-risk cases, e.g. safety planning for victims."),
      (78, "Accountable for assessing and managing the risk of serious harm in a caseload, including high-risk and MAPPA cases."),
      (100, "Accountable for risk decisions on the highest-risk cases, or for a unit's public protection arrangements.")]),
    ("PEOPLE_ON_PROBATION", "Responsibility for people on probation",
     "Responsibility for the assessment, supervision, interventions and care of people on probation.",
     [(10, "Incidental contact with people on probation."),
      (22, "Gives information, advice or practical support to people on probation."),
      (36, "Carries out structured work with people on probation within a plan set by others."),
      (52, "Delivers interventions designed to change behaviour, e.g. accredited programmes, or manages lower-risk cases."),
      (70, "Assesses, plans and manages sentences, or provides clinical oversight of interventions."),
      (90, "Accountable for a whole specialist service to people on probation, e.g. an approved premises.")]),
    ("POLICY", "Responsibility for policy and service development",
     "Responsibility for developing and implementing policies, practice and services.",
     [(5, "Follows policies; may comment on proposed changes."),
      (12, "Proposes changes to practice in own team."),
      (21, "Proposes policy or service changes that affect other teams or partners."),
      (32, "Develops and implements policy for a unit or service."),
      (45, "Develops policy for several services or a region."),
      (60, "Develops major policy for the whole service.")]),
    ("RESOURCES", "Responsibility for financial and physical resources",
     "Responsibility for budgets, money, equipment, buildings and materials.",
     [(5, "Takes care of the equipment and materials used personally."),
      (12, "Safeguards resources used by others, or handles small sums, e.g. travel warrants or programme materials."),
      (21, "Authorised signatory or holder of a small budget, or responsible for a building's equipment."),
      (32, "Holds a delegated budget for a unit or premises."),
      (45, "Holds budgets for several units or a region.")]),
    ("PEOPLE_MANAGEMENT", "Responsibility for staff",
     "Responsibility for supervising, managing, training and developing staff, students and volunteers.",
     [(5, "Shows own tasks to new colleagues."),
      (12, "Guides or allocates others' work day to day, or trains others in own work."),
      (21, "Supervises the practice of a group, e.g. clinical supervision of facilitators, or supervises learners."),
      (32, "Line manages a team."),
      (45, "Line manages several teams or a unit with managers reporting to it."),
      (60, "Responsible for the workforce of a region or directorate.")]),
    ("INFORMATION", "Responsibility for information",
     "Responsibility for case records, reports and information systems, and for sharing information safely.",
     [(5, "Records own contacts and information."),
      (12, "Keeps case records and reports accurate as a regular part of the job, e.g. nDelius contacts and session logs."),
      (21, "Maintains an information system or sensitive records for others, e.g. a unit's victim records or programme data."),
      (32, "Responsible for the information systems or data of a unit or service, including sharing under protocols."),
      (45, "Responsible for information systems across a region or the service.")]),
    ("FREEDOM_TO_ACT", "Freedom to act",
     "How far the job holder is free to act, and the supervision, manuals and policies that guide them.",
     [(8, "Works to clear instructions, closely supervised."),
      (18, "Follows established procedures with a manager close by."),
      (30, "Uses own judgement within defined practice, e.g. programme manuals, with supervision available."),
      (44, "Acts independently within broad professional policy, e.g. managing own caseload."),
      (60, "Interprets policy for a unit or service and is accountable for its results."),
      (78, "Interprets overall policy and strategy for the service.")]),
    ("MENTAL_EFFORT", "Mental effort",
     "The concentration the job needs, how often and for how long, and how predictable the work is.",
     [(6, "Occasional concentration; predictable work."),
      (14, "Frequent concentration; mostly predictable work."),
      (24, "Frequent concentration with interruptions, or prolonged concentration at times."),
      (32, "Frequent prolonged concentration, e.g. facilitating group sessions for hours while following every participant."),
      (45, "Intense concentration for long periods with unpredictable demands.")]),
    ("EMOTIONAL_EFFORT", "Emotional effort",
     "Exposure to distressing or emotional circumstances, how often and how intense.",
     [(6, "Exposure to distressing circumstances is rare."),
      (14, "Occasional exposure to distressing information or situations."),
      (24, "Frequent exposure to distressing circumstances, e.g. accounts of offending."),
      (36, "Frequent exposure to highly distressing material, e.g. detailed accounts of sexual or domestic abuse."),
      (50, "Constant exposure to highly distressing circumstances, e.g. supporting victims of serious violence.")]),
    ("WORKING_CONDITIONS", "Working conditions",
     "Exposure to unpleasant or hazardous working conditions, including aggression, lone working and residential settings.",
     [(10, "Office or group-room conditions; unpleasant conditions, including verbal aggression, are rare."),
      (20, "Occasional exposure to unpleasant conditions, e.g. verbal aggression, home visits or lone working."),
      (32, "Frequent exposure to unpleasant conditions, e.g. regular home visits or lone working with hostile people."),
      (46, "Frequent exposure to highly unpleasant conditions, e.g. physical aggression in a residential setting, or night work."),
      (62, "Exposure to highly unpleasant or hazardous conditions for most of the working time.")]),
]

PROBATION_RANGES = [("1", 0, 219), ("2", 220, 349), ("3", 350, 479), ("4", 480, 619),
                    ("5", 620, 779), ("6", 780, 1150)]

SCHEMES = {
    "NHS_AFC": {
        "id": uid("scheme", "NHS_AFC", "1"),
        "code": "NHS_AFC",
        "name": "NHS Agenda for Change Job Evaluation Scheme",
        "description": (
            "The public NHS Agenda for Change Job Evaluation Scheme: the 16 factors, levels and points of the "
            "NHS Job Evaluation Handbook's weighting and scoring chart, and the band ranges of the NHS Terms and "
            "Conditions handbook (Section 1, Table 1). The level descriptors here are short plain-English "
            "summaries; the Handbook's factor plans are the authority. Band 1 is closed to new entrants. A total "
            "of 766 or more is in no band."),
        "status": "ACTIVE",
        "illustrative": False,
        "structure": "AFC",
        "factors": NHS_FACTORS,
        "ranges": NHS_RANGES,
        "created_at": SEEDED_AT,
    },
    "PROBATION": {
        "id": uid("scheme", "PROBATION", "1"),
        "code": "PROBATION",
        "name": "Probation job evaluation scheme (illustrative)",
        "description": (
            "A probation-style scheme for Bands 1 to 6, shipped as illustrative seed data: the factors, points "
            "and band ranges are examples, not the probation service's agreed scheme, except two known facts "
            "that it honours. Working conditions scores 10 points at level 1 and 20 points at level 2, and "
            "Band 4 starts at 480 points, so a total of 479 is one point below Band 4. HR admins can edit it "
            "into their own scheme as a new version."),
        "status": "ACTIVE",
        "illustrative": True,
        "structure": "PROBATION",
        "factors": PROBATION_FACTORS,
        "ranges": PROBATION_RANGES,
        "created_at": "2018-10-01 09:00:00.000",
    },
}

PROBATION_CODES = [f[0] for f in PROBATION_FACTORS]


def points_of(scheme_code, factor_code, level):
    factor = next(f for f in SCHEMES[scheme_code]["factors"] if f[0] == factor_code)
    return factor[3][level - 1][0]


def range_holding(scheme_code, total):
    for band, low, high in SCHEMES[scheme_code]["ranges"]:
        if low <= total <= high:
            return band
    return None


def near_boundary(scheme_code, total, distance=10):
    return any(abs(total - low) <= distance for _, low, _ in SCHEMES[scheme_code]["ranges"][1:])


def band_of(scheme_code, band_code):
    return BANDS[(SCHEMES[scheme_code]["structure"], band_code)]


# ---------------------------------------------------------------------------------------------
# Job descriptions, versions and evaluations
# ---------------------------------------------------------------------------------------------

INTERVENTIONS = "Interventions"
APPROVED_PREMISES = "Approved Premises"
PDUS = "Probation Delivery Units"
NSD = "National Security Division"

E, D = "ESSENTIAL", "DESIRABLE"
QUAL, TRAIN, EXP, OTHER = "QUALIFICATION", "TRAINING", "EXPERIENCE", "OTHER"


def agreed(levels_and_reasons):
    """[(level, rationale)] in the probation scheme's factor order -> [(code, level, rationale)]."""
    assert len(levels_and_reasons) == len(PROBATION_CODES)
    return [(code, lvl, why) for code, (lvl, why) in zip(PROBATION_CODES, levels_and_reasons)]


def published(key, *, requester, requester_type, reason, requested, decided, decided_by, priority,
              panel, agreed_levels, agreed_at, published_at, published_by, effective_from,
              check=None, provisional=None, provisional_at=None):
    return {
        "key": key, "requester": requester, "requester_type": requester_type, "reason": reason,
        "requested_at": ts(requested), "status": "PUBLISHED", "priority": priority,
        "decided_at": ts(decided), "decided_by": decided_by, "decision_reason": None,
        "scheme": "PROBATION", "panel": panel, "provisional": provisional or {},
        "provisional_at": ts(provisional_at) if provisional_at else None,
        "agreed": agreed_levels, "agreed_at": ts(agreed_at), "check": check,
        "effective_from": effective_from, "published_at": ts(published_at),
        "published_by": published_by,
    }


def chaired(chair, management, staff_side):
    return [(chair, "MANAGEMENT", True), (management, "MANAGEMENT", False), (staff_side, "STAFF", False)]


PSO_FACILITATOR = {
    "ref": "INT-PF-PSO-001", "benchmark": False, "holders": ["staff"], "created": ts("2020-09-14 10:00"),
    "versions": [{
        "status": "IN_FORCE", "title": "Programme Facilitator (PSO)", "role_family": "Programme Facilitator",
        "directorate": INTERVENTIONS, "created": ts("2020-09-14 10:00"), "effective_from": "2021-04-01",
        "purpose": (
            "To deliver accredited group and one-to-one programmes to people on probation in the community, "
            "helping them to develop the thinking skills and self-control that reduce reoffending, under the "
            "clinical supervision of a treatment manager."),
        "duties": [
            "Deliver accredited programme sessions (TSP and Resolve) to groups of up to 10 participants, with a co-facilitator, following the programme manual.",
            "Carry out pre-programme and catch-up sessions with participants to prepare them for group work.",
            "Assess each participant's progress against programme targets and record it after every session.",
            "Write post-programme reports for probation practitioners and raise risk concerns with them at once.",
            "Prepare session materials and rooms, and record sessions for treatment manager review.",
            "Take part in clinical supervision and act on feedback to maintain treatment integrity.",
            "Deliver some sessions in prisons and community venues when the programme timetable requires it.",
        ],
        "programmes": ["TSP", "Resolve"],
        "criteria": [
            (E, QUAL, "Level 3 qualification or equivalent experience of working with people who have offended"),
            (E, TRAIN, "Core Skills training for programme delivery"),
            (E, TRAIN, "Accredited programme training for TSP or Resolve, or willing to complete it before delivering alone"),
            (E, OTHER, "Able to work evenings when groups run outside office hours"),
            (D, EXP, "Has delivered an accredited group programme at least twice"),
            (D, QUAL, "Level 4 probation qualification or working towards it"),
        ],
        "evaluations": [published(
            "pf-pso-2021", requester="evaluator", requester_type="HR",
            reason="Evaluation of the PSO programme facilitator JD written for the new programme delivery model.",
            requested="2020-11-02 09:30", decided="2020-11-09 11:00", decided_by="admin", priority="P2",
            panel=chaired("evaluator", "evaluator2", "rep"), agreed_at="2021-01-20 15:00",
            published_at="2021-02-26 10:00", published_by="evaluator", effective_from="2021-04-01",
            agreed_levels=agreed([
                (4, "Delivers group sessions to men who often resist the programme's aims, and must challenge pro-criminal attitudes while keeping the group working together."),
                (4, "Needs accredited programme training (Core Skills, then TSP or Resolve) and supervised delivery before facilitating alone; no degree-level qualification is required, so not level 5."),
                (3, "Judges each participant's progress against programme targets and chooses between options such as catch-up work or a referral back to the probation practitioner."),
                (3, "Plans rolling programme sessions with a co-facilitator and reschedules catch-up sessions around absences."),
                (3, "Writes post-programme reports and raises risk alerts; the probation practitioner owns the risk assessment and plan."),
                (4, "Delivering accredited interventions designed to change behaviour is the core of the role."),
                (1, "Follows programme manuals and policies; comments on changes through the treatment manager."),
                (1, "Takes care of programme materials and recording equipment used in own sessions."),
                (1, "Shows new facilitators how sessions run; no supervisory duty."),
                (2, "Records attendance, session logs and post-programme reports in nDelius as a regular part of the job."),
                (3, "Uses own judgement within the programme manual, with a treatment manager available for supervision."),
                (4, "Facilitates sessions of two and a half hours, concentrating on every participant's contributions throughout."),
                (3, "Frequently hears accounts of offending and of the harm done to victims during sessions."),
                (2, "The JD includes some delivery in prisons and community venues, with occasional verbal aggression from participants."),
            ]))],
    }],
}

PO_FACILITATOR = {
    "ref": "INT-PF-PO-001", "benchmark": False, "holders": ["staff2"], "created": ts("2020-09-14 10:30"),
    "versions": [{
        "status": "IN_FORCE", "title": "Programme Facilitator (Probation Officer)",
        "role_family": "Programme Facilitator", "directorate": INTERVENTIONS,
        "created": ts("2020-09-14 10:30"), "effective_from": "2021-04-01",
        "purpose": (
            "To deliver accredited programmes for men convicted of sexual offences (Horizon and Kaizen) and for "
            "perpetrators of domestic abuse (Building Better Relationships), using professional probation "
            "knowledge to respond to risk and disclosures in treatment."),
        "duties": [
            "Deliver Horizon, Kaizen and BBR group and one-to-one sessions with a co-facilitator, following the programme manuals.",
            "Carry out pre-programme assessments and motivational sessions, using psychometric and case information.",
            "Respond to disclosures in sessions, making safeguarding and child protection referrals and informing the probation practitioner the same day.",
            "Write post-programme reports that inform risk management plans, parole and MAPPA reviews.",
            "Work with domestic abuse safety officers so that partners of BBR participants are kept safe.",
            "Record sessions and take part in clinical supervision with the treatment manager.",
            "Deliver some sessions in prisons and community venues when the programme timetable requires it.",
        ],
        "programmes": ["Horizon", "Kaizen", "BBR"],
        "criteria": [
            (E, QUAL, "Professional Qualification in Probation (PQiP) or an equivalent probation officer qualification"),
            (E, TRAIN, "Core Skills training for programme delivery"),
            (E, TRAIN, "Accredited programme training for Horizon, Kaizen or BBR"),
            (E, EXP, "Has delivered a sexual offending or domestic abuse programme at least twice"),
            (D, EXP, "Experience of managing high-risk cases under MAPPA"),
            (D, OTHER, "Full driving licence, or able to travel to prisons and venues across the region"),
        ],
        "evaluations": [published(
            "pf-po-2021", requester="evaluator", requester_type="HR",
            reason="Evaluation of the probation officer programme facilitator JD written for the new programme delivery model.",
            requested="2020-11-02 09:45", decided="2020-11-09 11:05", decided_by="admin", priority="P2",
            panel=chaired("evaluator2", "admin", "rep"), agreed_at="2021-02-03 15:00",
            published_at="2021-03-05 10:00", published_by="evaluator2", effective_from="2021-04-01",
            agreed_levels=agreed([
                (4, "Delivers Horizon, Kaizen and BBR sessions, challenging minimisation and denial of sexual and domestic abuse in groups."),
                (5, "Requires the probation officer qualification (PQiP or its predecessor) at degree level, plus programme-specific training."),
                (4, "Interprets conflicting information from sessions, psychometric results and case records to judge treatment need and progress."),
                (3, "Plans and adjusts rolling programme sessions and individual pre-programme work with co-facilitators."),
                (4, "Contributes directly to managing the risk of high-risk men convicted of sexual offences and perpetrators of domestic abuse, including safeguarding referrals."),
                (4, "Delivers accredited behaviour-change programmes; the probation practitioner remains responsible for the sentence."),
                (1, "Follows programme and safeguarding policies."),
                (1, "Takes care of programme materials and recording equipment."),
                (1, "Co-facilitates with newer colleagues and supports them informally; no supervisory duty."),
                (2, "Keeps session records, recordings for treatment management and programme reports."),
                (4, "Acts independently within the programme's clinical framework, deciding how to respond to disclosures in session."),
                (4, "Prolonged concentration through long group sessions, following each man's account for signs of risk."),
                (4, "Frequent exposure to detailed accounts of sexual offending and domestic abuse."),
                (2, "Some delivery in prisons and community venues; occasional verbal aggression in groups."),
            ]))],
    }],
}

INTERVENTION_FACILITATOR = {
    "ref": "INT-IF-001", "benchmark": False, "holders": [], "created": ts("2026-05-18 09:00"),
    "versions": [{
        "status": "IN_FORCE", "title": "Intervention Facilitator", "role_family": "Intervention Facilitator",
        "directorate": INTERVENTIONS, "created": ts("2026-05-18 09:00"), "effective_from": "2026-10-01",
        "purpose": (
            "To deliver the accredited programmes and structured interventions of the Interventions directorate "
            "to people on probation, in groups and one to one, helping them to change the thinking and behaviour "
            "behind their offending. Replaces the Programme Facilitator (PSO) and Programme Facilitator "
            "(Probation Officer) roles with one facilitator role."),
        "duties": [
            "Deliver accredited programme sessions (Building Choices, Horizon, Kaizen, BBR and TSP) to groups and individuals with a co-facilitator, following the programme manuals.",
            "Prepare participants for programmes through pre-programme and motivational sessions, and deliver catch-up sessions.",
            "Assess and record each participant's progress against programme targets after every session.",
            "Write post-programme reports for probation practitioners, and pass on risk concerns and disclosures the same day.",
            "Make safeguarding referrals when a disclosure in session needs one, under the directorate's procedure.",
            "Deliver sessions in group rooms in probation offices, with a co-facilitator and a treatment manager on site.",
            "Record sessions and take part in clinical supervision, acting on feedback to maintain treatment integrity.",
        ],
        "programmes": ["Building Choices", "Horizon", "Kaizen", "BBR", "TSP"],
        "criteria": [
            (E, QUAL, "Level 3 qualification or equivalent experience of working with people who have offended"),
            (E, TRAIN, "Core Skills training for programme delivery"),
            (E, TRAIN, "Accredited programme training for each programme delivered (Building Choices, Horizon, Kaizen, BBR or TSP), completed before delivering alone"),
            (E, EXP, "Has delivered the programme at least twice under supervision"),
            (E, OTHER, "Able to work evenings when groups run outside office hours"),
            (D, QUAL, "Professional Qualification in Probation (PQiP) or the level 4 probation qualification"),
            (D, EXP, "Experience of delivering a sexual offending or domestic abuse programme"),
        ],
        "evaluations": [published(
            "intervention-facilitator-2026", requester="evaluator", requester_type="HR",
            reason=(
                "New Intervention Facilitator JD replacing the PSO and probation officer programme facilitator "
                "JDs from 1 October 2026. It must be evaluated before the new structure takes effect."),
            requested="2026-06-02 09:12", decided="2026-06-04 14:30", decided_by="admin", priority="P1",
            panel=chaired("evaluator", "evaluator2", "rep"),
            provisional_at="2026-06-24 16:00",
            provisional={
                # levels in the probation scheme's factor order
                "evaluator":  [4, 4, 3, 3, 3, 4, 1, 1, 1, 2, 3, 4, 3, 1],
                "evaluator2": [4, 4, 3, 2, 4, 4, 1, 1, 1, 2, 3, 3, 4, 1],
                "rep":        [5, 5, 4, 3, 5, 4, 2, 1, 2, 2, 3, 4, 5, 2],
            },
            agreed_at="2026-07-08 15:30",
            check=(
                "Near-boundary check: 479 points is one point below Band 4 (480). Each factor was compared with "
                "the two Programme Facilitator JDs it replaces and with the benchmarks. Knowledge at level 4 "
                "matches the PSO facilitator and sits below the probation officer facilitator (level 5) because "
                "the new JD does not require PQiP. Risk at level 4 matches the probation officer facilitator, "
                "reflecting the sex-offender and domestic-abuse programmes now in the JD. Working conditions at "
                "level 1 matches the Treatment Manager benchmark, who also works in group rooms; the old "
                "facilitator JDs scored level 2 because they included delivery in prisons and community venues, "
                "which the new JD does not. The panel's levels are consistent; no factor changed and the total "
                "stands at 479, Band 3.",
                "evaluator2", "2026-07-20 11:00"),
            published_at="2026-09-15 10:00", published_by="evaluator", effective_from="2026-10-01",
            agreed_levels=agreed([
                (4, "Facilitates group sessions of up to 10 people on probation, many of them reluctant or hostile to the programme's aims, and has to win their co-operation while challenging offence-supportive attitudes. Level 5 (hostile or highly emotive settings as a regular part of the job, such as court) was considered; sessions follow a manual with a co-facilitator, so the panel agreed level 4."),
                (4, "Needs accredited programme training for each programme delivered (Core Skills, then Building Choices, Horizon, Kaizen, BBR or TSP) and supervised delivery before facilitating alone. The JD does not require PQiP or a degree, so level 5 does not apply; the staff side's case that sex-offender programmes need degree-level knowledge was noted but the JD lists PQiP as desirable only."),
                (3, "Judges each participant's progress against programme targets and chooses between options such as catch-up work or a referral back to the probation practitioner. Complex risk judgements stay with the probation practitioner, so not level 4."),
                (3, "Plans and adjusts rolling group sessions, pre-programme meetings and catch-up sessions with co-facilitators."),
                (4, "On Horizon, Kaizen and BBR the facilitator's session evidence feeds directly into managing the risk of high-risk cases, including safeguarding referrals made the same day. The probation practitioner owns the risk management plan, so not level 5."),
                (4, "Delivering accredited behaviour-change programmes is the core of the role."),
                (1, "Follows programme manuals and policies; comments on changes through the treatment manager. The staff side's case for level 2 (suggesting changes to local delivery) was not accepted because the JD gives that to treatment managers."),
                (1, "Takes care of programme materials and recording equipment used in own sessions."),
                (1, "Co-facilitates with colleagues and gives peer feedback, but has no supervisory duty: treatment managers supervise facilitators, so not level 2."),
                (2, "Keeps attendance, session logs and post-programme reports accurate in nDelius as a regular part of the job."),
                (3, "Works within the programme manuals, with a treatment manager available for clinical supervision."),
                (4, "Facilitates sessions of up to two and a half hours, following every participant's contributions and responding to disclosures throughout."),
                (4, "Frequent exposure to detailed accounts of sexual offending and domestic abuse on Horizon, Kaizen and BBR. The staff side argued for level 5 (constant exposure); the panel agreed level 4 because Building Choices and TSP, also in the JD, do not involve that material."),
                (1, "The JD places all delivery in group rooms in probation offices, with a co-facilitator and a treatment manager on site: no home visits, no lone working and no delivery in prisons. Verbal aggression in sessions is rare and is handled under the programme's exclusion procedure. The staff side asked for level 2 (occasional verbal aggression, as in the old facilitator JDs, which included delivery in prisons and community venues); the panel found that the new JD does not include that work, so level 1 applies. Level 2 would have added 10 points (489, Band 4)."),
            ]))],
    }],
}

PROBATION_OFFICER = {
    "ref": "PDU-PO-001", "benchmark": True, "holders": [], "created": ts("2023-10-16 09:00"),
    "versions": [{
        "status": "IN_FORCE", "title": "Probation Officer", "role_family": "Probation Officer",
        "directorate": PDUS, "created": ts("2023-10-16 09:00"), "effective_from": "2024-04-01",
        "purpose": (
            "To assess, plan and manage the sentences of people on probation, including those who pose a high "
            "risk of serious harm, protecting the public and helping people to stop offending."),
        "duties": [
            "Manage a caseload of people on community sentences and licences, including high-risk and MAPPA cases.",
            "Assess risk of serious harm and likelihood of reoffending, and write and review sentence and risk management plans.",
            "Write pre-sentence reports and give evidence in court and at parole hearings.",
            "Take enforcement action and recall people to custody when their risk can no longer be managed in the community.",
            "Work with police, children's services, housing and health partners, and attend MAPPA and child protection meetings.",
            "Carry out home visits and office supervision sessions.",
        ],
        "programmes": [],
        "criteria": [
            (E, QUAL, "Professional Qualification in Probation (PQiP) or an equivalent probation officer qualification"),
            (E, EXP, "Experience of assessing and managing risk of serious harm"),
            (E, OTHER, "Able to travel for home visits and to courts and prisons"),
            (D, EXP, "Experience of managing MAPPA cases"),
        ],
        "evaluations": [published(
            "po-2024", requester="evaluator", requester_type="HR",
            reason="Benchmark evaluation of the probation officer JD after the national JD refresh.",
            requested="2023-11-06 10:00", decided="2023-11-13 09:30", decided_by="admin", priority="P2",
            panel=chaired("admin", "evaluator", "rep"), agreed_at="2024-01-31 16:00",
            published_at="2024-02-23 10:00", published_by="admin", effective_from="2024-04-01",
            agreed_levels=agreed([
                (5, "Gives evidence in court and at parole hearings and explains recall decisions to people on probation, often in hostile or emotive settings."),
                (5, "Requires the Professional Qualification in Probation (PQiP) or equivalent, at degree level."),
                (4, "Assesses risk of serious harm and writes sentence proposals from conflicting information from police, children's services and the person themself."),
                (3, "Plans own caseload of appointments, reports and multi-agency meetings, adjusting daily to court deadlines and crises."),
                (5, "Accountable for assessing and managing the risk of serious harm in a caseload that includes high-risk and MAPPA cases."),
                (5, "Assesses, plans and manages the sentences of a caseload of people on probation."),
                (1, "Follows national practice frameworks; may comment on changes."),
                (1, "Takes care of equipment used personally; no budget."),
                (1, "Helps new colleagues and PQiP learners informally; practice tutors supervise them."),
                (2, "Keeps case records, assessments and reports accurate in nDelius and OASys."),
                (4, "Manages own caseload independently within broad professional policy."),
                (3, "Frequent concentration on reports and assessments, regularly interrupted by duty work and crises."),
                (3, "Frequent exposure to distressing accounts of offending and to the circumstances of people on probation."),
                (3, "Regular home visits and lone working with people who may be hostile; verbal aggression is frequent."),
            ]))],
    }],
}

PROBATION_SERVICES_OFFICER = {
    "ref": "PDU-PSO-001", "benchmark": True, "holders": [], "created": ts("2023-10-16 09:30"),
    "versions": [{
        "status": "IN_FORCE", "title": "Probation Services Officer", "role_family": "Probation Services Officer",
        "directorate": PDUS, "created": ts("2023-10-16 09:30"), "effective_from": "2024-04-01",
        "purpose": (
            "To manage the sentences of people on probation who pose a lower risk of serious harm, and to deliver "
            "structured one-to-one work that supports them to stop offending."),
        "duties": [
            "Manage a caseload of lower- and medium-risk people on community sentences and licences.",
            "Carry out assessments and contribute to sentence plans, escalating rising risk to a probation officer.",
            "Deliver structured one-to-one sessions and refer people to interventions and partner services.",
            "Run reporting sessions and take enforcement action within policy.",
            "Write short-format reports for court and reviews.",
            "Carry out home visits with colleagues.",
        ],
        "programmes": [],
        "criteria": [
            (E, QUAL, "Level 3 qualification, or working towards the level 4 probation qualification"),
            (E, EXP, "Experience of working with people in difficult circumstances"),
            (D, QUAL, "Level 4 probation qualification"),
            (D, TRAIN, "Core Skills training"),
        ],
        "evaluations": [published(
            "pso-2024", requester="evaluator", requester_type="HR",
            reason="Benchmark evaluation of the PSO JD after the national JD refresh.",
            requested="2023-11-06 10:15", decided="2023-11-13 09:35", decided_by="admin", priority="P2",
            panel=chaired("evaluator", "evaluator2", "rep2"), agreed_at="2024-02-07 16:00",
            published_at="2024-03-01 10:00", published_by="evaluator", effective_from="2024-04-01",
            agreed_levels=agreed([
                (3, "Explains requirements to people on probation who may be reluctant, and motivates them to engage."),
                (4, "Requires the level 4 probation qualification, or progress towards it, or equivalent experience."),
                (3, "Assesses the needs of lower-risk cases and chooses between options for support and enforcement."),
                (2, "Plans own appointments and case tasks, adjusting them occasionally."),
                (4, "Manages the risk of a caseload of lower- and medium-risk cases, escalating concerns to a probation officer."),
                (4, "Manages the sentences of lower-risk cases and delivers structured one-to-one work."),
                (1, "Follows national policy and local procedures."),
                (1, "Takes care of equipment used personally."),
                (1, "Shows new colleagues routine procedures."),
                (2, "Keeps case records accurate in nDelius as a regular part of the job."),
                (3, "Uses own judgement within defined practice, with a senior probation officer available."),
                (3, "Frequent concentration, interrupted by duty work and reporting sessions."),
                (3, "Frequent exposure to the distressing circumstances of people on probation."),
                (3, "Regular home visits and busy reporting sessions where verbal aggression is frequent."),
            ]))],
    }],
}

SENIOR_PROBATION_OFFICER = {
    "ref": "PDU-SPO-001", "benchmark": True, "holders": [], "created": ts("2024-04-08 09:00"),
    "versions": [{
        "status": "IN_FORCE", "title": "Senior Probation Officer", "role_family": "Senior Probation Officer",
        "directorate": PDUS, "created": ts("2024-04-08 09:00"), "effective_from": "2024-10-01",
        "purpose": (
            "To lead and manage a team of probation officers and probation services officers, assuring the "
            "quality of risk assessment and sentence management and the team's public protection work."),
        "duties": [
            "Line manage a team of probation officers and PSOs, including supervision, appraisal and attendance.",
            "Allocate cases and manage the team's workload and cover.",
            "Countersign risk assessments and decisions on the highest-risk cases, and chair risk management meetings.",
            "Represent the team at MAPPA, child protection and multi-agency meetings.",
            "Monitor performance and quality data and lead improvements in practice.",
            "Handle complaints and serious further offence reviews.",
        ],
        "programmes": [],
        "criteria": [
            (E, QUAL, "Professional Qualification in Probation (PQiP) or an equivalent probation officer qualification"),
            (E, EXP, "Substantial experience of managing high-risk cases"),
            (E, TRAIN, "Management development training, or willing to complete it"),
            (D, EXP, "Experience of supervising or managing staff"),
        ],
        "evaluations": [published(
            "spo-2024", requester="rep", requester_type="UNION",
            reason="The SPO JD was rewritten for the new case allocation model, which adds countersigning of all high-risk decisions. Members ask for it to be evaluated.",
            requested="2024-04-15 11:00", decided="2024-04-22 10:00", decided_by="evaluator", priority="P2",
            panel=chaired("evaluator2", "evaluator", "rep"), agreed_at="2024-07-24 15:00",
            published_at="2024-08-30 10:00", published_by="evaluator2", effective_from="2024-10-01",
            agreed_levels=agreed([
                (5, "Leads difficult conversations with staff and partners, chairs risk meetings and presents cases at MAPPA."),
                (6, "Requires PQiP and substantial post-qualifying practice, plus management training."),
                (4, "Reviews complex risk decisions made by officers, weighing conflicting information."),
                (4, "Plans the team's workload, allocation and cover with partner agencies."),
                (6, "Countersigns risk decisions on the highest-risk cases and leads the team's public protection arrangements."),
                (5, "Oversees sentence management for the team's whole caseload."),
                (3, "Proposes changes to local practice that affect other teams and partners."),
                (2, "Safeguards team equipment and approves small expenses."),
                (4, "Line manages a team of probation officers and PSOs."),
                (3, "Maintains team performance data and sensitive case records for others."),
                (5, "Interprets policy for the team and is accountable for its practice."),
                (4, "Frequent prolonged concentration on case reviews and supervision, with constant interruptions."),
                (3, "Frequent exposure to distressing case material and staff welfare issues."),
                (2, "Occasional verbal aggression in reception and court settings; mostly office based."),
            ]))],
    }],
}

TREATMENT_MANAGER = {
    "ref": "INT-TM-001", "benchmark": True, "holders": [], "created": ts("2024-09-30 09:00"),
    "versions": [{
        "status": "IN_FORCE", "title": "Treatment Manager", "role_family": "Treatment Manager",
        "directorate": INTERVENTIONS, "created": ts("2024-09-30 09:00"), "effective_from": "2025-04-01",
        "purpose": (
            "To assure the quality and treatment integrity of accredited programmes, giving clinical supervision "
            "to facilitators and clinical oversight of participants' progress."),
        "duties": [
            "Provide clinical supervision to a group of facilitators, reviewing recorded sessions.",
            "Oversee participants' treatment progress and contribute clinical views to case conferences.",
            "Plan programme delivery across several sites, with programme managers.",
            "Assess facilitators' competence for accreditation and plan their development.",
            "Advise probation practitioners on risk arising in treatment.",
            "Propose changes to local delivery to maintain treatment integrity.",
        ],
        "programmes": ["Horizon", "Kaizen", "BBR", "Building Choices"],
        "criteria": [
            (E, QUAL, "Professional Qualification in Probation (PQiP) or an equivalent professional qualification"),
            (E, TRAIN, "Treatment management training for the programmes supervised"),
            (E, EXP, "Has delivered the programme at least twice as a facilitator"),
            (D, EXP, "Experience of clinical supervision"),
        ],
        "evaluations": [published(
            "tm-2025", requester="evaluator", requester_type="HR",
            reason="Benchmark evaluation of the treatment manager JD, updated for Building Choices.",
            requested="2024-10-07 10:00", decided="2024-10-14 10:00", decided_by="admin", priority="P2",
            panel=chaired("evaluator", "admin", "rep"), agreed_at="2025-02-05 15:00",
            published_at="2025-02-28 10:00", published_by="evaluator", effective_from="2025-04-01",
            agreed_levels=agreed([
                (5, "Gives clinical feedback on difficult sessions and presents treatment views to case conferences where they may be contested."),
                (6, "Requires PQiP or equivalent, plus treatment management training and substantial programme delivery experience."),
                (4, "Interprets session recordings and psychometric results to judge treatment progress and facilitator practice."),
                (4, "Plans programme delivery across several sites and groups."),
                (4, "Advises on risk arising in treatment; the probation practitioner owns the risk management plan."),
                (5, "Provides clinical oversight of the interventions delivered to participants."),
                (3, "Proposes changes to programme delivery that affect other teams."),
                (2, "Safeguards programme materials and recording equipment used by facilitators."),
                (3, "Gives clinical supervision to a group of facilitators."),
                (3, "Maintains programme data and recordings for a delivery team."),
                (5, "Interprets programme policy for the team's delivery and is accountable for treatment integrity."),
                (4, "Prolonged concentration reviewing session recordings in detail."),
                (4, "Frequent exposure to detailed accounts of sexual offending in recordings and supervision."),
                (1, "Office and group-room based; unpleasant conditions are rare."),
            ]))],
    }],
}

VICTIM_LIAISON_OFFICER = {
    "ref": "PDU-VLO-001", "benchmark": True, "holders": [], "created": ts("2024-10-28 09:00"),
    "versions": [{
        "status": "IN_FORCE", "title": "Victim Liaison Officer", "role_family": "Victim Liaison Officer",
        "directorate": PDUS, "created": ts("2024-10-28 09:00"), "effective_from": "2025-04-01",
        "purpose": (
            "To keep victims of serious violent and sexual offences informed under the Victim Contact Scheme, "
            "and to make sure their views are heard in decisions about the release of the person who harmed them."),
        "duties": [
            "Contact victims eligible for the Victim Contact Scheme and explain what it offers.",
            "Keep victims informed of key points in the sentence, such as parole reviews and release.",
            "Help victims to make statements to the Parole Board and to ask for licence conditions.",
            "Share victims' concerns with probation practitioners for risk assessment and licence conditions.",
            "Keep the unit's confidential victim records, sharing information only under protocol.",
            "Visit victims at home when needed.",
        ],
        "programmes": [],
        "criteria": [
            (E, QUAL, "Level 3 qualification or equivalent experience"),
            (E, EXP, "Experience of supporting people who have experienced trauma"),
            (E, TRAIN, "Victim Contact Scheme training, or willing to complete it"),
            (D, QUAL, "Level 4 probation qualification"),
        ],
        "evaluations": [published(
            "vlo-2025", requester="evaluator", requester_type="HR",
            reason="Benchmark evaluation of the VLO JD, updated for the revised Victims' Code.",
            requested="2024-11-04 10:00", decided="2024-11-11 10:00", decided_by="admin", priority="P2",
            panel=chaired("evaluator2", "evaluator", "rep2"), agreed_at="2025-02-12 15:00",
            published_at="2025-03-07 10:00", published_by="evaluator2", effective_from="2025-04-01",
            agreed_levels=agreed([
                (4, "Explains sentence progress and release arrangements to victims of serious crime, who are often distressed or angry."),
                (4, "Requires a level 4 qualification or equivalent experience of victim work and the Victim Contact Scheme."),
                (3, "Judges what information can be shared and which licence conditions to ask for in each case."),
                (2, "Plans own contacts and meetings with victims around sentence dates."),
                (3, "Contributes victims' concerns to risk assessments and licence conditions owned by probation practitioners."),
                (2, "Little contact with people on probation: the role serves victims."),
                (1, "Follows the Victims' Code and the scheme's policy."),
                (1, "Takes care of equipment used personally."),
                (1, "Shows new colleagues the scheme's procedures."),
                (3, "Maintains the unit's confidential victim records, shared only under protocol."),
                (3, "Uses own judgement within the scheme's policy, with a manager available."),
                (3, "Frequent concentration with unpredictable calls from victims."),
                (5, "Constant exposure to victims' accounts of serious violence, sexual abuse and bereavement."),
                (2, "Occasional home visits to victims and lone working."),
            ]))],
    }],
}

DASO = {
    "ref": "PDU-DASO-001", "benchmark": True, "holders": [], "created": ts("2025-02-24 09:00"),
    "versions": [{
        "status": "IN_FORCE", "title": "Domestic Abuse Safety Officer (DASO)",
        "role_family": "Domestic Abuse Safety Officer", "directorate": PDUS,
        "created": ts("2025-02-24 09:00"), "effective_from": "2025-12-01",
        "purpose": (
            "To keep the partners and ex-partners of men on domestic-abuse programmes safe, through contact, "
            "safety planning and information sharing with the programme team and partner agencies."),
        "duties": [
            "Contact the partners and ex-partners of men starting BBR and offer them support.",
            "Carry out safety planning with partners and refer them to specialist domestic-abuse services.",
            "Share information about risk with facilitators, probation practitioners, police and children's services.",
            "Attend MARAC and multi-agency meetings about high-risk cases.",
            "Keep accurate partner contact records in nDelius, separate from the perpetrator's record.",
        ],
        "programmes": ["BBR"],
        "criteria": [
            (E, QUAL, "Level 3 qualification or equivalent experience"),
            (E, TRAIN, "Domestic-abuse risk identification (DASH) training"),
            (E, EXP, "Experience of supporting victims of domestic abuse"),
            (D, TRAIN, "BBR awareness training"),
        ],
        "evaluations": [published(
            "daso-2025", requester="rep2", requester_type="UNION",
            reason="DASOs are paid at Band 4 under protection while their role has never been evaluated. Members ask for the DASO JD to be evaluated before the protection ends.",
            requested="2025-03-03 09:00", decided="2025-03-10 10:00", decided_by="evaluator", priority="P1",
            panel=chaired("evaluator", "evaluator2", "rep2"), agreed_at="2025-09-24 15:00",
            check=(
                "The outcome (465, Band 3) is below the Band 4 that DASOs are paid under protection, so each "
                "factor was compared with the Victim Liaison Officer and PSO benchmarks and the probation officer "
                "JD. Risk at level 4 reflects safety planning for victims of high-risk perpetrators (the VLO is "
                "level 3); emotional effort at level 5 matches the VLO. No factor is two or more levels from the "
                "comparators without a reason in the JD. The total stands at 465, Band 3.",
                "evaluator2", "2025-10-08 11:00"),
            published_at="2025-10-31 10:00", published_by="evaluator", effective_from="2025-12-01",
            agreed_levels=agreed([
                (4, "Speaks to the partners of men on BBR about their safety, where information is sensitive and their co-operation has to be won."),
                (4, "Requires a level 4 qualification or equivalent, plus domestic-abuse risk identification (DASH) training."),
                (3, "Weighs information from partners, police and children's services to choose safety options."),
                (3, "Plans safety work around each BBR cohort and partner agency meetings, adjusting it to new disclosures."),
                (4, "Carries out safety planning for victims and partners, contributing directly to managing the risk of high-risk perpetrators."),
                (2, "Little direct contact with people on probation: works mainly with their partners and ex-partners."),
                (1, "Follows safeguarding and information-sharing policies."),
                (1, "Takes care of equipment used personally."),
                (1, "Shows new colleagues the safety procedures."),
                (2, "Keeps accurate partner contact records in nDelius."),
                (3, "Uses own judgement within safety policy, with a manager available."),
                (3, "Frequent concentration with unpredictable calls and disclosures."),
                (5, "Constant exposure to accounts of domestic abuse and to partners' fear for their safety."),
                (2, "Occasional lone working and calls with hostile ex-partners."),
            ]))],
    }],
}

AP_MANAGER_DUTIES_2019 = [
    "Manage the approved premises and its staff team, including rotas, supervision and appraisal.",
    "Decide on admissions with probation practitioners and manage the mix of residents.",
    "Manage residents' risk, curfews and licence conditions, and request recalls when needed.",
    "Hold the premises' delegated budget and make sure the building is safe and maintained.",
    "Work with police, MAPPA and local partners to protect the public.",
    "Take part in the out-of-hours on-call rota.",
]

AP_MANAGER = {
    "ref": "AP-MGR-001", "benchmark": True, "holders": ["staff3"], "created": ts("2018-12-03 09:00"),
    "versions": [
        {
            "status": "IN_FORCE", "title": "Approved Premises Manager", "role_family": "Approved Premises Manager",
            "directorate": APPROVED_PREMISES, "created": ts("2018-12-03 09:00"), "effective_from": "2019-04-01",
            "purpose": (
                "To manage an approved premises that houses people released from prison who pose a high risk of "
                "serious harm, keeping residents, staff and the public safe."),
            "duties": AP_MANAGER_DUTIES_2019,
            "programmes": [],
            "criteria": [
                (E, QUAL, "Professional Qualification in Probation (PQiP) or an equivalent probation officer qualification"),
                (E, EXP, "Experience of managing staff in a residential or hostel setting"),
                (E, OTHER, "Able to join the out-of-hours on-call rota"),
                (D, TRAIN, "Psychologically informed environment (PIPE) training"),
            ],
            "evaluations": [published(
                "ap-manager-2019", requester="admin", requester_type="HR",
                reason="Benchmark evaluation of the approved premises manager JD.",
                requested="2019-01-07 10:00", decided="2019-01-14 10:00", decided_by="admin", priority="P2",
                panel=chaired("admin", "evaluator", "rep2"), agreed_at="2019-02-20 15:00",
                published_at="2019-03-08 10:00", published_by="admin", effective_from="2019-04-01",
                agreed_levels=agreed([
                    (4, "Manages residents' behaviour and explains decisions to residents, staff and partners where co-operation is needed."),
                    (6, "Requires PQiP or equivalent plus management experience in a residential setting."),
                    (4, "Judges complex situations such as curfew breaches, recall requests and the mix of residents."),
                    (4, "Plans a 24-hour staff rota and the premises' regime with partner agencies."),
                    (5, "Accountable for managing the risk posed by residents, many of them high-risk and under MAPPA."),
                    (6, "Accountable for the whole approved premises service to its residents."),
                    (3, "Proposes changes to the regime and practice that affect partner agencies."),
                    (4, "Holds the premises' delegated budget and is responsible for the building."),
                    (4, "Line manages the premises' staff team."),
                    (3, "Maintains residents' records, logs and incident reports for the premises."),
                    (5, "Interprets national approved premises policy for the premises and is accountable for its running."),
                    (4, "Frequent prolonged concentration with constant interruptions from the premises."),
                    (3, "Frequent exposure to distressing incidents involving residents."),
                    (3, "Frequent verbal aggression and occasional incidents in the residential setting; on call out of hours."),
                ]))],
        },
        {
            "status": "UNDER_EVALUATION", "title": "Approved Premises Manager",
            "role_family": "Approved Premises Manager", "directorate": APPROVED_PREMISES,
            "created": ts("2024-11-18 09:00"), "effective_from": None,
            "purpose": (
                "To manage an enhanced approved premises that houses people released from prison who pose a high "
                "risk of serious harm, running a psychologically informed regime with round-the-clock staffing, "
                "and keeping residents, staff and the public safe."),
            "duties": AP_MANAGER_DUTIES_2019 + [
                "Lead the premises' psychologically informed planned environment (PIPE) with the clinical lead.",
                "Manage waking-night cover and the larger staff team that 24-hour enhanced staffing needs.",
            ],
            "programmes": [],
            "criteria": [
                (E, QUAL, "Professional Qualification in Probation (PQiP) or an equivalent probation officer qualification"),
                (E, EXP, "Experience of managing staff in a residential or hostel setting"),
                (E, TRAIN, "Psychologically informed environment (PIPE) training, or willing to complete it within 6 months"),
                (E, OTHER, "Able to join the out-of-hours on-call rota"),
            ],
            "evaluations": [{
                "key": "ap-manager-2024", "requester": "staff3", "requester_type": "STAFF",
                "reason": (
                    "Our JD was last evaluated in 2019. Since then the premises has become an enhanced approved "
                    "premises with a PIPE regime, waking-night cover and a larger team and budget. I ask for the "
                    "new version to be evaluated."),
                "requested_at": ts("2024-11-25 08:47"), "status": "ACCEPTED", "priority": "P2",
                "decided_at": ts("2025-01-10 15:20"), "decided_by": "evaluator", "decision_reason": None,
            }],
        },
    ],
}

COURT_DUTY_OFFICER = {
    "ref": "PDU-CDO-001", "benchmark": False, "holders": [], "created": ts("2026-09-29 09:00"),
    "versions": [{
        "status": "SUBMITTED", "title": "Court Duty Officer", "role_family": "Court Duty Officer",
        "directorate": PDUS, "created": ts("2026-09-29 09:00"), "effective_from": None,
        "purpose": (
            "To provide the probation service's advice to magistrates' and Crown Courts on the day, including "
            "short-format pre-sentence reports, so that sentences can be passed without delay."),
        "duties": [
            "Interview defendants at court and write oral and short-format pre-sentence reports on the day.",
            "Check safeguarding and domestic-abuse information with police and children's services before advising the court.",
            "Advise sentencers on community sentence requirements and their availability.",
            "Start the induction of people given community sentences and pass cases to the right team.",
            "Keep accurate court records in nDelius.",
        ],
        "programmes": [],
        "criteria": [
            (E, QUAL, "Level 4 probation qualification or equivalent"),
            (E, EXP, "Experience of writing reports for court"),
            (D, TRAIN, "Safeguarding training for court work"),
        ],
        "evaluations": [{
            "key": "court-duty-officer-2026", "requester": "rep", "requester_type": "UNION",
            "reason": (
                "Court duty officers now write most short-format pre-sentence reports on the day, and the role has "
                "no evaluated JD. Napo members ask for it to be evaluated."),
            "requested_at": ts("2026-10-13 14:05"), "status": "REQUESTED", "priority": None,
            "decided_at": None, "decided_by": None, "decision_reason": None,
        }],
    }],
}

COUNTER_TERRORISM_SPO = {
    "ref": "NSD-SPO-CT-001", "benchmark": False, "holders": [], "created": ts("2026-09-14 09:00"),
    "versions": [{
        "status": "UNDER_EVALUATION", "title": "Senior Probation Officer (Counter-Terrorism)",
        "role_family": "Senior Probation Officer", "directorate": NSD,
        "created": ts("2026-09-14 09:00"), "effective_from": None,
        "purpose": (
            "To lead a team managing people convicted of terrorism and terrorism-connected offences, and others "
            "who pose a terrorist risk, working with counter-terrorism policing and the security services."),
        "duties": [
            "Line manage a team of probation officers managing terrorist-risk cases.",
            "Countersign risk assessments and decisions on terrorist-risk cases and chair risk meetings.",
            "Represent the service at MAPPA level 3 meetings and joint case management with counter-terrorism policing.",
            "Manage access to and sharing of security-classified information.",
            "Advise other divisions on terrorist-risk cases.",
            "Contribute to national policy on managing terrorist risk.",
        ],
        "programmes": [],
        "criteria": [
            (E, QUAL, "Professional Qualification in Probation (PQiP) or an equivalent probation officer qualification"),
            (E, EXP, "Substantial experience of managing high-risk cases under MAPPA"),
            (E, OTHER, "Security clearance to the level the post requires (counter-terrorist check or above)"),
            (D, TRAIN, "Extremism risk assessment training"),
        ],
        "evaluations": [{
            "key": "ct-spo-2026", "requester": "evaluator", "requester_type": "HR",
            "reason": "New specialist SPO post in the National Security Division; it needs an evaluation before recruitment.",
            "requested_at": ts("2026-09-21 09:30"), "status": "IN_PANEL", "priority": "P1",
            "decided_at": ts("2026-09-25 11:00"), "decided_by": "admin", "decision_reason": None,
            "scheme": "PROBATION", "panel": chaired("evaluator2", "admin", "rep2"),
            "provisional_at": ts("2026-10-26 16:00"),
            "provisional": {
                "evaluator2": [5, 6, 5, 4, 6, 5, 3, 2, 4, 4, 5, 4, 4, 2],
                "admin":      [5, 6, 4, 4, 6, 5, 4, 2, 4, 4, 5, 4, 4, 2],
                "rep2":       [6, 7, 5, 4, 6, 5, 4, 2, 4, 4, 5, 5, 5, 3],
            },
            "agreed_at": ts("2026-11-09 15:00"),
            "agreed": [
                ("COMMUNICATION", 5, "Presents cases at MAPPA level 3 and joint case management with counter-terrorism policing, where views are contested and stakes are high. Level 6 was considered; the strategic national work sits with the head of division."),
                ("KNOWLEDGE", 6, "Requires PQiP and substantial high-risk practice, plus management and extremism risk training. Not level 7: no master's-level knowledge is required."),
                ("RISK_PUBLIC_PROTECTION", 6, "Countersigns risk decisions on terrorist-risk cases, the highest-risk cases the service manages."),
                ("PEOPLE_ON_PROBATION", 5, "Oversees sentence management for the team's caseload; the post does not run a whole service."),
            ],
        }],
    }],
}

AP_RESIDENTIAL_WORKER = {
    "ref": "AP-RW-001", "benchmark": False, "holders": [], "created": ts("2026-11-16 10:00"),
    "versions": [{
        "status": "DRAFT", "title": "Approved Premises Residential Worker",
        "role_family": "Approved Premises Residential Worker", "directorate": APPROVED_PREMISES,
        "created": ts("2026-11-16 10:00"), "effective_from": None,
        "purpose": (
            "To support and supervise residents of an approved premises day to day, keeping to the premises' "
            "rules and regime and helping residents to settle and move on safely."),
        "duties": [
            "Supervise residents, carry out curfew and room checks and record what happens on each shift.",
            "Build working relationships with residents and take part in the premises' regime activities.",
            "Respond to incidents and report breaches to the manager on duty.",
            "Help residents with practical matters such as benefits, health appointments and move-on housing.",
            "Work shifts, including nights and weekends.",
        ],
        "programmes": [],
        "criteria": [
            (E, EXP, "Experience of working with people in a residential or support setting"),
            (E, OTHER, "Able to work shifts, including nights and weekends"),
            (D, TRAIN, "Psychologically informed environment (PIPE) training"),
        ],
        "evaluations": [],
    }],
}

# The DASO outcome stands: a second request is not how it is challenged.
DASO["versions"][0]["evaluations"].append({
    "key": "daso-rerequest-2026", "requester": "rep2", "requester_type": "UNION",
    "reason": "DASO members disagree with the Band 3 outcome and ask for the role to be evaluated again.",
    "requested_at": ts("2026-01-19 10:20"), "status": "REJECTED", "priority": None,
    "decided_at": ts("2026-01-26 09:40"), "decided_by": "evaluator",
    "decision_reason": (
        "The DASO JD has not changed since its outcome was published on 31 October 2025, so a new evaluation "
        "would score the same JD again. Disagreement with a published outcome is an appeal: it can be lodged "
        "until 31 January 2026, naming the factors in dispute and the levels claimed."),
})

JOB_DESCRIPTIONS = [
    PSO_FACILITATOR, PO_FACILITATOR, INTERVENTION_FACILITATOR, PROBATION_OFFICER,
    PROBATION_SERVICES_OFFICER, SENIOR_PROBATION_OFFICER, TREATMENT_MANAGER, VICTIM_LIAISON_OFFICER,
    DASO, AP_MANAGER, COURT_DUTY_OFFICER, COUNTER_TERRORISM_SPO, AP_RESIDENTIAL_WORKER,
]


# ---------------------------------------------------------------------------------------------
# Derived values: ids, totals, bands and the JD's search columns
# ---------------------------------------------------------------------------------------------


def derive():
    for jd in JOB_DESCRIPTIONS:
        jd["id"] = uid("job_description", jd["ref"])
        for number, version in enumerate(jd["versions"], start=1):
            version["no"] = number
            version["id"] = uid("jd_version", jd["ref"], str(number))
            version["outcome"] = None
            for evaluation in version["evaluations"]:
                evaluation["id"] = uid("evaluation", evaluation["key"])
                evaluation.setdefault("scheme", None)
                evaluation.setdefault("panel", [])
                evaluation.setdefault("provisional", {})
                evaluation.setdefault("agreed", [])
                evaluation.setdefault("check", None)
                evaluation["total"] = None
                evaluation["band"] = None
                evaluation["in_force"] = False
                if evaluation["status"] == "PUBLISHED":
                    total = sum(points_of(evaluation["scheme"], c, lvl) for c, lvl, _ in evaluation["agreed"])
                    evaluation["total"] = total
                    evaluation["band"] = range_holding(evaluation["scheme"], total)
                    evaluation["in_force"] = date.fromisoformat(evaluation["effective_from"]) <= TODAY
                    version["outcome"] = evaluation
        latest = jd["versions"][-1]
        in_force = [v for v in jd["versions"] if v["status"] == "IN_FORCE"]
        jd["in_force_version"] = in_force[0] if in_force else None
        jd["published"] = any(v["outcome"] for v in jd["versions"])
        jd["latest"] = latest
        if jd["in_force_version"]:
            outcome = jd["in_force_version"]["outcome"]
            jd["total"] = outcome["total"]
            jd["band_id"] = band_of(outcome["scheme"], outcome["band"])["id"]
        else:
            jd["total"] = None
            jd["band_id"] = None
        for version in jd["versions"]:
            # requests and rejections leave a version as it was; acceptance and outcomes change it
            version["updated"] = max(
                [version["created"]] + [evaluation_updated_at(e) for e in version["evaluations"]
                                        if e["status"] in ("ACCEPTED", "IN_PANEL", "PUBLISHED")])
        jd["updated"] = max([jd["created"]] + [v["updated"] for v in jd["versions"]])


def evaluation_updated_at(evaluation):
    moments = [evaluation["requested_at"]]
    for key in ("decided_at", "provisional_at", "agreed_at", "published_at"):
        if evaluation.get(key):
            moments.append(evaluation[key])
    if evaluation.get("check"):
        moments.append(ts(evaluation["check"][2]))
    return max(moments)


# ---------------------------------------------------------------------------------------------
# Checks: everything the application would refuse, and the facts the story depends on
# ---------------------------------------------------------------------------------------------


def check_scheme(code):
    scheme = SCHEMES[code]
    codes = [f[0] for f in scheme["factors"]]
    assert len(codes) == len(set(codes)), code
    for factor_code, name, description, levels in scheme["factors"]:
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", factor_code) and len(factor_code) <= 40
        assert name and len(name) <= 200 and description and len(description) <= 2000
        points = [p for p, _ in levels]
        assert all(a < b for a, b in zip(points, points[1:])), (code, factor_code, points)
        assert all(descriptor and len(descriptor) <= 2000 for _, descriptor in levels), (code, factor_code)
    ranges = scheme["ranges"]
    assert ranges[0][1] == 0, code
    for (_, _, high), (_, low, _) in zip(ranges, ranges[1:]):
        assert low == high + 1, (code, high, low)
    assert all(low <= high for _, low, high in ranges)
    for band, _, _ in ranges:
        assert (scheme["structure"], band) in BANDS, (code, band)
    lowest = sum(levels[0][0] for *_, levels in scheme["factors"])
    highest = sum(levels[-1][0] for *_, levels in scheme["factors"])
    return lowest, highest


def check_schemes():
    nhs_codes = ["COMMUNICATION", "KNOWLEDGE", "ANALYTICAL", "PLANNING", "PHYSICAL_SKILLS", "PATIENT_CARE",
                 "POLICY", "FINANCIAL", "HUMAN_RESOURCES", "INFORMATION", "RESEARCH", "FREEDOM_TO_ACT",
                 "PHYSICAL_EFFORT", "MENTAL_EFFORT", "EMOTIONAL_EFFORT", "WORKING_CONDITIONS"]
    assert [f[0] for f in NHS_FACTORS] == nhs_codes
    assert [len(f[3]) for f in NHS_FACTORS] == [6, 8, 5, 5, 5, 8, 6, 6, 6, 7, 6, 6, 5, 5, 4, 5]
    lowest, highest = check_scheme("NHS_AFC")
    assert (lowest, highest) == (86, 1000), (lowest, highest)
    assert [b for b, _, _ in NHS_RANGES] == ["1", "2", "3", "4", "5", "6", "7", "8a", "8b", "8c", "8d", "9"]
    assert range_holding("NHS_AFC", 765) == "9" and range_holding("NHS_AFC", 766) is None

    lowest, highest = check_scheme("PROBATION")
    assert points_of("PROBATION", "WORKING_CONDITIONS", 1) == 10
    assert points_of("PROBATION", "WORKING_CONDITIONS", 2) == 20
    ranges = dict((b, (low, high)) for b, low, high in PROBATION_RANGES)
    assert list(ranges) == ["1", "2", "3", "4", "5", "6"]
    assert ranges["4"][0] == 480 and ranges["3"][1] == 479
    assert range_holding("PROBATION", lowest) == "1", lowest
    assert highest <= ranges["6"][1], highest
    assert 12 <= len(PROBATION_FACTORS) <= 14
    assert PROBATION_CODES[-1] == "WORKING_CONDITIONS"


def check_text(value, limit, what):
    assert value and len(value) <= limit, (what, value)
    assert "\\" not in value and "${" not in value, (what, value)


def check_evaluation(jd, version, evaluation):
    key = evaluation["key"]
    holders = set(jd["holders"])
    check_text(evaluation["reason"], 2000, key)
    if evaluation["requester_type"] == "STAFF":
        assert evaluation["requester"] in holders, key
    expected_role = {"HR": ("HR_ADMIN", "HR_EVALUATOR"), "UNION": ("UNION_REP",), "STAFF": ("STAFF",)}
    assert USER[evaluation["requester"]]["role"] in expected_role[evaluation["requester_type"]], key
    status = evaluation["status"]
    assert status in ("REQUESTED", "ACCEPTED", "IN_PANEL", "PUBLISHED", "REJECTED"), key
    if status == "REQUESTED":
        assert not evaluation["decided_at"] and not evaluation["priority"], key
    else:
        assert evaluation["decided_at"] and evaluation["decided_by"], key
        assert evaluation["decided_at"] >= evaluation["requested_at"], key
        assert USER[evaluation["decided_by"]]["role"] in ("HR_ADMIN", "HR_EVALUATOR"), key
    if status == "REJECTED":
        assert evaluation["priority"] is None and evaluation["decision_reason"], key
    elif status != "REQUESTED":
        assert evaluation["priority"] in ("P1", "P2"), key
    if status in ("ACCEPTED", "IN_PANEL", "PUBLISHED"):
        assert version["status"] in ("UNDER_EVALUATION", "EVALUATED", "IN_FORCE", "SUPERSEDED"), key
    if status in ("REQUESTED", "ACCEPTED", "REJECTED"):
        assert evaluation["scheme"] is None and not evaluation["panel"] and not evaluation["agreed"], key
        return

    scheme = evaluation["scheme"]
    factor_levels = dict((f[0], len(f[3])) for f in SCHEMES[scheme]["factors"])
    panel = evaluation["panel"]
    members = [m for m, _, _ in panel]
    assert len(panel) >= 3 and len(set(members)) == len(members), key
    assert sum(1 for _, _, chair in panel if chair) == 1, key
    assert {side for _, side, _ in panel} == {"MANAGEMENT", "STAFF"}, key
    assert not holders & set(members), key
    for member, side, _ in panel:
        role = USER[member]["role"]
        assert role == "UNION_REP" if side == "STAFF" else role in ("HR_ADMIN", "HR_EVALUATOR"), (key, member)
    for member, levels in evaluation["provisional"].items():
        assert member in members, (key, member)
        assert len(levels) == len(factor_levels), (key, member)
        for code, level in zip(factor_levels, levels):
            assert 1 <= level <= factor_levels[code], (key, member, code, level)
    for code, level, rationale in evaluation["agreed"]:
        assert code in factor_levels and 1 <= level <= factor_levels[code], (key, code, level)
        check_text(rationale, 4000, key)
    assert len({c for c, _, _ in evaluation["agreed"]}) == len(evaluation["agreed"]), key

    if status == "IN_PANEL":
        assert 0 < len(evaluation["agreed"]) < len(factor_levels), key
        assert evaluation["total"] is None, key
        return
    assert [c for c, _, _ in evaluation["agreed"]] == list(factor_levels), key
    total = evaluation["total"]
    assert total == sum(points_of(scheme, c, lvl) for c, lvl, _ in evaluation["agreed"]), key
    assert evaluation["band"] is not None, (key, total)
    if near_boundary(scheme, total):
        assert evaluation["check"], (key, total, "a near-boundary total needs a consistency check")
    if evaluation["check"]:
        check_text(evaluation["check"][0], 4000, key)
        assert ts(evaluation["check"][2]) <= evaluation["published_at"], key
    assert evaluation["agreed_at"] <= evaluation["published_at"], key
    assert evaluation["published_at"][:10] <= evaluation["effective_from"], key
    assert version["outcome"] is evaluation, key
    assert version["effective_from"] == evaluation["effective_from"], key
    expected_status = "IN_FORCE" if evaluation["in_force"] else "EVALUATED"
    assert version["status"] in (expected_status, "SUPERSEDED"), key


def check_job_descriptions():
    references = [jd["ref"] for jd in JOB_DESCRIPTIONS]
    assert len(references) == len(set(references))
    for jd in JOB_DESCRIPTIONS:
        assert re.fullmatch(r"[A-Z0-9][A-Z0-9-]*", jd["ref"]) and len(jd["ref"]) <= 30, jd["ref"]
        in_progress = [v for v in jd["versions"] if v["status"] in ("DRAFT", "SUBMITTED", "UNDER_EVALUATION")]
        assert len(in_progress) <= 1, jd["ref"]
        assert len([v for v in jd["versions"] if v["status"] == "IN_FORCE"]) <= 1, jd["ref"]
        for version in jd["versions"]:
            for value, limit in ((version["title"], 200), (version["role_family"], 100),
                                 (version["directorate"], 100), (version["purpose"], 4000)):
                check_text(value, limit, jd["ref"])
            assert 1 <= len(version["duties"]) <= 50, jd["ref"]
            for duty in version["duties"]:
                check_text(duty, 1000, jd["ref"])
            assert len(set(version["programmes"])) == len(version["programmes"]), jd["ref"]
            for programme in version["programmes"]:
                check_text(programme, 100, jd["ref"])
            for kind, criterion_type, text in version["criteria"]:
                assert kind in (E, D) and criterion_type in (QUAL, TRAIN, EXP, OTHER), jd["ref"]
                check_text(text, 500, jd["ref"])
            open_requests = [e for e in version["evaluations"] if e["status"] in ("REQUESTED", "ACCEPTED", "IN_PANEL")]
            assert len(open_requests) <= 1, jd["ref"]
            if version["evaluations"]:
                assert version["status"] != "DRAFT", jd["ref"]
            for evaluation in version["evaluations"]:
                check_evaluation(jd, version, evaluation)
            if version["status"] in ("EVALUATED", "IN_FORCE", "SUPERSEDED"):
                assert version["outcome"], jd["ref"]
            else:
                assert version["outcome"] is None and version["effective_from"] is None, jd["ref"]
        if jd["benchmark"]:
            assert jd["in_force_version"] and jd["in_force_version"]["outcome"]["in_force"], jd["ref"]
        if jd["in_force_version"]:
            assert jd["in_force_version"]["outcome"]["in_force"], jd["ref"]


def check_story():
    def outcome(jd):
        return jd["in_force_version"]["outcome"]

    def band(jd):
        return outcome(jd)["band"]

    intervention_facilitator = outcome(INTERVENTION_FACILITATOR)
    assert intervention_facilitator["total"] == 479 and intervention_facilitator["band"] == "3"
    levels = dict((c, lvl) for c, lvl, _ in intervention_facilitator["agreed"])
    assert levels["WORKING_CONDITIONS"] == 1
    with_level_2 = 479 - points_of("PROBATION", "WORKING_CONDITIONS", 1) + points_of("PROBATION", "WORKING_CONDITIONS", 2)
    assert with_level_2 == 489 and range_holding("PROBATION", with_level_2) == "4"
    assert intervention_facilitator["check"] and intervention_facilitator["check"][1] == "evaluator2"
    assert intervention_facilitator["requested_at"].startswith("2026-06-02")
    assert intervention_facilitator["effective_from"] == "2026-10-01"
    assert intervention_facilitator["published_at"].startswith("2026-09-15")
    provisional = intervention_facilitator["provisional"]
    spreads = [max(p[i] for p in provisional.values()) - min(p[i] for p in provisional.values())
               for i in range(len(PROBATION_CODES))]
    assert max(spreads) >= 2, "the consensus view needs a factor where members differ by 2 or more levels"
    assert provisional["rep"][PROBATION_CODES.index("WORKING_CONDITIONS")] == 2

    expected_bands = {
        PSO_FACILITATOR["ref"]: "3", PO_FACILITATOR["ref"]: "4", PROBATION_OFFICER["ref"]: "4",
        PROBATION_SERVICES_OFFICER["ref"]: "3", SENIOR_PROBATION_OFFICER["ref"]: "5",
        TREATMENT_MANAGER["ref"]: "5", VICTIM_LIAISON_OFFICER["ref"]: "3", DASO["ref"]: "3",
        AP_MANAGER["ref"]: "5",
    }
    for jd in JOB_DESCRIPTIONS:
        if jd["ref"] in expected_bands:
            assert band(jd) == expected_bands[jd["ref"]], (jd["ref"], outcome(jd)["total"], band(jd))
    for jd in JOB_DESCRIPTIONS:
        if jd["benchmark"] and jd is not AP_MANAGER:
            assert "2024-01-01" <= outcome(jd)["effective_from"] <= "2026-12-31", jd["ref"]
    assert outcome(AP_MANAGER)["effective_from"] == "2019-04-01"
    waiting = AP_MANAGER["versions"][1]["evaluations"][0]
    assert waiting["status"] == "ACCEPTED" and (TODAY - date.fromisoformat(waiting["requested_at"][:10])).days > 700
    request = COURT_DUTY_OFFICER["versions"][0]["evaluations"][0]
    assert (TODAY - date.fromisoformat(request["requested_at"][:10])).days == 40


# ---------------------------------------------------------------------------------------------
# SQL
# ---------------------------------------------------------------------------------------------


def lit(value):
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    assert "\\" not in value and "${" not in value, value
    return "'" + value.replace("'", "''") + "'"


class Raw(str):
    """SQL text written as is (a subquery)."""


def val(value):
    return value if isinstance(value, Raw) else lit(value)


def user_ref(username):
    # by username, so the rows also fit a database whose demo accounts the application made earlier
    return Raw("(SELECT id FROM app_user WHERE username = %s)" % lit(username))


def insert(table, columns, rows):
    head = "INSERT INTO %s (%s) VALUES" % (table, ", ".join(columns))
    values = ["(" + ", ".join(val(v) for v in row) + ")" for row in rows]
    if len(values) == 1:
        return head + " " + values[0] + ";"
    return head + "\n  " + ",\n  ".join(values) + ";"


def users_sql():
    out = ["-- Demo users (password bandwise-demo). Each is added only when its username is new, so a demo database",
           "-- whose first five accounts the application created earlier keeps them; the rows below look users up",
           "-- by username for the same reason."]
    for username, display_name, role, union in USERS:
        out.append(
            "INSERT INTO app_user (id, username, display_name, password_hash, union_code, enabled, last_sign_in_at, "
            "created_at, updated_at, version) SELECT %s, %s, %s, %s, %s, TRUE, NULL, %s, %s, 0 FROM DUAL "
            "WHERE NOT EXISTS (SELECT 1 FROM app_user WHERE username = %s);"
            % (lit(USER[username]["id"]), lit(username), lit(display_name), lit(password_hash(username)),
               lit(union), lit(USERS_CREATED_AT), lit(USERS_CREATED_AT), lit(username)))
        out.append(
            "INSERT INTO app_user_role (user_id, role) SELECT u.id, %s FROM app_user u WHERE u.username = %s "
            "AND NOT EXISTS (SELECT 1 FROM app_user_role r WHERE r.user_id = u.id AND r.role = %s);"
            % (lit(role), lit(username), lit(role)))
    return out


def schemes_sql():
    out = []
    for code in ("NHS_AFC", "PROBATION"):
        scheme = SCHEMES[code]
        out.append("")
        out.append("-- Scheme %s version 1%s" % (code, " (illustrative)" if scheme["illustrative"] else ""))
        out.append(insert(
            "scheme",
            ["id", "code", "scheme_version", "name", "description", "status", "illustrative", "structure_id",
             "near_boundary_points", "based_on_id", "created_at", "updated_at", "version"],
            [[scheme["id"], code, 1, scheme["name"], scheme["description"], scheme["status"],
              scheme["illustrative"], STRUCTURES[scheme["structure"]], 10, None, scheme["created_at"],
              scheme["created_at"], 0]]))
        for position, (factor_code, name, description, levels) in enumerate(scheme["factors"], start=1):
            factor_id = uid("scheme_factor", code, "1", factor_code)
            out.append(insert("scheme_factor", ["id", "scheme_id", "position", "code", "name", "description"],
                              [[factor_id, scheme["id"], position, factor_code, name, description]]))
            out.append(insert("scheme_level", ["factor_id", "level_number", "points", "descriptor"],
                              [[factor_id, n, points, descriptor]
                               for n, (points, descriptor) in enumerate(levels, start=1)]))
        out.append(insert("scheme_band_range", ["scheme_id", "band_id", "min_score", "max_score"],
                          [[scheme["id"], band_of(code, band)["id"], low, high]
                           for band, low, high in scheme["ranges"]]))
    return out


def job_descriptions_sql():
    out = []
    for jd in JOB_DESCRIPTIONS:
        latest = jd["latest"]
        out.append("")
        out.append("-- %s: %s" % (jd["ref"], latest["title"]))
        out.append(insert(
            "job_description",
            ["id", "reference", "benchmark", "title", "role_family", "directorate", "status", "latest_version_no",
             "published", "in_force_version_id", "band_id", "total", "created_at", "updated_at", "version"],
            [[jd["id"], jd["ref"], jd["benchmark"], latest["title"], latest["role_family"], latest["directorate"],
              latest["status"], latest["no"], jd["published"],
              jd["in_force_version"]["id"] if jd["in_force_version"] else None, jd["band_id"], jd["total"],
              jd["created"], jd["updated"], 0]]))
        for version in jd["versions"]:
            out.append(insert(
                "jd_version",
                ["id", "jd_id", "version_no", "status", "title", "role_family", "directorate", "purpose",
                 "effective_from", "outcome_evaluation_id", "created_at", "updated_at", "version"],
                [[version["id"], jd["id"], version["no"], version["status"], version["title"],
                  version["role_family"], version["directorate"], version["purpose"], version["effective_from"],
                  version["outcome"]["id"] if version["outcome"] else None, version["created"],
                  version["updated"], 0]]))
            out.append(insert("jd_duty", ["version_id", "position", "text"],
                              [[version["id"], n, text] for n, text in enumerate(version["duties"], start=1)]))
            if version["programmes"]:
                out.append(insert("jd_programme", ["version_id", "position", "name"],
                                  [[version["id"], n, name] for n, name in enumerate(version["programmes"], start=1)]))
            if version["criteria"]:
                out.append(insert("jd_criterion", ["version_id", "position", "kind", "criterion_type", "text"],
                                  [[version["id"], n, kind, criterion_type, text]
                                   for n, (kind, criterion_type, text) in enumerate(version["criteria"], start=1)]))
        if jd["holders"]:
            out.append(insert("jd_holder", ["jd_id", "user_id"], [[jd["id"], user_ref(u)] for u in jd["holders"]]))
    return out


def evaluations_sql():
    out = []
    for jd in JOB_DESCRIPTIONS:
        for version in jd["versions"]:
            for evaluation in version["evaluations"]:
                out.append("")
                out.append("-- Evaluation of %s version %d: %s" % (jd["ref"], version["no"], evaluation["status"]))
                check = evaluation["check"]
                scheme = evaluation["scheme"]
                out.append(insert(
                    "evaluation",
                    ["id", "jd_id", "jd_version_id", "requester_id", "requester_type", "reason", "requested_at",
                     "status", "priority", "decided_at", "decided_by", "decision_reason", "scheme_id",
                     "check_conclusion", "checked_by", "checked_at", "check_total", "total", "band_id",
                     "effective_from", "published_at", "published_by", "in_force", "created_at", "updated_at",
                     "version"],
                    [[evaluation["id"], jd["id"], version["id"], user_ref(evaluation["requester"]),
                      evaluation["requester_type"], evaluation["reason"], evaluation["requested_at"],
                      evaluation["status"], evaluation["priority"], evaluation["decided_at"],
                      name_of(evaluation["decided_by"]) if evaluation["decided_by"] else None,
                      evaluation["decision_reason"], SCHEMES[scheme]["id"] if scheme else None,
                      check[0] if check else None, name_of(check[1]) if check else None,
                      ts(check[2]) if check else None, evaluation["total"] if check else None,
                      evaluation["total"], band_of(scheme, evaluation["band"])["id"] if evaluation["band"] else None,
                      evaluation.get("effective_from"), evaluation.get("published_at"),
                      name_of(evaluation["published_by"]) if evaluation.get("published_by") else None,
                      evaluation["in_force"], evaluation["requested_at"], evaluation_updated_at(evaluation), 0]]))
                if evaluation["panel"]:
                    out.append(insert(
                        "panel_member", ["evaluation_id", "user_id", "display_name", "side", "chair"],
                        [[evaluation["id"], user_ref(m), name_of(m), side, chair]
                         for m, side, chair in evaluation["panel"]]))
                for member, levels in evaluation["provisional"].items():
                    codes = [f[0] for f in SCHEMES[scheme]["factors"]]
                    out.append(insert(
                        "provisional_level", ["evaluation_id", "user_id", "factor_code", "level_number", "recorded_at"],
                        [[evaluation["id"], user_ref(member), code, level, evaluation["provisional_at"]]
                         for code, level in zip(codes, levels)]))
                if evaluation["agreed"]:
                    chair = next(m for m, _, is_chair in evaluation["panel"] if is_chair)
                    out.append(insert(
                        "agreed_level",
                        ["evaluation_id", "factor_code", "level_number", "points", "rationale", "recorded_by",
                         "recorded_at"],
                        [[evaluation["id"], code, level, points_of(scheme, code, level), rationale, name_of(chair),
                          evaluation["agreed_at"]]
                         for code, level, rationale in evaluation["agreed"]]))
    return out


def main():
    derive()
    check_schemes()
    check_job_descriptions()
    check_story()
    lines = [
        "-- Demo data for job evaluation, loaded only in demo mode (BANDWISE_DEMO_DATA): the probation story of",
        "-- DOMAIN.md. Generated by db/tools/generate_job_evaluation_demo.py with fixed ids; change the script and",
        "-- run it again rather than editing this file. The probation scheme's points are illustrative except the",
        "-- known facts (working conditions level 1 = 10 and level 2 = 20 points; Band 4 starts at 480).",
        "",
    ]
    lines += users_sql()
    lines += schemes_sql()
    lines += job_descriptions_sql()
    lines += evaluations_sql()
    OUTPUT_SQL.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote %s" % OUTPUT_SQL.relative_to(DB_DIR.parent))
    for jd in JOB_DESCRIPTIONS:
        outcome = jd["in_force_version"]["outcome"] if jd["in_force_version"] else None
        print("  %-16s %-48s %-17s %s" % (
            jd["ref"], jd["latest"]["title"], jd["latest"]["status"],
            "%d points, Band %s" % (outcome["total"], outcome["band"]) if outcome else "-"))


if __name__ == "__main__":
    main()
