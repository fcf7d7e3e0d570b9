"""The inbox of Slack events: stored before Slack gets its 200, marked done by the listener's
own transaction, replayed by the dispatcher when a crash left one pending.

Every state change is a compare-and-set on `state` (and `replay_at` for replays), so two
instances — or a slow listener and a replay — never both process one event.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import InboxEvent

PENDING, DONE, DEAD = "pending", "done", "dead"


def store_event(
    session: Session,
    *,
    event_id: str,
    team_id: str | None,
    user_id: str | None,
    body: dict[str, Any],
    now: datetime,
    replay_at: datetime,
) -> bool:
    """Store one delivery; False when `event_id` is there already (this one is a retry)."""
    try:
        with session.begin_nested():
            session.add(
                InboxEvent(
                    event_id=event_id,
                    team_id=team_id,
                    user_id=user_id,
                    body=json.dumps(body),
                    state=PENDING,
                    received_at=now,
                    replay_at=replay_at,
                    attempts=0,
                )
            )
    except IntegrityError:
        return False
    return True


def mark_done(session: Session, event_id: str, *, now: datetime) -> bool:
    """Take the event for this transaction: True for exactly one caller, ever. Call it first in
    the transaction that does the event's work — on PostgreSQL the row lock then makes a
    concurrent replay wait and find it done; on SQLite BEGIN IMMEDIATE serialises them.

    A row given up on (dead) is taken too: its work was never done, and a copy that finally
    runs — one that sat long in a busy queue — must still store what the user sent."""
    result = session.execute(
        update(InboxEvent)
        .where(InboxEvent.event_id == event_id, InboxEvent.state.in_((PENDING, DEAD)))
        .values(state=DONE, done_at=now)
    )
    return result.rowcount == 1


def postpone(session: Session, event_id: str, *, until: datetime) -> None:
    """Leave the event pending and replay it no sooner than `until` (Slack's Retry-After).
    Waiting for Slack is not the event's fault: a replay that ends here does not count."""
    session.execute(
        update(InboxEvent)
        .where(InboxEvent.event_id == event_id, InboxEvent.state == PENDING)
        .values(
            replay_at=until,
            attempts=case((InboxEvent.attempts > 0, InboxEvent.attempts - 1), else_=0),
        )
    )


def due_for_replay(
    session: Session, *, now: datetime, limit: int, team_id: str | None = None
) -> list[InboxEvent]:
    """Events due for a replay (of `team_id` only when given: one installation, one team)."""
    query = select(InboxEvent).where(InboxEvent.state == PENDING, InboxEvent.replay_at <= now)
    if team_id is not None:
        query = query.where(InboxEvent.team_id == team_id)
    return list(session.scalars(query.order_by(InboxEvent.replay_at).limit(limit)))


def claim_replay(
    session: Session, event_id: str, *, seen_replay_at: datetime, next_replay_at: datetime
) -> bool:
    """Count one replay attempt and push the next one out; False when another instance (or the
    listener) got there first."""
    result = session.execute(
        update(InboxEvent)
        .where(
            InboxEvent.event_id == event_id,
            InboxEvent.state == PENDING,
            InboxEvent.replay_at == seen_replay_at,
        )
        .values(attempts=InboxEvent.attempts + 1, replay_at=next_replay_at)
    )
    return result.rowcount == 1


def give_up(session: Session, event_id: str, *, now: datetime) -> None:
    session.execute(
        update(InboxEvent)
        .where(InboxEvent.event_id == event_id, InboxEvent.state == PENDING)
        .values(state=DEAD, done_at=now)
    )


def event_state(session: Session, event_id: str) -> str | None:
    return session.scalar(select(InboxEvent.state).where(InboxEvent.event_id == event_id))


def forget_old_events(session: Session, *, now: datetime, keep: timedelta) -> int:
    """Slack retries within minutes; a day of finished events is plenty to remember. Pending
    ones are kept whatever their age: they are work not yet done."""
    result = session.execute(
        delete(InboxEvent).where(InboxEvent.state != PENDING, InboxEvent.received_at < now - keep)
    )
    return result.rowcount or 0


def forget_user_events(session: Session, *, team_id: str, user_id: str) -> int:
    """Forget me: the stored events of this user (they hold what they wrote)."""
    result = session.execute(
        delete(InboxEvent).where(InboxEvent.team_id == team_id, InboxEvent.user_id == user_id)
    )
    return result.rowcount or 0
