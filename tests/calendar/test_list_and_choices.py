"""A calendar 1:1 in the list, App Home and the card; muting one, marking a group meeting as a
1:1, a typed schedule beside it, and disconnecting."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from storage.db import make_session_factory, transaction
from storage.models import CalendarEvent, Relationship
from tests import signing
from tests.blocks import assert_valid_message, assert_valid_view
from tests.calendar.conftest import FEED, connect, live
from tests.calendar.feeds import DANA_STARTS, SAM_STARTS, START, alice_feed, utc
from tests.slack.conftest import ALICE, DANA

TEAM_SYNC = utc(3, 8, 16)  # Monday 11:00 EST, the group meeting's first time in the window


def buttons(blocks) -> dict[str, str]:
    """Button text → value, for the section accessories of a reply."""
    return {
        f"{b['text']['text']}:{b['accessory']['text']['text']}": b["accessory"]["value"]
        for b in blocks
        if b.get("type") == "section" and b.get("accessory")
    }


def test_the_list_mutes_a_calendar_one_on_one_and_marks_a_group_meeting(
    alice, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    connect(alice, fake_slack, feed_server)
    listed = alice.command("list")
    assert_valid_message(listed)
    assert "from your calendar" in listed["text"]
    choices = buttons(listed["blocks"])
    mute = next(v for k, v in choices.items() if "Dana / Alice" in k and k.endswith(":Mute"))
    mark = next(v for k, v in choices.items() if "Team sync" in k and k.endswith(":It's a 1:1"))

    answers = alice.press("calendar_choice", mute)
    assert "Muted" in json.dumps(answers)
    assert {start for start, _ in live(sqlite_engine)} == set(SAM_STARTS)

    answers = alice.press("calendar_choice", mark)
    assert "treat that meeting as a 1:1" in json.dumps(answers)
    assert (TEAM_SYNC, "before:1h") in live(sqlite_engine)

    follow = buttons(alice.command("list")["blocks"])
    again = next(v for k, v in follow.items() if k.endswith(":Follow again"))
    alice.press("calendar_choice", again)
    assert {DANA_STARTS[0], DANA_STARTS[1]} <= {start for start, _ in live(sqlite_engine)}


def test_someone_elses_calendar_event_cannot_be_changed(
    alice, bob, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    connect(alice, fake_slack, feed_server)
    with transaction(make_session_factory(sqlite_engine)) as session:
        event_ids = list(session.scalars(select(CalendarEvent.id)))
    planned = live(sqlite_engine)
    for event_id in event_ids:
        answers = bob.press("calendar_choice", f"{event_id}|muted")
        assert "couldn't find that calendar event" in json.dumps(answers)
    assert live(sqlite_engine) == planned


def test_typed_and_calendar_are_one_relationship_and_home_says_from_your_calendar(
    alice, http_bot, clock, fake_slack, feed_server, sqlite_engine
):
    clock.current = START
    alice.command(f"schedule <@{DANA}> weekly fri 15:00")
    feed_server.serve(FEED, alice_feed())
    connect(alice, fake_slack, feed_server)
    with transaction(make_session_factory(sqlite_engine)) as session:
        dana = session.scalars(
            select(Relationship).where(Relationship.counterpart_user_id == DANA)
        ).all()
    assert len(dana) == 1

    event = {"type": "app_home_opened", "user": ALICE, "channel": "D0HOME", "tab": "home"}
    before = len(fake_slack.calls_to("views.publish"))
    http_bot.post(signing.event(event))
    view = fake_slack.wait_for("views.publish", before + 1)[-1].params["view"]
    assert_valid_view(view)
    home = json.dumps(view)
    assert "from your calendar" in home and "Weekly on Fri at 15:00" in home

    card = alice.command(f"prep <@{DANA}>")
    assert "From your calendar" in json.dumps(card["blocks"])


def test_off_removes_what_came_from_the_calendar_and_keeps_typed_series(
    alice, clock, fake_slack, feed_server, sqlite_engine
):
    clock.current = START
    alice.command(f"schedule <@{DANA}> weekly fri 15:00")
    feed_server.serve(FEED, alice_feed())
    connect(alice, fake_slack, feed_server)
    reply = alice.command("calendar off")
    assert "Disconnected your calendar" in reply["text"]
    listed = alice.command("list")["text"]
    assert "from your calendar" not in listed and "Weekly on Fri at 15:00" in listed
    assert {start for start, _ in live(sqlite_engine)} == {utc(3, 12, 20), utc(3, 19, 19)}
    assert "No calendar is connected" in alice.command("calendar off")["text"]


def test_cancelling_a_calendar_one_on_one_survives_the_next_read_and_undo_restores_it(
    alice, dispatcher, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    connect(alice, fake_slack, feed_server)
    reply = alice.command(f"cancel <@{DANA}>")
    undo = reply["blocks"][0]["accessory"]["value"]
    clock.current += timedelta(minutes=11)
    dispatcher.tick()  # the calendar is read again: Dana's 1:1 stays ended
    assert {start for start, _ in live(sqlite_engine)} == set(SAM_STARTS)
    alice.press("series_uncancel", undo)
    clock.current += timedelta(minutes=11)
    dispatcher.tick()
    assert {DANA_STARTS[0], DANA_STARTS[1]} <= {start for start, _ in live(sqlite_engine)}


def test_a_typed_schedule_beside_a_calendar_one_says_so(
    alice, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    connect(alice, fake_slack, feed_server)
    reply = alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    assert "also follow a 1:1 with them from your calendar" in json.dumps(reply["blocks"])
