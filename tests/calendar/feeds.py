"""Alice's calendar as the tests serve it: one weekly 1:1 with every kind of exception, a group
meeting, an all-day event, a 1:1 with someone outside Slack, across the US DST change (14 Mar
2027). Times are New York wall-clock; the comments give the UTC starts the bot must plan for."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

#: Monday 8 March 2027, 09:00 UTC: the test clock's start.
START = datetime(2027, 3, 8, 9, 0, tzinfo=UTC)

PEOPLE = (
    "ORGANIZER;CN=Dana:mailto:dana@example.com\r\n"
    "ATTENDEE;CN=Dana;PARTSTAT=ACCEPTED:mailto:dana@example.com\r\n"
)


def _me(partstat: str = "ACCEPTED") -> str:
    return f"ATTENDEE;CN=Alice;PARTSTAT={partstat}:mailto:alice@example.com\r\n"


def _event(uid: str, start: str, end: str, summary: str, extra: str = "") -> str:
    return (
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20270201T000000Z\r\n"
        f"DTSTART;TZID=America/New_York:{start}\r\nDTEND;TZID=America/New_York:{end}\r\n"
        f"SUMMARY:{summary}\r\n{extra}"
        "END:VEVENT\r\n"
    )


def weekly_with_dana(*, first_moved_to: str | None = None, second_cancelled: bool = False) -> str:
    """Tuesdays 10:00-10:30 New York, from 2 Feb 2027:
    9 Mar 15:00Z (EST) · 16 Mar 14:00Z (EDT) · 23 Mar moved to Thu 25 Mar 16:00 = 20:00Z ·
    30 Mar cancelled (EXDATE) · 6 Apr declined by Alice · 13 Apr 14:00Z."""
    master = _event(
        "weekly-dana@test",
        "20270202T100000",
        "20270202T103000",
        "Dana / Alice",
        "RRULE:FREQ=WEEKLY;BYDAY=TU\r\n"
        "EXDATE;TZID=America/New_York:20270330T100000\r\n" + PEOPLE + _me(),
    )
    moved = _event(
        "weekly-dana@test",
        "20270325T160000",
        "20270325T163000",
        "Dana / Alice",
        "RECURRENCE-ID;TZID=America/New_York:20270323T100000\r\n" + PEOPLE + _me(),
    )
    declined = _event(
        "weekly-dana@test",
        "20270406T100000",
        "20270406T103000",
        "Dana / Alice",
        "RECURRENCE-ID;TZID=America/New_York:20270406T100000\r\n" + PEOPLE + _me("DECLINED"),
    )
    parts = [master, moved, declined]
    if first_moved_to:
        end = first_moved_to[:9] + f"{int(first_moved_to[9:11]):02d}3000"
        parts.append(
            _event(
                "weekly-dana@test",
                first_moved_to,
                end,
                "Dana / Alice",
                "RECURRENCE-ID;TZID=America/New_York:20270309T100000\r\n" + PEOPLE + _me(),
            )
        )
    if second_cancelled:
        parts.append(
            _event(
                "weekly-dana@test",
                "20270316T100000",
                "20270316T103000",
                "Dana / Alice",
                "RECURRENCE-ID;TZID=America/New_York:20270316T100000\r\nSTATUS:CANCELLED\r\n"
                + PEOPLE
                + _me(),
            )
        )
    return "".join(parts)


def others() -> str:
    """A group meeting, an all-day event with Dana, and a one-off 1:1 with Sam (not in Slack):
    Thu 11 Mar 13:00 EST = 18:00Z."""
    group = _event(
        "team-sync@test",
        "20270208T110000",
        "20270208T120000",
        "Team sync",
        "RRULE:FREQ=WEEKLY;BYDAY=MO\r\n"
        + PEOPLE
        + _me()
        + "ATTENDEE;CN=Lee:mailto:lee@example.com\r\n"
        + "ATTENDEE;CN=Kim:mailto:kim@example.com\r\n",
    )
    all_day = (
        "BEGIN:VEVENT\r\nUID:offsite@test\r\nDTSTAMP:20270201T000000Z\r\n"
        "DTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270311\r\n"
        "SUMMARY:Offsite with Dana\r\n" + PEOPLE + _me() + "END:VEVENT\r\n"
    )
    sam = _event("sam-once@test", "20270311T130000", "20270311T134500", "1:1 with Sam")
    return group + all_day + sam


def calendar(events: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//oneonone//EN\r\n"
        + events
        + "END:VCALENDAR\r\n"
    ).encode()


def alice_feed(**changes) -> bytes:
    return calendar(weekly_with_dana(**changes) + others())


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2027, month, day, hour, minute, tzinfo=UTC)


#: Every occurrence the bot must plan for in the default feed, with its length.
DANA_STARTS = [utc(3, 9, 15), utc(3, 16, 14), utc(3, 25, 20), utc(4, 13, 14)]
SAM_STARTS = [utc(3, 11, 18)]
HALF_HOUR, THREE_QUARTERS = timedelta(minutes=30), timedelta(minutes=45)
