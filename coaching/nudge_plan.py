"""Which nudges a series should have: occurrences × lead times, around quiet hours."""

from __future__ import annotations

from datetime import datetime, timedelta

from coaching.model import NudgeSettings, SeriesSpec
from coaching.recurrence import occurrences
from coaching.timing import AFTER_KIND, in_quiet_hours, plan_nudges

#: How far ahead nudge rows are made; a series is planned again when less than
#: REPLAN_WITHIN of its plan is left (more than the longest lead time, 7 days).
HORIZON = timedelta(days=14)
REPLAN_WITHIN = timedelta(days=8)
#: An after-meeting nudge later than this is no longer worth sending.
AFTER_STALE = timedelta(hours=24)

Planned = tuple[datetime, str, datetime]  # (occurrence start, kind, due at), all UTC


def plan_series(
    spec: SeriesSpec, settings: NudgeSettings, *, now: datetime, until: datetime
) -> list[Planned]:
    """Nudges for the occurrences starting in (now, until]."""
    plan: list[Planned] = []
    for start in occurrences(spec, after=now, until=until, limit=500):
        for nudge in plan_nudges(start, spec.duration_at(start), settings, spec.tz):
            plan.append((start, nudge.kind, nudge.due_at))
    return plan


def delivery_verdict(
    *,
    kind: str,
    occurrence_start: datetime,
    duration: timedelta,
    skipped: bool,
    active: bool,
    settings: NudgeSettings,
    tz: str,
    now: datetime,
) -> str:
    """What to do with a due nudge right now: "send", "cancelled", "missed" or "later".

    Checked again at delivery because the plan may be older than the user's last change, and
    because after downtime the world has moved on: a prep card for a meeting that has started
    is useless, so it is marked missed rather than sent late.
    """
    if not active or skipped or not settings.nudges_on:
        return "cancelled"
    if kind == AFTER_KIND:
        if now > occurrence_start + duration + AFTER_STALE:
            return "missed"
    elif now >= occurrence_start:
        return "missed"
    if in_quiet_hours(now, settings, tz):
        return "later"
    return "send"
