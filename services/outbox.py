"""Private replies that could not be posted right after their commit, posted later.

A listener never waits for Slack: when a confirmation meets a 429 or an unreachable Slack, it
is queued here (`queue`) and the dispatcher's hook (`send_due`) posts it. Only failures where
Slack certainly did not post are queued (429, no connection). The hook's own tries may land
with their answer lost (a 5xx, a dropped connection, a crash before the row is dropped), so
every try after the first reads the DM first (`Attempt.maybe_posted_since`, bot.posted).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from services.claims import claimed
from services.sending import Attempt, Post
from storage import outbox
from storage.db import transaction

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
#: How long a claimed post is left alone by other instances while one sends it.
LEASE = timedelta(minutes=2)
#: Wait after Slack could not be reached.
UNREACHABLE_BACKOFF = timedelta(seconds=30)
BATCH = 50


class RetryLater(Exception):
    """Raised by a `post` callable: Slack did not take the post; try after `seconds`."""

    def __init__(self, seconds: float, *, counts: bool = True) -> None:
        super().__init__(seconds)
        self.seconds = seconds
        self.counts = counts


def queue(
    factory: sessionmaker[Session],
    *,
    team_id: str,
    user_id: str,
    payload: dict[str, Any],
    now: datetime,
    after: timedelta,
) -> None:
    with transaction(factory) as session:
        outbox.queue_post(
            session, team_id=team_id, user_id=user_id, payload=payload, now=now, due_at=now + after
        )


def send_due(
    factory: sessionmaker[Session],
    post: Post,
    now: datetime,
    team_id: str | None = None,
) -> int:
    """Post every due reply with `post(user_id, payload, attempt)`; returns how many went out."""

    def due(session: Session) -> list[tuple]:
        return [
            (row.id, row.due_at, row.attempts, row.user_id, row.payload, row.created_at)
            for row in outbox.due_posts(session, now=now, limit=BATCH, team_id=team_id)
        ]

    def claim(session: Session, row: tuple) -> bool:
        return outbox.claim_post(session, row[0], seen_due_at=row[1], until=now + LEASE)

    sent = 0
    for post_id, _seen, attempts, user_id, payload, queued in claimed(factory, due, claim):
        # The key names this row (ids can come back once a row is deleted: so does its time).
        key = {"outbox_id": post_id, "queued": int(queued.timestamp())}
        attempt = Attempt(key, maybe_posted_since=queued if attempts else None)
        try:
            post(user_id, json.loads(payload), attempt)
        except RetryLater as later:
            with transaction(factory) as session:
                if later.counts and attempts + 1 >= MAX_ATTEMPTS:
                    log.error("giving up on a queued reply after %s attempts", attempts + 1)
                    outbox.drop_post(session, post_id)
                else:
                    due_at = now + timedelta(seconds=later.seconds)
                    outbox.reschedule_post(session, post_id, due_at=due_at, counts=later.counts)
            if not later.counts:
                break  # rate-limited: the others would be refused too
            continue
        with transaction(factory) as session:
            outbox.drop_post(session, post_id)
        sent += 1
    return sent
