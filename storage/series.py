"""Meeting series: a relationship's recurring (or one-off) 1:1, in the owner's local time."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from coaching import model
from storage.models import MeetingSeries, Relationship, User


def add_series(
    session: Session,
    owner: User,
    relationship: Relationship,
    spec: model.SeriesSpec,
    *,
    now: datetime,
) -> MeetingSeries:
    row = MeetingSeries(
        team_id=owner.team_id,
        owner_id=owner.id,
        relationship_id=relationship.id,
        active=True,
        created_at=now,
        updated_at=now,
    )
    write_spec(row, spec, now=now)
    session.add(row)
    session.flush()
    return row


def write_spec(row: MeetingSeries, spec: model.SeriesSpec, *, now: datetime) -> None:
    cadence = spec.cadence
    row.cadence = cadence.kind.value
    row.weekday = cadence.weekday
    row.nth = cadence.nth
    row.on_date = cadence.on.isoformat() if cadence.on else None
    row.local_time = spec.local_time.strftime("%H:%M")
    row.duration_minutes = int(spec.duration.total_seconds() // 60)
    row.tz = spec.tz
    row.starts_on = spec.starts_on.isoformat() if spec.starts_on else None
    # Skips of occurrences long past change nothing any more; keep the list short.
    recent = (s for s in spec.skipped if s >= now - timedelta(days=1))
    row.skipped = json.dumps(sorted(s.isoformat() for s in recent))
    row.dated = dump_dated(spec.dated) if spec.dated else None
    row.updated_at = now


def spec_of(row: MeetingSeries) -> model.SeriesSpec:
    cadence = model.Cadence(
        kind=model.CadenceKind(row.cadence),
        weekday=row.weekday,
        nth=row.nth,
        on=date.fromisoformat(row.on_date) if row.on_date else None,
    )
    return model.SeriesSpec(
        cadence=cadence,
        local_time=time.fromisoformat(row.local_time),
        duration=timedelta(minutes=row.duration_minutes),
        tz=row.tz,
        starts_on=date.fromisoformat(row.starts_on) if row.starts_on else None,
        skipped=frozenset(datetime.fromisoformat(s) for s in json.loads(row.skipped or "[]")),
        dated=load_dated(row.dated),
    )


def dump_dated(dated: Iterable[tuple[datetime, timedelta]]) -> str:
    """Calendar occurrences as stored: JSON [[start ISO UTC, minutes], …]."""
    return json.dumps([[s.isoformat(), int(d.total_seconds() // 60)] for s, d in dated])


def load_dated(text: str | None) -> tuple[tuple[datetime, timedelta], ...]:
    return tuple(
        (datetime.fromisoformat(s), timedelta(minutes=m)) for s, m in json.loads(text or "[]")
    )


def active_series(
    session: Session,
    owner: User,
    *,
    relationship_id: int | None = None,
    source: str | None = None,
) -> list[MeetingSeries]:
    """The owner's live series; `source` narrows to `typed` or `calendar` ones."""
    query = select(MeetingSeries).where(
        MeetingSeries.owner_id == owner.id, MeetingSeries.active.is_(True)
    )
    if relationship_id is not None:
        query = query.where(MeetingSeries.relationship_id == relationship_id)
    if source is not None:
        query = query.where(MeetingSeries.source == source)
    return list(session.scalars(query.order_by(MeetingSeries.id)))


def active_by_relationship(
    session: Session, owner_ids: Iterable[int], relationship_ids: Iterable[int]
) -> dict[int, list[MeetingSeries]]:
    """The live series of each relationship (the dispatcher's batch read), of `owner_ids`'
    only: scoped to the batch's owners like every read, not to the ids alone."""
    found: dict[int, list[MeetingSeries]] = {rid: [] for rid in relationship_ids}
    query = select(MeetingSeries).where(
        MeetingSeries.owner_id.in_(list(set(owner_ids))),
        MeetingSeries.relationship_id.in_(list(found)),
        MeetingSeries.active.is_(True),
    )
    for row in session.scalars(query.order_by(MeetingSeries.id)):
        found[row.relationship_id].append(row)
    return found


def owned_series(session: Session, owner: User, series_id: int) -> MeetingSeries | None:
    return session.scalars(
        select(MeetingSeries).where(
            MeetingSeries.id == series_id, MeetingSeries.owner_id == owner.id
        )
    ).one_or_none()


def skip_occurrence(row: MeetingSeries, start: datetime, *, now: datetime) -> None:
    spec = spec_of(row)
    write_spec(row, _with_skipped(spec, spec.skipped | {start}), now=now)


def unskip_occurrence(row: MeetingSeries, start: datetime, *, now: datetime) -> None:
    spec = spec_of(row)
    write_spec(row, _with_skipped(spec, spec.skipped - {start}), now=now)


def _with_skipped(spec: model.SeriesSpec, skipped: frozenset[datetime]) -> model.SeriesSpec:
    from dataclasses import replace

    return replace(spec, skipped=skipped)
