"""Round 8 of the coaching review (issue 11): the line manager is protected. A leave or rota
point raised with someone who cannot grant it is sent back to the manager; a career ask to a
skip-level or sponsor says to keep the manager informed; no ask ranks the user's colleagues."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coaching.asks import SuggestedAsk, every_candidate, suggest_asks
from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)

NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
OPEN, DONE = EntryStatus.OPEN, EntryStatus.DONE


def _ctx(role: Role, *lines: tuple[EntryKind, str, EntryStatus], goal: str | None = None):
    entries = tuple(
        Entry(n, kind, text, status, NOW - timedelta(days=10 + n), relationship_id=1)
        for n, (kind, text, status) in enumerate(lines, start=1)
    )
    return CoachingContext(Relationship(1, Person(name="Denise"), role), entries, goal, NOW)


def _all_said(asks: list[SuggestedAsk]) -> str:
    """Everything the asks carry to the card: wording, reason and the notes shown beside them."""
    return " ".join(f"{a.wording} {a.reason} {a.note} {a.points_note} {a.goal_note}" for a in asks)


def _said(role: Role, *lines: tuple[EntryKind, str, EntryStatus]) -> str:
    return _all_said(suggest_asks(_ctx(role, *lines)))


WIN = (EntryKind.WIN, "shipped the outerwear sell-through analysis", DONE)


@pytest.mark.parametrize("role", [Role.SKIP, Role.MENTOR, Role.OTHER, Role.SPONSOR])
@pytest.mark.parametrize(
    "point",
    [
        "ask for annual leave in December",
        "Sat 14th off?",
        "Zapytać o urlop w listopadzie",
        "could I come off nights for a bit",
    ],
)
def test_leave_raised_above_or_beside_the_line_goes_to_the_manager(role: Role, point: str) -> None:
    said = _said(role, WIN, (EntryKind.AGENDA, point, OPEN))
    assert "manager" in said and ("first" in said or "not here" in said)


def test_leave_raised_with_the_manager_is_theirs_to_answer() -> None:
    said = _said(Role.MANAGER, WIN, (EntryKind.AGENDA, "ask for annual leave in December", OPEN))
    assert "manager's call" not in said and "decided by your manager" not in said


@pytest.mark.parametrize("role", [Role.SKIP, Role.SPONSOR])
def test_a_career_ask_above_the_line_keeps_the_manager_informed(role: Role) -> None:
    said = _said(role, WIN, (EntryKind.ASK, "asked Denise for a buying shadow day", OPEN))
    assert "manager" in said


def test_no_ask_ranks_colleagues() -> None:
    ctx = _ctx(Role.PEER, goal="be a team lead my crew want to work for")
    for ask in every_candidate(ctx, first=False):
        assert "best" not in ask.wording, ask.wording


def test_with_no_goal_the_card_suggests_setting_one_not_generic_networking() -> None:
    asks = suggest_asks(_ctx(Role.MENTOR, WIN, (EntryKind.ASK, "asked about the course", DONE)))
    said = _all_said(asks)
    assert "/oneonone goal" in said
    assert "who's one person you think I should know" not in said.lower()


def test_with_a_goal_there_is_no_nudge_to_set_one() -> None:
    ctx = _ctx(Role.MENTOR, WIN, goal="move into the buying team")
    said = _all_said(suggest_asks(ctx))
    assert "/oneonone goal" not in said
