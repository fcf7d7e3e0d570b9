"""The day each carried item names, said against the 1:1, for the card's list of what is open."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from coaching.answers import logged_answer
from coaching.due import MONTH_ALONE, day_text, deadline_date, due_date, names_month_only
from coaching.manager_first import leave_or_rota
from coaching.model import EntryKind

#: How far after the 1:1 a carried item's day is still said against it ("three days after").
AFTER_THE_1_1_DAYS = 14
_COUNTED = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
#: A span of days ("leave 21-31 Dec", "my 19-20 Dec standby"): a period, not a day anything is
#: due, whichever end a reading would take.
_SPAN = re.compile(r"\b[0-3]?\d\s*(?:[-–]|to)\s*[0-3]?\d\b(?![./:]\d)")


def against_the_1_1(day: date, meeting: date | None) -> str:
    """Where a day falls against the 1:1: "the day before the 1:1", "three days after the
    1:1", or "" when there is no 1:1 or it is more than two weeks off it."""
    if meeting is None:
        return ""
    offset = (day - meeting).days
    if offset == 0:
        return "the day of the 1:1"
    if abs(offset) == 1:
        return f"the day {'before' if offset < 0 else 'after'} the 1:1"
    if abs(offset) > AFTER_THE_1_1_DAYS:
        return ""
    side = "before" if offset < 0 else "after"
    return f"{_COUNTED.get(abs(offset), str(abs(offset)))} days {side} the 1:1"


def carried_days(
    items: Iterable[tuple[int, EntryKind, str, datetime]],
    *,
    now: datetime,
    meeting: datetime | None,
) -> tuple[tuple[int, str], ...]:
    """The day each carried item names, said with where it falls against the 1:1: "Fri 4 Dec,
    three days after the 1:1" (round 47: a report due 4 Dec, an enrolment closing 5 Dec and an
    interview on 9 Dec sat in the list with no word of when, beside a 1:1 on the 1st). A
    follow-up's day is when it is due; an ask's, only a day its words make a deadline
    (`deadline_date`). Past days are left to the card's top, which says what is overdue."""
    today = now.date()
    day = meeting.astimezone(now.tzinfo).date() if meeting else None
    out = []
    for entry_id, kind, text, logged in items:
        if kind is EntryKind.FOLLOWUP:
            named = due_date(text, logged, now)
        elif logged_answer(text):
            continue  # "after the review in jan" is when they put it off, not a deadline
        else:
            named = deadline_date(text, logged, now)
        if named is None or named <= today or names_month_only(text):
            continue
        if named.day == 1 and MONTH_ALONE.search(text):
            continue  # "the course in jan": a month, not its first day
        if _SPAN.search(text) or leave_or_rota([text]):
            continue  # time off asked for, a standby swapped: its days are no deadline
        where = against_the_1_1(named, day)
        out.append(
            (entry_id, f"{day_text(named, today)}, {where}" if where else day_text(named, today))
        )
    return tuple(out)
