"""Reading days, dates, clock times and durations the way people type them in Slack.

Each reader takes one already-split piece of text and either returns a value or raises an
`InputError` whose `problem` quotes what it could not read. The command parser adds the example,
because only it knows which command the user was writing.
"""

from __future__ import annotations

import difflib
import re
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from coaching.errors import InputError
from coaching.slacktext import escape

DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Every spelling of a weekday we accept, mapped to its number (0 = Monday).
_DAYS: dict[str, int] = {}
for _number, _name in enumerate(DAY_NAMES):
    for _spelling in (_name, _name[:3], _name + "s"):
        _DAYS[_spelling] = _number
_DAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})

#: Which week of the month, for `monthly <nth> <day>`; -1 is the last.
_NTH: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": -1,
}

_CLOCK = re.compile(
    r"(?P<hour>[0-9]{1,2})(?:[:.](?P<minute>[0-9]{2}))?\s*(?P<half>[ap]\.?m\.?|[ap])?",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_DURATION_PART = re.compile(
    r"\s*([0-9]{1,4}(?:\.[0-9]{1,2})?)\s*"
    r"(days?|d|hours?|hrs?|h|minutes?|mins?|m)(?![a-z])",
    re.IGNORECASE,
)
_UNIT_MINUTES = {"d": 24 * 60, "h": 60, "m": 1}

#: The longest word we quote back; anything longer is cut so a reply stays short.
_QUOTE_MAX = 30


def quote(word: str) -> str:
    """A user's word, shortened, escaped and set in code style, for an error message."""
    word = " ".join(word.split()).replace("`", "'")
    if len(word) > _QUOTE_MAX:
        word = word[: _QUOTE_MAX - 1] + "…"
    return f"`{escape(word)}`"


def suggest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """The closest known word to a typo, if one is close enough to be a likely intent."""
    matches = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def parse_day(word: str) -> int:
    """A weekday name (`tue`, `Tuesday`, `thurs`) as 0..6 with Monday = 0."""
    day = _DAYS.get(word.lower().strip(","))
    if day is not None:
        return day
    hint = suggest(word, list(_DAYS))
    problem = f"I don't know the day {quote(word)}."
    if hint:
        problem += f" Did you mean `{hint}`?"
    else:
        problem += " Use `mon`, `tue`, `wed`, `thu`, `fri`, `sat` or `sun`."
    raise InputError(problem)


def is_day(word: str) -> bool:
    """True when `word` names a weekday."""
    return word.lower().strip(",") in _DAYS


def parse_nth(word: str) -> int:
    """`first`..`fourth` (or `1st`..`4th`) as 1..4, `last` as -1."""
    nth = _NTH.get(word.lower())
    if nth is not None:
        return nth
    if word.lower() in {"fifth", "5th"}:
        raise InputError(
            "Not every month has a fifth one of a weekday, so pick `first`, `second`, "
            "`third`, `fourth` or `last`."
        )
    raise InputError(
        f"Which week of the month is {quote(word)}? "
        "Use `first`, `second`, `third`, `fourth` or `last`."
    )


#: Zone names people add after a time out of habit (`10am PST`); times are in the user's
#: Slack zone anyway, so these are recognised only to be left out politely.
_ZONE_ABBREVIATIONS = frozenset(
    {
        *("utc", "gmt", "z", "pt", "pst", "pdt", "mt", "mst", "mdt", "ct", "cst", "cdt"),
        *("et", "est", "edt", "akst", "akdt", "hst", "bst", "ist", "cet", "cest", "eet"),
        *("eest", "wet", "west", "msk", "jst", "kst", "aest", "aedt", "acst", "awst"),
        *("nzst", "nzdt", "sgt", "hkt", "brt", "art"),
    }
)
_ZONE_OFFSET = re.compile(r"(?:utc|gmt)[+-]\d{1,2}(?::?\d{2})?", re.IGNORECASE)


def is_zone(word: str) -> bool:
    """A time zone written after a time: `PST`, `CET`, `UTC`, `GMT+1`, `Europe/Berlin`."""
    text = word.strip("()").lower()
    if text in _ZONE_ABBREVIATIONS or _ZONE_OFFSET.fullmatch(text):
        return True
    if "/" not in text:
        return False
    try:
        ZoneInfo(word.strip("()"))
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def parse_time(text: str) -> time:
    """A wall-clock time: `10:00`, `15:00`, `10am`, `3:30pm`, `9 am`, `noon`, `midnight`.

    A bare hour from 1 to 12 is refused rather than guessed: a 1:1 booked at 3 in the morning
    because we read `3` as 24-hour time would be worse than one more question.
    """
    word = " ".join(text.split()).lower()
    if word in {"noon", "midday", "12noon"}:
        return time(12, 0)
    if word == "midnight":
        return time(0, 0)
    match = _CLOCK.fullmatch(word)
    if not match:
        raise InputError(f"I need a time like `10:00` or `3:30pm`, and got {quote(text)}.")
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if minute > 59:
        raise InputError(f"{quote(text)} has more than 59 minutes. Try `10:30`.")
    if match["half"]:
        return _twelve_hour(text, hour, minute, match["half"].startswith("p"))
    if hour > 23:
        raise InputError(f"{quote(text)} is past the end of the day. Hours go from 0 to 23.")
    if match["minute"] is None and 1 <= hour <= 12:
        raise InputError(
            f"Is {quote(text)} in the morning or the afternoon? "
            f"Write `{hour}am`, `{hour}pm` or `{hour:02d}:00`."
        )
    return time(hour, minute)


def _twelve_hour(text: str, hour: int, minute: int, pm: bool) -> time:
    """Convert a 12-hour clock reading; `12am` is midnight and `12pm` is noon."""
    if not 1 <= hour <= 12:
        raise InputError(
            f"{quote(text)} mixes 24-hour time with am/pm. Write `3pm` or `15:00`, not both."
        )
    return time(hour % 12 + (12 if pm else 0), minute)


def parse_date(word: str, *, today: date) -> date:
    """A day to meet once: `YYYY-MM-DD`, `today`, `tomorrow`, or a weekday (the next one on or
    after today). Past dates are refused: a 1:1 in the past cannot be prepared for."""
    lowered = word.lower()
    if lowered == "today":
        return today
    try:
        if lowered == "tomorrow":
            return today + timedelta(days=1)
        if is_day(lowered):
            return today + timedelta(days=(parse_day(lowered) - today.weekday()) % 7)
    except OverflowError:
        raise InputError(f"{quote(word)} falls past the end of the calendar.") from None
    match = _ISO_DATE.fullmatch(word)
    if not match:
        raise InputError(
            f"I need a date like `2025-03-04`, `today`, `tomorrow` or a day such as `fri`, "
            f"and got {quote(word)}."
        )
    try:
        on = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise InputError(f"{quote(word)} isn't a date on the calendar.") from None
    if on < today:
        raise InputError(f"{quote(word)} is in the past. Pick today or a later date.")
    return on


def parse_duration(text: str, *, bare_minutes: bool) -> timedelta:
    """A length of time: `45m`, `45 min`, `1h`, `1h30m`, `1.5h`, `90 minutes`, `1d`.

    `bare_minutes` lets a plain number mean minutes (`for 45`), which reads naturally for a
    meeting but not for a reminder lead time, where `lead 24` could mean hours or minutes.
    """
    word = " ".join(text.split()).lower()
    if bare_minutes and re.fullmatch(r"[0-9]{1,4}", word):
        return timedelta(minutes=int(word))
    position, minutes = 0, 0.0
    while position < len(word):
        part = _DURATION_PART.match(word, position)
        if not part:
            raise InputError(f"I need a length like `45m`, `1h` or `1h30m`, and got {quote(text)}.")
        minutes += float(part[1]) * _UNIT_MINUTES[part[2][0]]
        position = part.end()
    if position == 0:
        raise InputError(f"I need a length like `45m`, `1h` or `1h30m`, and got {quote(text)}.")
    return timedelta(minutes=round(minutes))


def format_length(length: timedelta) -> str:
    """A length the way a user would type it (`1d`, `1h30m`, `45m`), so settings can be shown
    in the same words that change them; `parse_duration` reads it back unchanged."""
    minutes = int(length.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [(days, "d"), (hours, "h"), (mins, "m")]
    return "".join(f"{count}{unit}" for count, unit in parts if count) or "0m"
