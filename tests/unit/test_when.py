"""Days, dates, times and lengths as people type them."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coaching.errors import InputError
from coaching.when import format_length, parse_date, parse_duration, parse_time, quote

TODAY = date(2025, 3, 5)


def test_quote_is_short_and_code_safe():
    assert quote("wekly") == "`wekly`"
    assert quote("a`b") == "`a'b`"
    long = quote("x" * 100)
    assert len(long) <= 32 and long.endswith("…`")


def test_midnight_and_noon():
    assert parse_time("midnight") == time(0, 0)
    assert parse_time("Noon") == time(12, 0)


def test_dates_at_the_end_of_the_calendar_are_refused_politely():
    with pytest.raises(InputError):
        parse_date("tomorrow", today=date.max)


def test_weekday_date_is_on_or_after_today():
    assert parse_date("wed", today=TODAY) == TODAY
    assert parse_date("mon", today=TODAY) == date(2025, 3, 10)


def test_bare_number_is_minutes_only_when_allowed():
    assert parse_duration("45", bare_minutes=True) == timedelta(minutes=45)
    with pytest.raises(InputError):
        parse_duration("45", bare_minutes=False)


@given(st.integers(0, 7 * 24 * 60))
def test_format_length_reads_back(minutes):
    length = timedelta(minutes=minutes)
    assert parse_duration(format_length(length), bare_minutes=False) == length


def test_format_length_examples():
    assert format_length(timedelta(days=1)) == "1d"
    assert format_length(timedelta(minutes=90)) == "1h30m"
    assert format_length(timedelta(minutes=5)) == "5m"
