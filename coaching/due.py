"""When a promise in a log line falls due: "send the matter list by Fri" logged on a Monday is
due that Friday. A card that knows the day can say "due tomorrow" or "was due yesterday — send
it today" instead of "before the 1:1", which may be after the day the user gave."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from coaching.when import is_day, parse_day

#: "by Fri", "by Wednesday", "before Tues", "by tomorrow" (a word after the date is fine).
_BY_DAY = re.compile(r"(?i)\b(?:by|before|due)\s+(?:(?:this|next)\s+)?(?P<day>[a-z]+)\b")


def due_date(text: str, logged: datetime, now: datetime) -> date | None:
    """The day a promise is due, read from "by <weekday>" (the next such day after it was
    logged, or that day itself) or "by tomorrow", on the user's clock (the zone of `now`);
    None when the line names no day."""
    on = (logged.astimezone(now.tzinfo) if now.tzinfo else logged).date()
    for match in _BY_DAY.finditer(text):
        word = match.group("day").lower()
        if word == "tomorrow":
            return on + timedelta(days=1)
        if word in ("today", "tonight", "eod"):
            return on
        if is_day(word):
            return on + timedelta(days=(parse_day(word) - on.weekday()) % 7)
    return None


def due_note(due: date, today: date) -> str:
    """What the user should do about a promise due on `due`, said plainly from `today`."""
    days = (due - today).days
    weekday = f"{due:%a}"
    if days < -1:
        return f"It was due {weekday} {due.day} {due:%b} — send it today, with a line of thanks."
    if days == -1:
        return "It was due yesterday — send it today, with a line of thanks."
    if days == 0:
        return "It's due today — send it before the day is out."
    if days == 1:
        return f"It's due tomorrow ({weekday}) — send it then, not at the 1:1."
    return f"It's due {weekday} {due.day} {due:%b} — send it by then."
