"""Issue 11: `coaching.stakes` ranks what is at stake by when it bites, then by what rides on it;
`coaching.due` reads the loose ways people date a deadline, and never a number that is no date.
Inputs invented here across trades."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coaching.due import deadline_date, due_date
from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)
from coaching.stakes import Rides, StakeKind, When, left_words, on_goal, pressing, read_stakes
from tests.properties import examples

#: Thursday 26 Nov 2026, 08:30 UTC.
NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
OPEN, DONE = EntryStatus.OPEN, EntryStatus.DONE


def entry(n: int, kind: EntryKind, text: str, days_ago: float, status: EntryStatus = OPEN) -> Entry:
    return Entry(n, kind, text, status, NOW - timedelta(days=days_ago), relationship_id=1)


def stakes(*entries: Entry, goal: str | None = None, role: Role = Role.MANAGER, meeting: int = 5):
    rel = Relationship(1, Person(name="Nell Ayre"), role)
    ctx = CoachingContext(rel, entries=entries, goal=goal, now=NOW)
    return read_stakes(ctx, NOW + timedelta(days=meeting))


# --- due: the loose ways a deadline is written ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days_ago", "due"),
    [
        ("grant applications close by 4 Dec", 1, date(2026, 12, 4)),
        ("deadline 30 Nov for the tender pack", 3, date(2026, 11, 30)),
        ("the bursary closes Friday", 1, date(2026, 11, 27)),
        ("need the rota signed off before Xmas", 2, date(2026, 12, 24)),
        ("pricing review by end of month", 5, date(2026, 11, 30)),
        ("new tills live by Q1", 5, date(2027, 3, 31)),
        ("the apiary course starts in March", 5, date(2027, 3, 1)),
        ("need an answer before the 28th", 2, date(2026, 11, 27)),
        ("need an answer by the 28th", 2, date(2026, 11, 28)),
        ("quotes in by Sat 12th", 2, date(2026, 12, 12)),
        ("the one-pager due tomorrow", 0, date(2026, 11, 27)),
        ("stock count this week", 0, date(2026, 11, 27)),
        ("de offerte voor vrijdag", 1, date(2026, 11, 27)),
        ("the kiln report, Friday", 1, date(2026, 11, 27)),
        ("end of Jan for the audit file", 3, date(2027, 1, 31)),
    ],
)
def test_a_deadline_is_read_however_it_is_typed(text: str, days_ago: float, due: date) -> None:
    logged = NOW - timedelta(days=days_ago)
    assert deadline_date(text, logged, NOW) == due


@pytest.mark.parametrize(
    "text",
    [
        "pick rate up to 99.2% on nights",
        "we need 2 more heads on the line",
        "RT07 keeps tripping on the late run",
        "cover the 0540-0610 slot",
        "a £12k gap in the match",
        "moved to the 2nd floor office",
        "asked for a 3rd KP",
        "a move into marketing",
        "it may help to ask",
        "covering Fri/Sat lates",
        "can we trial a walkthrough at 12:30 on Fri?",
        "the shop is closed on Mon",
    ],
)
def test_a_number_or_a_slot_is_no_deadline(text: str) -> None:
    assert deadline_date(text, NOW - timedelta(days=1), NOW) is None


_NOT_DATES = st.sampled_from(
    [
        *("99.2%", "2 more heads", "RT07", "0540-0610", "£12k", "3 x 40ft", "L4", "B12"),
        *("1,200", "x2", "7am", "10-15", "#4", "v2.1", "24/7", "50:50", "£400", "Q", "no. 9"),
    ]
)
_WORDS = st.sampled_from(
    [
        *("the", "pallets", "for", "site", "rota", "need", "and", "asked", "cover", "van"),
        *("kiln", "budget", "on", "at", "a", "nights", "lates", "rooms", "ward", "calves", "by"),
    ]
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.one_of(_NOT_DATES, _WORDS), min_size=1, max_size=10), st.integers(0, 60))
def test_no_date_is_invented_from_numbers_that_are_not_dates(words: list[str], days: int) -> None:
    text = " ".join(words)
    logged = NOW - timedelta(days=days)
    assert deadline_date(text, logged, NOW) is None
    assert due_date(text, logged, NOW) is None


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=80), st.integers(0, 400))
def test_reading_a_day_never_crashes(text: str, days: int) -> None:
    logged = NOW - timedelta(days=days)
    found = deadline_date(text, logged, NOW)
    assert found is None or isinstance(found, date)
    assert due_date(text, logged, NOW) is None or isinstance(due_date(text, logged, NOW), date)


# --- stakes: ranked by when they bite, then what rides on them ----------------------------------


def test_an_overdue_promise_outranks_a_deadline_this_week() -> None:
    found = stakes(
        entry(1, EntryKind.AGENDA, "tender pack deadline is Mon", 1),
        entry(2, EntryKind.FOLLOWUP, "send Nell the site photos by Tue", 4),
    )
    assert [(s.kind, s.when) for s in found[:2]] == [
        (StakeKind.PROMISE, When.OVERDUE),
        (StakeKind.DEADLINE, When.BEFORE_MEETING),
    ]
    assert found[0].why == "it was due Tue 24 Nov"


def test_among_the_same_bite_the_goal_weighs_most() -> None:
    found = stakes(
        entry(1, EntryKind.AGENDA, "fire drill report due by Mon", 1),
        entry(2, EntryKind.AGENDA, "the Leith pass trial - need a date by Mon", 1),
        goal="Run the pass at the Leith site",
    )
    assert [s.entry.id for s in found[:2] if s.entry] == [2, 1]
    assert found[0].rides is Rides.GOAL


def test_the_goal_ask_is_at_stake_and_the_small_old_one_is_not() -> None:
    found = stakes(
        entry(1, EntryKind.ASK, "asked for a new kettle for the mess", 90),
        entry(2, EntryKind.ASK, "asked about the Dundee depot supervisor post", 20),
        goal="Become a supervisor at the Dundee depot",
    )
    top = pressing(found)
    assert [s.entry.id for s in top if s.entry] == [2]
    assert top[0].kind is StakeKind.GOAL_ASK and top[0].why == "asked 2 weeks ago"


def test_a_point_with_a_date_lends_it_to_the_ask_it_is_about() -> None:
    found = stakes(
        entry(1, EntryKind.ASK, "asked the Friends to match the orchard grant", 14),
        entry(2, EntryKind.AGENDA, "orchard grant match - need an answer before the 28th", 2),
        role=Role.OTHER,
    )
    (top,) = pressing(found)
    # "before the 28th" is the 27th (round 19)
    assert top.ask is not None and top.ask.id == 1 and top.day == date(2026, 11, 27)
    assert "tomorrow" in top.why


def test_a_fresh_win_is_at_stake_with_a_sponsor_but_not_a_peer() -> None:
    win = entry(1, EntryKind.WIN, "won the Carrow dairy contract", 4, DONE)
    assert any(s.kind is StakeKind.WIN for s in stakes(win, role=Role.SPONSOR))
    assert not any(s.kind is StakeKind.WIN for s in stakes(win, role=Role.PEER))
    # a win is no reason to reorder the card: the standing rules still place it
    assert not pressing(stakes(win, role=Role.SPONSOR))


def test_their_priority_served_by_a_point_is_at_stake() -> None:
    found = stakes(
        entry(1, EntryKind.PRIORITY, "cutting agency spend on nights", 6),
        entry(2, EntryKind.AGENDA, "idea to cut agency spend with a bank rota", 1),
    )
    assert [s.kind for s in found] == [StakeKind.PRIORITY]
    assert found[0].rides is Rides.PRIORITY


def test_a_reminder_to_chase_is_no_promise_due_before_the_meeting() -> None:
    found = stakes(entry(1, EntryKind.FOLLOWUP, "chase HR about the cover", 3))
    assert not any(stake.pressing for stake in found)  # work with HR, not a promise to them


def test_an_exam_goal_ties_study_leave_without_a_shared_word() -> None:
    assert on_goal("asked for study leave before the paper", "Pass my ACCA exams first time")
    assert not on_goal("asked for a new laptop", "Pass my ACCA exams first time")


def test_a_persons_name_ties_no_line_to_the_goal() -> None:
    goal = "Run both crews when Ken retires"
    assert not on_goal("asked Ken for the new van", goal, people=["Ken Moss"])
    assert on_goal("asked about the Leith site", "Run the pass at the Leith site")


@pytest.mark.parametrize(
    ("days", "said"),
    [
        *((0, "today"), (1, "tomorrow"), (2, "in two days"), (7, "a week today")),
        *((8, "a week tomorrow"), (12, "in 12 days"), (-1, "yesterday"), (-5, "five days ago")),
    ],
)
def test_how_near_a_day_is_said(days: int, said: str) -> None:
    today = NOW.date()
    assert left_words(today + timedelta(days=days), today) == said


def test_the_goals_own_date_is_at_stake_for_the_goal() -> None:
    found = stakes(goal="Apply for the deputy head post before the panel closes on 4 Dec")
    (top,) = pressing(found)
    assert top.entry is None and top.rides is Rides.GOAL and top.day == date(2026, 12, 4)
    assert top.why == "Fri 4 Dec, a week tomorrow"


def test_the_card_speaks_with_one_voice() -> None:
    """Only the first suggestion opens the 1:1, none is said twice, and with four days of the
    month left "this month" is said as what it is."""
    from coaching.ask_signals import AskCategory
    from coaching.asks import SuggestedAsk, _said_once

    give = AskCategory.OFFER_HELP
    asks = [
        SuggestedAsk(
            give,
            "Bo, could I take the rota this month?",
            "It helps. Then open the 1:1 with this.",
            0,
        ),
        SuggestedAsk(
            give, "Bo, did the list help?", "Send it today, then open the 1:1 with this.", 0
        ),
        SuggestedAsk(give, "Bo, did the list help?", "Again.", 0),
    ]
    said = _said_once(asks, NOW)
    assert [a.reason for a in said] == ["It helps. Then open the 1:1 with this.", "Send it today."]
    assert said[0].wording == "Bo, could I take the rota before the month is out?"
    assert _said_once(asks[:1], NOW.replace(day=10))[0].wording == asks[0].wording
