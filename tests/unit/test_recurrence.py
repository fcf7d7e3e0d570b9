"""Occurrences of 1:1 series across the 2026 DST changes, and their wording.

Expected instants are written out by hand (UTC). Reference points for 2026:
US DST starts Sun 8 Mar and ends Sun 1 Nov (New York: EST = UTC-5, EDT = UTC-4);
EU DST starts Sun 29 Mar and ends Sun 25 Oct (Berlin: CET = UTC+1, CEST = UTC+2).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coaching.model import Cadence, CadenceKind, SeriesSpec
from coaching.recurrence import (
    describe,
    duration_text,
    local_to_utc,
    next_occurrence,
    occurrences,
)
from tests.properties import examples

NY = "America/New_York"
BERLIN = "Europe/Berlin"
TUE, FRI, SUN = 1, 4, 6


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def weekly(day: int, at: time, tz: str, **kw) -> SeriesSpec:
    return SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=day), at, tz=tz, **kw)


def biweekly(day: int, at: time, tz: str, starts_on: date) -> SeriesSpec:
    return SeriesSpec(Cadence(CadenceKind.BIWEEKLY, weekday=day), at, tz=tz, starts_on=starts_on)


def monthly(nth: int, day: int, at: time, tz: str) -> SeriesSpec:
    return SeriesSpec(Cadence(CadenceKind.MONTHLY, weekday=day, nth=nth), at, tz=tz)


# --- the four 2026 DST changes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "after", "expected"),
    [
        # New York, spring: Tue 3 Mar 10:00 EST, Tue 10 Mar 10:00 EDT.
        (weekly(TUE, time(10), NY), utc(2026, 3, 1), [utc(2026, 3, 3, 15), utc(2026, 3, 10, 14)]),
        # New York, autumn: Tue 27 Oct 10:00 EDT, Tue 3 Nov 10:00 EST.
        (
            weekly(TUE, time(10), NY),
            utc(2026, 10, 25),
            [utc(2026, 10, 27, 14), utc(2026, 11, 3, 15)],
        ),
        # Berlin, spring: Tue 24 Mar 10:00 CET, Tue 31 Mar 10:00 CEST.
        (
            weekly(TUE, time(10), BERLIN),
            utc(2026, 3, 22),
            [utc(2026, 3, 24, 9), utc(2026, 3, 31, 8)],
        ),
        # Berlin, autumn: Tue 20 Oct 10:00 CEST, Tue 27 Oct 10:00 CET.
        (
            weekly(TUE, time(10), BERLIN),
            utc(2026, 10, 18),
            [utc(2026, 10, 20, 8), utc(2026, 10, 27, 9)],
        ),
    ],
)
def test_weekly_keeps_local_time_across_dst(spec, after, expected):
    assert occurrences(spec, after=after, limit=2) == expected


@pytest.mark.parametrize(
    ("spec", "after", "expected"),
    [
        # Anchored on Tue 24 Feb: 24 Feb (EST), 10 Mar (EDT), 24 Mar (EDT).
        (
            biweekly(TUE, time(10), NY, date(2026, 2, 24)),
            utc(2026, 2, 1),
            [utc(2026, 2, 24, 15), utc(2026, 3, 10, 14), utc(2026, 3, 24, 14)],
        ),
        # Anchored on Tue 20 Oct: 20 Oct (EDT), 3 Nov (EST).
        (
            biweekly(TUE, time(10), NY, date(2026, 10, 20)),
            utc(2026, 10, 1),
            [utc(2026, 10, 20, 14), utc(2026, 11, 3, 15)],
        ),
        # Anchored on Tue 17 Mar: 17 Mar (CET), 31 Mar (CEST).
        (
            biweekly(TUE, time(10), BERLIN, date(2026, 3, 17)),
            utc(2026, 3, 1),
            [utc(2026, 3, 17, 9), utc(2026, 3, 31, 8)],
        ),
        # Anchored on Tue 20 Oct: 20 Oct (CEST), 3 Nov (CET).
        (
            biweekly(TUE, time(10), BERLIN, date(2026, 10, 20)),
            utc(2026, 10, 1),
            [utc(2026, 10, 20, 8), utc(2026, 11, 3, 9)],
        ),
    ],
)
def test_biweekly_keeps_local_time_across_dst(spec, after, expected):
    assert occurrences(spec, after=after, limit=len(expected)) == expected


@pytest.mark.parametrize(
    ("spec", "after", "expected"),
    [
        # Last Fri 15:30 New York: 27 Feb (EST), 27 Mar (EDT).
        (
            monthly(-1, FRI, time(15, 30), NY),
            utc(2026, 2, 1),
            [utc(2026, 2, 27, 20, 30), utc(2026, 3, 27, 19, 30)],
        ),
        # 30 Oct (EDT), 27 Nov (EST).
        (
            monthly(-1, FRI, time(15, 30), NY),
            utc(2026, 10, 1),
            [utc(2026, 10, 30, 19, 30), utc(2026, 11, 27, 20, 30)],
        ),
        # Last Sun 10:00 Berlin falls on both change days: 22 Feb (CET), 29 Mar (CEST, the
        # morning of the change).
        (
            monthly(-1, SUN, time(10), BERLIN),
            utc(2026, 2, 1),
            [utc(2026, 2, 22, 9), utc(2026, 3, 29, 8)],
        ),
        # 27 Sep (CEST), 25 Oct (CET, the morning of the change).
        (
            monthly(-1, SUN, time(10), BERLIN),
            utc(2026, 9, 1),
            [utc(2026, 9, 27, 8), utc(2026, 10, 25, 9)],
        ),
        # First Sun 10:00 New York: 4 Oct (EDT), 1 Nov (EST, the day of the change).
        (
            monthly(1, SUN, time(10), NY),
            utc(2026, 10, 1),
            [utc(2026, 10, 4, 14), utc(2026, 11, 1, 15)],
        ),
    ],
)
def test_monthly_keeps_local_time_across_dst(spec, after, expected):
    assert occurrences(spec, after=after, limit=2) == expected


# --- times the DST change makes odd ----------------------------------------------------------


def test_time_in_spring_gap_moves_forward_by_the_gap():
    # 02:30 does not exist on 8 Mar in New York: it becomes 03:30 EDT (07:30 UTC).
    spec = weekly(SUN, time(2, 30), NY)
    assert occurrences(spec, after=utc(2026, 2, 28), limit=3) == [
        utc(2026, 3, 1, 7, 30),  # 02:30 EST
        utc(2026, 3, 8, 7, 30),  # 03:30 EDT
        utc(2026, 3, 15, 6, 30),  # 02:30 EDT
    ]


def test_time_in_spring_gap_berlin():
    spec = weekly(SUN, time(2, 30), BERLIN)
    assert occurrences(spec, after=utc(2026, 3, 28), limit=2) == [
        utc(2026, 3, 29, 1, 30),  # 03:30 CEST
        utc(2026, 4, 5, 0, 30),  # 02:30 CEST
    ]


def test_ambiguous_time_takes_the_first():
    # 01:30 happens twice on 1 Nov in New York: the first is 01:30 EDT (05:30 UTC).
    spec = weekly(SUN, time(1, 30), NY)
    assert occurrences(spec, after=utc(2026, 10, 30), limit=2) == [
        utc(2026, 11, 1, 5, 30),
        utc(2026, 11, 8, 6, 30),
    ]


def test_ambiguous_time_berlin():
    # 02:30 happens twice on 25 Oct in Berlin: the first is 02:30 CEST (00:30 UTC).
    spec = weekly(SUN, time(2, 30), BERLIN)
    assert occurrences(spec, after=utc(2026, 10, 24), limit=2) == [
        utc(2026, 10, 25, 0, 30),
        utc(2026, 11, 1, 1, 30),
    ]


def test_local_to_utc_follows_the_same_rule():
    assert local_to_utc(datetime(2026, 3, 8, 2, 30), NY) == utc(2026, 3, 8, 7, 30)
    assert local_to_utc(datetime(2026, 11, 1, 1, 30), NY) == utc(2026, 11, 1, 5, 30)
    with pytest.raises(ValueError):
        local_to_utc(utc(2026, 1, 1), NY)


# --- after / until / limit / skipped ---------------------------------------------------------


def test_after_is_strict():
    spec = weekly(TUE, time(10), NY)
    assert next_occurrence(spec, after=utc(2026, 3, 10, 14)) == utc(2026, 3, 17, 14)
    assert next_occurrence(spec, after=utc(2026, 3, 10, 13, 59)) == utc(2026, 3, 10, 14)


def test_after_in_another_zone_is_the_same_instant():
    spec = weekly(TUE, time(10), NY)
    tokyo = datetime(2026, 3, 10, 22, 59, tzinfo=ZoneInfo("Asia/Tokyo"))  # 13:59 UTC
    assert next_occurrence(spec, after=tokyo) == utc(2026, 3, 10, 14)


def test_skipped_starts_are_left_out_and_do_not_count():
    spec = weekly(TUE, time(10), NY, skipped=frozenset({utc(2026, 3, 10, 14)}))
    assert occurrences(spec, after=utc(2026, 3, 1), limit=2) == [
        utc(2026, 3, 3, 15),
        utc(2026, 3, 17, 14),
    ]


def test_until_is_inclusive():
    spec = weekly(TUE, time(10), NY)
    assert occurrences(spec, after=utc(2026, 3, 1), until=utc(2026, 3, 10, 14)) == [
        utc(2026, 3, 3, 15),
        utc(2026, 3, 10, 14),
    ]


def test_limit_zero_and_default():
    spec = weekly(TUE, time(10), NY)
    assert occurrences(spec, after=utc(2026, 3, 1), limit=0) == []
    assert len(occurrences(spec, after=utc(2026, 3, 1))) == 10


def test_starts_on_is_the_first_possible_day():
    spec = weekly(TUE, time(10), NY, starts_on=date(2026, 3, 11))
    assert next_occurrence(spec, after=utc(2026, 1, 1)) == utc(2026, 3, 17, 14)


def test_biweekly_first_is_the_first_matching_day_on_or_after_starts_on():
    # Anchor Wed 25 Feb: the first Tue is 3 Mar, then 17 Mar (not 10 Mar).
    spec = biweekly(TUE, time(10), NY, date(2026, 2, 25))
    assert occurrences(spec, after=utc(2026, 1, 1), limit=2) == [
        utc(2026, 3, 3, 15),
        utc(2026, 3, 17, 14),
    ]


def test_biweekly_parity_holds_long_after_the_anchor():
    spec = biweekly(TUE, time(10), NY, date(2026, 2, 24))
    # 24 Feb + 14 * 20 days = 1 Dec 2026 (EST).
    assert next_occurrence(spec, after=utc(2026, 11, 25)) == utc(2026, 12, 1, 15)


def test_once():
    spec = SeriesSpec(Cadence(CadenceKind.ONCE, on=date(2026, 12, 1)), time(9), tz=BERLIN)
    assert occurrences(spec, after=utc(2026, 1, 1)) == [utc(2026, 12, 1, 8)]
    assert next_occurrence(spec, after=utc(2026, 12, 1, 8)) is None


def test_once_before_starts_on_never_happens():
    spec = SeriesSpec(
        Cadence(CadenceKind.ONCE, on=date(2026, 12, 1)), time(9), starts_on=date(2027, 1, 1)
    )
    assert occurrences(spec, after=utc(2026, 1, 1)) == []


@pytest.mark.parametrize(
    "spec",
    [
        SeriesSpec(Cadence(CadenceKind.BIWEEKLY, weekday=TUE), time(10)),
        SeriesSpec(Cadence(CadenceKind.WEEKLY), time(10)),
        SeriesSpec(Cadence(CadenceKind.MONTHLY, weekday=TUE, nth=5), time(10)),
        SeriesSpec(Cadence(CadenceKind.MONTHLY, weekday=TUE), time(10)),
        SeriesSpec(Cadence(CadenceKind.ONCE), time(10)),
    ],
)
def test_incomplete_cadences_are_refused(spec):
    with pytest.raises(ValueError):
        occurrences(spec, after=utc(2026, 1, 1))


def test_naive_after_is_refused():
    with pytest.raises(ValueError):
        occurrences(weekly(TUE, time(10), NY), after=datetime(2026, 1, 1))


# --- wording ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "text"),
    [
        (weekly(TUE, time(10), NY), "Weekly on Tue at 10:00"),
        (biweekly(TUE, time(10), NY, date(2026, 2, 24)), "Every other Tue at 10:00"),
        (monthly(-1, FRI, time(15, 30), NY), "Monthly on the last Fri at 15:30"),
        (monthly(2, 0, time(9, 5), NY), "Monthly on the second Mon at 09:05"),
        (
            SeriesSpec(Cadence(CadenceKind.ONCE, on=date(2026, 12, 1)), time(9)),
            "Once on Tue 1 Dec at 09:00",
        ),
    ],
)
def test_describe(spec, text):
    assert describe(spec) == text


@pytest.mark.parametrize(
    ("duration", "text"),
    [
        (timedelta(minutes=30), "30 min"),
        (timedelta(hours=1), "1 h"),
        (timedelta(hours=1, minutes=30), "1 h 30 min"),
        (timedelta(minutes=45, seconds=59), "45 min"),
        (timedelta(0), "0 min"),
    ],
)
def test_duration_text(duration, text):
    assert duration_text(duration) == text


def test_negative_duration_is_refused():
    with pytest.raises(ValueError):
        duration_text(timedelta(minutes=-1))


# --- properties ------------------------------------------------------------------------------

ZONES = [
    "UTC",
    NY,
    BERLIN,
    "Australia/Sydney",  # southern-hemisphere DST
    "Asia/Kolkata",  # half-hour offset, no DST
    "America/Santiago",  # DST changes at midnight
    "Pacific/Chatham",  # 45-minute offset with DST
]

cadences = st.one_of(
    st.builds(Cadence, kind=st.just(CadenceKind.WEEKLY), weekday=st.integers(0, 6)),
    st.builds(Cadence, kind=st.just(CadenceKind.BIWEEKLY), weekday=st.integers(0, 6)),
    st.builds(
        Cadence,
        kind=st.just(CadenceKind.MONTHLY),
        weekday=st.integers(0, 6),
        nth=st.sampled_from([1, 2, 3, 4, -1]),
    ),
)
afters = st.datetimes(datetime(2024, 1, 1), datetime(2032, 12, 31), timezones=st.just(UTC))
wall_times = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45, 59]))


def _wall_time_exists(day: date, at: time, zone: ZoneInfo) -> bool:
    local = datetime.combine(day, at, tzinfo=zone)
    back = local.astimezone(UTC).astimezone(zone)
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


def _on_right_monthly_position(day: date, nth: int) -> bool:
    if nth == -1:
        return (day + timedelta(days=7)).month != day.month
    return (day.day - 1) // 7 + 1 == nth


@settings(max_examples=examples(150), deadline=None)
@given(
    cadence=cadences,
    at=wall_times,
    tz=st.sampled_from(ZONES),
    after=afters,
    anchor_days=st.integers(-400, 30),
)
def test_occurrences_properties(cadence, at, tz, after, anchor_days):
    starts_on = (after + timedelta(days=anchor_days)).date()
    spec = SeriesSpec(cadence, at, tz=tz, starts_on=starts_on)
    zone = ZoneInfo(tz)
    found = occurrences(spec, after=after, limit=12)

    assert len(found) == 12
    assert all(start.tzinfo is UTC for start in found)
    assert found[0] > after
    assert all(a < b for a, b in pairwise(found))
    for start in found:
        local = start.astimezone(zone)
        assert local.weekday() == cadence.weekday
        assert local.date() >= starts_on
        if _wall_time_exists(local.date(), at, zone):
            assert local.time().replace(tzinfo=None) == at
        else:
            assert local.time().replace(tzinfo=None) > at  # moved forward by the gap
        if cadence.kind is CadenceKind.MONTHLY:
            assert _on_right_monthly_position(local.date(), cadence.nth)
        if cadence.kind is CadenceKind.BIWEEKLY:
            assert (local.date() - starts_on).days % 14 < 7

    days = [start.astimezone(zone).date() for start in found]
    gaps = {(b - a).days for a, b in pairwise(days)}
    if cadence.kind is CadenceKind.WEEKLY:
        assert gaps == {7}
    elif cadence.kind is CadenceKind.BIWEEKLY:
        assert gaps == {14}
    else:
        assert gaps <= {28, 35}
