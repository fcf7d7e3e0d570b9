"""Processed Slack events (dedupe of Slack's retries)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import ProcessedEvent


def record_event(session: Session, *, event_id: str, team_id: str | None, now: datetime) -> bool:
    """Record `event_id`; False when it was recorded before (this delivery is a repeat)."""
    try:
        with session.begin_nested():
            session.add(ProcessedEvent(event_id=event_id, team_id=team_id, received_at=now))
    except IntegrityError:
        return False
    return True


def forget_old_events(session: Session, *, now: datetime, keep: timedelta) -> int:
    """Slack retries within minutes; a day of ids is plenty to remember."""
    result = session.execute(delete(ProcessedEvent).where(ProcessedEvent.received_at < now - keep))
    return result.rowcount or 0
