"""When to nudge the user about one occurrence, and how to say when a meeting is.

Rules (design §2 and the nudge issue), in the order they are applied:

* Nothing at all when the user turned nudges off.
* One before-nudge per lead time, due `start - lead`, whose kind is `before:<lead>` (e.g.
  `before:1h`). The kind names the *configured* lead, never the moved time, because it is part of
  the nudge's unique key in the database and must not change when quiet hours move the nudge.
* One after-nudge, kind `after`, due 15 minutes after the meeting ends.
* Quiet hours are local wall-clock times `[quiet_start, quiet_end)`; a window with start after end
  wraps midnight (20:00-08:00), equal start and end means no quiet hours.
* A before-nudge inside quiet hours moves EARLIER to the last minute before those quiet hours
  began (20:00 -> 19:59), provided that minute is still on the same local day as the original due
  time. Moving across midnight is judged undesirable: a "1h before" card would arrive the evening
  before, which is neither what the lead asks for nor restful. In that case (the early-morning
  part of a wrapping window) it moves LATER to the minute quiet hours end, if that is still before
  the start. Otherwise it is DROPPED: a prep card after the meeting started is useless, and the
  user can still ask for it with `/oneonone prep`. Example: a 08:00 meeting with the default
  settings (lead 1h, quiet 20:00-08:00) gets no before-nudge; one at 08:30 gets it at 08:00.
* The after-nudge inside quiet hours moves LATER, to the minute quiet hours end.
* Before-nudges that land on the same instant collapse to one; the longest lead's kind is kept.

Moved instants are computed in the user's zone with the recurrence module's DST rule, and every
candidate is checked against the rules above before it is used, so an odd DST day can only make a
nudge drop, never land in quiet hours or after the start.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coaching.errors import InputError
from coaching.model import NudgeSettings
from coaching.recurrence import DAY_ABBR, MONTH_ABBR, local_to_utc, require_aware
from coaching.when import format_length, parse_duration

AFTER_KIND = "after"
BEFORE_PREFIX = "before:"
#: How long after the meeting ends the "How did it go?" nudge is due.
AFTER_DELAY = timedelta(minutes=15)
#: The step a nudge moved earlier keeps from the start of quiet hours (20:00 -> 19:59).
EARLIER_MARGIN = timedelta(minutes=1)

_LEAD_EXAMPLE = "/oneonone settings lead 1d,1h"


@dataclass(frozen=True)
class PlannedNudge:
    """A nudge to store: `kind` is part of its unique key, `due_at` is an aware UTC instant."""

    kind: str  # "before:1h", "before:1d", "after"
    due_at: datetime


def plan_nudges(
    start: datetime, duration: timedelta, settings: NudgeSettings, tz: str
) -> list[PlannedNudge]:
    """Every nudge for one occurrence, sorted by due time (see the module docstring)."""
    require_aware(start, "start")
    if not settings.nudges_on:
        return []
    zone = ZoneInfo(tz)
    start = start.astimezone(UTC)
    befores = (_before(start, lead, settings, zone) for lead in sorted(settings.lead_times)[::-1])
    planned = _collapse(n for n in befores if n is not None)
    planned.append(_after(start + duration, settings, zone))
    return sorted(planned, key=lambda n: (n.due_at, n.kind))


def in_quiet_hours(instant: datetime, settings: NudgeSettings, tz: str | ZoneInfo) -> bool:
    """Whether the user's local wall-clock time at `instant` is inside their quiet hours."""
    require_aware(instant, "instant")
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    wall = instant.astimezone(zone).time().replace(tzinfo=None, fold=0)
    begin, end = settings.quiet_start, settings.quiet_end
    if begin == end:
        return False
    if begin < end:
        return begin <= wall < end
    return wall >= begin or wall < end


def format_lead(lead: timedelta) -> str:
    """A lead time in its canonical short form: "1d", "1h", "30m", "1h30m" (inverse of parse)."""
    minutes, rest = divmod(lead, timedelta(minutes=1))
    if minutes <= 0 or rest:
        raise ValueError(f"a lead time is a positive whole number of minutes, got {lead!r}")
    return format_length(lead)


def parse_lead(text: str) -> timedelta:
    """Read a lead time the user typed ("1h", "1d", "30m", "1h30m"; also "90m", "1H")."""
    try:
        lead = parse_duration(text, bare_minutes=False) if text.strip() else timedelta(0)
    except InputError as error:
        raise InputError(error.problem, _LEAD_EXAMPLE) from None
    if lead <= timedelta(0):
        raise InputError("A lead time must be longer than zero.", _LEAD_EXAMPLE)
    return lead


def days_until(start: datetime, now: datetime, tz: str | None = None) -> int:
    """Calendar days from today to the meeting's day on the user's clock (the zone `tz`, else
    the zone of `now`): the one count a card says, so the header's "in 14 days" and a reason's
    "the 1:1 is 14 days away" never disagree."""
    zone = ZoneInfo(tz) if tz else now.tzinfo
    return (start.astimezone(zone).date() - now.astimezone(zone).date()).days


