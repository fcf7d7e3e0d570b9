"""fix13a (issue 11, round-12 review patterns 1, 4–8): asks that are true and sayable.

Pinned on inputs invented here, from many trades, never on the persona files:
1. log text reaches an ask only through `slot_text.confident`;
2. nothing is named to the counterpart by a bare date ("my request from 23 Sep");
3. due days, "no answer" and "twice" are true of the log;
4. an owed item is delivered with an honest line, never "did it help?";
5. the habit and stretch asks fit a kitchen, a farm or a night shift as well as an office;
6. a reason says why its own ask: no advice about the user's points stapled on.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coaching.answers import deferred
from coaching.ask_signals import AskCategory
from coaching.asks import asked_about, suggest_asks
from coaching.catalogue import catalogue
from coaching.due import deadline_date, due_date, due_note
from coaching.model import (
    Cadence,
    CadenceKind,
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
    SeriesSpec,
)

NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
OPEN = EntryStatus.OPEN


def entry(n: int, kind: EntryKind, text: str, days: float, status: EntryStatus = OPEN) -> Entry:
    return Entry(n, kind, text, status, NOW - timedelta(days=days), relationship_id=1)


def card(
    *logged: Entry,
    name: str = "Bea Okafor",
    role: Role = Role.MANAGER,
    goal: str | None = None,
    meeting_in: float | None = None,
) -> list:
    rel = Relationship(1, Person(name=name), role)
    ctx = CoachingContext(rel, entries=logged, goal=goal, now=NOW)
    meeting = NOW + timedelta(days=meeting_in) if meeting_in is not None else None
    return suggest_asks(ctx, meeting_at=meeting)


def said(asks: list) -> str:
    return " ".join(f"{a.wording} {a.reason}" for a in asks)


# --- 3: dates and counts true of the log ----------------------------------------------------

DAY_WORDS = ["by Fri", "by the 4th", "tmrw", "by end of the month", "before 12 Dec", "eow",
             "next week", "by weds", "due Monday", "by 30/11", "this week"]  # fmt: skip


@given(
    st.sampled_from(DAY_WORDS),
    st.sampled_from(["send the stock count", "finish the bay plan", "book the scaffold"]),
    st.integers(min_value=0, max_value=120),
)
def test_a_due_day_is_never_before_the_day_it_was_logged(when: str, what: str, ago: int) -> None:
    logged = NOW - timedelta(days=ago)
    for read in (due_date, deadline_date):
        day = read(f"{what} {when}", logged, NOW)
        assert day is None or day >= logged.date(), (when, ago, day)


@pytest.mark.parametrize(
    "tally",
    [
        "split shifts - 4 this week, knackered",
        "covered lates twice this week again",
        "3 times this week the forklift's been down",
        "the lambing shed flooded every week since Oct",
    ],
)
def test_a_count_of_what_happened_is_not_a_deadline(tally: str) -> None:
    assert deadline_date(tally, NOW - timedelta(days=1), NOW) is None


def test_a_deadline_this_week_still_counts() -> None:
    assert deadline_date("need the bay plan signed this week", NOW, NOW) == date(2026, 11, 27)


@given(st.integers(min_value=-30, max_value=30), st.integers(min_value=0, max_value=14))
def test_a_due_note_never_thanks_for_a_late_item_nor_waits_past_the_1_1(
    offset: int, meeting: int
) -> None:
    today = NOW.date()
    note = due_note(today + timedelta(days=offset), today, meeting)
    assert "thanks" not in note
    if offset < 0:
        assert "apology" in note
    if 0 < meeting < offset:  # the 1:1 comes first: never "send it by then" / "send it then"
        assert "by then" not in note and "send it then" not in note
        assert "start of the 1:1" in note


@pytest.mark.parametrize(
    ("ask", "said_as"),
    [
        ("asked to move to days, told me not until spring", "spring"),
        ("asked about the HGV course - she said lets see after the budget", "the budget"),
    ],
)
def test_an_ask_put_off_to_a_later_day_is_waiting_not_unanswered(ask: str, said_as: str) -> None:
    assert said_as in deferred(ask)
    follow = next(a for a in card(entry(1, EntryKind.ASK, ask, 30)) if a.category is (
        AskCategory.FOLLOW_UP))  # fmt: skip
    assert "No answer" not in follow.reason and "put it off" in follow.reason


@pytest.mark.parametrize(
    "ask",
    [
        "asked about the HGV course - she said lets see in the new year",
        "asked about days - 'nothing on days till Feb'",
        "asked Ray if the firm pays for the NEBOSH cert, he said maybe after xmas",
    ],
)
def test_an_ask_put_off_to_a_month_not_yet_come_is_not_chased(ask: str) -> None:
    """Round 20: "nothing till Feb" and "'hablamos en enero'" chased in November asked what had
    been answered; the reviewers' rewrite was "leave it until January, as she said"."""
    asks = card(entry(1, EntryKind.ASK, ask, 30))
    assert not any(a.category is AskCategory.FOLLOW_UP for a in asks), asks


