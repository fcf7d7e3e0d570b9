"""Feeds the bot must refuse (issue 14, must-show 4) and the secret it must keep (must-show 5).

Each refusal is checked where it lands: the reply or DM Alice gets, no calendar row, no series,
and the bot still answering the next command.
"""

from __future__ import annotations

import logging

import pytest
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import func, select, text

from bot.fake_slack import TEAM_ID
from storage.db import make_session_factory, transaction
from storage.models import Calendar, CalendarEvent, MeetingSeries
from tests import signing
from tests.blocks import assert_valid_view
from tests.calendar.conftest import FEED, KEY, another_instance, connect
from tests.calendar.feeds import START, alice_feed
from tests.slack.conftest import ALICE


def imported(engine) -> tuple[int, int, int]:
    with transaction(make_session_factory(engine)) as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Calendar, CalendarEvent, MeetingSeries)
        )


def refused_by_dm(alice, fake_slack, url: str) -> str:
    before = len(fake_slack.calls_to("chat.postMessage"))
    reply = alice.command(f"calendar <{url}>")
    assert "Connecting your calendar" in reply["text"]
    (dm,) = fake_slack.wait_for("chat.postMessage", before + 1)[before:]
    assert dm.params["channel"] == ALICE
    assert "couldn't connect your calendar" in dm.params["text"]
    assert "Nothing was imported" in dm.params["text"]
    return dm.params["text"]


def still_works(alice) -> None:
    assert "No 1:1s scheduled yet" in alice.command("list")["text"]


def test_a_loopback_address_is_refused_without_the_operators_setting(
    alice, clock, feed_server, sqlite_engine, monkeypatch
):
    monkeypatch.delenv("ONEONONE_CALENDAR_ALLOW_PRIVATE")
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    for host in ("127.0.0.1", "localhost", "[::1]"):
        reply = alice.command(f"calendar {feed_server.url(FEED, host=host)}")
        assert "points inside a private network" in reply["text"], reply["text"]
    assert feed_server.log == []  # never even asked
    assert imported(sqlite_engine) == (0, 0, 0)
    still_works(alice)


def test_a_50_mb_feed_is_refused_at_the_cap(alice, clock, fake_slack, feed_server, sqlite_engine):
    feed_server.serve_endless("/huge.ics", 50 * 1024 * 1024)
    clock.current = START
    message = refused_by_dm(alice, fake_slack, feed_server.url("/huge.ics"))
    assert "larger than 5 MB" in message
    assert imported(sqlite_engine) == (0, 0, 0)
    still_works(alice)


