"""When the occurrences of a 1:1 series start, and how to say so in words.

A series lives in wall-clock time: "Tuesdays at 10:00 in New York". We therefore let dateutil's
`rrule` enumerate *naive local* datetimes (so 10:00 stays 10:00 across a DST change) and only then
attach the series' zone and convert to UTC, the form every stored or compared instant takes.

Wall times that a DST change makes odd are resolved by one rule, PEP 495 with `fold=0`:

* a local time that does not exist (the spring-forward gap, e.g. 02:30 on 8 Mar 2026 in New York)
  is read with the offset in force *before* the change, which moves it forward by the size of the
  gap (02:30 becomes 03:30 EDT). The meeting still happens that day, as late as the clock allows
  nothing earlier than the user asked for.
* a local time that happens twice (the fall-back overlap, e.g. 01:30 on 1 Nov 2026 in New York)
  takes the first of the two (01:30 EDT), so a nudge planned from it is never an hour late.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from dateutil.rrule import MONTHLY, WEEKLY, YEARLY, rrule, weekday

from coaching.model import CadenceKind, SeriesSpec

_T = TypeVar("_T")

DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}
FROM_CALENDAR = "from your calendar"

#: How far before `after` (in local days) the search starts. Any UTC offset is under a day, so
#: starting a day early can never miss a start that is later than `after` in absolute time.
_SEARCH_SLACK = timedelta(days=1)


def local_to_utc(local: datetime, tz: str | ZoneInfo) -> datetime:
    """Attach `tz` to a naive local datetime and return the instant in UTC.

    Uses the module's DST rule (see the module docstring): the `fold` of `local` decides, and the
    default `fold=0` moves a time in a gap forward by the gap and takes the first of two
    ambiguous times.
    """
    if local.tzinfo is not None:
        raise ValueError("local_to_utc expects a naive wall-clock datetime")
    zone = tz if isinstance(tz, ZoneInfo) else ZoneInfo(tz)
    return local.replace(tzinfo=zone).astimezone(UTC)


def occurrences(
    spec: SeriesSpec,
    *,
    after: datetime,
    until: datetime | None = None,
    limit: int = 10,
) -> list[datetime]:
    """The next `limit` starts (aware, UTC) strictly after `after`, skipped ones left out.

    `until` is inclusive, like rrule's own `until`. Skipped starts do not count toward `limit`.
    """
    require_aware(after, "after")
    if until is not None:
        require_aware(until, "until")
    if limit <= 0:
        return []
    found: list[datetime] = []
    for start in _starts_after(spec, after):
        if until is not None and start > until:
            break
        if start in spec.skipped:
            continue
        found.append(start)
        if len(found) == limit:
            break
    return found


def next_occurrence(spec: SeriesSpec, *, after: datetime) -> datetime | None:
    """The first start strictly after `after`, or None when the series has no more."""
    found = occurrences(spec, after=after, limit=1)
    return found[0] if found else None


def describe(spec: SeriesSpec) -> str:
    """One line for lists and confirmations, e.g. "Monthly on the last Fri at 15:30"."""
    cadence = spec.cadence
    if cadence.kind is CadenceKind.CALENDAR:
        return FROM_CALENDAR
    at = f"at {_hhmm(spec.local_time)}"
    if cadence.kind is CadenceKind.ONCE:
        return f"Once on {_day_text(_require(cadence.on, 'on'))} {at}"
    day = DAY_ABBR[_require(cadence.weekday, "weekday")]
    if cadence.kind is CadenceKind.WEEKLY:
        return f"Weekly on {day} {at}"
    if cadence.kind is CadenceKind.BIWEEKLY:
        return f"Every other {day} {at}"
    return f"Monthly on the {ORDINALS[_valid_nth(cadence.nth)]} {day} {at}"


def duration_text(duration: timedelta) -> str:
    """A meeting length in words: "30 min", "1 h", "1 h 30 min" (whole minutes, rounded down)."""
    if duration < timedelta(0):
        raise ValueError("a duration cannot be negative")
    hours, minutes = divmod(int(duration.total_seconds()) // 60, 60)
    parts = ([f"{hours} h"] if hours else []) + ([f"{minutes} min"] if minutes else [])
    return " ".join(parts) or "0 min"


# --- building blocks -------------------------------------------------------------------------


def _starts_after(spec: SeriesSpec, after: datetime) -> Iterator[datetime]:
    """Every start (UTC) strictly after `after`, in order, skipped ones included."""
    if spec.cadence.kind is CadenceKind.CALENDAR:
        yield from sorted(start for start, _ in spec.dated if start > after)
        return
    zone = ZoneInfo(spec.tz)
    search_from = after.astimezone(zone).replace(tzinfo=None, fold=0) - _SEARCH_SLACK
    previous: datetime | None = None
    for local in _rule(spec, search_from).xafter(search_from, inc=True):
        if spec.starts_on is not None and local.date() < spec.starts_on:
            continue  # only a one-off dated before the series' start can get here
        start = local_to_utc(local, zone)
        # Resolving a gap can never reorder two starts a week apart; the guard keeps the
        # "strictly increasing" promise explicit rather than assumed.
        if start > after and (previous is None or start > previous):
            previous = start
            yield start


def _rule(spec: SeriesSpec, search_from: datetime) -> rrule:
    """The dateutil rule that enumerates the series' naive local starts."""
    cadence = spec.cadence
    if cadence.kind is CadenceKind.ONCE:
        return _once_rule(spec)
    dtstart = datetime.combine(_first_day(spec, search_from), spec.local_time)
    day = _require(cadence.weekday, "weekday")
    if cadence.kind is CadenceKind.MONTHLY:
        return rrule(MONTHLY, dtstart=dtstart, byweekday=weekday(day, _valid_nth(cadence.nth)))
    interval = 2 if cadence.kind is CadenceKind.BIWEEKLY else 1
    # Weeks start on dtstart's own weekday, so the first matching day on or after dtstart is in
    # dtstart's week; with interval=2 that anchors biweekly parity at `starts_on` exactly.
    return rrule(WEEKLY, dtstart=dtstart, interval=interval, byweekday=day, wkst=dtstart.weekday())