def when_text(start: datetime, now: datetime, tz: str) -> str:
    """The prep card's "when": "today 15:30, in 25 min", "Mon 7 Dec 10:00, in 12 days" ..."""
    require_aware(start, "start")
    require_aware(now, "now")
    if start <= now:
        return _started_text(now - start)
    zone = ZoneInfo(tz)
    local, today = start.astimezone(zone), now.astimezone(zone).date()
    day = _day_label(local.date(), today)
    return f"{day} {local:%H:%M}, {_until_text(start - now, days_until(start, now, tz))}"


# --- planning --------------------------------------------------------------------------------


def _before(
    start: datetime, lead: timedelta, settings: NudgeSettings, zone: ZoneInfo
) -> PlannedNudge | None:
    """The before-nudge for one lead, moved out of quiet hours, or None when it must drop."""
    kind = BEFORE_PREFIX + format_lead(lead)
    due = start - lead
    if not in_quiet_hours(due, settings, zone):
        return PlannedNudge(kind, due) if due < start else None
    # Earlier or later, whichever is nearer the intended time: an 08:00 meeting's 1h nudge goes
    # out at 19:59 the evening before, an 08:30 meeting's at 08:00 sharp.
    candidates = [
        moved
        for moved in (_earlier(due, settings, zone), _quiet_end(due, settings, zone))
        if moved is not None and moved < start and not in_quiet_hours(moved, settings, zone)
    ]
    if not candidates:
        return None
    return PlannedNudge(kind, min(candidates, key=lambda moved: abs(moved - due)))


def _after(end: datetime, settings: NudgeSettings, zone: ZoneInfo) -> PlannedNudge:
    """The "How did it go?" nudge: 15 minutes after the end, or when quiet hours are over."""
    due = end + AFTER_DELAY
    if in_quiet_hours(due, settings, zone):
        due = _quiet_end(due, settings, zone) or due
    return PlannedNudge(AFTER_KIND, due)


def _earlier(due: datetime, settings: NudgeSettings, zone: ZoneInfo) -> datetime | None:
    """The last minute before the quiet hours around `due` began."""
    began = [t for t in _wall_instants(settings.quiet_start, due, zone, (-1, 0)) if t <= due]
    return max(began) - EARLIER_MARGIN if began else None


def _quiet_end(due: datetime, settings: NudgeSettings, zone: ZoneInfo) -> datetime | None:
    """The first instant after `due` at which the quiet hours around it are over."""
    ends = _wall_instants(settings.quiet_end, due, zone, (0, 1, 2))
    free = [t for t in ends if t > due and not in_quiet_hours(t, settings, zone)]
    return min(free, default=None)


def _wall_instants(
    wall: time, around: datetime, zone: ZoneInfo, day_offsets: Iterable[int]
) -> list[datetime]:
    """The UTC instants the wall time `wall` names on local days near `around`.

    Both folds are included, so a wall time that happens twice on a fall-back day yields both.
    """
    day = around.astimezone(zone).date()
    walls = [datetime.combine(day + timedelta(days=offset), wall) for offset in day_offsets]
    return sorted({local_to_utc(w.replace(fold=fold), zone) for w in walls for fold in (0, 1)})


def _collapse(nudges: Iterable[PlannedNudge]) -> list[PlannedNudge]:
    """Keep the first nudge for each instant (callers pass the longest lead first)."""
    kept: dict[datetime, PlannedNudge] = {}
    for nudge in nudges:
        kept.setdefault(nudge.due_at, nudge)
    return list(kept.values())


# --- wording ---------------------------------------------------------------------------------


def _day_label(day: date, today: date) -> str:
    """ "today", "tomorrow", a weekday within the week, else a date (with the year if not this)."""
    ahead = (day - today).days
    if ahead == 0:
        return "today"
    if ahead == 1:
        return "tomorrow"
    weekday = DAY_ABBR[day.weekday()]
    if ahead < 7:
        return weekday
    year = f" {day.year}" if day.year != today.year else ""
    return f"{weekday} {day.day} {MONTH_ABBR[day.month - 1]}{year}"


def _until_text(left: timedelta, days: int) -> str:
    """ "in 25 min" (rounded up: never promise more time than there is), "in 18 h", "in 12 days"."""
    minutes = math.ceil(left / timedelta(minutes=1))
    if minutes < 60:
        return f"in {minutes} min"
    if left < timedelta(hours=48):
        return f"in {math.floor(minutes / 60 + 0.5)} h"
    return f"in {_plural(days, 'day')}"


def _started_text(ago: timedelta) -> str:
    """ "starting now", "started 5 min ago", "started 2 h ago", "started 3 days ago"."""
    minutes = int(ago / timedelta(minutes=1))
    if minutes < 1:
        return "starting now"
    if minutes < 60:
        return f"started {minutes} min ago"
    if minutes < 48 * 60:
        return f"started {minutes // 60} h ago"
    return f"started {_plural(minutes // (24 * 60), 'day')} ago"


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def quiet_ends_after(instant: datetime, settings: NudgeSettings, tz: str) -> datetime | None:
    """The first moment after `instant` when the user's quiet hours are over."""
    return _quiet_end(instant, settings, ZoneInfo(tz))
