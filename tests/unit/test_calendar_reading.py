"""Which calendar events are 1:1s, read from real iCalendar text (coaching.calendar)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from coaching.calendar import FeedError, Me, find_meetings, mask_url, read_calendar
from coaching.checklist import outside_hours
from coaching.model import Cadence, CadenceKind, SeriesSpec

START = datetime(2027, 3, 8, 0, 0, tzinfo=UTC)
ME = Me(frozenset({"alice@example.com"}), "Alice Smith")


def meetings(events: str, me: Me = ME, extra: str = ""):
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{extra}{events}END:VCALENDAR\r\n"
    occurrences = read_calendar(
        text, start=START, end=START + timedelta(days=7), tz="Europe/Berlin"
    )
    return {m.title: m for m in find_meetings(occurrences, me)}


def event(summary: str, *attendees: str, start: str = "20270309T100000Z", extra: str = "") -> str:
    people = "".join(f"ATTENDEE;CN={a.split('@')[0].title()}:mailto:{a}\r\n" for a in attendees)
    return (
        f"BEGIN:VEVENT\r\nUID:{summary}@t\r\nDTSTART:{start}\r\nDURATION:PT30M\r\n"
        f"SUMMARY:{summary}\r\n{people}{extra}END:VEVENT\r\n"
    )


@pytest.mark.parametrize(
    "title, who",
    [
        ("1:1 with Sam", "Sam"),
        ("Sam 1-1", "Sam"),
        ("1on1 - Sam Lee", "Sam Lee"),
        ("One on one: Priya", "Priya"),
        ("Alice / Dana", "Dana"),
        ("Dana <> Alice", "Dana"),
    ],
)
def test_a_title_that_says_one_on_one_names_the_other_person(title, who):
    (found,) = meetings(event(title)).values()
    assert not found.is_group and found.counterpart_name == who


@pytest.mark.parametrize("title", ["Planning", "Q1:1 review", "Dana / Sam", "11:15 sync"])
def test_other_titles_without_people_are_not_one_on_ones(title):
    (found,) = meetings(event(title)).values()
    assert found.is_group


def test_two_people_make_a_one_on_one_and_three_a_group_unless_the_title_says_so():
    found = meetings(
        event("Catch-up", "alice@example.com", "dana@example.com")
        + event("Design review", "alice@example.com", "dana@example.com", "lee@example.com")
        + event("1:1 Dana (with note taker)", "alice@example.com", "dana@example.com", "n@x.org")
        + event(
            "Room booked",
            "alice@example.com",
            "dana@example.com",
            extra="ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@example.com\r\n",
        )
    )
    assert found["Catch-up"].counterpart_email == "dana@example.com"
    assert not found["Catch-up"].is_group
    assert found["Design review"].is_group
    assert found["1:1 Dana (with note taker)"].is_group  # two others: whose 1:1 is unclear
    assert not found["Room booked"].is_group  # a room is not a person


def test_without_knowing_the_users_email_the_organiser_marks_a_pair():
    found = meetings(
        event(
            "Catch-up",
            "me@corp.example",
            "dana@example.com",
            extra="ORGANIZER:mailto:me@corp.example\r\n",
        ),
        me=Me(),
    )
    assert found["Catch-up"].counterpart_email == "dana@example.com"


def test_each_event_has_its_own_organiser_when_the_user_is_unknown():
    found = meetings(
        event(
            "A", "me@corp.example", "dana@example.com", extra="ORGANIZER:mailto:me@corp.example\r\n"
        )
        + event(
            "B", "sam@example.com", "lee@example.com", extra="ORGANIZER:mailto:sam@example.com\r\n"
        ),
        me=Me(),
    )
    assert found["A"].counterpart_email == "dana@example.com"
    assert found["B"].counterpart_email == "lee@example.com"


def test_declined_and_cancelled_occurrences_have_no_start_but_keep_the_event():
    found = meetings(
        event("Dana / Alice", extra="STATUS:CANCELLED\r\n")
        + event(
            "Catch-up",
            "dana@example.com",
            extra="ATTENDEE;PARTSTAT=DECLINED:mailto:alice@example.com\r\n",
        )
    )
    assert found["Dana / Alice"].starts == ()
    assert found["Catch-up"].starts == () and not found["Catch-up"].is_group


def test_googles_calendar_zone_applies_to_floating_times():
    found = meetings(
        event("1:1 Sam", start="20270309T100000"),
        extra="X-WR-TIMEZONE:America/New_York\r\n",
    )
    assert found["1:1 Sam"].starts[0][0] == datetime(2027, 3, 9, 15, 0, tzinfo=UTC)


def test_floating_times_without_a_calendar_zone_are_the_users():
    found = meetings(event("1:1 Sam", start="20270309T100000"))
    assert found["1:1 Sam"].starts[0][0] == datetime(2027, 3, 9, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "<html><body>Sign in</body></html>",
        "",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:cut off here",
    ],
)
def test_what_is_not_a_readable_calendar_says_so(text):
    with pytest.raises(FeedError) as error:
        read_calendar(text, start=START, end=START + timedelta(days=1), tz="UTC")
    assert "calendar" in error.value.problem.lower()


def test_a_masked_address_never_shows_the_secret_part():
    masked = mask_url(
        "https://calendar.google.com/calendar/ical/a%40b.c/private-9f8e7d6c/basic.ics"
    )
    assert masked == "https://calendar.google.com/….ics"


def test_a_calendar_one_on_one_outside_working_hours_is_named_by_its_next_date():
    def spec(start: datetime) -> SeriesSpec:
        return SeriesSpec(
            Cadence(CadenceKind.CALENDAR),
            time(0),
            tz="Europe/Berlin",
            dated=((start, timedelta(minutes=30)),),
        )

    assert outside_hours(spec(datetime(2027, 3, 13, 9, 0, tzinfo=UTC))) == "Saturday at 10:00"
    assert outside_hours(spec(datetime(2027, 3, 10, 9, 0, tzinfo=UTC))) is None
    assert outside_hours(SeriesSpec(Cadence(CadenceKind.CALENDAR), time(0))) is None
