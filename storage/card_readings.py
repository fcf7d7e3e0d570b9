"""The readings a relationship's last card took of its lines (`coaching.line_memo`): one row
per relationship, read and written by its owner only."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from storage.models import CardReadings, User


def stored_readings(session: Session, owner: User, *, relationship_id: int) -> str | None:
    return session.scalar(
        select(CardReadings.readings).where(
            CardReadings.owner_id == owner.id, CardReadings.relationship_id == relationship_id
        )
    )


def store_readings(
    session: Session, owner: User, *, relationship_id: int, readings: str, now: datetime
) -> None:
    """Insert or replace: two cards built at once for one person (a command and its nudge)
    both write, and the later one wins, which is as good as the other."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(CardReadings).values(
        relationship_id=relationship_id, owner_id=owner.id, readings=readings, updated_at=now
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[CardReadings.relationship_id],
            set_={"readings": readings, "updated_at": now},
            where=CardReadings.owner_id == owner.id,
        )
    )
