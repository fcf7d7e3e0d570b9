"""Replaying Slack events a crash left unprocessed (the dispatcher's inbox hook).

An event row is written before Slack gets its 200 (handlers.inbox) and marked done in the
listener's own transaction. A row still pending `REPLAY_AFTER` later means the process died
(or the listener failed) in between, or the listener postponed it because Slack asked us to
wait; either way it is fed back through the app exactly as Slack sent it. Replays are claimed
by compare-and-set, so one instance replays each row, and the listener's own mark-done makes a
replay that races a slow listener do nothing. After `MAX_ATTEMPTS` a row is given up on and
logged, so one poison event cannot loop forever.

An event this process still holds — queued behind a burst in the event pool, or running — is
neither replayed nor given up on (`holding`): it is late, not lost, and each replay would only
queue another copy and count an attempt against it.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from services.claims import claimed
from storage import events as inbox
from storage.db import transaction

log = logging.getLogger(__name__)

#: Longer than any listener takes to commit (milliseconds normally, a few seconds on a busy
#: SQLite file), short enough that a user whose DM was caught by a crash sees it answered soon
#: after the restart.
REPLAY_AFTER = timedelta(seconds=10)
MAX_ATTEMPTS = 3
#: An event Slack keeps rate-limiting (its postponed replays do not count as attempts) is
#: given up on this long after it arrived.
GIVE_UP_AFTER = timedelta(hours=1)
BATCH = 50

#: Event ids this process has taken on and not finished (queued or running), with how many
#: copies of each it holds.
_held: Counter[str] = Counter()
_held_lock = threading.Lock()


def hold(event_id: str) -> None:
    """This process has taken `event_id` on (it is queued or running); `release` it once its
    work has run or failed."""
    with _held_lock:
        _held[event_id] += 1


def release(event_id: str) -> None:
    with _held_lock:
        _held[event_id] -= 1
        if _held[event_id] <= 0:
            del _held[event_id]


def is_held(event_id: str) -> bool:
    with _held_lock:
        return event_id in _held


def keep_held(
    factory: sessionmaker[Session],
    body: dict[str, Any],
    *,
    team_id: str,
    user_id: str,
    now: datetime,
    replay_after: timedelta,
) -> str:
    """Store a slash command this process holds (it acked already and waits on Slack), so a
    crash before it runs does not lose it: the dispatcher replays it once `replay_after` has
    passed, unless the hold finished it first. Held by this process from here (`release`)."""
    event_id = f"held:{uuid.uuid4().hex}"
    with transaction(factory) as session:
        inbox.store_event(
            session,
            event_id=event_id,
            team_id=team_id,
            user_id=user_id,
            body=body | {"event_id": event_id},
            now=now,
            replay_at=now + replay_after,
        )
    hold(event_id)
    return event_id


def accept(
    factory: sessionmaker[Session],
    body: dict[str, Any],
    *,
    team_id: str | None,
    user_id: str | None,
    now: datetime,
) -> bool:
    """Store one delivery, committed before Slack gets its 200; False for a Slack retry of an
    event we already have."""
    with transaction(factory) as session:
        return inbox.store_event(
            session,
            event_id=str(body["event_id"]),
            team_id=team_id,
            user_id=user_id,
            body=body,
            now=now,
            replay_at=now + REPLAY_AFTER,
        )


def replay_due(
    factory: sessionmaker[Session],
    dispatch: Callable[[dict[str, Any]], Any],
    now: datetime,
    team_id: str | None = None,
) -> int:
    """Feed every due pending event to `dispatch`; returns how many were replayed."""

    def due(session: Session) -> list[tuple]:
        return [
            (row.event_id, row.replay_at, row.attempts, row.body, row.received_at)
            for row in inbox.due_for_replay(session, now=now, limit=BATCH, team_id=team_id)
            if not is_held(row.event_id)  # late in our own queue, not lost
        ]

    def claim(session: Session, row: tuple) -> bool:
        event_id, seen, attempts, _body, received_at = row
        if attempts >= MAX_ATTEMPTS or now - received_at > GIVE_UP_AFTER:
            log.error("giving up on Slack event %s after %s replays", event_id, attempts)
            inbox.give_up(session, event_id, now=now)
            return False
        return inbox.claim_replay(
            session,
            event_id,
            seen_replay_at=seen,
            next_replay_at=now + REPLAY_AFTER * 2**attempts,
        )

    replayed = 0
    for event_id, _seen, attempts, body, _received_at in claimed(factory, due, claim):
        log.info("replaying Slack event %s (attempt %s)", event_id, attempts + 1)
        try:
            dispatch(json.loads(body))
        except Exception as error:
            log.warning("replay of %s failed: %s", event_id, type(error).__name__)
        replayed += 1
    return replayed
