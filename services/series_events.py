"""What happens when a series is created, edited, skipped or cancelled, or settings change."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from coaching.model import NudgeSettings
from coaching.nudge_plan import HORIZON, plan_series
from services.actor import Actor
from storage import nudges as nudge_store
from storage import series as series_store
from storage.models import MeetingSeries
from storage.users import nudge_settings


def series_changed(actor: Actor, row: MeetingSeries) -> None:
    """Re-plan the series' pending nudges now, in the same transaction as the change."""
    replan_now(actor.db, row, nudge_settings(actor.user), now=actor.now)


def replan_now(
    session: Session, row: MeetingSeries, settings: NudgeSettings, *, now: datetime
) -> None:
    """Pending nudges made to match the series as it is now (none when it has ended); the
    calendar poll calls this for a 1:1 that moved, outside any listener."""
    session.flush()
    if not row.active:
        nudge_store.cancel_pending(session, row)
        row.planned_until = None
        return
    until = now + HORIZON
    plan = plan_series(series_store.spec_of(row), settings, now=now, until=until)
    nudge_store.replan(session, row, plan, window_start=now, planned_until=until)
