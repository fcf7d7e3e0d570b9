"""The follow-through DMs (design §2, Nudges): "What was the answer?" a few days after an
ask, an introduction's next step, a promise's deliver-by reminder.

A scheduler tick calls `send_due_prompts`. Each due row is claimed by compare-and-set on its
`prompt_at` (pushed on by a lease), the DM is sent outside any transaction, and then the row is
marked prompted with nothing further due — so each prompt goes out once, across instances and
restarts. A send that fails leaves the lease in place: the prompt is tried again after it, not
dropped. Quiet hours move a prompt to their end; nudges switched off drop it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.orm import Session, sessionmaker

from coaching import leverage
from coaching.model import EntryStatus
from coaching.timing import in_quiet_hours, quiet_ends_after
from handlers.follow_through import followed
from handlers.views.labels import counterpart_raw
from handlers.views.leverage import prompt_message
from storage import leverage as store
from storage.db import transaction
from storage.models import Entry, FollowThrough, Relationship
from storage.users import nudge_settings, user_by_id

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
BATCH = 50


def send_due_prompts(
    session_factory: sessionmaker[Session], client: WebClient, now: datetime
) -> int:
    """Send every prompt that is due; returns how many went out."""
    with transaction(session_factory) as session:
        due = store.due_prompts(session, now=now, limit=BATCH)
    sent = 0
    for item in due:
        with transaction(session_factory) as session:
            if not store.claim_prompt(session, item.id, seen=item.prompt_at, until=now + LEASE):
                continue
            prepared = _prepare(session, item.id, now)
        if prepared is None:
            continue
        user_id, payload = prepared
        try:
            client.chat_postMessage(channel=user_id, **payload)
        except (SlackApiError, SlackClientError, OSError) as error:
            log.warning("follow-through prompt %s not sent: %s", item.id, type(error).__name__)
            continue  # the lease holds it; the next tick after the lease tries again
        with transaction(session_factory) as session:
            row = session.get(FollowThrough, item.id)
            if row is not None:
                store.prompt_sent(row, now=now)
                sent += 1
    return sent


def _prepare(session: Session, row_id: int, now: datetime) -> tuple[str, dict[str, Any]] | None:
    """The DM for one claimed row, or None when it was settled without one."""
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
    person = counterpart_raw(relationship) if relationship is not None else "them"
    item = followed(entry, row)
    topic = leverage.topic_of(entry.text)
    text = leverage.prompt_text(item, person=person, topic=topic)
    step = leverage.next_step(item, person=person, topic=topic, now=now)
    return user.user_id, prompt_message(text, step)