def _once_rule(spec: SeriesSpec) -> rrule:
    """A one-off meeting, as a rule with a single start."""
    on = _require(spec.cadence.on, "on")
    return rrule(YEARLY, dtstart=datetime.combine(on, spec.local_time), count=1)


def _first_day(spec: SeriesSpec, search_from: datetime) -> date:
    """The local date the rule starts from.

    Biweekly must start at `starts_on` (it fixes which weeks are "on"). Weekly and monthly may
    start at the search point instead, which keeps an old series cheap to query.
    """
    if spec.cadence.kind is CadenceKind.BIWEEKLY:
        return _require(spec.starts_on, "starts_on (biweekly needs it to know which weeks)")
    if spec.starts_on is None:
        return search_from.date()
    return max(spec.starts_on, search_from.date())


def _valid_nth(nth: int | None) -> int:
    """Monthly position: 1..4 or -1 (last). A 5th weekday does not exist every month."""
    if nth not in ORDINALS:
        raise ValueError(f"monthly cadence needs nth in 1..4 or -1, got {nth!r}")
    return nth


def _require(value: _T | None, name: str) -> _T:
    """Fail loudly on a cadence that lacks the field its kind needs."""
    if value is None:
        raise ValueError(f"this cadence needs {name}")
    return value


def require_aware(instant: datetime, name: str) -> None:
    """Naive datetimes are ambiguous; refusing them keeps every comparison in absolute time."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")


def _hhmm(value: time | datetime) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def _day_text(day: date) -> str:
    """ "Tue 1 Dec": short, unambiguous within a year, the same on every platform."""
    return f"{DAY_ABBR[day.weekday()]} {day.day} {MONTH_ABBR[day.month - 1]}"


__all__ = [
    "describe",
    "duration_text",
    "local_to_utc",
    "next_occurrence",
    "occurrences",
    "require_aware",
]
