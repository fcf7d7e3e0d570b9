"""The prep card as data: everything design §2 lists, decided here, rendered by the handlers.

One function, `build_prep`, so the slash command, the pre-meeting nudge, App Home and the shell
all show the same card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from coaching.asks import SuggestedAsk, suggest_asks
from coaching.balance import balance, describe_balance
from coaching.checklist import CHECKLIST, optics_note
from coaching.model import (
    CadenceKind,
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    SeriesSpec,
)
from coaching.oversharing import Flag, is_personal, scan
from coaching.recurrence import next_occurrence
from coaching.timing import when_text

#: What a relationship's balance and suggestions look back on.
WINDOW = timedelta(days=90)
#: Kinds whose open status means "still waiting", so the card carries them past the window.
#: Notes, gifts and wins stay open as logged; older ones are history, not prep.
CARRIED_KINDS = (EntryKind.FOLLOWUP, EntryKind.ASK, EntryKind.AGENDA)
#: Average 1:1s a month for each cadence (52 weeks / 12 months).
MEETINGS_PER_MONTH = {
    CadenceKind.WEEKLY: 52 / 12,
    CadenceKind.BIWEEKLY: 26 / 12,
    CadenceKind.MONTHLY: 1.0,
    CadenceKind.ONCE: 0.0,
}


@dataclass(frozen=True)
class TalkingPoint:
    entry: Entry
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class Meeting:
    """The occurrence a card is for."""

    series_id: int
    start: datetime
    when: str


@dataclass(frozen=True)
class PrepCard:
    person: str
    relationship_id: int
    meeting: Meeting | None
    carried_forward: tuple[Entry, ...]
    talking_points: tuple[TalkingPoint, ...]
    asks: tuple[SuggestedAsk, ...]
    balance: str
    checklist: tuple[str, ...] = CHECKLIST
    optics: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


def build_prep(ctx: CoachingContext, *, meeting: Meeting | None) -> PrepCard:
    """The card for one relationship (and, when scheduled, its next occurrence)."""
    entries = ctx.entries
    person = ctx.relationship.label
    carried = tuple(
        e
        for e in entries
        if e.status is EntryStatus.OPEN and e.kind in (EntryKind.FOLLOWUP, EntryKind.ASK)
    )
    points = tuple(
        TalkingPoint(e, tuple(scan(e.text)))
        for e in entries
        if e.kind is EntryKind.AGENDA and e.status is EntryStatus.OPEN
    )
    return PrepCard(
        person=person,
        relationship_id=ctx.relationship.id,
        meeting=meeting,
        carried_forward=carried,
        talking_points=points,
        asks=tuple(suggest_asks(ctx, limit=3, is_personal=is_personal)),
        balance=describe_balance(balance(entries, now=ctx.now, window=WINDOW), person),
        optics=optics_note(ctx, is_personal=is_personal),
    )


def next_meeting(
    series: Sequence[tuple[int, SeriesSpec]], *, now: datetime
) -> tuple[int, datetime] | None:
    """The soonest upcoming occurrence among `(series_id, spec)` pairs."""
    upcoming = [
        (start, series_id)
        for series_id, spec in series
        if (start := next_occurrence(spec, after=now)) is not None
    ]
    if not upcoming:
        return None
    start, series_id = min(upcoming)
    return series_id, start


def meeting_for(series_id: int, start: datetime, *, now: datetime, tz: str) -> Meeting:
    return Meeting(series_id=series_id, start=start, when=when_text(start, now, tz))


def meetings_per_month(specs_by_relationship: dict[int, Sequence[SeriesSpec]]) -> dict[int, float]:
    """How often the user meets each counterpart, from their active series."""
    return {
        relationship_id: sum(MEETINGS_PER_MONTH[s.cadence.kind] for s in specs)
        for relationship_id, specs in specs_by_relationship.items()
    }


def with_note(card: PrepCard, note: str) -> PrepCard:
    return replace(card, notes=(*card.notes, note))