def test_a_feed_that_redirects_to_another_host_is_refused(
    alice, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    feed_server.redirect("/moved.ics", feed_server.url(FEED, host="localhost"))
    clock.current = START
    message = refused_by_dm(alice, fake_slack, feed_server.url("/moved.ics"))
    assert "sends me on to a different site" in message
    assert feed_server.statuses(FEED) == []
    assert imported(sqlite_engine) == (0, 0, 0)
    still_works(alice)


def test_a_same_host_redirect_is_followed(alice, clock, fake_slack, feed_server, sqlite_engine):
    feed_server.serve(FEED, alice_feed())
    feed_server.redirect("/old.ics", FEED)
    clock.current = START
    before = len(fake_slack.calls_to("chat.postMessage"))
    alice.command(f"calendar {feed_server.url('/old.ics')}")
    (dm,) = fake_slack.wait_for("chat.postMessage", before + 1)[before:]
    assert "Your calendar is connected" in dm.params["text"]
    assert imported(sqlite_engine)[0] == 1


def test_a_web_page_is_not_a_calendar(alice, clock, fake_slack, feed_server, sqlite_engine):
    feed_server.serve("/page", b"<!doctype html><html><body>Sign in</body></html>", "text/html")
    clock.current = START
    message = refused_by_dm(alice, fake_slack, feed_server.url("/page"))
    assert "doesn't return a calendar" in message
    assert imported(sqlite_engine) == (0, 0, 0)
    still_works(alice)


@pytest.mark.parametrize(
    "address, problem",
    [
        ("ftp://example.com/cal.ics", "starts with `https://`"),
        ("file:///etc/passwd", "starts with `https://`"),
        ("https://10.1.2.3/cal.ics", "private network"),
        ("http://169.254.169.254/latest/meta-data", "private network"),
    ],
)
def test_addresses_refused_at_once(alice, sqlite_engine, monkeypatch, address, problem):
    monkeypatch.delenv("ONEONONE_CALENDAR_ALLOW_PRIVATE")
    reply = alice.command(f"calendar {address}")
    assert problem in reply["text"], reply["text"]
    assert imported(sqlite_engine) == (0, 0, 0)


def test_a_feed_that_breaks_later_keeps_the_last_good_copy_and_tells_the_user_once(
    alice, dispatcher, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    connect(alice, fake_slack, feed_server)
    before = len(fake_slack.calls_to("chat.postMessage"))
    planned = imported(sqlite_engine)
    feed_server.serve(FEED, b"<html>maintenance</html>", "text/html")
    for _ in range(3):
        clock.current = clock.current.replace(minute=clock.current.minute + 11)
        dispatcher.tick()
    dms = [c.params["text"] for c in fake_slack.calls_to("chat.postMessage")][before:]
    warnings = [t for t in dms if "couldn't read your calendar just now" in t]
    assert len(warnings) == 1 and "doesn't return a calendar" in warnings[0]
    assert imported(sqlite_engine) == planned
    assert "Last read failed" in str(alice.command("list")["blocks"])


def test_the_stored_address_is_unreadable_without_the_key_and_in_no_log(
    alice, dispatcher, clock, fake_slack, feed_server, sqlite_engine, caplog
):
    caplog.set_level(logging.DEBUG)
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    before = len(fake_slack.calls_to("chat.postMessage"))
    reply = alice.command(f"calendar {feed_server.url(FEED)}")
    fake_slack.wait_for("chat.postMessage", before + 1)
    clock.current = clock.current.replace(minute=30)
    dispatcher.tick()  # a conditional re-read
    feed_server.serve(FEED, b"not a calendar")
    clock.current = clock.current.replace(minute=50)
    dispatcher.tick()  # a failed read

    secret_part = "private-3f9a7c"
    with sqlite_engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM calendars")).all()
    (row,) = rows
    assert all(secret_part not in str(value) for value in row)
    stored = row._mapping["secret"]
    with pytest.raises(InvalidToken):
        Fernet(Fernet.generate_key()).decrypt(stored.encode())
    assert secret_part in Fernet(KEY.encode()).decrypt(stored.encode()).decode()

    # Never echoed back in full, never logged (at any level), never sent to Slack.
    assert secret_part not in reply["text"]
    assert secret_part not in caplog.text
    assert all(secret_part not in record.getMessage() for record in caplog.records)
    assert all(secret_part not in str(call.params) for call in fake_slack.calls)


def test_without_the_operators_key_calendars_say_how_to_switch_them_on(
    alice, sqlite_engine, monkeypatch
):
    monkeypatch.delenv("ONEONONE_SECRET_KEY")
    reply = alice.command("calendar https://calendar.example.com/feed.ics")
    assert "ONEONONE_SECRET_KEY" in reply["text"] and "oneonone doctor" in reply["text"]
    assert imported(sqlite_engine) == (0, 0, 0)


def test_calendar_alone_opens_the_form(alice, fake_slack):
    reply = alice.command("calendar")
    assert "Opening the calendar form" in reply["text"]
    (opened,) = fake_slack.wait_for("views.open")
    view = opened.params["view"]
    assert_valid_view(view)
    assert view["callback_id"] == "calendar_modal"
    assert {b.get("block_id") for b in view["blocks"]} >= {"feed", "caldav", "username", "password"}


def test_a_changed_operator_key_tells_the_user_to_reconnect_and_logs_for_the_operator(
    alice, dispatcher, clock, fake_slack, feed_server, sqlite_engine, monkeypatch, caplog
):
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    connect(alice, fake_slack, feed_server)
    planned = imported(sqlite_engine)
    monkeypatch.setenv("ONEONONE_SECRET_KEY", Fernet.generate_key().decode())
    rekeyed = another_instance(dispatcher, "rekeyed")
    clock.current = clock.current.replace(minute=30)
    rekeyed.tick()
    last = fake_slack.calls_to("chat.postMessage")[-1].params["text"]
    assert "Connect it again" in last and "ONEONONE_SECRET_KEY" not in last
    assert "does not open what was stored" in caplog.text
    assert imported(sqlite_engine) == planned  # the last good import stays


@pytest.mark.parametrize("state", [None, {"values": None}, {"values": {"feed": None}}])
def test_a_forged_calendar_form_gets_the_form_error_not_a_500(http_bot, state) -> None:
    """Found by the slow fuzz run: a view_submission whose `state` is null crashed the form's
    listener (HTTP 500). A form that cannot be read is an empty form."""
    payload = {
        "type": "view_submission",
        "team": {"id": TEAM_ID, "domain": "fake"},
        "user": {"id": ALICE, "team_id": TEAM_ID, "username": "alice"},
        "api_app_id": "A0APP",
        "trigger_id": "1337.42.abcd",
        "view": {
            "id": "V0FORGED1",
            "type": "modal",
            "callback_id": "calendar_modal",
            "state": state,
        },
    }
    reply = http_bot.post(signing.interaction(payload))
    assert reply.status == 200, reply.text
    assert reply.json()["errors"] == {"feed": "Fill in a feed address or a CalDAV URL."}
