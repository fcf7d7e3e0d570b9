"""Nudges: the table that holds the truth about every scheduled DM.

Life of a nudge: `pending` (planned, waiting for its due time) → `sending` (claimed by one
instance) → `sent` | `failed` | `missed` | `cancelled`. A nudge goes back to `pending` with a later
due time when Slack rate-limits us, when delivery failed but may be retried, or when snoozed.

Claiming is one UPDATE … RETURNING: on PostgreSQL its inner SELECT takes `FOR UPDATE SKIP LOCKED`,
so instances never wait for nor take each other's rows; on SQLite the write lock (BEGIN IMMEDIATE)
makes the same statement a compare-and-set on `status = 'pending'`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from storage.models import MeetingSeries, Nudge

PENDING, SENDING, SENT = "pending", "sending", "sent"
FAILED, MISSED, CANCELLED = "failed", "missed", "cancelled"

#: A claim older than this is presumed dead (its process stopped between claim and record).
LEASE = timedelta(minutes=2)


def planned_rows(
    series: MeetingSeries, plan: Iterable[tuple[datetime, str, datetime]]
) -> list[dict]:
    """Rows for `(occurrence_start, kind, due_at)` triples of one series."""
    return [
        {
            "team_id": series.team_id,
            "owner_id": series.owner_id,
            "series_id": series.id,
            "occurrence_start": start,
            "kind": kind,
            "due_at": due_at,
            "status": PENDING,
            "attempts": 0,
        }
        for start, kind, due_at in plan
    ]


def replan(
    session: Session,
    series: MeetingSeries,
    plan: Sequence[tuple[datetime, str, datetime]],
    *,
    window_start: datetime,
    planned_until: datetime,
) -> None:
    """Make the series' pending nudges in [window_start, planned_until) match `plan`.

    New ones are inserted (idempotently, by the unique key), moved ones get their new due time,
    and pending ones that are no longer planned (skipped, cancelled, edited away, nudges off)
    are cancelled. Sent ones are never touched.
    """
    wanted = {(start, kind): due for start, kind, due in plan}
    existing = session.scalars(
        select(Nudge).where(
            Nudge.series_id == series.id,
            Nudge.occurrence_start >= window_start,
            Nudge.occurrence_start < planned_until,
        )
    ).all()
    for nudge in existing:
        due = wanted.pop((nudge.occurrence_start, nudge.kind), None)
        if nudge.status == PENDING and due is None:
            nudge.status = CANCELLED
        elif nudge.status in (PENDING, CANCELLED) and due is not None:
            nudge.status, nudge.due_at = PENDING, due
    if wanted:
        _insert_ignoring_duplicates(
            session, planned_rows(series, [(s, k, d) for (s, k), d in wanted.items()])
        )
    series.planned_until = planned_until


def extend_plan(
    session: Session,
    series: MeetingSeries,
    plan: Sequence[tuple[datetime, str, datetime]],
    *,
    planned_until: datetime,
) -> None:
    """Add the nudges of `plan` that do not exist yet; existing ones (snoozed, rate-limited,
    sent) are left as they are. For the periodic look-ahead, when nothing has changed."""
    if plan:
        _insert_ignoring_duplicates(session, planned_rows(series, plan))
    series.planned_until = planned_until


def cancel_pending(session: Session, series: MeetingSeries) -> None:
    session.execute(
        update(Nudge)
        .where(Nudge.series_id == series.id, Nudge.status == PENDING)
        .values(status=CANCELLED)
    )


def _insert_ignoring_duplicates(session: Session, rows: list[dict]) -> None:
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(Nudge).on_conflict_do_nothing(), rows)


def series_needing_plan(
    session: Session, *, before: datetime, limit: int, team_id: str | None = None
) -> list[MeetingSeries]:
    """Active series whose nudge plan ends before `before` (or was never made), of `team_id`
    only when given: one installation serves one workspace (README: One workspace)."""
    query = (
        select(MeetingSeries)
        .where(
            MeetingSeries.active.is_(True),
            or_(MeetingSeries.planned_until.is_(None), MeetingSeries.planned_until < before),
        )
        .order_by(MeetingSeries.planned_until.nulls_first(), MeetingSeries.id)
        .limit(limit)
    )
    if team_id is not None:
        query = query.where(MeetingSeries.team_id == team_id)
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return list(session.scalars(query))


def claim_due(
    session: Session, *, now: datetime, instance: str, limit: int, team_id: str | None = None
) -> list[int]:
    """Claim up to `limit` due nudges for `instance` (of `team_id` when given); returns their ids.

    Pending nudges that are due, and `sending` ones whose claim is older than LEASE (their
    instance died), are both claimable. Call in its own short transaction and commit at once,
    so other instances see the claim.
    """

    def claimable(row):
        return or_(
            and_(row.status == PENDING, row.due_at <= now),
            and_(row.status == SENDING, row.claimed_at < now - LEASE),
        )

    # An alias, so the inner SELECT is not correlated with the UPDATE's own row (which would
    # silently drop the LIMIT and claim everything due in one go).
    candidate = aliased(Nudge)
    candidates = (
        select(candidate.id).where(claimable(candidate)).order_by(candidate.due_at).limit(limit)
    )
    if team_id is not None:
        candidates = candidates.where(candidate.team_id == team_id)
    if session.get_bind().dialect.name == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True)
    # A materialized CTE runs the LIMITed SELECT exactly once; as a plain IN (subquery)
    # PostgreSQL may rescan it and, with SKIP LOCKED, claim more than `limit` rows.
    chosen = candidates.cte("chosen").prefix_with("MATERIALIZED", dialect="postgresql")
    result = session.execute(
        update(Nudge)
        .where(Nudge.id.in_(select(chosen.c.id)), claimable(Nudge))
        .values(status=SENDING, claimed_by=instance, claimed_at=now, attempts=Nudge.attempts + 1)
        .returning(Nudge.id)
        .execution_options(synchronize_session=False)
    )
    return sorted(result.scalars().all())


def claimed(session: Session, nudge_id: int, instance: str) -> Nudge | None:
    """The nudge, only while `instance` still holds its claim."""
    return session.scalars(
        select(Nudge).where(
            Nudge.id == nudge_id, Nudge.status == SENDING, Nudge.claimed_by == instance
        )
    ).one_or_none()


def record_sent(nudge: Nudge, *, channel: str, ts: str, now: datetime) -> None:
    nudge.status, nudge.slack_channel, nudge.slack_ts, nudge.sent_at = SENT, channel, ts, now
    nudge.last_error = None


def record_retry(
    nudge: Nudge, *, due_at: datetime, reason: str, counts_as_attempt: bool = True
) -> None:
    """Back to pending for a later try. A rate limit is not a failed attempt."""
    nudge.status, nudge.due_at, nudge.last_error = PENDING, due_at, reason[:255]
    nudge.claimed_by = nudge.claimed_at = None
    if not counts_as_attempt:
        nudge.attempts = max(0, nudge.attempts - 1)


def record_final(nudge: Nudge, status: str, *, reason: str | None = None) -> None:
    nudge.status, nudge.last_error = status, reason[:255] if reason else None


def owned_nudge(session: Session, owner_id: int, nudge_id: int) -> Nudge | None:
    return session.scalars(
        select(Nudge).where(Nudge.id == nudge_id, Nudge.owner_id == owner_id)
    ).one_or_none()