@pytest.mark.parametrize(
    "ask", ["asked for the forklift refresher", "asked to cover the Saturday market stall"]
)
def test_an_ask_with_no_answer_logged_is_not_read_as_deferred(ask: str) -> None:
    assert deferred(ask) == ""


@given(st.integers(min_value=1, max_value=3), st.booleans())
def test_twice_only_with_two_logged_asks(asks: int, point: bool) -> None:
    goal = "Run the Carlisle depot yard by next summer"
    logged = [
        entry(i, EntryKind.ASK, f"asked about running the Carlisle yard ({i})", 40 - 10 * i)
        for i in range(1, asks + 1)
    ]
    if point:
        logged.append(entry(9, EntryKind.AGENDA, "Carlisle yard?? need an answer", 1))
    text = said(card(*logged, goal=goal))
    assert ("twice" in text) is (asks == 2), text
    assert ("three times" in text) is (asks == 3), text


# --- 4: an owed item is delivered honestly ---------------------------------------------------

PRESUMED = re.compile(r"(?i)did .+ help\?|now that you have|in hand|have you got what you needed")


@pytest.mark.parametrize(
    "promise",
    [
        "send Bea the allergen matrix by Fri 13th",
        "send Bea the lambing rota by the 10th",
        "send Bea the snagging photos by 16 Nov",
        "send Bea the till reconciliation",  # undated, three weeks owed
    ],
)
def test_an_overdue_promise_is_sent_with_an_apology(promise: str) -> None:
    first = card(entry(1, EntryKind.FOLLOWUP, promise, 21), meeting_in=2)[0]
    assert first.category is AskCategory.OFFER_HELP
    assert re.search(r"(?i)sorry", first.wording), first.wording
    assert not PRESUMED.search(first.wording) and "thanks" not in first.reason


@pytest.mark.parametrize(
    ("promise", "day"),
    [
        ("send Bea the pallet audit by Mon 30 Nov", "Mon 30 Nov"),
        ("get Bea the herd health plan by 2 Dec", "Wed 2 Dec"),
    ],
)
def test_a_promise_due_after_the_1_1_is_said_with_its_day(promise: str, day: str) -> None:
    owed = next(
        a
        for a in card(entry(1, EntryKind.FOLLOWUP, promise, 3), meeting_in=1)
        if a.category is AskCategory.OFFER_HELP
    )
    assert day in owed.wording and not PRESUMED.search(owed.wording), owed.wording
    assert "send it by then" not in owed.reason


def test_no_promise_phrasing_presumes_it_was_delivered() -> None:
    table = catalogue()["offer_help"].tables["all"]
    for slot in ("promise", "promise_dated", "promise_late", "promise_soon"):
        assert not any(PRESUMED.search(line) for line in table[slot]), slot


# --- 1, 2: sayable text, and nothing named by a bare date ------------------------------------

