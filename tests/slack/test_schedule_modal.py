"""`/oneonone schedule` with nothing after it opens a form; submitting it schedules the 1:1."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from storage.db import make_session_factory, transaction
from storage.models import MeetingSeries, Relationship
from tests.blocks import assert_valid_view
from tests.slack.capture_helpers import view_submission
from tests.slack.conftest import ALICE, DANA


def pick(kind: str, value: str) -> dict:
    key = {
        "users_select": "selected_user",
        "datepicker": "selected_date",
        "timepicker": "selected_time",
    }.get(kind)
    if key:
        return {"value": {"type": kind, key: value}}
    return {"value": {"type": "static_select", "selected_option": {"value": value}}}


def form(**answers: tuple[str, str]) -> dict:
    return {block: pick(kind, value) for block, (kind, value) in answers.items()}


def open_form(alice, fake_slack) -> dict:
    reply = alice.command("schedule")
    assert "form" in reply["text"]
    (opened,) = fake_slack.wait_for("views.open")
    view = opened.params["view"]
    assert_valid_view(view)
    return view


def test_the_form_schedules_a_monthly_1_1(alice, http_bot, fake_slack, clock, sqlite_engine):
    clock.current = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    view = open_form(alice, fake_slack)
    values = form(
        person=("users_select", DANA),
        role=("static_select", "mentor"),
        cadence=("static_select", "monthly"),
        day=("static_select", "fri"),
        week=("static_select", "last"),
        time=("timepicker", "15:30"),
        duration=("static_select", "45m"),
    )
    reply = http_bot.post(view_submission(ALICE, view, values))
    assert reply.status == 200 and reply.body in (b"", b"{}")  # the form closes
    (dm,) = fake_slack.wait_for("chat.postMessage")
    assert "Monthly on the last Fri at 15:30" in dm.params["text"]
    with transaction(make_session_factory(sqlite_engine)) as session:
        series = session.scalars(select(MeetingSeries)).one()
        assert (series.cadence, series.nth, series.weekday, series.duration_minutes) == (
            "monthly",
            -1,
            4,
            45,
        )
        assert session.scalars(select(Relationship.role)).one() == "mentor"


def test_a_form_missing_answers_says_which(alice, http_bot, fake_slack, sqlite_engine):
    view = open_form(alice, fake_slack)
    values = form(cadence=("static_select", "once"), time=("timepicker", "10:00"))
    reply = http_bot.post(view_submission(ALICE, view, values))
    assert reply.status == 200
    errors = reply.json()["errors"]
    assert set(errors) == {"person", "date"}
    with transaction(make_session_factory(sqlite_engine)) as session:
        assert session.scalars(select(MeetingSeries)).all() == []
