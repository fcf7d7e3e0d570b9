"""Round 13 blind review (brief fix14b): the suggested asks lead with what matters this week —
relative deadlines read the way people mean them, owed work handed over plainly, no "give
first" for someone who already gives far more, and a card that never contradicts itself.

Inputs are invented across trades; assertions are on what the user reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.blocktext import Renderer
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

#: Thursday 26 Nov 2026, 08:30 UTC.
NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SHORT = ["mon", "tues", "weds", "thurs", "fri", "sat", "sun"]


def entry(text: str, days_ago: float, kind: EntryKind = EntryKind.FOLLOWUP, n: int = 1) -> Entry:
    return Entry(n, kind, text, EntryStatus.OPEN, NOW - timedelta(days=days_ago), 1)


def card(*entries: Entry, role: Role = Role.MENTOR, meeting_in: int = 2) -> str:
    """The card as read in the shell, whitespace flattened."""
    relationship = Relationship(1, Person(user_id="U9", name="Rosalind Achebe"), role)
    ctx = CoachingContext(relationship, entries=entries, goal=None, now=NOW)
    start = NOW + timedelta(days=meeting_in)
    meeting = Meeting(1, start, f"{start:%a %-d %b} 14:00")
    built = build_prep(ctx, meeting=meeting, scanner=lambda text: [])
    return " ".join(Renderer(lambda user_id: None).message(prep_message(built)).split())


# --- 3. relative deadlines ----------------------------------------------------------------------


@given(
    st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)),
    st.integers(min_value=0, max_value=6),
    st.sampled_from(["by", "before", "due", "until"]),
    st.booleans(),
)
def test_a_weekday_named_in_a_promise_is_always_a_day_still_ahead_when_logged(
    logged: date, weekday: int, lead: str, short: bool
) -> None:
    """ "by fri" typed on a Friday is next Friday: the day named is 1-7 days after the log day,
    and always that weekday — never the log day itself, never a day before it."""
    day = SHORT[weekday] if short else WEEKDAYS[weekday]
    at = datetime(logged.year, logged.month, logged.day, 9, tzinfo=UTC)
    due = due_date(f"scan the fire drill logs and send them {lead} {day}", at, at)
    assert due is not None and due.weekday() == weekday
    assert 1 <= (due - logged).days <= 7


@given(
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=1, max_value=25),
    st.sampled_from(["session", "1:1", "catch-up", "supervision", "mentoring call"]),
)
def test_a_promise_tied_to_the_weekday_of_the_1_1_is_due_at_the_1_1(
    weekday: int, days_ago: int, word: str
) -> None:
    """ "before wednesday session" names the 1:1 when it falls on a Wednesday — however many
    weeks out it is, it is never read as a Wednesday already past."""
    meeting = NOW.date() + timedelta(days=(weekday - NOW.weekday()) % 7 + 7)
    logged = NOW - timedelta(days=days_ago)
    text = f"send R the costing sheet before {WEEKDAYS[weekday]} {word}"
    assert due_date(text, logged, NOW, meeting) == meeting


def test_a_weekday_meeting_that_is_not_the_1_1_keeps_its_own_day() -> None:
    logged = datetime(2026, 11, 22, 18, tzinfo=UTC)  # a Sunday
    meeting = date(2026, 12, 9)  # a Wednesday
    assert due_date("send the stock count before tues meeting", logged, NOW, meeting) == date(
        2026, 11, 24
    )
    assert due_date("bring the rota before the team meeting", logged, NOW, meeting) is None
    assert due_date("bring the rota before our next session", logged, NOW, meeting) == meeting


def test_a_promise_for_the_next_session_is_not_called_overdue_or_apologised_for() -> None:
    owed = entry("email R the draft risk assessment before thursday session", 4)
    shown = card(owed, meeting_in=14)
    assert "Overdue" not in shown and "apolog" not in shown and "sorry" not in shown.lower()
    assert "Thu 10 Dec" in shown


def test_by_a_weekday_logged_that_weekday_is_due_a_week_later() -> None:
    # logged Thu 19 Nov "by thurs": due Thu 26 Nov (today), not Thu 19 Nov
    shown = card(entry("send the pallet audit to R by thurs", 7), meeting_in=4)
    assert "Overdue" not in shown and "Due today" in shown
