"""The follow-through DMs (design §2, Nudges): "What was the answer?" a few days after an
ask, an introduction's next step, a promise's deliver-by reminder.

A scheduler tick calls `send_due_prompts`. Each due row is claimed by compare-and-set on its
`prompt_at` (pushed on by a lease, `services.claims`), the DM is sent outside any transaction,
and then the row is marked prompted with nothing further due — so each prompt goes out once,
across instances and restarts. A send that fails leaves the lease in place: the prompt is tried
again after it, not dropped — and since a failed send may have landed (its answer lost), that
try reads the DM first (`prompt_tried_at`, bot.posted). Quiet hours move a prompt to their
end; nudges switched off drop it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from coaching import leverage
from coaching.model import EntryStatus
from coaching.timing import in_quiet_hours, quiet_ends_after
from services.claims import claimed
from services.leverage import followed, person_label
from services.sending import Attempt, Post
from storage import leverage as store
from storage.db import transaction
from storage.models import Entry, FollowThrough, Relationship
from storage.users import nudge_settings, user_by_id

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
BATCH = 50

#: Builds the DM from the question and the step its buttons record (handlers.views.leverage).
Render = Callable[[str, leverage.NextStep | None], dict[str, Any]]


def send_due_prompts(
    factory: sessionmaker[Session],
    post: Post,
    render: Render,
    now: datetime,
    team_id: str | None = None,
) -> int:
    """Send every prompt that is due with `post(user_id, payload, attempt)`; returns how many
    went out."""

    def due(session: Session) -> list[store.Due]:
        return store.due_prompts(session, now=now, limit=BATCH, team_id=team_id)

    def claim(session: Session, item: store.Due) -> bool:
        return store.claim_prompt(session, item.id, seen=item.prompt_at, until=now + LEASE, now=now)

    sent = 0
    for item in claimed(factory, due, claim):
        with transaction(factory) as session:
            prepared = _prepare(session, item.id, now)
        if prepared is None:
            continue
        user_id, text, step = prepared
        # A prompt claimed before (its lease ran out) may have been posted with its answer lost.
        tried = item.tried_at or now
        attempt = Attempt(
            {"follow_through_id": item.id, "tried": int(tried.timestamp())},
            maybe_posted_since=item.tried_at,
        )
        try:
            post(user_id, render(text, step), attempt)
        except Exception as error:  # Slack refused or unreachable: the lease holds it
            log.warning("follow-through prompt %s not sent: %s", item.id, type(error).__name__)
            continue
        with transaction(factory) as session:
            row = session.get(FollowThrough, item.id)
            if row is not None:
                store.prompt_sent(row, now=now)
                sent += 1
    return sent


def _prepare(
    session: Session, row_id: int, now: datetime
) -> tuple[str, str, leverage.NextStep | None] | None:
    """(user, question, step) for one claimed row, or None when it was settled without a DM."""
    row = session.get(FollowThrough, row_id)
    entry = session.get(Entry, row.entry_id) if row is not None else None
    user = user_by_id(session, row.owner_id) if row is not None else None
    if row is None or entry is None or user is None:
        return None
    settings = nudge_settings(user)
    tz = user.tz or "UTC"
    if entry.status != EntryStatus.OPEN.value or not settings.nudges_on:
        store.prompt_sent(row, now=now)  # nothing left to ask, or the user wants no DMs
        return None
    if in_quiet_hours(now, settings, tz):
        row.prompt_at = quiet_ends_after(now, settings, tz) or now + LEASE
        return None
    relationship = (
        session.get(Relationship, entry.relationship_id) if entry.relationship_id else None
    )
    person = person_label(relationship) if relationship is not None else "them"
    item = followed(entry, row)
    topic = leverage.topic_of(entry.text)
    text = leverage.prompt_text(item, person=person, topic=topic)
    return user.user_id, text, leverage.next_step(item, person=person, topic=topic, now=now)
