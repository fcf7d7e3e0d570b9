"""Round 9 of the coaching review (issue 11), read on the card the user gets (the real builder,
the real Block Kit view): notes stand apart from the asks' reasons, and the balance names the
person rather than saying "them"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)
from coaching.prep import build_prep
from handlers.views.prep import prep_message

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
OPEN = EntryStatus.OPEN
LEAVE = "ask for annual leave in December"


def entry(n: int, kind: EntryKind, text: str, days_ago: float = 10) -> Entry:
    return Entry(n, kind, text, OPEN, NOW - timedelta(days=days_ago), relationship_id=1)


def blocks(*entries: Entry, role: Role, goal: str | None = None) -> list[dict[str, Any]]:
    relationship = Relationship(1, Person(user_id="U9", name="Denise Hall"), role)
    ctx = CoachingContext(relationship, entries=entries, goal=goal, now=NOW)
    return prep_message(build_prep(ctx, meeting=None, scanner=lambda text: []))["blocks"]


def texts(found: list[dict[str, Any]]) -> list[str]:
    """Each block's text: a section's or a context's, as the user reads it."""
    out = []
    for block in found:
        if block["type"] == "section":
            out.append(block["text"]["text"])
        elif block["type"] == "context":
            out.append(" ".join(e.get("text", "") for e in block["elements"]))
    return out


def reasons(found: list[dict[str, Any]]) -> list[str]:
    """The italic reason line under each suggested ask."""
    asks = next(t for t in texts(found) if t.startswith("*Suggested asks*"))
    return [line.strip() for line in asks.splitlines() if line.strip().startswith("_")]


WIN = entry(1, EntryKind.WIN, "shipped the outerwear sell-through analysis", days_ago=5)


def test_the_leave_note_sits_under_its_talking_point_not_in_an_ask_reason() -> None:
    found = blocks(WIN, entry(2, EntryKind.AGENDA, LEAVE), role=Role.SKIP, goal="move into buying")
    assert not any(("manager" in r and "leave" in r.lower()) or "rota" in r for r in reasons(found))
    point = next(t for t in texts(found) if LEAVE in t)
    assert "manager" in point and ("first" in point or "not here" in point)


def test_the_goal_nudge_follows_the_asks_on_its_own_line() -> None:
    found = blocks(WIN, role=Role.MENTOR)
    assert not any("/oneonone goal" in r for r in reasons(found))
    after = texts(found)[[t.startswith("*Suggested asks*") for t in texts(found)].index(True) + 1]
    assert "/oneonone goal" in after


def test_keeping_the_manager_informed_is_its_own_line_under_the_ask() -> None:
    found = blocks(WIN, role=Role.SPONSOR, goal="move into the buying team")
    assert not any("your manager" in r for r in reasons(found))
    assert any("your manager" in t for t in texts(found) if t.startswith("*Suggested asks*"))


def test_the_balance_names_the_person_not_them() -> None:
    asked = [entry(n, EntryKind.ASK, f"asked Denise about course {n}", days_ago=n) for n in (2, 3)]
    balance = next(t for t in texts(blocks(*asked, role=Role.MENTOR)) if "*Balance*" in t)
    assert "Denise" in balance and " them" not in balance


def test_an_empty_balance_says_what_to_note_with_the_name() -> None:
    note = entry(1, EntryKind.NOTE, "talked about the winter range")
    balance = next(t for t in texts(blocks(note, role=Role.MENTOR)) if "*Balance*" in t)
    assert "what you gave Denise" in balance and " them" not in balance
