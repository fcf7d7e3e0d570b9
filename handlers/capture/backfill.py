"""Fill in message texts Slack would not let us read at once (429 on conversations.history).

A scheduler tick calls `fill_pending_texts(session_factory, client, now)`; it reads each due
entry's message once, without waiting inside the call: a new 429 pushes that entry's next try
to Slack's `Retry-After` and ends this round (the limit is per method, so the others would be
refused too). Several instances may tick at once: each entry is claimed by compare-and-set on
its `text_retry_at` first, so only one of them reads it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from slack_sdk import WebClient
from sqlalchemy.orm import Session, sessionmaker

from handlers.capture.reactions import UNREADABLE_TEXT
from handlers.capture.slack_reads import read_message
from storage import entries as entry_store
from storage.db import transaction
from storage.relationships import relationship_by_slack_user
from storage.users import user_by_id

log = logging.getLogger(__name__)

#: How long a claimed entry is left alone by other instances while one reads it.
LEASE = timedelta(minutes=2)
#: When Slack could not be reached at all.
UNREACHABLE_BACKOFF = timedelta(minutes=1)
BATCH = 20


def fill_pending_texts(
    session_factory: sessionmaker[Session],
    client: WebClient,
    now: datetime,
    team_id: str | None = None,
) -> int:
    """Read the texts that are due (of `team_id`, the team of `client`'s token, when given);
    returns how many entries got their real text."""
    with transaction(session_factory) as session:
        due = [
            (row.id, row.text_retry_at, row.source_channel, row.source_ts)
            for row in entry_store.pending_texts(session, now=now, limit=BATCH, team_id=team_id)
        ]
    filled = 0
    for entry_id, seen_retry_at, channel, ts in due:
        with transaction(session_factory) as session:
            claimed = entry_store.claim_pending_text(
                session, entry_id, seen_retry_at=seen_retry_at, until=now + LEASE
            )
        if not claimed:
            continue
        # Read outside any transaction: Slack may be slow.
        read = read_message(client, channel, ts) if channel and ts else None
        with transaction(session_factory) as session:
            entry = entry_store.pending_entry(session, entry_id)
            if entry is None:
                continue  # removed meanwhile (reaction removed, Undo)
            if read is None or read.error:
                # Gone, or not readable by the bot: keep the link, stop trying.
                entry_store.fill_text(entry, UNREADABLE_TEXT)
                continue
            if read.limited:
                entry.text_retry_at = now + timedelta(seconds=read.retry_after)
                log.info("backfill rate-limited; next try in %ss", read.retry_after)
                break
            if read.unreachable:
                entry.text_retry_at = now + UNREACHABLE_BACKOFF
                continue
            relationship_id = None
            owner = user_by_id(session, entry.owner_id)
            if owner is not None and read.author and read.author != owner.user_id:
                relationship = relationship_by_slack_user(session, owner, read.author)
                relationship_id = relationship.id if relationship else None
            entry_store.fill_text(entry, read.text or "", relationship_id=relationship_id)
            filled += 1
    return filled
