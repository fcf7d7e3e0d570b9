"""Which events in a user's calendar are their 1:1s, and when each one happens.

The calendar's own rules (RRULE, EXDATE, RDATE, moved occurrences via RECURRENCE-ID, time zones,
Google's X-WR-TIMEZONE) are read by `icalendar`, `recurring-ical-events` and `x-wr-timezone`;
this module only decides what counts as a 1:1:

* an event with exactly two people on it, the user and one other, or
* a title that says so ("1:1", "1-1", "1on1", "one on one", or "Alice / Dana" with the user's
  name on one side).

Everything else with a time is a *group meeting*, which the user may mark as a 1:1 from the list.
All-day events are never meetings. An occurrence the user declined, or that the organiser
cancelled, has no meeting (and so no nudges).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from coaching.errors import InputError

#: How far ahead occurrences are read: beyond the nudge horizon (14 days) with room to spare.
WINDOW = timedelta(days=42)
#: A calendar with more occurrences than this in the window is not a person's calendar.
MAX_OCCURRENCES = 5000

_ONE_ON_ONE = re.compile(
    r"(?<![\w:])(1\s*[:\-]\s*1|1\s*on\s*1|1o1|one[\s\-]on[\s\-]one)(?!\w)", re.IGNORECASE
)
_BETWEEN_NAMES = re.compile(
    r"^\s*([^\W\d_][\w.\-']*)\s*(?:/|<>|<->|&|\+|\||x|and|-)\s*"
    r"([^\W\d_][\w.\-']*)\s*$",
    re.IGNORECASE,
)
_FILLER = re.compile(r"^[\s:\-–—|/,(]*(?:with\s+)?|[\s:\-–—|/,)]*$", re.IGNORECASE)
_NOT_PEOPLE = {"ROOM", "RESOURCE"}


class FeedError(InputError):
    """A calendar we cannot read; `problem` says why in words the user can act on."""


@dataclass(frozen=True)
class Attendee:
    email: str | None
    name: str | None
    partstat: str | None = None


@dataclass(frozen=True)
class Occurrence:
    """One timed happening of one event, as the calendar says it is now."""

    uid: str
    title: str
    start: datetime  # UTC
    duration: timedelta
    attendees: tuple[Attendee, ...] = ()
    organizer: str | None = None
    all_day: bool = False
    cancelled: bool = False


@dataclass(frozen=True)
class Me:
    """Who the calendar belongs to: their e-mail addresses and name, lower-cased."""

    emails: frozenset[str] = frozenset()
    name: str | None = None


@dataclass(frozen=True)
class FoundMeeting:
    """One calendar event (all its occurrences) that is a 1:1 or a group meeting."""

    uid: str
    title: str
    is_group: bool
    counterpart_email: str | None = None
    counterpart_name: str | None = None
    #: (start UTC, duration) of each occurrence that will happen with the user in it.
    starts: tuple[tuple[datetime, timedelta], ...] = field(default_factory=tuple)


# --- reading ---------------------------------------------------------------------------------


def read_calendar(
    data: bytes | str, *, start: datetime, end: datetime, tz: str
) -> list[Occurrence]:
    """Every occurrence between `start` and `end` of every event in an iCalendar document.

    `tz` is the user's zone, used for "floating" times that carry no zone of their own.
    Raises FeedError when `data` is not iCalendar.
    """
    import icalendar
    import recurring_ical_events
    import x_wr_timezone

    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    if "BEGIN:VCALENDAR" not in text[:4096].upper():
        raise FeedError(
            "That address doesn't return a calendar (iCalendar) — it looks like a web page or "
            "something else. Use the calendar's *secret address in iCal format* (it usually "
            "ends in `.ics`)."
        )
    if "END:VCALENDAR" not in text[-4096:].upper():
        # Cut off in transit: reading it anyway would make every later event look cancelled.
        raise FeedError("Your calendar arrived cut off, so I kept the last complete copy.")
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
        occurrences: list[Occurrence] = []
        for calendar in calendars:
            standard = x_wr_timezone.to_standard(calendar)
            query = recurring_ical_events.of(standard, skip_bad_series=True)
            for event in query.between(start, end):
                occurrences.append(_occurrence(event, ZoneInfo(tz)))
                if len(occurrences) > MAX_OCCURRENCES:
                    raise FeedError(
                        f"That calendar has more than {MAX_OCCURRENCES} events in the next "
                        "six weeks, which is more than I can follow. Connect your own calendar."
                    )
    except FeedError:
        raise
    except Exception as error:  # the libraries raise many kinds of errors on broken input
        raise FeedError(
            "That calendar is damaged, so I couldn't read it "
            f"({type(error).__name__}). Check the address, or export it again."
        ) from None
    return occurrences


def _occurrence(event, zone: ZoneInfo) -> Occurrence:
    raw_start = event.decoded("DTSTART")
    all_day = not isinstance(raw_start, datetime)
    if all_day:
        start = datetime.combine(raw_start, datetime.min.time(), zone)
        duration = timedelta(days=1)
    else:
        start = raw_start if raw_start.tzinfo else raw_start.replace(tzinfo=zone)
        duration = _duration(event, raw_start)
    attendees = tuple(_attendee(a) for a in _as_list(event.get("ATTENDEE")))
    organizer = event.get("ORGANIZER")
    return Occurrence(
        uid=str(event.get("UID") or ""),
        title=str(event.get("SUMMARY") or "").strip(),
        start=start.astimezone(UTC),
        duration=duration,
        attendees=tuple(a for a in attendees if a is not None),
        organizer=_email(organizer) if organizer else None,
        all_day=all_day,
        cancelled=str(event.get("STATUS") or "").upper() == "CANCELLED",
    )


def _duration(event, start: datetime) -> timedelta:
    if event.get("DTEND") is not None:
        end = event.decoded("DTEND")
        if isinstance(end, datetime):
            end = end if end.tzinfo or not start.tzinfo else end.replace(tzinfo=start.tzinfo)
            return max(end - start, timedelta(0))
    if event.get("DURATION") is not None:
        return event.decoded("DURATION")
    return timedelta(0)


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _attendee(value) -> Attendee | None:
    params = getattr(value, "params", {}) or {}
    if str(params.get("CUTYPE", "")).upper() in _NOT_PEOPLE:
        return None
    return Attendee(
        email=_email(value),
        name=(str(params.get("CN")).strip() or None) if params.get("CN") else None,
        partstat=str(params.get("PARTSTAT", "")).upper() or None,
    )


def _email(value) -> str | None:
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.lower() or None


# --- deciding --------------------------------------------------------------------------------


def find_meetings(occurrences: Iterable[Occurrence], me: Me) -> list[FoundMeeting]:
    """The 1:1s and group meetings among `occurrences`, one per event (UID), by first start.

    Whether an event is a 1:1 is decided on its first occurrence in the window (the series as a
    whole); which occurrences count is decided one by one (moved, cancelled, declined).
    """
    by_uid: dict[str, list[Occurrence]] = {}
    for occurrence in sorted(occurrences, key=lambda o: o.start):
        if occurrence.all_day or not occurrence.uid:
            continue
        by_uid.setdefault(occurrence.uid, []).append(occurrence)
    found = []
    for uid, series in by_uid.items():
        first = series[0]
        who = me
        if not me.emails and first.organizer:  # not knowing the user, the organiser stands in
            who = Me(frozenset({first.organizer}), me.name)
        counterpart = one_on_one_with(first, who)
        starts = tuple(
            (o.start, o.duration) for o in series if not o.cancelled and not declined(o, who)
        )
        is_group = counterpart is None
        email, name = _likely_host(first, who) if is_group else counterpart
        found.append(FoundMeeting(uid, first.title, is_group, email, name, starts))
    return found


def _likely_host(event: Occurrence, me: Me) -> tuple[str | None, str | None]:
    """Who a group meeting would be a 1:1 with if the user marks it so: the organiser when it
    is someone else, else the first other attendee; with nobody listed, the title itself."""
    others = [a for a in event.attendees if not _is_me(a, me)]
    host = next((a for a in others if a.email == event.organizer), others[0] if others else None)
    if host is None:
        return None, event.title[:64] or None
    return host.email, host.name or _name_from_email(host.email)


def one_on_one_with(event: Occurrence, me: Me) -> tuple[str | None, str | None] | None:
    """(email, name) of the other person when `event` is a 1:1, else None."""
    others = [a for a in event.attendees if not _is_me(a, me)]
    if len(event.attendees) in (1, 2) and len(others) == 1 and _two_people(event, me):
        return others[0].email, others[0].name or _name_from_email(others[0].email)
    if not _ONE_ON_ONE.search(event.title) and not _between(event.title, me):
        return None
    if len(others) == 1:
        return others[0].email, others[0].name or _name_from_email(others[0].email)
    name = _name_in_title(event.title, me)
    return (None, name) if name and not others else None


def declined(event: Occurrence, me: Me) -> bool:
    return any(_is_me(a, me) and a.partstat == "DECLINED" for a in event.attendees)


def _two_people(event: Occurrence, me: Me) -> bool:
    """Exactly the user and one other: the user is listed, or organised it."""
    if len(event.attendees) == 1:
        return event.organizer is not None and event.organizer in me.emails
    return any(_is_me(a, me) for a in event.attendees)


def _is_me(attendee: Attendee, me: Me) -> bool:
    return attendee.email is not None and attendee.email in me.emails


def _between(title: str, me: Me) -> bool:
    match = _BETWEEN_NAMES.match(title)
    if not match or not me.name:
        return False
    first_name = me.name.split()[0].lower()
    return first_name in {match.group(1).lower(), match.group(2).lower()}


def _name_in_title(title: str, me: Me) -> str | None:
    """The counterpart named in a title: "1:1 with Dana", "Dana <> Alice", "Dana 1:1"."""
    match = _BETWEEN_NAMES.match(title)
    if match and me.name:
        first_name = me.name.split()[0].lower()
        names = [match.group(1), match.group(2)]
        others = [n for n in names if n.lower() != first_name]
        return others[0] if len(others) == 1 else None
    rest = _ONE_ON_ONE.sub(" ", title)
    rest = _FILLER.sub("", rest).strip()
    if me.name:
        rest = re.sub(rf"\b{re.escape(me.name.split()[0])}\b", "", rest, flags=re.I)
        rest = _FILLER.sub("", rest.strip()).strip(" /&+|-")
    words = rest.split()
    return " ".join(words)[:64] if 0 < len(words) <= 4 else None


def _name_from_email(email: str | None) -> str | None:
    if not email:
        return None
    local = email.split("@")[0]
    return " ".join(part.capitalize() for part in re.split(r"[._\-+]", local) if part) or None


def window(now: datetime) -> tuple[datetime, datetime]:
    """The span of the calendar that is read on each poll."""
    return now - timedelta(hours=1), now + WINDOW


def mask_url(url: str) -> str:
    """`https://calendar.example.com/…/basic.ics`-like text: the host and the last few
    characters, enough to recognise, never enough to use."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "file":
        return "a local file …" + parts.path.rsplit("/", 1)[-1][-24:]
    host = parts.hostname or "?"
    tail = url.rstrip("/")[-4:]
    return f"{parts.scheme}://{host}/…{tail}"