ROUGH = [
    (EntryKind.ASK, "asked G re the robot trial -> lely farm nr hwest??"),
    (EntryKind.ASK, "asked abt L3 assessor wk 12 + cover"),
    (EntryKind.FOLLOWUP, "send B the COSHH sheets w the new dilutions"),
    (EntryKind.PRIORITY, "Bea: the data 'clean as a priority for Q1"),
    (EntryKind.AGENDA, "black friday tmrw - nights 4 short, need ok for agency"),
]
BARE_DATE = re.compile(r"\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")


@pytest.mark.parametrize(("kind", "text"), ROUGH)
def test_a_rough_line_is_never_pasted_nor_named_by_its_date(kind: EntryKind, text: str) -> None:
    asks = card(entry(1, kind, text, 30 if kind is not EntryKind.AGENDA else 1), meeting_in=12)
    for ask in asks:
        assert not BARE_DATE.search(ask.wording), ask.wording
        assert not re.search(r"(?i)request from|what I noted on|said on", ask.wording + ask.reason)
        for rough in ("->", " w ", "abt", "'clean", "tmrw", "act up as"):
            assert rough not in ask.wording, ask.wording
    named_by_kind = [a for a in asks if "I asked you about" in a.wording or "promised" in a.wording]
    assert all("own words" in a.reason for a in named_by_kind), said(named_by_kind)


@pytest.mark.parametrize(
    ("text", "days", "said_as"),
    [
        ("asked for a place on the forklift course", 70, "the training I asked you about in"),
        ("asked if I could be introduced to the pastry CDP", 40, "the introduction"),
        ("asked Ray re van -> still nothing", 3, "what I asked you about on"),
        ("asked Ray re van -> still nothing", 10, "what I asked you about last week"),
    ],
)
def test_an_ask_is_named_as_a_person_recalls_it(text: str, days: int, said_as: str) -> None:
    assert asked_about(entry(1, EntryKind.ASK, text, days), NOW).startswith(said_as)


# --- 5: setting-neutral habit and stretch asks -----------------------------------------------

# the catalogue itself is checked in test_asks_round10 (STOCK, extended for round 12)
OFFICE = re.compile(r"(?i)agenda|keep this slot|present our team's work")


@pytest.mark.parametrize(
    "goal",
    ["Move up to chef de partie by summer", "Run the lambing shed next spring",
     "Get onto days and do my CPC", None],
)  # fmt: skip
def test_a_first_1_1_agrees_how_often_without_office_ritual(goal: str | None) -> None:
    rel = Relationship(1, Person(name="Chef Ines"), Role.MANAGER)
    spec = SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=1), NOW.time())
    ctx = CoachingContext(rel, goal=goal, now=NOW, series=(spec,))
    habit = next(a for a in suggest_asks(ctx, first=True) if a.category is AskCategory.HABIT)
    assert not OFFICE.search(habit.wording)


# --- 6: no stapled sentences -----------------------------------------------------------------

STAPLED = re.compile(r"(?i)own question|own talking point chases|another way in|raise it first")


@pytest.mark.parametrize(
    ("ask", "point", "goal"),
    [
        ("asked for funding for my Level 3 plumbing", "does the site lead role need Level 3?",
         "Become site lead on the Harrow job"),
        ("asked to shadow the sous chef on a Saturday", "who decides who gets a section?",
         "Run my own section by next summer"),
        ("asked for a place on the AI course", "still keen on the AI course - any date?",
         "Lead the herd fertility work"),
    ],
)  # fmt: skip
def test_advice_on_the_users_points_is_not_stapled_to_an_ask(
    ask: str, point: str, goal: str
) -> None:
    asks = card(entry(1, EntryKind.ASK, ask, 100), entry(2, EntryKind.AGENDA, point, 1), goal=goal)
    assert asks and not any(STAPLED.search(a.reason) for a in asks), [a.reason for a in asks]
