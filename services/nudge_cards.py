"""What a nudge says: the prep card before a 1:1, the "how did it go?" message after it.

The dispatcher (bot/) calls this inside its transaction; the Block Kit comes from the
`NudgeViews` the composition root hands it (bot.app.nudge_views → handlers.views.nudges), so
neither `bot/dispatcher` nor this module imports `handlers/`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, object_session

from coaching.prep import PrepCard, flagged_shown, is_first_occurrence, meeting_for
from coaching.timing import AFTER_KIND
from services.actor import Actor
from services.leverage import after_meeting_items
from services.prep_data import prep_card
from storage import entries as entry_store
from storage import nudges as nudge_store
from storage.models import MeetingSeries, Nudge, Relationship, User
from storage.series import spec_of

#: The payload key carrying the entries whose flags the card shows in full for the first time;
#: the dispatcher pops it and hands it to `nudge_sent` once Slack has the card.
FLAGS_SHOWN = "_flags_shown"


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
    )
    return {**views.prep(card, nudge_id=nudge.id), FLAGS_SHOWN: flagged_shown(card)}


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
