"""The readings a relationship's last card took of its lines (`coaching.line_memo`): one row
per relationship, read and written by its owner only."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import literal, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from storage.models import CardReadings, Relationship, User
from storage.types import UTCDateTime


def stored_readings(session: Session, owner: User, *, relationship_id: int) -> str | None:
    """The kept readings of one of the owner's relationships, if any."""
    return session.scalar(
        select(CardReadings.readings).where(
            CardReadings.owner_id == owner.id, CardReadings.relationship_id == relationship_id
        )
    )


def readings_by_relationship(
    session: Session, owner_ids: Iterable[int], relationship_ids: Iterable[int]
) -> dict[int, str]:
    """`stored_readings` for a batch of relationships in one query (the dispatcher's batch),
    scoped to the batch's owners like every read."""
    rows = session.execute(
        select(CardReadings.relationship_id, CardReadings.readings).where(
            CardReadings.owner_id.in_(list(set(owner_ids))),
            CardReadings.relationship_id.in_(list(set(relationship_ids))),
        )
    )
    return {rid: readings for rid, readings in rows}


def store_readings(
    session: Session, owner: User, *, relationship_id: int, readings: str, now: datetime
) -> bool:
    """Insert or replace, only for a relationship of `owner` (the row is made from the
    relationship's own row, so another user's id inserts nothing). Whether it was written: a
    row another transaction is writing right now (the dispatcher's batch, a second card for the
    same person) is left to it rather than waited for — it holds readings as good as these."""
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres and _busy(session, owner, relationship_id):
        return False
    insert = pg_insert if postgres else sqlite_insert
    statement = insert(CardReadings).from_select(
        ["relationship_id", "owner_id", "readings", "updated_at"],
        select(
            Relationship.id,
            Relationship.owner_id,
            literal(readings),
            literal(now, UTCDateTime()),
        ).where(Relationship.id == relationship_id, Relationship.owner_id == owner.id),
    )
    written = session.scalar(
        statement.on_conflict_do_update(
            index_elements=[CardReadings.relationship_id],
            set_={"readings": statement.excluded.readings, "updated_at": now},
            where=CardReadings.owner_id == owner.id,
        ).returning(CardReadings.relationship_id)
    )
    return written is not None


def _busy(session: Session, owner: User, relationship_id: int) -> bool:
    """Whether the row exists but another transaction holds it (PostgreSQL; SQLite has one
    writer at a time already)."""
    mine = (CardReadings.relationship_id == relationship_id) & (CardReadings.owner_id == owner.id)
    exists = session.scalar(select(CardReadings.relationship_id).where(mine))
    if exists is None:
        return False
    locked = select(CardReadings.relationship_id).where(mine).with_for_update(skip_locked=True)
    return session.scalar(locked) is None
