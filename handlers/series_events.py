"""What happens when a series is created, edited, skipped or cancelled."""

from __future__ import annotations

from handlers.actor import Actor
from storage.models import MeetingSeries


def series_changed(actor: Actor, row: MeetingSeries) -> None:
    """Re-plan the series' pending nudges (see storage.nudges); nothing else depends on it."""
    actor.db.flush()
