"""A new user's first time-bearing command is read in their Slack time zone (issue 15), whether
`users.info` answers within the ack's wait or after it. Signed HTTP to the real app; checked in
the database and at the fake Slack."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.app import standard_hooks
from bot.slack_client import make_web_client
from handlers.commands import first_zone
from handlers.errors import SORRY
from services import inbox
from storage.db import make_session_factory, transaction
from storage.models import InboxEvent, MeetingSeries, User
from tests import signing
from tests.conftest import config_for
from tests.slack.capture_helpers import wait_until
from tests.slack.conftest import ALICE, DANA

#: 09:00 in New York is 14:00 UTC: read in UTC, "once today 10am" would already be over.
WED_9AM_NY = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
ONCE_TODAY = f"schedule <@{DANA}|dana> once today 10am"


@pytest.fixture
def new_user(fake_slack, clock):
    clock.current = WED_9AM_NY
    return fake_slack


def send(http_bot, fake_slack, text: str) -> dict:
    reply = http_bot.post(
        signing.slash_command(text, user=ALICE, response_url=fake_slack.url + "response_url/cmd")
    )
    assert reply.status == 200, (reply.status, reply.text)
    return reply.json()


def series_rows(engine) -> list[tuple]:
    with transaction(make_session_factory(engine)) as session:
        rows = session.scalars(select(MeetingSeries)).all()
        return [(r.cadence, r.on_date, r.local_time, r.tz) for r in rows]


def alice_row(engine) -> tuple:
    with transaction(make_session_factory(engine)) as session:
        user = session.scalars(select(User).where(User.user_id == ALICE)).one()
        return user.tz, user.quiet_start, user.quiet_end


def inbox_rows(engine) -> list[tuple[str, str]]:
    with transaction(make_session_factory(engine)) as session:
        return [(row.event_id, row.state) for row in session.scalars(select(InboxEvent))]


def replay_later(bolt_app, fake_slack, engine, clock) -> int:
    """What the dispatcher's inbox hook replays once a held command's replay time has passed."""
    clock.advance(first_zone.HELD_WAIT_SECONDS * timedelta(seconds=1) + inbox.REPLAY_AFTER)
    hooks = standard_hooks(
        make_session_factory(engine), make_web_client(config_for(fake_slack)), bolt_app
    )
    return hooks[-1](clock())


def follow_ups(fake_slack, count: int = 1) -> list[dict]:
    return [c.params for c in fake_slack.wait_for("response_url", count)]


def zone_reads_once_dana_is_read(fake_slack) -> int:
    """Alice's users.info calls, counted once the post-reply refresh is through: it reads
    Dana's name after Alice's zone, so a second zone read would be in by then."""
    wait_until(lambda: any(c.params["user"] == DANA for c in fake_slack.calls_to("users.info")))
    return [c.params["user"] for c in fake_slack.calls_to("users.info")].count(ALICE)


def test_a_zone_that_answers_in_time_reads_the_first_once_meeting_in_it(
    new_user, http_bot, sqlite_engine
):
    new_user.slow_down("users.info", 0.1)
    reply = send(http_bot, new_user, ONCE_TODAY)
    assert "Scheduled" in reply["text"] and "America/New_York" in reply["text"]
    assert series_rows(sqlite_engine) == [("once", "2026-11-25", "10:00", "America/New_York")]
    assert zone_reads_once_dana_is_read(new_user) == 1
    assert not new_user.calls_to("response_url")


def test_a_zone_that_answers_late_holds_the_command_and_confirms_it_after(
    new_user, http_bot, sqlite_engine, monkeypatch
):
    monkeypatch.setattr(first_zone, "ZONE_WAIT_SECONDS", 0.1)
    new_user.slow_down("users.info", 0.3)
    reply = send(http_bot, new_user, ONCE_TODAY)
    assert "asking Slack for your time zone" in reply["text"]
    assert series_rows(sqlite_engine) == []  # nothing stored in UTC meanwhile
    [later] = follow_ups(new_user)
    assert later["response_type"] == "ephemeral"
    assert "Scheduled" in later["text"] and "America/New_York" in later["text"]
    assert "already be over" not in later["text"]
    assert series_rows(sqlite_engine) == [("once", "2026-11-25", "10:00", "America/New_York")]
    assert zone_reads_once_dana_is_read(new_user) == 1


def test_quiet_hours_wait_for_the_zone_too(new_user, http_bot, sqlite_engine, monkeypatch):
    monkeypatch.setattr(first_zone, "ZONE_WAIT_SECONDS", 0.1)
    new_user.slow_down("users.info", 0.3)
    reply = send(http_bot, new_user, "settings quiet 22:00-07:00")
    assert "asking Slack for your time zone" in reply["text"]
    [later] = follow_ups(new_user)
    assert "Saved" in later["text"] and "America/New_York" in later["text"]
    assert alice_row(sqlite_engine) == ("America/New_York", "22:00", "07:00")


def test_slack_without_an_answer_says_utc_plainly(new_user, http_bot, sqlite_engine):
    new_user.fail("users.info", status=429, times=None)  # "try later"
    reply = send(http_bot, new_user, f"schedule <@{DANA}|dana> once tomorrow 10am")
    assert "Scheduled" in reply["text"]
    assert first_zone.NO_ANSWER in reply["text"]
    assert series_rows(sqlite_engine) == [("once", "2026-11-26", "10:00", "UTC")]


def test_a_command_without_a_time_does_not_wait_for_the_zone(new_user, http_bot, monkeypatch):
    new_user.slow_down("users.info", 0.3)
    reply = send(http_bot, new_user, "list")
    assert "No 1:1s scheduled yet" in reply["text"]
    assert "asking Slack" not in reply["text"]


def test_a_zone_that_never_answers_reads_the_held_command_in_utc_and_says_so(
    new_user, http_bot, sqlite_engine, monkeypatch
):
    monkeypatch.setattr(first_zone, "ZONE_WAIT_SECONDS", 0.1)
    monkeypatch.setattr(first_zone, "HELD_WAIT_SECONDS", 0.2, raising=False)
    new_user.slow_down("users.info", 1.5)
    reply = send(http_bot, new_user, f"schedule <@{DANA}|dana> once tomorrow 10am")
    assert "asking Slack for your time zone" in reply["text"]
    [later] = follow_ups(new_user)
    assert "Scheduled" in later["text"] and first_zone.NO_ANSWER in later["text"]
    assert series_rows(sqlite_engine) == [("once", "2026-11-26", "10:00", "UTC")]


def test_a_zone_that_cannot_be_stored_tells_the_user_plainly_once(
    new_user, http_bot, sqlite_engine, monkeypatch
):
    def broken_store(*args, **kwargs):
        raise RuntimeError("the database fell over")

    monkeypatch.setattr(first_zone, "ZONE_WAIT_SECONDS", 0.1)
    monkeypatch.setattr(first_zone.profiles, "store_zone", broken_store)
    new_user.slow_down("users.info", 0.3)
    send(http_bot, new_user, ONCE_TODAY)
    [later] = follow_ups(new_user)
    assert later["response_type"] == "ephemeral" and later["text"] == SORRY
    assert series_rows(sqlite_engine) == []
    # The user was told: a replay would only say it again.
    assert [state for _, state in inbox_rows(sqlite_engine)] == ["done"]


def test_a_held_command_outlives_a_crash_and_is_answered_once(
    new_user, http_bot, bolt_app, sqlite_engine, clock, monkeypatch
):
    """The process dies while it holds the command (its held answer never runs). The command
    was kept in the inbox before the ack, so the dispatcher's replay runs it — in the user's
    zone, answered on the response URL — and a later replay finds it done."""
    monkeypatch.setattr(first_zone, "ZONE_WAIT_SECONDS", 0.1)
    dropped, hold = [], first_zone.hold

    def dies_while_holding(context, answer) -> None:
        if dropped:
            hold(context, answer)  # the new process holds its replay as usual
        dropped.append(answer)

    monkeypatch.setattr(first_zone, "hold", dies_while_holding)
    new_user.hold("users.info")
    assert "asking Slack for your time zone" in send(http_bot, new_user, ONCE_TODAY)["text"]
    [(held, state)] = inbox_rows(sqlite_engine)
    assert state == "pending" and series_rows(sqlite_engine) == []
    inbox.release(held)  # a new process holds nothing
    new_user.release("users.info")

    assert replay_later(bolt_app, new_user, sqlite_engine, clock) == 1
    [later] = follow_ups(new_user)
    assert "Scheduled" in later["text"] and "America/New_York" in later["text"]
    assert series_rows(sqlite_engine) == [("once", "2026-11-25", "10:00", "America/New_York")]
    wait_until(lambda: inbox_rows(sqlite_engine) == [(held, "done")])
    assert replay_later(bolt_app, new_user, sqlite_engine, clock) == 0
    assert len(new_user.calls_to("response_url")) == 1


def test_a_held_command_that_ran_is_never_replayed(
    new_user, http_bot, bolt_app, sqlite_engine, clock, monkeypatch
):
    """Taken in the command's own transaction: a replay would answer twice."""
    monkeypatch.setattr(first_zone, "ZONE_WAIT_SECONDS", 0.1)
    new_user.slow_down("users.info", 0.3)
    send(http_bot, new_user, ONCE_TODAY)
    [later] = follow_ups(new_user)
    assert "Scheduled" in later["text"]
    [(_, state)] = inbox_rows(sqlite_engine)
    assert state == "done"
    assert replay_later(bolt_app, new_user, sqlite_engine, clock) == 0
    assert len(new_user.calls_to("response_url")) == 1
