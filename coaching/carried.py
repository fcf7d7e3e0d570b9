"""The day each carried item names, said against the 1:1, for the card's list of what is open."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from coaching.answers import logged_answer, waits_on_user
from coaching.balance import count_words
from coaching.due import (
    MONTH_ALONE,
    MONTH_WORDS,
    day_text,
    deadline_date,
    due_date,
    names_month_only,
)
from coaching.manager_first import leave_or_rota
from coaching.model import EntryKind

#: How far after the 1:1 a carried item's day is still said against it ("three days after").
AFTER_THE_1_1_DAYS = 14
#: A span of days and its month ("leave 21-31 Dec", "my 19-20 Dec standby"): a period, not a day
#: anything is due, whichever end a reading takes — while "by 9 Dec" beside it still is.
_SPAN = re.compile(
    r"(?i)\b([0-3]?\d)(?:st|nd|rd|th)?\s*(?:[-–]|to)\s*([0-3]?\d)(?:st|nd|rd|th)?\s+([^\W\d_]+)"
)
#: A quarter ("by Q1"): its last day is a reading's guess, not a day the line names.
_QUARTER = re.compile(r"(?i)\b(?:q[1-4]|h[12])\b")


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
    return f"{count_words(abs(offset))} days {side} the 1:1"


def carried_days(
    items: Iterable[tuple[int, EntryKind, str, datetime, date | None]],
    *,
    now: datetime,
    meeting: datetime | None,
) -> tuple[tuple[int, str], ...]:
    """The day each carried item names, said with where it falls against the 1:1: "Fri 4 Dec,
    three days after the 1:1" (round 47: a report due 4 Dec, an enrolment closing 5 Dec and an
    interview on 9 Dec sat in the list with no word of when, beside a 1:1 on the 1st). A
    follow-up's day is when it is due; an ask's, only a day its words make a deadline
    (`deadline_date`); a promise tied to "next session" is due at the 1:1 after it was logged
    (`session`), read as the card's top reads it. Past days are left to the card's top, which
    says what is overdue."""
    today = now.date()
    day = meeting.astimezone(now.tzinfo).date() if meeting else None
    out = []
    for entry_id, kind, text, logged, session in items:
        if kind is EntryKind.FOLLOWUP:
            named = due_date(text, logged, now, session)
        elif answer := logged_answer(text):
            # "after the review in jan" is when they put it off, not a deadline; "apply by 28
            # Nov" is the user's own day
            named = deadline_date(answer, logged, now) if waits_on_user(answer) else None
        else:
            named = deadline_date(text, logged, now)
        if named is None or named <= today or names_month_only(text):
            continue
        if named.day == 1 and MONTH_ALONE.search(text):
            continue  # "the course in jan": a month, not its first day
        if _in_a_span(named, text) or _QUARTER.search(text) or leave_or_rota([text]):
            continue  # time off asked for, a standby swapped: its days are no deadline
        where = against_the_1_1(named, day)
        out.append(
            (entry_id, f"{day_text(named, today)}, {where}" if where else day_text(named, today))
        )
    return tuple(out)


def _in_a_span(day: date, text: str) -> bool:
    """Whether the day read falls inside a span of days the line names ("19-20 Dec")."""
    for m in _SPAN.finditer(text):
        word = m.group(3).lower()
        month = MONTH_WORDS.get(word) or MONTH_WORDS.get(word[:3])
        if month == day.month and int(m.group(1)) <= day.day <= int(m.group(2)):
            return True
    return False
