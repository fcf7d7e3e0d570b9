"""Gathers what a prep card needs from storage and hands it to `coaching.prep`.

Shared by `/oneonone prep`, the pre-meeting nudge and App Home, so all three show one card.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from coaching.model import CoachingContext, SeriesSpec
from coaching.prep import (
    CARRIED_KINDS,
    WINDOW,
    Meeting,
    PrepCard,
    build_prep,
    meeting_for,
    meetings_per_month,
)
from coaching.prep import next_meeting as soonest
from handlers.actor import Actor, refresh_display_name
from storage import entries as entry_store
from storage import relationships as relationship_store
from storage import series as series_store
from storage.models import MeetingSeries, Relationship


def next_meeting(
    actor: Actor, *, relationship_id: int | None = None
) -> tuple[MeetingSeries, datetime] | None:
    """The soonest upcoming occurrence among the user's (or one relationship's) series."""
    rows = series_store.active_series(actor.db, actor.user, relationship_id=relationship_id)
    by_id = {row.id: row for row in rows}
    found = soonest([(row.id, series_store.spec_of(row)) for row in rows], now=actor.now)
    if found is None:
        return None
    series_id, start = found
    return by_id[series_id], start


def prep_card(
    actor: Actor, relationship: Relationship, meeting: Meeting | None, *, refresh: bool = True
) -> PrepCard:
    """`refresh=False` keeps to the cached display name: the dispatcher must not wait on
    Slack while it holds a transaction."""
    if refresh:
        refresh_display_name(actor, relationship)
    entries = entry_store.recent_entries(
        actor.db,
        actor.user,
        relationship_id=relationship.id,
        since=actor.now - WINDOW,
        open_kinds=CARRIED_KINDS,
    )
    context = CoachingContext(
        relationship=relationship_store.to_domain(relationship),
        entries=tuple(entry_store.to_domain(e) for e in entries),
        goal=actor.user.goal,
        now=actor.now,
        meetings_per_month=_meetings_per_month(actor),
    )
    return build_prep(context, meeting=meeting)


def card_for_next(actor: Actor, relationship: Relationship) -> PrepCard:
    found = next_meeting(actor, relationship_id=relationship.id)
    meeting = None
    if found is not None:
        row, start = found
        meeting = meeting_for(
            row.id, start, now=actor.now, tz=actor.tz, from_calendar=row.source == "calendar"
        )
    return prep_card(actor, relationship, meeting)


def _meetings_per_month(actor: Actor) -> dict[int, float]:
    specs: dict[int, list[SeriesSpec]] = defaultdict(list)
    for row in series_store.active_series(actor.db, actor.user):
        specs[row.relationship_id].append(series_store.spec_of(row))
    return meetings_per_month(specs)
