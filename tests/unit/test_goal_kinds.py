"""Goals read by kind and log lines read for their topic (issue 11, round 11).

Real goals name a post to get, a grade, an exam or licence, a move, something to take over when
someone leaves, a project or a skill; log lines name a priority inside "X is her big thing" or
"Y says X". Every goal and line here is invented for this test, across trades and settings, with
typos and chat shorthand: none comes from the bench personas, which are the evaluation. What is
derived must always pass the slot gate (`fits_slot`); when nothing sound is left, None.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coaching.asks import every_candidate
from coaching.focus import (
    KINDS,
    TARGET_KINDS,
    derive_deadline,
    derive_focus,
    derive_step,
    fits_slot,
    focus_kind,
    is_role,
    is_target,
    read_goal,
)
from coaching.items import topic_of
from coaching.model import CoachingContext, Person, Relationship, Role
from tests.properties import examples

#: goal → (focus, kind), as the card would say them.
GOALS = {
    "Get the assistant store manager job before Easter": (
        "the assistant store manager job",
        "role",
    ),
    "pass my CIMA exams": ("the CIMA exams", "qualification"),
    "get my forklift licence by march": ("the forklift licence", "qualification"),
    "Get my CSCS card this year": ("the CSCS card", "qualification"),
    "Qualify as an electrician": ("the electrician role", "role"),
    "qualify as a chartered surveyor by 2028": ("the chartered surveyor role", "role"),
    "take over the sous chef role when Jo leaves": ("the sous chef role", "role"),
    "Take over from Priti as head of housekeeping": ("the head of housekeeping role", "role"),
    "Reach band 6 by next summer": ("band 6", "grade"),
    "get to grade 7": ("grade 7", "grade"),
    "Move up to Level 4 in the next pay round": ("level 4", "grade"),
    "Move to the claims department": ("a move to the claims department", "move"),
    "transfer to the Leeds site in the new year": ("a move to the Leeds site", "move"),
    "move into the Bristol office": ("a move to the Bristol office", "move"),
    "Take over the books when Jan retires": ("taking over the books", "takeover"),
    "look after the Harrogate depot once Sandra retires": (
        "running the Harrogate depot",
        "takeover",
    ),
    "be ready to run the warehouse when Dev goes on leave": ("running the warehouse", "takeover"),
    "Be ready to run both kitchens when Ken semi-retires": ("people management", "area"),
    "Lead the new racking project": ("the new racking project", "project"),
    "lead the clinic refit project this autumn": ("the clinic refit project", "project"),
    "learn welding": ("welding", "skill"),
    "Get better at costing jobs": ("costing jobs", "skill"),
    "get good at public speaking": ("public speaking", "skill"),
    "improve my spanish": ("spanish", "skill"),
    "become fluent in BSL": ("BSL", "skill"),
    "get the deputy head post": ("the deputy head post", "role"),
    "land a band 6 job on the stroke unit": ("the band 6 job", "role"),
    "win the site manager role when it opens": ("the site manager role", "role"),
    "Pass my driving test": ("the driving test", "qualification"),
    "sit the NEBOSH general certificate": ("the NEBOSH general certificate", "qualification"),
    "finish my NVQ level 3 in plumbing": ("the NVQ level 3 in plumbing", "qualification"),
    "complete my nursing degree": ("the nursing degree", "qualification"),
    "get my gas safe registration": ("the gas safe registration", "qualification"),
    "renew my SIA licence": ("the SIA licence", "qualification"),
    "do the level 5 diploma in leadership": ("the level 5 diploma in leadership", "qualification"),
    "become a team leader": ("people management", "area"),
    "become a senior paralegal": ("the senior paralegal role", "role"),
    "become head chef": ("the head chef role", "role"),
    "Become a charge nurse on the cardiac ward": ("the charge nurse role", "role"),
    "I want to get promoted to shift supervisor this year": ("the shift supervisor role", "role"),
    "grow into a production manager role": ("the production manager role", "role"),
    "get the head groundsman spot": ("the head groundsman spot", "role"),
    "pass the bar": ("the bar", "qualification"),
    "Get my HGV class 2 licence asap": ("the HGV class 2 licence", "qualification"),
    "get my CDL": ("the CDL", "qualification"),
    "Be ready for the store manager post by spring": ("the store manager post", "role"),
    "i'd like to become the lead carpenter on site": ("the lead carpenter role", "role"),
    "I want to own the spring planting schedule": ("the spring planting schedule", "area"),
    "get confident with the new till system": ("the new till system", "skill"),
    "be trusted with the kiln firings": (None, "area"),
    "write a cookbook": (None, "area"),
    "save up for a house": (None, "area"),
    "get more hours": (None, "area"),
    "start my own salon": (None, "area"),
    "open a second van": (None, "area"),
    "earn more": (None, "area"),
    "be happy at work": (None, "area"),
    "Goal: get the duty manager job before the summer": ("the duty manager job", "role"),
    "my goal is to pass ACCA": ("ACCA", "qualification"),
    "Be able to run the night shift on my own": ("the night shift", "area"),
    "get the warehouse supervisor post b4 xmas": ("the warehouse supervisor post", "role"),
    "get my cert IV in training and assessment": (
        "the cert IV in training and assessment",
        "qualification",
    ),
    "pass on my knowledge to the juniors": (None, "area"),
    "move to part time": ("a move to part time", "move"),
    "switch to nights": ("a move to nights", "move"),
    "sit on the H&S committee": (None, "area"),
    "get on the management course": ("the management course", "qualification"),
    "pass probation": ("probation", "qualification"),
    "Take over the Tuesday class when Meg leaves": ("taking over the Tuesday class", "takeover"),
    "take the lead on the audit": ("the audit", "area"),
}
#: log line → topic, said to or about "Sam Okafor" (None: named by its date instead).
LINES = {
    "Dr Patel cares most about the pre-op checklist being done every time": "the pre-op checklist",
    "Margaret: family feedback scores are her big thing this year": "family feedback scores",
    "Ken says cash flow is top of his list": "cash flow",
    "big push on stock accuracy this quarter": "stock accuracy",
    "Priya is focused on cutting agency spend": "cutting agency spend",
    "wants fewer callbacks on boiler installs": "fewer callbacks on boiler installs",
    "Tom really wants the snagging list closed before handover": "the snagging list",
    "main thing for Joe = food safety audit in Jan": "the food safety audit",
    "obsessed with on-time departures rn": "on-time departures",
    "Priorität: Hygiene Audit": "the Hygiene Audit",
    "reducing waste on the line is his thing": "reducing waste on the line",
    "the Ofsted visit is all she talks about": "the Ofsted visit",
    "says retention is the number one worry": "retention",
    "Sam's focus this term is attendance": "attendance",
    "her priority: zero missed school pickups on the route": (
        "zero missed school pickups on the route"
    ),
    "Bogdan reckons the new delivery slots matter most": "the new delivery slots",
    "the Christmas rota is her biggest headache": "the Christmas rota",
    "Femi: allergen labels are non-negotiable": "allergen labels",
    "patient falls on nights are what matters to her": "patient falls on nights",
    "really keen on the new booking system": "the new booking system",
    "asked Sam for a day on the CNC mill": "a day on the CNC mill",
    "asked if I could shadow the night manager": "shadowing the night manager",
    "asked about the forklift refresher course": "the forklift refresher course",
    "asked for study leave for my CIMA exams": "study leave for my CIMA exams",
    "asked Sam to sign off my log book": "signing off my log book",
    "asked for feedback on my first risk assessment": "feedback on my first risk assessment",
    "intro to someone in estimating?": "an introduction to someone in estimating",
    "pls could I go on the first aid course": "going on the first aid course",
    "asked about moving to days from jan": "moving to days",
    "asked Sam for the overtime figures by friday": "the overtime figures",
    "shipped the new rota template": "the new rota template",
    "finished the stock take two days early": "the stock take",
    "got the allergen matrix signed off by the EHO": "getting the allergen matrix signed off",
    "cut van fuel costs by 12%": "the cut in van fuel costs",
    "ran the open evening on my own": "the open evening",
    "rewired the whole ground floor in a week": "the whole ground floor",
    "covered three late shifts for Sam": "three late shifts",
    "trained two new starters on the till": "two new starters on the till",
    "fixed the leak in the cold store": "fixing the leak in the cold store",
    # a count from a note ("5 stars") is not a name the card can stand behind: named by date
    "got 5 stars on the last guest review": None,
    "redid the seating plan for the wedding": "the seating plan for the wedding",
    "helped Sam with the quarterly VAT return": "the quarterly VAT return",
    "built a new spreadsheet for the parts orders": "a new spreadsheet for the parts orders",
    "sorted the skip hire for the Elm St job": "the skip hire for the Elm St job",
    "send Sam the updated quote": "the updated quote",
    "share the wastage numbers with Sam": "the wastage numbers",
    "follow up on the van lease": "the van lease",
    "chase the scaffold invoice": "the scaffold invoice",
    "book the gas safety check for flat 4": "the gas safety check for flat 4",
    "finish the handover notes for the ward": "the handover notes",
    "idea: move the bread bake to 4am so the shop opens stocked": "moving the bread bake",
    "idea: shared rota app for both sites": "the rota app for both sites",
    "idea - a buddy system for new carers": "a buddy system for new carers",
    "tip from Sam: lead with the numbers": None,
    "Sam suggested I try the short course at the college": "trying the short course",
    "re: the parking permits": "the parking permits",
    "fyi the fire drill is on thursday": None,
    "q about the new uniform": None,
    "no to the conference": None,
    "el presupuesto del Q1": None,
    "nailed the Henderson kitchen fit in 3 days": "the Henderson kitchen fit",
    "Sorted out the MOT backlog": "the MOT backlog",
    "got signed off on cannulation": "the cannulation",
    "passed my level 2 food hygiene": "my level 2 food hygiene",
    "did the stocktake solo": "the stocktake",
    "customer complimented the new layout": None,
    "asked if I can do the NEBOSH course": "the NEBOSH course",
    "asked re: overtime rates": None,
    "can I get a day in the office with payroll?": "getting a day in the office",
    "could I cover the Saturday shift": "covering the Saturday shift",
    "Sam's big thing rn = the Q3 audit": "the Q3 audit",
    "Sam keeps going on about the new CRM": "the new CRM",
    "what Sam cares about most is the kids' reading scores": "the kids' reading scores",
    "top priority for Sam: no more missed deliveries": None,
    "Sam wants us all on the new rota app by March": "the new rota app",
    "Sam said the client visit next week is key": "the client visit",
    "Sam wants more apprentices": "more apprentices",
    "Sam needs the quotes out faster": "the quotes",
    "handled the complaint from the Greens really well": "the complaint from the Greens",
    "smashed my sales target for October": "my sales target",
    "led the toolbox talk on Monday": "the toolbox talk",
    "delivered the first aid refresher to the night team": "the first aid refresher",
    "put together the new starter pack": "the new starter pack",
    "organised the Christmas do": None,
    "mentored Jaz through her first month": None,
    "request: transfer to the Cardiff branch": "the transfer to the Cardiff branch",
    "ask Sam about the electric van trial": "the electric van trial",
    "chase Sam for my appraisal date": "my appraisal date",
    "remind Sam about the parking permit": "the parking permit",
    "Sam asked me to draft the new cleaning schedule": "drafting the new cleaning schedule",
}


@pytest.mark.parametrize(("goal", "expected"), GOALS.items())
def test_a_goal_gives_its_focus_and_kind(goal: str, expected: tuple[str | None, str]) -> None:
    read = read_goal(goal)
    assert (read.focus, read.kind) == expected
    if read.focus is not None:
        assert fits_slot(read.focus, speaker=False), read.focus


def test_the_goals_cover_every_kind_and_many_shapes() -> None:
    assert len(GOALS) >= 60
    kinds = {kind for focus, kind in GOALS.values() if focus}
    assert kinds == set(KINDS)
    assert sum(focus is None for focus, _ in GOALS.values()) >= 5  # honest "no focus"


@pytest.mark.parametrize(("goal", "expected"), GOALS.items())
def test_a_post_or_grade_is_the_step_and_a_target_is_not(
    goal: str, expected: tuple[str | None, str]
) -> None:
    focus, kind = expected
    step = derive_step(goal)
    if kind in ("role", "grade"):
        assert step == focus and is_role(focus or "")
    if kind in TARGET_KINDS:
        assert step is None and not is_role(focus or "")
        assert is_target(focus) or focus_kind(focus) == "area"  # "the bar", "ACCA": by the goal


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("get the night porter post before applications shut 3 February", "by 3 February"),
        ("Reach band 5 by next summer", "by next summer"),
        ("get my forklift licence this year", "this year"),
        ("take over the bakery counter when Wendy leaves", None),
        ("pass the CIPD level 5 before the 14th of June", "by 14 June"),
    ],
)
def test_a_deadline_is_kept_apart_from_the_focus(goal: str, deadline: str | None) -> None:
    assert derive_deadline(goal) == deadline
    focus = derive_focus(goal) or ""
    assert not re.search(r"(?i)\b(?:before|when|by|this year|june|february)\b", focus), focus


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("the ACCA exams", "qualification"),
        ("band 7", "grade"),
        ("the deputy head post", "role"),
        ("a move to the Leeds site", "move"),
        ("running the yard", "takeover"),
        ("the clinic refit project", "project"),
        ("payroll", "area"),
    ],
)
def test_a_typed_focus_is_routed_by_its_own_words(typed: str, kind: str) -> None:
    """`/oneonone goal focus <phrase>` gives no goal to read: the phrase alone says its kind."""
    assert focus_kind(typed) == kind


@pytest.mark.parametrize(("line", "topic"), LINES.items())
def test_a_log_line_gives_its_topic(line: str, topic: str | None) -> None:
    found = topic_of(line, counterpart="Sam Okafor")
    assert found == topic
    if found is not None:
        assert fits_slot(found)


def test_the_lines_span_priorities_asks_wins_and_follow_ups() -> None:
    assert len(LINES) >= 60
    assert sum(topic is None for topic in LINES.values()) >= 4  # left for the date to name
    assert sum(topic is not None and not topic.startswith("the ") for topic in LINES.values()) >= 15


# --- whatever is derived passes the slot gate -------------------------------------------------

OPENERS = ["", "I want to ", "goal: ", "my goal is to ", "be ready to ", "i'd like to ", "Aim: "]
VERBS = ["get", "pass", "land", "take over", "run", "move to", "reach", "lead", "learn", "finish",
         "qualify as", "sit", "be trusted with", "get better at", "transfer to", "look after",
         "become", "own", "do", "win", "go for", "renew", "step into"]  # fmt: skip
DETS = ["", "the ", "my ", "a ", "both ", "our ", "teh "]
THINGS = ["assistant buyer post", "class 2 licence", "CIMA exams", "band 4", "returns department",
          "late shift", "pastry chef role", "accounts", "Derby depot", "mezzanine project",
          "TIG welding", "quoting jobs", "level 2 certificate", "grade 9", "kitchens", "joiner",
          "SIA badge", "presupuesto anual", "cash office", "yard foreman job", "lambing",
          "NVQ", "bus rota", "Meisterprüfung"]  # fmt: skip
TAILS = ["", " when Jo leaves", " before applications shut 9 May", " this year", " by summer",
         " next year", " b4 xmas", " asap", " once Bryn semi-retires", " on my own",
         " so I can earn more", " in the new year", " if Dev agrees", ", then open my own place",
         " lol", " when it opens", " by the time the twins start school"]  # fmt: skip
goal_parts = st.tuples(*(st.sampled_from(words) for words in (OPENERS, VERBS, DETS, THINGS, TAILS)))


@settings(max_examples=examples(400), deadline=None, suppress_health_check=list(HealthCheck))
@given(parts=goal_parts)
def test_a_derived_focus_and_step_always_pass_the_slot_gate(parts: tuple[str, ...]) -> None:
    opener, verb, det, thing, tail = parts
    goal = f"{opener}{verb} {det}{thing}{tail}"
    # a bare "lead pastry chef role" may be read whole ("the lead pastry chef role"); a sentence
    # with an opener or a tail must never come back pasted
    sentence = bool(opener or tail)
    read = read_goal(goal)
    assert read.kind in KINDS
    for found in (read.focus, derive_step(goal)):
        if found is not None:
            assert fits_slot(found, speaker=False), (goal, found)
            if sentence and not found.startswith("a move to "):  # "a move to nights"
                assert goal.lower() not in found.lower()


LEADS = ["", "asked Sam ", "asked for ", "Sam says ", "her priority: ", "idea: ", "fyi ",
         "shipped ", "Dr Sam Okafor cares most about ", "pls ", "follow up on ", "Sam: ", "re: ",
         "got ", "really keen on ", "main thing = ", "Sam reckons "]  # fmt: skip
ENDS = ["", " is her big thing", " being done every time", " by friday", " rn", " on my own",
        " when Jo retires", " matters most", " before handover", " in a week", " signed off",
        " tbh", " for the ward", " to Sam", " are non-negotiable",
        " is top of his list"]  # fmt: skip
log_line = st.builds(
    lambda lead, d, t, end: f"{lead}{d}{t}{end}",
    *(st.sampled_from(words) for words in (LEADS, DETS, THINGS, ENDS)),
)


@settings(max_examples=examples(400), deadline=None, suppress_health_check=list(HealthCheck))
@given(line=log_line)
def test_a_topic_always_passes_the_slot_gate(line: str) -> None:
    found = topic_of(line, counterpart="Sam Okafor")
    if found is not None:
        assert fits_slot(found), (line, found)


# --- the asks name a target and read well -------------------------------------------------------

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
TARGET_GOALS = [g for g, (focus, kind) in GOALS.items() if focus and kind in TARGET_KINDS]


def _wordings(role: Role, goal: str) -> list[str]:
    relationship = Relationship(1, Person(name="Bryn"), role)
    return [
        ask.wording
        for week in range(3)
        for ask in every_candidate(
            CoachingContext(relationship, goal=goal, now=NOW + timedelta(weeks=week)), first=False
        )
    ]


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("goal", TARGET_GOALS)
def test_an_exam_a_move_or_a_takeover_is_named_in_the_asks(role: Role, goal: str) -> None:
    target = derive_focus(goal) or ""
    wordings = _wordings(role, goal)
    named = [w for w in wordings if target in w]
    if role in (Role.MANAGER, Role.MENTOR, Role.SPONSOR, Role.SKIP):
        assert named, wordings
        assert not [w for w in wordings if "the goal I've set" in w]
    for wording in wordings:
        if goal.lower() not in target.lower():  # "move to the claims department" is the target
            assert goal.lower() not in wording.lower()
        assert not re.search(r"(?i)\b(the|a|an) (the|a|an)\b", wording), wording
        assert not re.search(
            rf"(?i)\b(?:work on|piece of|ready for|in) {re.escape(target)}", wording
        )
