"""Follow-through prompts from the real dispatcher (issue 12, must show 2): a made ask with no
answer gets "What was the answer?" once, after its wait and outside quiet hours; answering it
closes the loop. Counted at the fake Slack, checked in the database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.fake_slack import DROP
from services.leverage_prompts import LEASE
from storage.db import make_session_factory, transaction
from storage.models import Entry, FollowThrough
from tests.blocks import assert_valid_message
from tests.slack.conftest import ALICE, DANA

QUESTION = "What was the answer?"


def _prompts(fake, words: str = QUESTION) -> list:
    return [c for c in fake.calls_to("chat.postMessage") if words in str(c.params.get("text"))]


def _ticks(dispatcher, clock, *, hours: int, step=timedelta(minutes=30)) -> None:
    for _ in range(int(timedelta(hours=hours) / step)):
        clock.advance(step)
        dispatcher.tick()


def test_an_unanswered_ask_is_prompted_once_and_the_answer_closes_it(
    alice, dispatcher, fake_slack, clock, sqlite_engine
):
    # 09:00 UTC is 04:00 in New York (Alice's zone): inside her quiet hours.
    alice.command(f"log <@{DANA}> ask: budget for the data engineering course")
    _ticks(dispatcher, clock, hours=70, step=timedelta(hours=5))  # under three days: not yet
    assert _prompts(fake_slack) == []
    _ticks(dispatcher, clock, hours=2)  # three days on, 04:00–06:00 New York: quiet
    assert _prompts(fake_slack) == []
    _ticks(dispatcher, clock, hours=6)  # past 08:00 New York
    (prompt,) = _prompts(fake_slack)
    assert prompt.params["channel"] == "D" + ALICE[1:]  # her DM with the bot
    assert_valid_message(prompt.params)
    assert "budget for the data engineering course" in prompt.params["text"]
    buttons = [e for b in prompt.params["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["text"]["text"] for b in buttons] == ["Yes", "Not yet", "No"]
    _ticks(dispatcher, clock, hours=48, step=timedelta(hours=6))
    assert len(_prompts(fake_slack)) == 1  # once

    answers = alice.press(buttons[0]["action_id"], buttons[0]["value"])  # Yes
    assert any("well done" in str(a.get("text")) for a in answers)
    with transaction(make_session_factory(sqlite_engine)) as session:
        ask = session.scalars(select(Entry).where(Entry.kind == "ask")).one()
        row = session.scalars(select(FollowThrough)).one()
        followup = session.scalars(select(Entry).where(Entry.kind == "followup")).one()
        assert (ask.status, row.answer, row.prompt_at) == ("done", "yes", None)
        assert "Thank" in followup.text and followup.relationship_id == ask.relationship_id
    _ticks(dispatcher, clock, hours=24 * 10, step=timedelta(days=1))
    assert len(_prompts(fake_slack)) == 1


def test_not_yet_brings_a_gentle_follow_up_to_the_card_after_a_week(
    alice, dispatcher, fake_slack, clock
):
    alice.command(f"log <@{DANA}> ask: budget for the data engineering course")
    _ticks(dispatcher, clock, hours=80, step=timedelta(hours=4))
    (prompt,) = _prompts(fake_slack)
    not_yet = [e for b in prompt.params["blocks"] if b["type"] == "actions" for e in b["elements"]][
        1
    ]
    alice.press(not_yet["action_id"], not_yet["value"])
    assert "Gentle follow-up" not in str(alice.command(f"prep <@{DANA}>")["blocks"])
    clock.advance(timedelta(days=7))
    assert "Gentle follow-up" in str(alice.command(f"prep <@{DANA}>")["blocks"])


def test_no_steers_the_next_card_to_a_different_kind_of_ask(alice, dispatcher, fake_slack, clock):
    alice.command(f"log <@{DANA}> ask: lead the Q3 migration")
    _ticks(dispatcher, clock, hours=80, step=timedelta(hours=4))
    (prompt,) = _prompts(fake_slack)
    no = [e for b in prompt.params["blocks"] if b["type"] == "actions" for e in b["elements"]][2]
    alice.press(no["action_id"], no["value"])
    card = alice.command(f"prep <@{DANA}>")
    assert "different kind of ask" in str(card["blocks"])


def test_a_promise_gets_its_reminder_and_counts_as_given_once_delivered(
    alice, dispatcher, fake_slack, clock, sqlite_engine
):
    alice.command(f"log <@{DANA}> I'll send Dana the migration plan by fri")
    _ticks(dispatcher, clock, hours=24 * 3, step=timedelta(hours=3))
    (reminder,) = _prompts(fake_slack, "deliver")
    buttons = [
        e for b in reminder.params["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert [b["text"]["text"] for b in buttons] == ["Delivered"]
    with transaction(make_session_factory(sqlite_engine)) as session:
        assert session.scalars(select(Entry.kind)).one() == "followup"
    alice.press(buttons[0]["action_id"], buttons[0]["value"])
    with transaction(make_session_factory(sqlite_engine)) as session:
        entry = session.scalars(select(Entry)).one()
        assert (entry.kind, entry.status) == ("gave", "done")


def test_a_prompt_slack_refused_is_sent_after_its_lease_not_dropped(
    alice, dispatcher, fake_slack, clock, sqlite_engine
):
    alice.command(f"log <@{DANA}> ask: budget for the data engineering course")
    clock.advance(timedelta(days=3, hours=6))  # due, and 10:00 in New York
    fake_slack.fail("chat.postMessage", status=500, times=None)
    dispatcher.tick()
    fake_slack.clear_failures()
    refused = len(_prompts(fake_slack))
    assert refused >= 1  # tried, and Slack said no
    with transaction(make_session_factory(sqlite_engine)) as session:
        assert session.scalars(select(FollowThrough.prompted_at)).one() is None
    clock.advance(timedelta(minutes=1))
    dispatcher.tick()  # still within the lease
    assert len(_prompts(fake_slack)) == refused
    clock.advance(timedelta(minutes=2))
    dispatcher.tick()
    dispatcher.tick()
    assert len(_prompts(fake_slack)) == refused + 1
    with transaction(make_session_factory(sqlite_engine)) as session:
        row = session.scalars(select(FollowThrough)).one()
        assert (row.prompted_at, row.prompt_at) == (clock(), None)


@pytest.mark.parametrize("answer", [503, DROP], ids=["503", "dropped-connection"])
def test_a_prompt_slack_took_but_whose_answer_was_lost_is_not_sent_again(
    answer, alice, dispatcher, fake_slack, clock, sqlite_engine
):
    alice.command(f"log <@{DANA}> ask: budget for the data engineering course")
    clock.advance(timedelta(days=3, hours=6))  # due, and 10:00 in New York
    fake_slack.fail("chat.postMessage", status=answer, times=1, after_work=True)
    dispatcher.tick()  # posted; the answer never reached us
    clock.advance(LEASE + timedelta(minutes=1))
    dispatcher.tick()  # the retry reads the DM first and finds it
    _ticks(dispatcher, clock, hours=2)
    assert len(fake_slack.posted["D" + ALICE[1:]]) == 1  # what Alice sees: one prompt
    assert len(_prompts(fake_slack)) == 1  # and no second post was even tried
    assert fake_slack.calls_to("conversations.history")
    with transaction(make_session_factory(sqlite_engine)) as session:
        row = session.scalars(select(FollowThrough)).one()
        assert row.prompted_at is not None and row.prompt_at is None
