"""What a code review of round 14 found in the new date and balance rules, pinned with invented
lines: a meeting named in a point is not a deadline, a deadline named on its own weekday is that
day, "this fri" is this Friday, only the 1:1 ties a promise to it, a month stem inside a word is
not a month, and "one way" is a feeling only when said of the giving."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coaching.ask_signals import _USED, _undated
from coaching.due import deadline_date, due_date

FRIDAY = datetime(2026, 11, 20, 9, tzinfo=UTC)  # Fri 20 Nov
MEETING = date(2026, 12, 4)  # a Friday 1:1


@pytest.mark.parametrize(
    "point", ["for supervision: caseload numbers", "lesson for next time: check the figures"]
)
def test_a_meeting_named_in_a_point_or_note_is_not_a_deadline(point: str) -> None:
    assert deadline_date(point, FRIDAY, FRIDAY) is None


def test_a_deadline_on_the_weekday_it_was_logged_is_that_day() -> None:
    assert deadline_date("applications close Fri", FRIDAY, FRIDAY) == FRIDAY.date()


def test_this_weekday_is_this_one_and_by_weekday_is_the_next() -> None:
    assert due_date("send the float count this fri", FRIDAY, FRIDAY) == FRIDAY.date()
    assert due_date("send the float count by fri", FRIDAY, FRIDAY) == date(2026, 11, 27)


@pytest.mark.parametrize(
    "line", ["send the loading plan by fri call", "cut waste by 121 kg before the audit"]
)
def test_only_the_1_1_ties_a_promise_to_it(line: str) -> None:
    assert due_date(line, FRIDAY, FRIDAY, MEETING) != MEETING


def test_before_the_friday_session_is_the_1_1() -> None:
    assert due_date("bring the float audit before friday session", FRIDAY, FRIDAY, MEETING) == (
        MEETING
    )


@pytest.mark.parametrize(
    ("focus", "kept"),
    [
        ("Head of Marketing", "Head of Marketing"),
        ("the Novartis account", "the Novartis account"),
        ("the Leeds store by March", "the Leeds store"),
        ("the employment team Sept 2027", "the employment team"),
    ],
)
def test_only_a_whole_month_is_cut_from_a_focus(focus: str, kept: str) -> None:
    assert _undated(focus) == kept


@pytest.mark.parametrize(
    ("line", "used"),
    [
        ("found one way to speed up picking on nights", False),
        ("the one-way system on site is confusing drivers", False),
        ("it's all one way with Bev, I cover and she never does", True),
        ("feels really one-sided lately", True),
    ],
)
def test_one_way_is_a_feeling_only_when_said_of_the_giving(line: str, used: bool) -> None:
    assert bool(_USED.search(line)) is used


def test_the_reason_for_an_idea_on_their_priority_speaks_to_the_user() -> None:
    from coaching.model import EntryKind, Role
    from tests.unit.test_fix14b import card, logged

    asks = [logged(EntryKind.ASK, f"asked about the forklift course {n}", 40, n) for n in (5, 6)]
    shown = card(
        *asks,
        logged(EntryKind.NOTE, "Rosalind said come to her with ideas not complaints", 12, 1),
        logged(EntryKind.PRIORITY, "her rota review", 6, 2),
        role=Role.SPONSOR,
    )
    assert "named the rota review as a priority" in shown
    assert "named your rota review" not in shown


@pytest.mark.parametrize(
    "goal",
    [
        "figure out if i should go for the shift lead post or finish the HNC first",
        "work out whether to stay in dispatch or move to planning",
        "sort out if the apprenticeship is right for me",
    ],
)
def test_a_goal_that_is_a_decision_has_no_verb_for_a_focus(goal: str) -> None:
    from coaching.focus import derive_focus

    focus = derive_focus(goal)
    assert focus is None or focus.split()[0].lower() not in {"figure", "work", "sort"}


@pytest.mark.parametrize(
    "clause",
    ["the van racking falling apart", "the night rota running late", "the tills going down"],
)
def test_a_thing_and_what_is_happening_to_it_is_not_a_topic(clause: str) -> None:
    from coaching.slot_text import confident

    assert not confident(clause)


@pytest.mark.parametrize("thing", ["the van racking", "the loading bay", "the night rota"])
def test_the_thing_alone_is_still_a_topic(thing: str) -> None:
    from coaching.slot_text import confident

    assert confident(thing)


@pytest.mark.parametrize(("meeting_in", "offered"), [(2, True), (13, False)])
def test_help_with_their_priority_is_not_offered_after_its_deadline(
    meeting_in: int, offered: bool
) -> None:
    """ "the stock audit by end of month" (30 Nov), the 1:1 on 28 Nov or on 9 Dec: help offered
    at the later one would come after it was needed."""
    from coaching.model import EntryKind, Role
    from tests.unit.test_fix14b import card, logged

    asks = [logged(EntryKind.ASK, f"asked about the forklift course {n}", 30, n) for n in (5, 6)]
    shown = card(
        *asks,
        logged(EntryKind.PRIORITY, "stock audit, every bay counted by end of month", 10, 2),
        role=Role.MANAGER,
        meeting_in=meeting_in,
    )
    assert ("stock audit" in shown.split("Suggested asks")[-1]) is offered
