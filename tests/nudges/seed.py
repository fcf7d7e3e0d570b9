"""Bulk seeding of due nudges (Core inserts: thousands of rows in well under a second)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, insert, select

from coaching.timing import format_lead
from storage.models import MeetingSeries, Nudge, Relationship, User

TEAM = "T0000TEAM"


def seed_due_nudges(
    engine: Engine,
    *,
    count: int,
    due_at: datetime,
    users: int = 50,
    lead: timedelta = timedelta(hours=1),
) -> list[int]:
    """`count` before-nudges due at `due_at`, `lead` before their 1:1, spread over `users`
    users, quiet hours far away."""
    quiet_start = (due_at + timedelta(hours=12)).strftime("%H:%M")
    quiet_end = (due_at + timedelta(hours=13)).strftime("%H:%M")
    start = due_at + lead
    with engine.begin() as connection:
        connection.execute(
            insert(User),
            [
                {
                    "team_id": TEAM,
                    "user_id": f"USEED{u:05d}",
                    "tz": "UTC",
                    "tz_checked_at": due_at,
                    "tz_fallback_noted": False,
                    "lead_times": "1h",
                    "quiet_start": quiet_start,
                    "quiet_end": quiet_end,
                    "nudges_on": True,
                    "created_at": due_at,
                }
                for u in range(users)
            ],
        )
        user_ids = connection.execute(select(User.id).order_by(User.id)).scalars().all()[-users:]
        connection.execute(
            insert(Relationship),
            [
                {
                    "team_id": TEAM,
                    "owner_id": user_ids[i % users],
                    "counterpart_key": f"peer{i}",
                    "counterpart_name": f"Peer {i}",
                    "role": "manager",
                    "created_at": due_at,
                    "display_name_checked_at": due_at,
                }
                for i in range(count)
            ],
        )
        rel_ids = connection.execute(select(Relationship.id).order_by(Relationship.id)).scalars()
        rel_ids = rel_ids.all()[-count:]
        connection.execute(
            insert(MeetingSeries),
            [
                {
                    "team_id": TEAM,
                    "owner_id": user_ids[i % users],
                    "relationship_id": rel_ids[i],
                    "cadence": "once",
                    "on_date": start.date().isoformat(),
                    "local_time": start.strftime("%H:%M"),
                    "duration_minutes": 30,
                    "tz": "UTC",
                    "starts_on": due_at.date().isoformat(),
                    "skipped": "[]",
                    "active": True,
                    "planned_until": due_at + timedelta(days=30),
                    "created_at": due_at,
                    "updated_at": due_at,
                }
                for i in range(count)
            ],
        )
        series_ids = connection.execute(select(MeetingSeries.id).order_by(MeetingSeries.id))
        series_ids = series_ids.scalars().all()[-count:]
        occurrence = start.replace(second=0, microsecond=0)
        connection.execute(
            insert(Nudge),
            [
                {
                    "team_id": TEAM,
                    "owner_id": user_ids[i % users],
                    "series_id": series_ids[i],
                    "occurrence_start": occurrence,
                    "kind": f"before:{format_lead(lead)}",
                    "due_at": due_at,
                    "status": "pending",
                    "attempts": 0,
                }
                for i in range(count)
            ],
        )
        return (
            connection.execute(select(Nudge.id).where(Nudge.series_id.in_(series_ids)))
            .scalars()
            .all()
        )
