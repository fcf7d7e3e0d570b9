"""Calendar rows on SQLite and PostgreSQL: one instance at a time polls a calendar, imports
follow the calendar, and disconnecting or forgetting removes what came from it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from coaching.calendar import FoundMeeting
from storage import calendars as calendar_store
from storage.db import transaction
from storage.forget import forget_user
from storage.models import Calendar, CalendarEvent, MeetingSeries, Relationship
from storage.users import ensure_user

pytestmark = pytest.mark.postgres

NOW = datetime(2027, 3, 8, 9, 0, tzinfo=UTC)
HALF = timedelta(minutes=30)


def _alice(session):
    user = ensure_user(session, "T1", "UALICE001", now=NOW)
    user.tz = "America/New_York"
    return user


def _connect(session_factory) -> int:
    with transaction(session_factory) as session:
        row = calendar_store.connect(
            session, _alice(session), kind="ics", secret="x", label="l", now=NOW
        )
        return row.id


def _dana(*starts: datetime, group: bool = False) -> calendar_store.Resolved:
    meeting = FoundMeeting(
        "uid-1", "Dana / Alice", group, "dana@example.com", "Dana", tuple((s, HALF) for s in starts)
    )
    return calendar_store.Resolved(meeting, "UDANA0001")


def test_two_instances_never_hold_the_same_calendar(session_factory):
    calendar_id = _connect(session_factory)
    with transaction(session_factory) as session:
        first = calendar_store.claim_due(session, now=NOW, instance="a", limit=10)
    with transaction(session_factory) as session:
        second = calendar_store.claim_due(session, now=NOW, instance="b", limit=10)
    assert (first, second) == ([calendar_id], [])
    later = NOW + calendar_store.LEASE + timedelta(seconds=1)
    with transaction(session_factory) as session:  # a dead holder's claim is taken over
        assert calendar_store.claim_due(session, now=later, instance="b", limit=10) == [calendar_id]
        assert calendar_store.claimed(session, calendar_id, "a") is None


def test_a_claim_scoped_to_a_team_takes_only_that_teams_calendars(session_factory):
    alices = _connect(session_factory)
    with transaction(session_factory) as session:
        bea = ensure_user(session, "T2", "UBEA00001", now=NOW)
        beas = calendar_store.connect(session, bea, kind="ics", secret="y", label="b", now=NOW)
        beas = beas.id
    with transaction(session_factory) as session:
        assert calendar_store.claim_due(session, now=NOW, instance="a", limit=10, team_id="T1") == [
            alices
        ]
    with transaction(session_factory) as session:
        assert calendar_store.claim_due(session, now=NOW, instance="b", limit=10, team_id="T2") == [
            beas
        ]


def test_imports_follow_the_calendar_and_off_removes_them(session_factory):
    _connect(session_factory)
    tue, wed = NOW + timedelta(days=1), NOW + timedelta(days=2)
    with transaction(session_factory) as session:
        alice = _alice(session)
        (row,) = calendar_store.apply_meetings(session, alice, [_dana(tue)], now=NOW)
        assert row.source == "calendar"
    with transaction(session_factory) as session:  # moved: the same series, new occurrence
        alice = _alice(session)
        (moved,) = calendar_store.apply_meetings(session, alice, [_dana(wed)], now=NOW)
        assert moved.id == row.id and calendar_store.starts_of(
            session.scalars(select(CalendarEvent)).one()
        ) == ((wed, HALF),)
        assert calendar_store.apply_meetings(session, alice, [_dana(wed)], now=NOW) == []
    with transaction(session_factory) as session:  # gone from the calendar: no occurrences
        alice = _alice(session)
        (emptied,) = calendar_store.apply_meetings(session, alice, [], now=NOW)
        assert emptied.dated is None
    with transaction(session_factory) as session:
        assert calendar_store.disconnect(session, _alice(session)) == 1
    with transaction(session_factory) as session:
        for model in (Calendar, CalendarEvent, MeetingSeries):
            assert session.scalar(select(func.count()).select_from(model)) == 0
        assert session.scalar(select(func.count()).select_from(Relationship)) == 1


def test_forget_removes_the_calendar_and_its_secret(session_factory):
    _connect(session_factory)
    with transaction(session_factory) as session:
        alice = _alice(session)
        calendar_store.apply_meetings(session, alice, [_dana(NOW + timedelta(days=1))], now=NOW)
    with transaction(session_factory) as session:
        forget_user(session, _alice(session))
    with transaction(session_factory) as session:
        for model in (Calendar, CalendarEvent, MeetingSeries, Relationship):
            assert session.scalar(select(func.count()).select_from(model)) == 0
