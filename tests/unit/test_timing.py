"""Nudge planning around quiet hours, lead times and the prep card's "when".

Expected instants are written out by hand (UTC). 2026: New York switches to EDT (UTC-4) on
Sun 8 Mar and back to EST (UTC-5) on Sun 1 Nov; Berlin to CEST (UTC+2) on Sun 29 Mar and back to
CET (UTC+1) on Sun 25 Oct. Default settings: lead 1h, quiet 20:00-08:00.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coaching.errors import InputError
from coaching.model import NudgeSettings
from coaching.timing import (
    PlannedNudge,
    format_lead,
    in_quiet_hours,
    parse_lead,
    plan_nudges,
    when_text,
)
from tests.properties import examples

NY = "America/New_York"
BERLIN = "Europe/Berlin"
HALF_HOUR = timedelta(minutes=30)
DEFAULT = NudgeSettings()


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def before(lead: str, *due: int) -> PlannedNudge:
    return PlannedNudge(f"before:{lead}", utc(*due))


def after(*due: int) -> PlannedNudge:
    return PlannedNudge("after", utc(*due))


def quiet(start: time, end: time, **kw) -> NudgeSettings:
    return NudgeSettings(quiet_start=start, quiet_end=end, **kw)


# --- the plain case --------------------------------------------------------------------------


def test_one_hour_before_and_fifteen_minutes_after():
    # Tue 10 Mar 10:00 EDT.
    assert plan_nudges(utc(2026, 3, 10, 14), HALF_HOUR, DEFAULT, NY) == [
        before("1h", 2026, 3, 10, 13),
        after(2026, 3, 10, 14, 45),
    ]


def test_several_leads_sorted_by_due_time():
    leads = NudgeSettings(lead_times=(timedelta(hours=1), timedelta(days=1)))
    assert plan_nudges(utc(2026, 3, 10, 14), HALF_HOUR, leads, NY) == [
        before("1d", 2026, 3, 9, 14),
        before("1h", 2026, 3, 10, 13),
        after(2026, 3, 10, 14, 45),
    ]


def test_lead_is_absolute_time_across_the_change():
    # Sun 8 Mar 10:00 EDT (14:00 UTC); 24 h earlier is Sat 7 Mar 09:00 EST.
    one_day = NudgeSettings(lead_times=(timedelta(days=1),))
    assert plan_nudges(utc(2026, 3, 8, 14), HALF_HOUR, one_day, NY)[0] == before(
        "1d", 2026, 3, 7, 14
    )


def test_nudges_off_plans_nothing():
    off = NudgeSettings(nudges_on=False)
    assert plan_nudges(utc(2026, 3, 10, 14), HALF_HOUR, off, NY) == []


def test_naive_start_is_refused():
    with pytest.raises(ValueError):
        plan_nudges(datetime(2026, 3, 10, 14), HALF_HOUR, DEFAULT, NY)


# --- quiet hours -----------------------------------------------------------------------------


def test_evening_nudge_moves_earlier_to_just_before_quiet_hours():
    # Tue 10 Mar 21:00 EDT: 20:00 is quiet, so 19:59 EDT; the after-nudge waits for 08:00.
    assert plan_nudges(utc(2026, 3, 11, 1), HALF_HOUR, DEFAULT, NY) == [
        before("1h", 2026, 3, 10, 23, 59),
        after(2026, 3, 11, 12),
    ]


def test_morning_nudge_moves_later_to_quiet_end_when_still_before_start():
    # Tue 10 Mar 08:30 EDT: 07:30 is quiet; 19:59 the evening before is another day, so 08:00.
    assert plan_nudges(utc(2026, 3, 10, 12, 30), HALF_HOUR, DEFAULT, NY) == [
        before("1h", 2026, 3, 10, 12),
        after(2026, 3, 10, 13, 15),
    ]


def test_early_meeting_gets_its_nudge_the_evening_before():
    # Tue 10 Mar 08:00 EDT: quiet ends exactly at the start, so later is impossible; the nudge
    # moves earlier, to 19:59 EDT on Mon 9 Mar (23:59 UTC).
    assert plan_nudges(utc(2026, 3, 10, 12), HALF_HOUR, DEFAULT, NY) == [
        before("1h", 2026, 3, 9, 23, 59),
        after(2026, 3, 10, 12, 45),
    ]


def test_morning_of_spring_change_new_york():
    # Sun 8 Mar 08:30 EDT (12:30 UTC): quiet began Sat 20:00 EST and ends 08:00 EDT (12:00 UTC).
    assert plan_nudges(utc(2026, 3, 8, 12, 30), HALF_HOUR, DEFAULT, NY) == [
        before("1h", 2026, 3, 8, 12),
        after(2026, 3, 8, 13, 15),
    ]


def test_morning_after_autumn_change_new_york():
    # Sun 1 Nov 08:30 EST (13:30 UTC): quiet ends 08:00 EST (13:00 UTC).
    assert plan_nudges(utc(2026, 11, 1, 13, 30), HALF_HOUR, DEFAULT, NY) == [
        before("1h", 2026, 11, 1, 13),
        after(2026, 11, 1, 14, 15),
    ]


def test_dst_week_berlin_spring():
    # Mon 30 Mar 08:30 CEST (06:30 UTC): moved later to 08:00 CEST (06:00 UTC).
    assert plan_nudges(utc(2026, 3, 30, 6, 30), HALF_HOUR, DEFAULT, BERLIN) == [
        before("1h", 2026, 3, 30, 6),
        after(2026, 3, 30, 7, 15),
    ]


def test_dst_week_berlin_autumn_evening():
    # Mon 26 Oct 21:00 CET (20:00 UTC): 19:59 CET (18:59 UTC); after-nudge Tue 08:00 CET.
    assert plan_nudges(utc(2026, 10, 26, 20), HALF_HOUR, DEFAULT, BERLIN) == [
        before("1h", 2026, 10, 26, 18, 59),
        after(2026, 10, 27, 7),
    ]


def test_window_that_does_not_wrap_midnight():
    lunch = quiet(time(12), time(13), lead_times=(timedelta(hours=1),))
    # Tue 10 Mar 13:30 EDT: 12:30 is quiet; 13:00 (30 min off, still before the start) is
    # nearer than 11:59 (31 min off) -> 13:00 EDT (17:00 UTC).
    assert plan_nudges(utc(2026, 3, 10, 17, 30), HALF_HOUR, lunch, NY) == [
        before("1h", 2026, 3, 10, 17, 0),
        after(2026, 3, 10, 18, 15),
    ]
    # Tue 10 Mar 11:30 EDT: the after-nudge (12:15) waits for 13:00 EDT (17:00 UTC).
    assert plan_nudges(utc(2026, 3, 10, 15, 30), HALF_HOUR, lunch, NY)[-1] == after(2026, 3, 10, 17)


def test_window_starting_at_midnight_moves_later():
    night = quiet(time(0), time(7))
    # Tue 10 Mar 07:30 EDT: 06:30 is quiet; 23:59 the day before is another day -> 07:00 EDT.
    assert plan_nudges(utc(2026, 3, 10, 11, 30), HALF_HOUR, night, NY)[0] == before(
        "1h", 2026, 3, 10, 11
    )


def test_equal_start_and_end_means_no_quiet_hours():
    never = quiet(time(20), time(20))
    # Tue 10 Mar 21:00 EDT: 20:00 EDT stays where it is.
    assert plan_nudges(utc(2026, 3, 11, 1), HALF_HOUR, never, NY) == [
        before("1h", 2026, 3, 11, 0),
        after(2026, 3, 11, 1, 45),
    ]


def test_before_nudges_on_the_same_instant_collapse_keeping_the_longest_lead():
    leads = NudgeSettings(lead_times=(timedelta(hours=1), timedelta(hours=2)))
    # Tue 10 Mar 22:00 EDT: 21:00 and 20:00 are both quiet -> both 19:59 EDT.
    assert plan_nudges(utc(2026, 3, 11, 2), HALF_HOUR, leads, NY) == [
        before("2h", 2026, 3, 10, 23, 59),
        after(2026, 3, 11, 12),
    ]


def test_repeated_lead_plans_one_nudge():
    leads = NudgeSettings(lead_times=(timedelta(hours=1), timedelta(hours=1)))
    assert plan_nudges(utc(2026, 3, 10, 14), HALF_HOUR, leads, NY) == [
        before("1h", 2026, 3, 10, 13),
        after(2026, 3, 10, 14, 45),
    ]


@pytest.mark.parametrize(
    ("instant", "tz", "expected"),
    [
        (utc(2026, 3, 11, 0), NY, True),  # 20:00 EDT
        (utc(2026, 3, 10, 23, 59), NY, False),  # 19:59 EDT
        (utc(2026, 3, 10, 11, 59), NY, True),  # 07:59 EDT
        (utc(2026, 3, 10, 12), NY, False),  # 08:00 EDT
        (utc(2026, 3, 8, 12, 30), NY, False),  # 08:30 EDT (would be 07:30 in EST)
        (utc(2026, 3, 7, 12, 30), NY, True),  # 07:30 EST
        (utc(2026, 10, 24, 6, 30), BERLIN, False),  # 08:30 CEST
        (utc(2026, 10, 25, 6, 30), BERLIN, True),  # 07:30 CET
    ],
)
def test_in_quiet_hours(instant, tz, expected):
    assert in_quiet_hours(instant, DEFAULT, tz) is expected


def test_in_quiet_hours_equal_bounds_is_never():
    assert not in_quiet_hours(utc(2026, 3, 11, 3), quiet(time(0), time(0)), NY)


# --- lead times ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("1h", timedelta(hours=1)),
        ("1d", timedelta(days=1)),
        ("30m", timedelta(minutes=30)),
        ("1h30m", timedelta(hours=1, minutes=30)),
        ("2d3h", timedelta(days=2, hours=3)),
    ],
)
def test_lead_round_trip(text, lead):
    assert parse_lead(text) == lead
    assert format_lead(lead) == text


def test_parse_lead_is_lenient_about_case_space_and_unnormalised_forms():
    assert parse_lead(" 1H ") == timedelta(hours=1)
    assert parse_lead("90m") == timedelta(minutes=90)


@pytest.mark.parametrize("text", ["", "  ", "abc", "1x", "h", "0m", "-1h"])
def test_parse_lead_refuses_with_an_example(text):
    with pytest.raises(InputError) as caught:
        parse_lead(text)
    assert caught.value.example


@pytest.mark.parametrize("lead", [timedelta(0), timedelta(minutes=-5), timedelta(seconds=90)])
def test_format_lead_refuses_what_parse_cannot_produce(lead):
    with pytest.raises(ValueError):
        format_lead(lead)


@given(st.integers(1, 60 * 24 * 30))
def test_format_and_parse_are_inverse(minutes):
    lead = timedelta(minutes=minutes)
    text = format_lead(lead)
    assert parse_lead(text) == lead
    assert format_lead(parse_lead(text)) == text


# --- when_text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "now", "text"),
    [
        # now Tue 10 Mar 08:00 EDT
        (utc(2026, 3, 10, 14), utc(2026, 3, 10, 12), "today 10:00, in 2 h"),
        (utc(2026, 3, 10, 19, 30), utc(2026, 3, 10, 19, 5), "today 15:30, in 25 min"),
        (utc(2026, 3, 11, 13), utc(2026, 3, 10, 19), "tomorrow 09:00, in 18 h"),
        (utc(2026, 3, 13, 14), utc(2026, 3, 10, 12), "Fri 10:00, in 3 days"),
        # Wed 25 Nov 09:00 EST -> Mon 7 Dec 10:00 EST
        (utc(2026, 12, 7, 15), utc(2026, 11, 25, 14), "Mon 7 Dec 10:00, in 12 days"),
        (utc(2027, 1, 4, 15), utc(2026, 12, 23, 12), "Mon 4 Jan 2027 10:00, in 12 days"),
        # across the spring change: Sat 10:00 EST -> Sun 10:00 EDT is 23 h
        (utc(2026, 3, 8, 14), utc(2026, 3, 7, 15), "tomorrow 10:00, in 23 h"),
        (utc(2026, 3, 10, 14), utc(2026, 3, 10, 13, 59, 30), "today 10:00, in 1 min"),
        (utc(2026, 3, 10, 14), utc(2026, 3, 10, 14, 5), "started 5 min ago"),
        (utc(2026, 3, 10, 14), utc(2026, 3, 10, 16, 10), "started 2 h ago"),
        (utc(2026, 3, 10, 14), utc(2026, 3, 10, 14), "starting now"),
    ],
)
def test_when_text(start, now, text):
    assert when_text(start, now, NY) == text


def test_when_text_uses_the_users_zone():
    # 23:30 UTC Tue is already Wed 00:30 in Berlin (CET).
    assert when_text(utc(2026, 3, 10, 23, 30), utc(2026, 3, 10, 22), BERLIN) == (
        "tomorrow 00:30, in 2 h"
    )


# --- properties ------------------------------------------------------------------------------

ZONES = [
    "UTC",
    NY,
    BERLIN,
    "Australia/Sydney",
    "Asia/Kolkata",
    "America/Santiago",
    "Pacific/Chatham",
]
minute_times = st.builds(time, st.integers(0, 23), st.integers(0, 59))
leads = st.lists(
    st.sampled_from(
        [timedelta(minutes=m) for m in (5, 15, 30, 60, 90, 120, 180, 24 * 60, 2 * 24 * 60)]
    ),
    min_size=1,
    max_size=3,
)
starts = st.datetimes(datetime(2024, 1, 1), datetime(2032, 12, 31), timezones=st.just(UTC))


@settings(max_examples=examples(150), deadline=None)
@given(
    start=starts,
    minutes=st.integers(5, 240),
    tz=st.sampled_from(ZONES),
    quiet_start=minute_times,
    quiet_end=minute_times,
    lead_times=leads,
)
def test_planned_nudges_respect_quiet_hours_and_the_start(
    start, minutes, tz, quiet_start, quiet_end, lead_times
):
    duration = timedelta(minutes=minutes)
    prefs = NudgeSettings(tuple(lead_times), quiet_start, quiet_end)
    planned = plan_nudges(start, duration, prefs, tz)

    assert planned == sorted(planned, key=lambda n: (n.due_at, n.kind))
    assert [n.kind for n in planned].count("after") == 1
    assert len({n.kind for n in planned}) == len(planned)
    assert len({n.due_at for n in planned if n.kind != "after"}) == len(planned) - 1
    configured = {f"before:{format_lead(lead)}" for lead in lead_times}
    for nudge in planned:
        assert nudge.due_at.utcoffset() == timedelta(0)
        assert not in_quiet_hours(nudge.due_at, prefs, tz)
        if nudge.kind == "after":
            assert nudge.due_at >= start + duration + timedelta(minutes=15)
        else:
            assert nudge.kind in configured
            assert nudge.due_at < start
