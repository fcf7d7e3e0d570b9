"""Nudges: the table that holds the truth about every scheduled DM.

Life of a nudge: `pending` (planned, waiting for its due time) → `sending` (claimed by one
instance) → `sent` | `failed` | `missed` | `cancelled`. A nudge goes back to `pending` with a later
due time when Slack rate-limits us, when delivery failed but may be retried, or when snoozed.

Claiming is one UPDATE … RETURNING: on PostgreSQL its inner SELECT takes `FOR UPDATE SKIP LOCKED`,
so instances never wait for nor take each other's rows; on SQLite the write lock (BEGIN IMMEDIATE)
makes the same statement a compare-and-set on `status = 'pending'`.

A claim lives as long as its instance: every dispatcher keeps a row in `dispatcher_heartbeats`
fresh (`beat`), and a `sending` nudge whose instance's heartbeat has expired — the process died
between claiming and recording — is claimable again by anyone (procrastinate's "stalled jobs"
and Airflow's scheduler heartbeat work the same way). Whoever takes it over first asks Slack
whether the DM went out (see bot.dispatcher), so a takeover never doubles a DM.

A snooze is a delivery of its own: a new row of kind `snooze:<id of the snoozed nudge>`, so the
snoozed card carries its own nudge id in its metadata and the "already posted?" check can tell
the two DMs apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, bindparam, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from storage.models import Base, DispatcherHeartbeat, MeetingSeries, Nudge, Relationship, User

PENDING, SENDING, SENT = "pending", "sending", "sent"
FAILED, MISSED, CANCELLED = "failed", "missed", "cancelled"

#: Kind prefix of a snoozed card's own delivery (the suffix is the snoozed nudge's id).
SNOOZE_PREFIX = "snooze:"


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
        if nudge.kind.startswith(SNOOZE_PREFIX):
            continue  # asked for by the user; delivery_verdict still drops it if need be
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


def drop_pending(session: Session, series: MeetingSeries) -> None:
    """Delete the series' nudges not sent yet: they were planned on a wrong premise (a time
    zone not yet read) and will be planned again, so nothing of them is worth keeping."""
    session.execute(delete(Nudge).where(Nudge.series_id == series.id, Nudge.status == PENDING))


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

    Claimable: pending nudges that are due; `sending` ones whose instance has no live heartbeat
    (it died mid-send); and `sending` ones of `instance` itself left over from an earlier tick
    (claimed before `now`) that could not record them — none of those is in flight, as a tick
    waits for its sends. Call in its own short transaction and commit at once, so other
    instances see the claim.
    """
    live = (
        select(DispatcherHeartbeat.instance)
        .where(DispatcherHeartbeat.expires_at >= now)
        .scalar_subquery()
    )

    def claimable(row):
        return or_(
            and_(row.status == PENDING, row.due_at <= now),
            and_(
                row.status == SENDING,
                or_(
                    row.claimed_by.not_in(live),
                    and_(row.claimed_by == instance, row.claimed_at < now),
                ),
            ),
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
        candidates = candidates.with_for_update(of=candidate, skip_locked=True)
    # A materialized CTE runs the LIMITed SELECT exactly once; as a plain IN (subquery)
    # PostgreSQL may rescan it and, with SKIP LOCKED, claim more than `limit` rows.
    chosen = candidates.cte("chosen").prefix_with("MATERIALIZED", dialect="postgresql")
    result = session.execute(
        update(Nudge)
        .where(Nudge.id.in_(select(chosen.c.id)), claimable(Nudge))
        .values(
            status=SENDING,
            claimed_by=instance,
            claimed_at=now,
            first_tried_at=func.coalesce(Nudge.first_tried_at, now),
            attempts=Nudge.attempts + 1,
        )
        .returning(Nudge.id)
        .execution_options(synchronize_session=False)
    )
    return sorted(result.scalars().all())


def beat(session: Session, *, instance: str, now: datetime, expires_at: datetime) -> None:
    """Say `instance` is alive until `expires_at` (insert or refresh its heartbeat row)."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(DispatcherHeartbeat).values(
        instance=instance, beat_at=now, expires_at=expires_at
    )
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[DispatcherHeartbeat.instance],
            set_={"beat_at": now, "expires_at": expires_at},
        )
    )


def forget_dead_instances(session: Session, *, now: datetime, keep: timedelta) -> None:
    """Drop heartbeats expired for longer than `keep`: a missing row means dead just the same."""
    session.execute(delete(DispatcherHeartbeat).where(DispatcherHeartbeat.expires_at < now - keep))


def claimed(session: Session, nudge_id: int, instance: str) -> Nudge | None:
    """The nudge, only while `instance` still holds its claim."""
    return session.scalars(
        select(Nudge).where(
            Nudge.id == nudge_id, Nudge.status == SENDING, Nudge.claimed_by == instance
        )
    ).one_or_none()


def claimed_many(
    session: Session, nudge_ids: Sequence[int], instance: str
) -> tuple[list[Nudge], list[Base]]:
    """The nudges among `nudge_ids` that `instance` still holds, and their series, owners and
    relationships, loaded in three more queries (a batch's reads, not three per nudge). Hold on
    to the second list while the batch is built: the session keeps its rows only while they are
    referenced, and `session.get` then finds them without a query."""
    if not nudge_ids:
        return [], []
    nudges = list(
        session.scalars(
            select(Nudge)
            .where(Nudge.id.in_(list(nudge_ids)), Nudge.status == SENDING)
            .where(Nudge.claimed_by == instance)
            .order_by(Nudge.id)
        )
    )
    series_ids = {nudge.series_id for nudge in nudges}
    series = list(session.scalars(select(MeetingSeries).where(MeetingSeries.id.in_(series_ids))))
    owners = {nudge.owner_id for nudge in nudges}
    users = list(session.scalars(select(User).where(User.id.in_(owners))))
    relationship_ids = {row.relationship_id for row in series}
    relationships = list(
        session.scalars(select(Relationship).where(Relationship.id.in_(relationship_ids)))
    )
    return nudges, [*series, *users, *relationships]


#: One row's "sent": run once per delivered nudge, as one executemany (one statement compiled
#: once, its values bound): a single UPDATE whose CASE named every nudge of the batch cost more
#: to build in Python (200 literals, twice) than all the rows cost the database.
_MARK_SENT = (
    update(Nudge.__table__)
    .where(
        Nudge.__table__.c.id == bindparam("sent_id"),
        Nudge.__table__.c.status == SENDING,
        Nudge.__table__.c.claimed_by == bindparam("holder"),
    )
    .values(
        status=SENT,
        slack_channel=bindparam("sent_channel"),
        slack_ts=bindparam("sent_ts"),
        sent_at=bindparam("sent_now"),
        last_error=None,
    )
)


def record_sent_many(
    session: Session, sent: dict[int, tuple[str, str]], instance: str, *, now: datetime
) -> set[int]:
    """`record_sent` for many nudges (`sent`: nudge id → (channel, ts)), only those `instance`
    still holds; returns their ids.

    The ids are read back after the writes, in the same transaction: a row this instance
    marked is `sent` and still claimed by it, and a row it lost (taken over by another
    instance, or put back to pending) is claimed by someone else or by nobody, so the read
    names exactly the rows written."""
    if not sent:
        return set()
    session.connection().execute(
        _MARK_SENT,
        [
            {"sent_id": i, "holder": instance, "sent_channel": channel, "sent_ts": ts,
             "sent_now": now}
            for i, (channel, ts) in sent.items()
        ],
    )  # fmt: skip
    return set(
        session.scalars(
            select(Nudge.id).where(
                Nudge.id.in_(list(sent)), Nudge.status == SENT, Nudge.claimed_by == instance
            )
        )
    )


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


def snooze(session: Session, nudge: Nudge, *, due_at: datetime) -> None:
    """Send `nudge`'s card again at `due_at`, as a new delivery with its own id.

    Keyed by the snoozed nudge, so pressing Snooze twice on one card queues one card, while the
    snoozed card can itself be snoozed.
    """
    row = {
        "team_id": nudge.team_id,
        "owner_id": nudge.owner_id,
        "series_id": nudge.series_id,
        "occurrence_start": nudge.occurrence_start,
        "kind": f"{SNOOZE_PREFIX}{nudge.id}",
        "due_at": due_at,
        "status": PENDING,
        "attempts": 0,
    }
    _insert_ignoring_duplicates(session, [row])


def owned_nudge(session: Session, owner_id: int, nudge_id: int) -> Nudge | None:
    return session.scalars(
        select(Nudge).where(Nudge.id == nudge_id, Nudge.owner_id == owner_id)
    ).one_or_none()
