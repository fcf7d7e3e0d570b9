"""Safety lines that fit the card (round 14, brief fix14a), with lines of my own invention.

Blind reviewers found a favouritism question in an ordinary manager 1:1, an evening manager
slot said to "read as social", "tell your manager first" on a chase of a sponsor's own
reference, a generic footer beside a raw personal point, and a colleague's leave (which changes
the rota) sent back to the manager as if it were the user's own request.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from bot.blocktext import Renderer
from coaching.checklist import (
    CHECKLIST_SHORT,
    Causes,
    after_hours_note,
    flagged_lead,
    pick_checklist,
)
from coaching.manager_first import informs_manager, leave_or_rota
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
from coaching.oversharing import scan
from coaching.prep import Meeting, build_prep
from handlers.views.prep import prep_message

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Ola is off on maternity leave from Feb, who's covering the help desk?", False),
        ("with Reza on leave over Easter we're two short on lates", False),
        ("she's on annual leave till the 9th so I'm covering her caseload", False),
        ("need two days off in April for the move", True),
        ("can I swap a shift with Ben on Friday?", True),
        ("Reza says I can take time off in April if it's quiet", True),
    ],
)
def test_a_colleagues_leave_is_work_news_not_the_users_request(text: str, own: bool) -> None:
    assert leave_or_rota([text]) is own


# --- 4. Safety lines that fit the card -------------------------------------------------------


def _entry(n: int, kind: EntryKind, text: str, days_ago: float = 5) -> Entry:
    return Entry(n, kind, text, EntryStatus.OPEN, NOW - timedelta(days=days_ago), 1)


def _ctx(role: Role, *entries: Entry, series: tuple[SeriesSpec, ...] = ()) -> CoachingContext:
    relationship = Relationship(1, Person(user_id="U7", name="Bea Lund"), role)
    return CoachingContext(relationship, entries=entries, now=NOW, series=series)


def test_a_manager_one_on_one_never_asks_whether_it_looks_like_favouritism() -> None:
    for causes in (Causes(drift=True), Causes(hours=True), Causes(drift=True, personal=True)):
        assert "Could it look like favouritism?" not in pick_checklist(causes, Role.MANAGER)
        assert "Could it look like favouritism?" in pick_checklist(causes, Role.SKIP)
    # words that read as favouritism still bring it, whoever the 1:1 is with
    assert "Could it look like favouritism?" in pick_checklist(
        Causes(favouritism=True), Role.MANAGER
    )


def test_an_evening_manager_slot_speaks_of_your_time_not_of_how_it_reads() -> None:
    late = SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=2), time(19, 45))
    own = after_hours_note(_ctx(Role.MANAGER, series=(late,)))
    assert own is not None and not own.concern
    assert "social" not in own.text and "own time" in own.text
    senior = after_hours_note(_ctx(Role.SPONSOR, series=(late,)))
    assert senior is not None and senior.concern and "social" in senior.text


def test_chasing_a_sponsors_own_reference_needs_no_word_to_the_manager() -> None:
    said = ["Bea, any news on what I asked you about last month?"]
    reference = _entry(1, EntryKind.ASK, "asked Bea to be a referee for the CIMA bursary", 30)
    assert informs_manager(Role.SPONSOR, said, "follow_up", _ctx(Role.SPONSOR, reference))
    # a chase of a move the manager decides still keeps the manager in the loop ...
    move = _entry(2, EntryKind.ASK, "asked Bea about a secondment to the audit team", 30)
    assert not informs_manager(Role.SPONSOR, said, "follow_up", _ctx(Role.SPONSOR, move))
    # ... and so does a new career ask, whatever is open
    assert not informs_manager(Role.SPONSOR, said, "advocacy", _ctx(Role.SPONSOR, reference))


def test_the_checklist_names_the_raw_personal_point_it_is_there_for() -> None:
    work = _entry(1, EntryKind.AGENDA, "the stock count plan for March")
    personal = _entry(
        2, EntryKind.AGENDA, "should I mention my divorce? it's why my head's not in it"
    )
    meeting = Meeting(1, NOW + timedelta(days=2), "Fri 6 Mar 10:00")
    built = build_prep(_ctx(Role.MANAGER, work, personal), meeting=meeting, scanner=scan)
    text = " ".join(Renderer(lambda user_id: None).message(prep_message(built)).split())
    assert "*Before you go in, run point 2 past these:*" in text
    assert CHECKLIST_SHORT not in text
    assert flagged_lead([1, 3]) == "Before you go in, run points 1 and 3 past these"
