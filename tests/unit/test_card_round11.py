"""Coaching round 11 (issue 11), read on the card the user gets (the real builder, the real
Block Kit view): what the user owes before the 1:1 comes first and dated; one count of days for
the whole card; old open asks show their age."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from coaching.checklist import CHECKLIST_SHORT
from coaching.due import due_date
from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)
from coaching.prep import Meeting, build_prep
from handlers.views.prep import prep_message
from tests.unit.test_card_round9 import texts

#: Thursday 26 Nov 2026, 08:30 UTC (Europe/London has the same clock in winter).
NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
OPEN = EntryStatus.OPEN


def entry(n: int, kind: EntryKind, text: str, days_ago: float = 10) -> Entry:
    return Entry(n, kind, text, OPEN, NOW - timedelta(days=days_ago), relationship_id=1)


def card_texts(*entries: Entry, meeting_in: timedelta | None = None) -> list[str]:
    relationship = Relationship(1, Person(user_id="U7", name="Ines Obi"), Role.MANAGER)
    ctx = CoachingContext(relationship, entries=entries, goal=None, now=NOW)
    meeting = None
    if meeting_in is not None:
        start = NOW + meeting_in
        meeting = Meeting(1, start, "soon")
    return texts(prep_message(build_prep(ctx, meeting=meeting, scanner=lambda text: []))["blocks"])


# --- reading the day a promise is due -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days_ago", "due"),
    [
        # logged Mon 23 Nov
        ("send the cladding schedule to Ola by weds", 3, date(2026, 11, 25)),
        ("drop the tasting notes round before Thurs", 3, date(2026, 11, 26)),
        ("get the seating plan to Pat by friday", 3, date(2026, 11, 27)),
        ("finish the rota swap by next Tues", 3, date(2026, 12, 1)),
        ("loop back to the vet nurse next monday", 3, date(2026, 11, 30)),
        ("have the audit pack done by Fri week", 3, date(2026, 12, 4)),
        # bare words for today and tomorrow, typed short
        ("upload the site diary pics tmrw", 2, date(2026, 11, 25)),
        ("email the parents' letter 2moro", 1, date(2026, 11, 26)),
        ("confirm the van booking eod", 1, date(2026, 11, 25)),
        ("send the invoice by end of day", 0, date(2026, 11, 26)),
        # dates, either order, with or without a suffix; day/month numbers
        ("case notes to Dr Lee by 20 Nov", 12, date(2026, 11, 20)),
        ("fee proposal due Dec 3rd", 2, date(2026, 12, 3)),
        ("bring the signed consent forms by 1/12", 2, date(2026, 12, 1)),
        ("send the draft in early Jan, by 8 January", 2, date(2027, 1, 8)),
        # a week, not a day: its last working day
        ("share the stock count next week", 10, date(2026, 11, 27)),
        ("tidy the lesson plans by end of the week", 3, date(2026, 11, 27)),
        # a few other languages people mix into notes
        ("enviar el presupuesto a Nuria antes del martes", 3, date(2026, 11, 24)),
        ("envoyer le devis avant vendredi", 3, date(2026, 11, 27)),
        ("Angebot an Jens bis Mittwoch", 3, date(2026, 11, 25)),
        ("mandar as fotos até sexta", 3, date(2026, 11, 27)),
    ],
)
def test_the_day_a_promise_is_due_is_read_however_it_is_typed(
    text: str, days_ago: float, due: date
) -> None:
    assert due_date(text, NOW - timedelta(days=days_ago), NOW) == due


@pytest.mark.parametrize(
    "text",
    [
        # a day that says when something happened, not when it is due
        "the lift was out again mon and tues",
        "covered the Sat late for Bea",
        "send today's takings sheet to Ravi",
        "tomorrow's menu needs a rethink",
        "write up notes on Monday's incident for the file",
        "chase the quote for Friday’s delivery",
        "send Kim the revised quote",
        "the week was a mess",
    ],
)
def test_a_line_that_names_no_deadline_has_no_due_date(text: str) -> None:
    assert due_date(text, NOW - timedelta(days=2), NOW) is None


# --- on the card --------------------------------------------------------------------------------


def test_an_overdue_promise_leads_the_card_dated_with_what_to_do() -> None:
    owed = entry(4, EntryKind.FOLLOWUP, "send the pour records to Ines by weds", days_ago=3)
    texts = card_texts(owed, meeting_in=timedelta(days=2))
    top = texts[0]  # straight under the header (the header block has no section text)
    assert top.startswith(":hourglass: *Overdue since Wed 25 Nov:*")
    assert "pour records" in top and "before you go in" in top
    carried = next(t for t in texts if "_Follow-up from 23 Nov:_" in t)
    assert "pour records" in carried and "due" not in carried  # said once, at the top


def test_a_promise_due_on_the_day_of_the_1_1_is_for_before_it() -> None:
    owed = entry(5, EntryKind.FOLLOWUP, "plate two test desserts for Ines antes del jueves", 4)
    top = card_texts(owed, meeting_in=timedelta(hours=6))[0]
    assert top.startswith(":hourglass: *Due today:*") and "before you go in" in top


def test_a_promise_due_after_the_1_1_stays_off_the_top() -> None:
    owed = entry(6, EntryKind.FOLLOWUP, "send the training matrix to Ines by 10 Dec", days_ago=1)
    texts = card_texts(owed, meeting_in=timedelta(days=2))
    assert not any(t.startswith(":hourglass:") for t in texts)


def test_an_open_ask_does_not_become_a_due_line_but_shows_its_age() -> None:
    old = entry(7, EntryKind.ASK, "asked Ines for a day on the estimating desk by Fri", 84)
    fresh = entry(8, EntryKind.ASK, "asked Ines about the first-aid course", 4)
    texts = card_texts(old, fresh)
    assert not any(t.startswith(":hourglass:") for t in texts)
    carried = "\n".join(t for t in texts if "Open ask" in t)
    assert "estimating desk by Fri” — _about 3 months ago, no answer yet_" in carried
    assert "first-aid course”" in carried and carried.count("no answer yet") == 1


# --- one count of days for the whole card -------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "tz", "days"),
    [
        # late in the day and early in the day: the calendar decides, not the hours between
        (datetime(2026, 12, 10, 8, 0, tzinfo=UTC), "Europe/London", 14),
        (datetime(2026, 12, 15, 23, 30, tzinfo=UTC), "Europe/London", 19),
        # a zone where it is already tomorrow
        (datetime(2026, 12, 1, 20, 0, tzinfo=UTC), "Pacific/Auckland", 6),
        (datetime(2026, 11, 28, 1, 0, tzinfo=UTC), "America/Chicago", 1),
    ],
)
def test_the_header_and_the_reasons_count_the_same_days(
    start: datetime, tz: str, days: int
) -> None:
    from coaching.timing import days_until, when_text

    assert days_until(start, NOW, tz) == days
    if days >= 2:
        assert when_text(start, NOW, tz).endswith(f"in {days} days")


def test_a_card_with_an_old_open_ask_says_the_same_days_as_its_header() -> None:
    from coaching.asks import suggest_asks

    start = datetime(2026, 12, 10, 8, 0, tzinfo=UTC)  # 13 days 23.5 hours from NOW
    ask = entry(9, EntryKind.ASK, "asked Ines who decides the bursary places", 50)
    relationship = Relationship(1, Person(name="Ines"), Role.SKIP)
    ctx = CoachingContext(relationship, entries=(ask,), goal="win a bursary place", now=NOW)
    said = " ".join(a.reason for a in suggest_asks(ctx, meeting_at=start))
    assert "14 days away" in said and "13 days" not in said


# --- safety points are not personal; the note never says "drop" --------------------------------

SAFETY_POINTS = [
    "hoist in bay 3 broken 3 wks, datix done twice, nothing",
    "the walk-in freezer door seal is broken again, reported it twice",
    "scaffold tag on block C out of date, near miss with a board yesterday",
    "forklift brakes faulty since Monday and still in use",
    "sharps bin in room 4 overflowing, incident form done, no reply",
]
PERSONAL_WITH_KIT = [
    "I had a panic attack after the near miss with the reach truck",
    "my back is killing me since I lifted the broken hoist",
    # everyday words near the safety ones ("broke", "lift") leave a personal point flagged
    "we broke up last week and I'm a mess",
    "can you give me a lift after work, just the two of us?",
]


@pytest.mark.parametrize("text", SAFETY_POINTS)
def test_a_safety_point_shows_no_personal_flag(text: str) -> None:
    from coaching.oversharing import scan_shown

    assert scan_shown(text) == ()


@pytest.mark.parametrize("text", PERSONAL_WITH_KIT)
def test_a_personal_point_that_mentions_work_kit_still_shows_its_flag(text: str) -> None:
    from coaching.oversharing import scan_shown

    shown = scan_shown(text)
    assert shown and not shown[0].hedged


def _optics(*points: str) -> str:
    relationship = Relationship(1, Person(user_id="U7", name="Ines Obi"), Role.SKIP)
    entries = tuple(entry(20 + n, EntryKind.AGENDA, t, 1) for n, t in enumerate(points))
    ctx = CoachingContext(relationship, entries=entries, goal=None, now=NOW)
    return build_prep(ctx, meeting=None).optics or ""


def test_the_note_names_only_points_flagged_in_full_and_never_says_drop() -> None:
    # two safety points beside one personal point: no note counts the safety points
    note = _optics(SAFETY_POINTS[0], SAFETY_POINTS[2], PERSONAL_WITH_KIT[0])
    assert "1" not in note and "drop" not in note
    # two personal points and one safety point: the note names the two, not the hoist
    note = _optics(SAFETY_POINTS[0], *PERSONAL_WITH_KIT[:2])
    assert "Two of your three talking points (2–3)" in note, note
    assert "drop" not in note and "share the need" in note


# --- a rewrite keeps the length the user gave -------------------------------------------------


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("health", "surgeon says the shoulder could keep me off the tools for months"),
        ("health", "my knee op recovery might be long-term, the consultant isn't sure"),
        ("health", "GP appointments every week for the rest of the year for my bloods"),
        ("mental_health", "my therapist wants weekly sessions for the next few months"),
        ("health", "long covid diagnosis, could be months before my energy is back"),
        ("family", "mum's care will take up my evenings for months, maybe longer"),
        ("legal", "the tribunal could drag on for a year"),
    ],
)
def test_a_long_need_is_not_rewritten_as_a_short_one(category: str, text: str) -> None:
    from coaching.reframes import reframe_for

    said = reframe_for(category, (), text) or ""
    assert "longer stretch" in said or "for a while" in said, said
    assert not any(w in said for w in ("a few", "a little", "at times", "some flexibility"))
    assert not any(ch.isdigit() for ch in said)  # adds no length the user did not give


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("health", "dentist appt thursday morning, back by 11"),
        ("health", "physio appointments on tuesdays, should be fine"),
        ("family", "kid's school play on the 9th, need to leave at 2"),
        # a date is not a duration
        ("legal", "I have a court date next month"),
        ("health", "hospital appointment at the end of the month"),
        ("family", "my sister's wedding a year from now, need the Friday"),
        ("health", "off sick till next week, back Monday"),
    ],
)
def test_a_short_need_is_not_stretched(category: str, text: str) -> None:
    from coaching.reframes import reframe_for

    assert "longer stretch" not in (reframe_for(category, (), text) or "")


# --- a checklist that fits the card; a balance that says what to do -----------------------------


def _checklist(*points: str, role: Role = Role.MANAGER, first: bool = False) -> tuple[str, ...]:
    relationship = Relationship(1, Person(user_id="U7", name="Ines Obi"), role)
    entries = tuple(entry(30 + n, EntryKind.AGENDA, t, 1) for n, t in enumerate(points))
    ctx = CoachingContext(relationship, entries=entries, goal=None, now=NOW)
    meeting = Meeting(1, NOW + timedelta(days=3), "Sun", first=first)
    return build_prep(ctx, meeting=meeting).checklist


@pytest.mark.parametrize(
    "points",
    [
        ("the spring planting schedule for the nursery beds",),
        ("which of the two bids should I price first?", "the new till system rollout"),
        ("can I sit in on the next planning committee?",),
    ],
)
def test_work_points_alone_get_the_one_line_reminder(points: tuple[str]) -> None:
    """Issue 11 (card12): a plain work agenda gives no question cause, so none shows."""
    assert _checklist(*points) == (CHECKLIST_SHORT,)


def test_a_first_1_1_sets_the_frame_without_favouritism_or_trust() -> None:
    for role in (Role.MANAGER, Role.MENTOR, Role.PEER):
        asked = _checklist(role=role, first=True)
        assert asked == ("Work-focused?", "Does it show your value?")


@pytest.mark.parametrize(
    "personal",
    [
        "my divorce hearing is next month and I can't think straight",
        "I had a panic attack after the near miss with the reach truck",
        "my dad's chemo starts monday and I'm his only driver",
    ],
)
def test_a_personal_point_brings_the_trust_question(personal: str) -> None:
    asked = _checklist("the weekend staffing plan", personal, role=Role.MENTOR)
    assert "Do you trust this person with it?" in asked and len(asked) <= 3


@pytest.mark.parametrize(
    ("logged", "said"),
    [
        # a little ahead on asks, not leaning: ask what would help them first
        (
            ((EntryKind.GAVE, "lent two pickers for the peak"),)
            + ((EntryKind.ASK, "asked about the forklift ticket"),) * 2,
            "ask first: “What's taking most of your time at the moment",
        ),
        (
            ((EntryKind.GAVE, "proofread the grant summary"),) * 2
            + ((EntryKind.ASK, "asked to borrow the site van"),) * 2
            + ((EntryKind.ASK, "asked for notes on my lesson plan"),),
            "ask first: “What's taking most of your time at the moment",
        ),
    ],
)
def test_the_balance_says_one_thing_to_do(
    logged: tuple[tuple[EntryKind, str], ...], said: str
) -> None:
    entries = tuple(entry(40 + n, kind, text, 5 + n) for n, (kind, text) in enumerate(logged))
    relationship = Relationship(1, Person(name="Ines"), Role.PEER)
    ctx = CoachingContext(relationship, entries=entries, goal=None, now=NOW)
    balance = build_prep(ctx, meeting=None).balance
    assert said in balance, balance


@pytest.mark.parametrize(
    ("gave", "asked", "topic"),
    [(1, 1, "the wastage figures"), (2, 2, "the RAMS for the plant room"), (3, 2, "my rota notes")],
)
def test_an_even_balance_with_a_promise_owed_says_send_it_first(
    gave: int, asked: int, topic: str
) -> None:
    from coaching.balance import Balance, Give, describe_balance

    said = describe_balance(
        Balance(gave=gave, asked=asked), "Ines", on_card=True, give=Give("promise", topic)
    )
    assert f"Send Ines {topic} before you meet" in said
    assert said.count("\n") == 1  # the tally, then one thing to do


# --- a flag quotes the word that carries it, not the clause before it ---------------------------


@pytest.mark.parametrize(
    ("phrases", "text", "quoted"),
    [
        (("is back, physio",), "shoulder is back, physio says rest it", "physio"),
        (("again - chemo",), "mum is poorly again - chemo starts monday", "chemo"),
        (("surgery might",), "knee surgery might be in march", "surgery"),
    ],
)
def test_a_quoted_phrase_stops_at_the_clause_and_the_helper_verb(
    phrases: tuple[str, ...], text: str, quoted: str
) -> None:
    from coaching.oversharing import shown_triggers

    assert shown_triggers("health", phrases, text)[0] == quoted


@pytest.mark.parametrize(
    ("text", "safety"),
    [
        ("walk-in freezer door seal broken again, food at risk", True),
        ("slipped on the wet floor by the loading bay, near miss log filled in", True),
        ("the pallet truck brakes are faulty and it's still in use", True),
        ("the build is broken again after the merge", False),
        ("the new rota is not working for me", False),
        ("I want to do the food safety level 3 course", False),
    ],
)
def test_a_safety_point_is_said_worth_raising_early(text: str, safety: bool) -> None:
    relationship = Relationship(1, Person(user_id="U7", name="Ines Obi"), Role.MANAGER)
    ctx = CoachingContext(relationship, entries=(entry(50, EntryKind.AGENDA, text, 1),), now=NOW)
    said = "\n".join(
        b["text"]["text"]
        for b in prep_message(build_prep(ctx, meeting=None, scanner=lambda t: []))["blocks"]
        if b["type"] == "section"
    )
    # no 1:1 booked: a safety point is not held for one (`concerns.safety_note`)
    assert (
        "A safety point won't keep for a 1:1: if it isn't reported yet, report it today" in said
    ) is safety


@pytest.mark.parametrize(
    "give", [("priority", "the spring show"), ("offer", ""), ("priority", "the Q2 stock take")]
)
def test_the_balance_does_not_repeat_a_give_the_first_ask_already_makes(
    give: tuple[str, str],
) -> None:
    from coaching.balance import Balance, Give, describe_balance

    kind, topic = give
    said = describe_balance(
        Balance(gave=2, asked=3), "Ines", on_card=True, give=Give(kind, topic, on_card=True)
    )  # type: ignore[arg-type]
    assert "what would help" not in said and "\n" not in said


@pytest.mark.parametrize(
    ("text", "days_ago", "said"),
    [
        ("write up the kiln maintenance log for Ines", 40, "40 days ago, still open"),
        ("send Ines the signed timesheets", 90, "about 3 months ago, still open"),
        ("draft the menu costing for Ines", 5, None),
    ],
)
def test_an_old_promise_shows_how_long_it_has_been_open(
    text: str, days_ago: float, said: str | None
) -> None:
    carried = "\n".join(card_texts(entry(60, EntryKind.FOLLOWUP, text, days_ago)))
    if said:
        assert said in carried
    else:
        assert "still open_" not in carried and text in carried


@pytest.mark.parametrize(
    ("tz", "line"),
    [
        ("Pacific/Auckland", "*Overdue since Thu 26 Nov:*"),  # already Friday there
        ("Europe/London", "*Due today:*"),
        ("America/Los_Angeles", "*Due today:*"),
    ],
)
def test_due_days_fall_on_the_users_clock(tz: str, line: str) -> None:
    from datetime import time

    from coaching.model import Cadence, CadenceKind, SeriesSpec

    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    owed = Entry(
        70, EntryKind.FOLLOWUP, "send Ines the glaze recipes by thurs", OPEN,
        datetime(2026, 11, 23, 12, 0, tzinfo=UTC), relationship_id=1,
    )  # fmt: skip
    spec = SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=0), time(10, 0), tz=tz)
    relationship = Relationship(1, Person(name="Ines"), Role.MANAGER)
    ctx = CoachingContext(relationship, entries=(owed,), now=now, series=(spec,))
    found = texts(prep_message(build_prep(ctx, meeting=None))["blocks"])
    [top] = [t for t in found if t.startswith(":hourglass:")]
    assert line in top
