"""What happens when a series is created, edited, skipped or cancelled, or settings change."""

from __future__ import annotations

from coaching.nudge_plan import HORIZON, plan_series
from services.actor import Actor
from storage import nudges as nudge_store
from storage import series as series_store
from storage.models import MeetingSeries
from storage.users import nudge_settings


def series_changed(actor: Actor, row: MeetingSeries) -> None:
    """Re-plan the series' pending nudges now, in the same transaction as the change."""
    actor.db.flush()
    if not row.active:
        nudge_store.cancel_pending(actor.db, row)
        row.planned_until = None
        return
    until = actor.now + HORIZON
    plan = plan_series(
        series_store.spec_of(row), nudge_settings(actor.user), now=actor.now, until=until
    )
    nudge_store.replan(actor.db, row, plan, window_start=actor.now, planned_until=until)
