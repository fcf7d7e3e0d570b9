"""What a nudge says: the prep card before a 1:1, the "how did it go?" message after it.

The dispatcher (bot/) calls this inside its transaction; the Block Kit comes from the
`NudgeViews` the composition root hands it (bot.app.nudge_views → handlers.views.nudges), so
neither `bot/dispatcher` nor this module imports `handlers/`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, object_session

from coaching.model import BalanceCounts
from coaching.prep import PrepCard, flagged_shown, is_first_occurrence, meeting_for
from coaching.timing import AFTER_KIND
from services.actor import Actor
from services.leverage import after_meeting_items
from services.prep_data import card_reads, prep_card
from storage import entries as entry_store
from storage import nudges as nudge_store
from storage import relationships as relationship_store
from storage import series as series_store
from storage.card_readings import readings_by_relationship
from storage.card_reads import counts_by_relationship
from storage.models import MeetingSeries, Nudge, Relationship, User
from storage.series import spec_of

#: The payload key carrying the entries whose flags the card shows in full for the first time;
#: the dispatcher pops it and hands it to `nudge_sent` once Slack has the card.
FLAGS_SHOWN = "_flags_shown"


@dataclass(frozen=True)
class BatchReads:
    """What the cards of a batch of nudges share, read once for the batch: each owner's
    counterpart names, and each relationship's live series."""

    names: dict[int, dict[str, str]]
    series: dict[int, list[MeetingSeries]]
    counts: dict[int, BalanceCounts]
    #: Each relationship's kept line readings (`coaching.line_memo`), where it has any.
    readings: dict[int, str]
    #: The batch's series, owners and relationships, held so the session keeps them.
    rows: list[Any]


def claimed_batch(
    session: Session, nudge_ids: Sequence[int], instance: str, *, now: datetime
) -> tuple[list[Nudge], BatchReads]:
    """The nudges of a batch `instance` still holds, with everything their cards share loaded
    in a handful of queries (the rest of each card is its own entries)."""
    nudges, rows = nudge_store.claimed_many(session, nudge_ids, instance)
    relationship_ids = {session.get(MeetingSeries, n.series_id).relationship_id for n in nudges}
    owner_ids = {n.owner_id for n in nudges}
    return nudges, BatchReads(
        names=relationship_store.names_by_owner(session, owner_ids),
        series=series_store.active_by_relationship(session, owner_ids, relationship_ids),
        counts=counts_by_relationship(session, owner_ids, relationship_ids, card_reads(now)),
        readings=readings_by_relationship(session, owner_ids, relationship_ids),
        rows=rows,
    )


@dataclass(frozen=True)
class NudgeViews:
    """Renderers for the two nudge messages: `prep(card, nudge_id=…)` and
    `after(relationship, nudge_id=…)`, each returning a chat.postMessage payload."""

    prep: Callable[..., dict[str, Any]]
    after: Callable[..., dict[str, Any]]


def nudge_message(
    session: Session,
    nudge: Nudge,
    series: MeetingSeries,
    user: User,
    *,
    tz: str,
    now: datetime,
    views: NudgeViews,
    batch: BatchReads | None = None,
) -> dict[str, Any]:
    relationship = session.get(Relationship, series.relationship_id)
    if nudge.kind == AFTER_KIND:
        asks, steps = after_meeting_items(Actor(db=session, user=user, now=now), relationship)
        return views.after(relationship, nudge_id=nudge.id, asks=asks, open_steps=steps)
    spec = spec_of(series)
    first = is_first_occurrence(spec, nudge.occurrence_start, created_at=series.created_at)
    meeting = meeting_for(
        series.id,
        nudge.occurrence_start,
        now=now,
        tz=tz,
        first=first,
        from_calendar=spec.from_calendar,
    )
    card: PrepCard = prep_card(
        Actor(db=session, user=user, now=now),
        relationship,
        meeting,
        refresh=False,
        note_shown=False,
        names=batch.names.get(user.id) if batch else None,
        series=batch.series.get(relationship.id) if batch else None,
        counts=batch.counts.get(relationship.id) if batch else None,
        readings=batch.readings if batch else None,
    )
    return {**views.prep(card, nudge_id=nudge.id), FLAGS_SHOWN: flagged_shown(card)}


@dataclass(frozen=True)
class Delivered:
    """A nudge Slack took: where it landed, and the flags its card showed in full."""

    nudge_id: int
    owner_id: int
    channel: str
    ts: str
    flags_shown: tuple[int, ...] = ()


def record_deliveries(
    session: Session, delivered: Sequence[Delivered], instance: str, *, now: datetime
) -> int:
    """`nudge_sent` for a batch in one statement run once per nudge (executemany), only for the
    nudges `instance` still holds, and the flags their cards showed marked in the same
    transaction; how many were recorded."""
    recorded = nudge_store.record_sent_many(
        session, {d.nudge_id: (d.channel, d.ts) for d in delivered}, instance, now=now
    )
    for d in delivered:
        if d.nudge_id in recorded and d.flags_shown:
            owner = session.get(User, d.owner_id)
            entry_store.note_flags_shown(session, owner, list(d.flags_shown), now=now)
    return len(recorded)


def nudge_sent(
    nudge: Nudge, *, channel: str, ts: str, now: datetime, flags_shown: list[int] | tuple = ()
) -> None:
    """Record the nudge as sent and, in the same transaction, the flags its card showed in
    full (say it once): only now is it certain the user has seen them."""
    nudge_store.record_sent(nudge, channel=channel, ts=ts, now=now)
    session = object_session(nudge)
    owner = session.get(User, nudge.owner_id) if session is not None else None
    if owner is not None:
        entry_store.note_flags_shown(session, owner, list(flags_shown), now=now)
