"""Private replies waiting to be posted (see storage.models.OutboxPost).

Claims are compare-and-set on `due_at`, so two instances never post the same row.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from storage.models import OutboxPost


def queue_post(
    session: Session,
    *,
    team_id: str,
    user_id: str,
    payload: dict[str, Any],
    now: datetime,
    due_at: datetime,
) -> None:
    session.add(
        OutboxPost(
            team_id=team_id,
            user_id=user_id,
            payload=json.dumps(payload),
            attempts=0,
            due_at=due_at,
            created_at=now,
        )
    )


def due_posts(
    session: Session, *, now: datetime, limit: int, team_id: str | None = None
) -> list[OutboxPost]:
    """Replies due now (of `team_id` only when given: one installation serves one workspace)."""
    query = select(OutboxPost).where(OutboxPost.due_at <= now)
    if team_id is not None:
        query = query.where(OutboxPost.team_id == team_id)
    return list(session.scalars(query.order_by(OutboxPost.due_at, OutboxPost.id).limit(limit)))


def claim_post(session: Session, post_id: int, *, seen_due_at: datetime, until: datetime) -> bool:
    result = session.execute(
        update(OutboxPost)
        .where(OutboxPost.id == post_id, OutboxPost.due_at == seen_due_at)
        .values(due_at=until, attempts=OutboxPost.attempts + 1)
    )
    return result.rowcount == 1


def reschedule_post(session: Session, post_id: int, *, due_at: datetime, counts: bool) -> None:
    values: dict[str, Any] = {"due_at": due_at}
    if not counts:  # Slack asked us to wait: not the post's fault
        values["attempts"] = OutboxPost.attempts - 1
    session.execute(update(OutboxPost).where(OutboxPost.id == post_id).values(**values))


def drop_post(session: Session, post_id: int) -> None:
    session.execute(delete(OutboxPost).where(OutboxPost.id == post_id))
