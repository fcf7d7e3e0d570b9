"""Capture over signed HTTP: reactions, DMs, the message shortcut and the backfill (issue 5)."""

from __future__ import annotations

import time
from datetime import timedelta

from bot.slack_client import make_web_client
from handlers.capture.backfill import fill_pending_texts
from handlers.capture.reactions import PENDING_TEXT, UNREADABLE_TEXT
from storage.db import make_session_factory
from tests.blocks import assert_valid_message, assert_valid_view
from tests.conftest import config_for
from tests.slack.capture_helpers import (
    CHANNEL,
    dm,
    entries,
    message_shortcut,
    metadata,
    modal_values,
    post_event,
    reaction,
    view_submission,
    wait_until,
)
from tests.slack.conftest import ALICE, DANA

TS = "1700000100.000200"


def _with_dana(alice) -> None:
    alice.command(f"log <@{DANA}> note: we met")  # Dana becomes one of Alice's counterparts


def _only(engine, kind: str):
    """The one entry of `kind`, waiting for it: listeners commit just after they reply."""

    def one():
        rows = [e for e in entries(engine) if e.kind == kind]
        return rows if len(rows) == 1 else None

    return wait_until(one)[0]


def test_pushpin_logs_one_followup_even_when_retried_and_removal_undoes_it(
    alice, http_bot, fake_slack, sqlite_engine
):
    _with_dana(alice)
    fake_slack.add_message(
        CHANNEL, TS, "Could you send me the migration plan by Friday?", user=DANA
    )
    pin = reaction(ALICE, "pushpin", TS, author=DANA)
    post_event(http_bot, pin, event_id="EvPIN0001")
    [confirm] = fake_slack.wait_for("chat.postEphemeral")
    assert confirm.params["user"] == ALICE and confirm.params["channel"] == CHANNEL
    assert_valid_message(confirm.params)
    assert "migration plan" in confirm.params["text"]
    entry = _only(sqlite_engine, "followup")
    assert entry.text == "Could you send me the migration plan by Friday?"
    assert entry.permalink == f"https://fake.slack.com/archives/{CHANNEL}/p1700000100000200"
    assert (entry.source, entry.source_channel, entry.source_ts) == ("reaction", CHANNEL, TS)
    assert entry.relationship_id is not None  # Dana, the author, is Alice's counterpart
    assert not entry.text_pending

    # Slack retries the same delivery: dropped by event_id.
    post_event(http_bot, pin, event_id="EvPIN0001", retry_num=1)
    # The same reaction arriving again under a new event id: unique (owner, channel, ts, kind).
    post_event(http_bot, pin, event_id="EvPIN0002")
    time.sleep(0.5)
    assert len([e for e in entries(sqlite_engine) if e.kind == "followup"]) == 1
    assert len(fake_slack.calls_to("conversations.history")) == 1

    post_event(http_bot, reaction(ALICE, "pushpin", TS, author=DANA, removed=True))
    wait_until(lambda: not [e for e in entries(sqlite_engine) if e.kind == "followup"])
    assert [e.kind for e in entries(sqlite_engine)] == ["note"]  # the rest is untouched
    said = fake_slack.wait_for("chat.postEphemeral", 2)
    for call in said:
        assert_valid_message(call.params)
        assert call.params["user"] == ALICE
    assert "removed" in said[-1].params["text"]


def test_trophy_logs_a_win_and_an_unknown_author_leaves_the_relationship_empty(
    alice, http_bot, fake_slack, sqlite_engine
):
    fake_slack.add_message(CHANNEL, TS, "Shipped the billing migration", user="U0STRANGER")
    post_event(http_bot, reaction(ALICE, "trophy", TS, author="U0STRANGER"))
    wait_until(lambda: entries(sqlite_engine))
    win = _only(sqlite_engine, "win")
    assert win.text == "Shipped the billing migration" and win.relationship_id is None


def test_pushpin_on_a_thread_reply_reads_it_through_conversations_replies(
    alice, http_bot, fake_slack, sqlite_engine
):
    reply_ts = "1700000100.000900"
    fake_slack.add_message(CHANNEL, TS, "Thread start", user=DANA)
    fake_slack.add_message(CHANNEL, reply_ts, "I'll review your doc", user=DANA, thread_ts=TS)
    post_event(http_bot, reaction(ALICE, "pushpin", reply_ts, author=DANA))
    fake_slack.wait_for("chat.postEphemeral")
    [replies] = fake_slack.calls_to("conversations.replies")
    assert replies.params["channel"] == CHANNEL and replies.params["latest"] == reply_ts
    entry = _only(sqlite_engine, "followup")
    assert entry.text == "I'll review your doc" and entry.source_ts == reply_ts


def test_rate_limited_history_stores_a_placeholder_and_fills_it_in_after_retry_after(
    alice, http_bot, fake_slack, sqlite_engine, clock
):
    fake_slack.add_message(CHANNEL, TS, "Budget numbers for Q3", user=DANA)
    fake_slack.fail("conversations.history", status=429, retry_after=1)
    post_event(http_bot, reaction(ALICE, "pushpin", TS, author=DANA))
    fake_slack.wait_for("chat.postEphemeral")
    entry = _only(sqlite_engine, "followup")
    assert (entry.text, entry.text_pending) == (PENDING_TEXT, True)
    assert entry.permalink  # the reference is kept at once
    # Retry-After is written down for the backfill, not slept through in the listener
    assert entry.text_retry_at == clock() + timedelta(seconds=1)
    assert len(fake_slack.calls_to("conversations.history")) == 1  # no automatic retry

    factory = make_session_factory(sqlite_engine)
    client = make_web_client(config_for(fake_slack))
    assert fill_pending_texts(factory, client, clock()) == 0  # Retry-After not over yet
    clock.advance(timedelta(seconds=2))
    assert fill_pending_texts(factory, client, clock()) == 1
    entry = _only(sqlite_engine, "followup")
    assert (entry.text, entry.text_pending, entry.text_retry_at) == (
        "Budget numbers for Q3",
        False,
        None,
    )
    assert fill_pending_texts(factory, client, clock()) == 0


def test_backfill_hit_by_another_429_tries_again_later_and_never_loses_the_entry(
    alice, http_bot, fake_slack, sqlite_engine, clock
):
    fake_slack.add_message(CHANNEL, TS, "Send the deck", user=DANA)
    fake_slack.fail("conversations.history", status=429, retry_after=1)
    post_event(http_bot, reaction(ALICE, "pushpin", TS, author=DANA))
    fake_slack.wait_for("chat.postEphemeral")
    factory = make_session_factory(sqlite_engine)
    client = make_web_client(config_for(fake_slack))
    clock.advance(timedelta(seconds=2))
    fake_slack.fail("conversations.history", status=429, retry_after=30)
    assert fill_pending_texts(factory, client, clock()) == 0
    entry = _only(sqlite_engine, "followup")
    assert entry.text_pending and entry.text_retry_at == clock() + timedelta(seconds=30)
    clock.advance(timedelta(seconds=31))
    assert fill_pending_texts(factory, client, clock()) == 1
    assert _only(sqlite_engine, "followup").text == "Send the deck"


def test_check_mark_on_the_bots_followup_message_closes_it(
    alice, http_bot, fake_slack, sqlite_engine
):
    post_event(http_bot, dm(ALICE, "followup: send Dana the numbers"))
    [posted] = fake_slack.wait_for("chat.postMessage")
    entry = _only(sqlite_engine, "followup")
    bot_ts = "1700000200.000100"
    fake_slack.messages[("D" + ALICE[1:], bot_ts)] = {
        "type": "message",
        "ts": bot_ts,
        "user": "UBOT0001",
        "text": posted.params["text"],
        "blocks": posted.params["blocks"],
    }
    check = reaction(ALICE, "white_check_mark", bot_ts, channel="D" + ALICE[1:], author="UBOT0001")
    post_event(http_bot, check)
    wait_until(lambda: _only(sqlite_engine, "followup").status == "done")
    post_event(http_bot, dict(check, type="reaction_removed"))
    wait_until(lambda: _only(sqlite_engine, "followup").status == "open")
    assert _only(sqlite_engine, "followup").id == entry.id


def test_dm_ask_with_a_person_is_tied_to_them_and_undo_removes_it(
    alice, http_bot, fake_slack, sqlite_engine
):
    post_event(http_bot, dm(ALICE, f"ask: intro to the data platform lead <@{DANA}>"))
    [reply] = fake_slack.wait_for("chat.postMessage")
    assert reply.params["channel"] == ALICE
    assert_valid_message(reply.params)
    assert f"<@{DANA}>" in reply.params["text"]
    entry = _only(sqlite_engine, "ask")
    assert entry.source == "dm" and "data platform lead" in entry.text
    from storage.models import Relationship

    with make_session_factory(sqlite_engine)() as session:
        assert session.get(Relationship, entry.relationship_id).counterpart_user_id == DANA
    undo = next(b["accessory"] for b in reply.params["blocks"] if "accessory" in b)
    assert undo["text"]["text"] == "Undo"
    answers = alice.press(undo["action_id"], undo["value"])
    assert any("Undone" in str(a) for a in answers)
    wait_until(lambda: entries(sqlite_engine) == [])


def test_dm_help_and_prep_answer_like_the_slash_command(alice, http_bot, fake_slack):
    post_event(http_bot, dm(ALICE, "help"))
    [help_reply] = fake_slack.wait_for("chat.postMessage")
    assert_valid_message(help_reply.params)
    assert "/oneonone" in help_reply.params["text"] + str(help_reply.params["blocks"])
    post_event(http_bot, dm(ALICE, "prep"))
    calls = fake_slack.wait_for("chat.postMessage", 2)
    assert_valid_message(calls[1].params)
    assert "/oneonone schedule" in calls[1].params["text"]


def test_dm_oversharing_warning_is_added(alice, http_bot, fake_slack):
    post_event(http_bot, dm(ALICE, "note: I've been exhausted since my surgery"))
    [reply] = fake_slack.wait_for("chat.postMessage")
    assert_valid_message(reply.params)
    assert ":warning:" in str(reply.params["blocks"])


def test_the_bot_other_bots_edits_and_deletions_are_ignored(
    alice, http_bot, fake_slack, sqlite_engine
):
    post_event(http_bot, dm(ALICE, "win: shipped it"))
    fake_slack.wait_for("chat.postMessage")
    ignored = [
        dm("UBOT0001", "Logged a win"),
        dm("U0OTHERBOT", "beep", bot_id="B0OTHER"),
        dict(dm(ALICE, ""), subtype="message_changed", message={"text": "win: edited"}),
        dict(dm(ALICE, ""), subtype="message_deleted", previous_message={"text": "win: x"}),
        dict(dm(ALICE, "hello"), channel_type="channel"),
    ]
    for payload in ignored:
        post_event(http_bot, payload)
    time.sleep(0.5)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert [e.text for e in wait_until(lambda: entries(sqlite_engine))] == ["shipped it"]


def test_message_shortcut_opens_a_prefilled_form_and_saves_with_the_picked_person(
    alice, http_bot, fake_slack, sqlite_engine
):
    message = {"type": "message", "ts": TS, "text": "Great demo today!", "user": DANA}
    reply = http_bot.post(
        message_shortcut(ALICE, message, channel="D0SOMEDM", response_url=fake_slack.url + "r/s")
    )
    assert reply.status == 200
    [opened] = fake_slack.wait_for("views.open")
    view = opened.params["view"]
    assert_valid_view(view)
    person = next(b for b in view["blocks"] if b.get("block_id") == "person")
    text = next(b for b in view["blocks"] if b.get("block_id") == "text")
    assert person["element"]["initial_user"] == DANA
    assert text["element"]["initial_value"] == "Great demo today!"

    submitted = http_bot.post(
        view_submission(
            ALICE, view, modal_values(kind="win", text="Great demo today!", person=DANA)
        )
    )
    assert submitted.status == 200 and not submitted.body.strip(b"{} ")
    [confirm] = fake_slack.wait_for("chat.postMessage")
    assert confirm.params["channel"] == ALICE
    assert_valid_message(confirm.params)
    # The permalink is read from Slack after the commit and the confirmation.
    win = wait_until(lambda: (entry := _only(sqlite_engine, "win")).permalink and entry)
    assert (win.source, win.source_channel, win.source_ts) == ("shortcut", "D0SOMEDM", TS)
    assert win.relationship_id is not None
    assert metadata(view)["ts"] == TS


def test_message_shortcut_works_with_nobody_picked(alice, http_bot, fake_slack, sqlite_engine):
    message = {"type": "message", "ts": TS, "text": "My own note", "user": ALICE}
    http_bot.post(message_shortcut(ALICE, message, channel=CHANNEL, response_url=""))
    [opened] = fake_slack.wait_for("views.open")
    view = opened.params["view"]
    person = next(b for b in view["blocks"] if b.get("block_id") == "person")
    assert "initial_user" not in person["element"]  # your own message: nobody to prefill
    reply = http_bot.post(view_submission(ALICE, view, modal_values(kind="note", text="My note")))
    assert reply.status == 200
    wait_until(lambda: entries(sqlite_engine))
    note = _only(sqlite_engine, "note")
    assert note.relationship_id is None and note.source == "shortcut"


def test_backfill_of_a_message_deleted_meanwhile_keeps_the_entry_and_stops_trying(
    alice, http_bot, fake_slack, sqlite_engine, clock
):
    fake_slack.add_message(CHANNEL, TS, "Soon gone", user=DANA)
    fake_slack.fail("conversations.history", status=429, retry_after=1)
    post_event(http_bot, reaction(ALICE, "pushpin", TS, author=DANA))
    fake_slack.wait_for("chat.postEphemeral")
    _only(sqlite_engine, "followup")
    del fake_slack.messages[(CHANNEL, TS)]
    clock.advance(timedelta(seconds=2))
    factory = make_session_factory(sqlite_engine)
    client = make_web_client(config_for(fake_slack))
    assert fill_pending_texts(factory, client, clock()) == 0
    entry = _only(sqlite_engine, "followup")
    assert entry.text == UNREADABLE_TEXT and not entry.text_pending and entry.permalink
    reads = len(fake_slack.calls_to("conversations.history"))
    clock.advance(timedelta(hours=1))
    assert fill_pending_texts(factory, client, clock()) == 0
    assert len(fake_slack.calls_to("conversations.history")) == reads


def test_backfill_skips_an_entry_removed_before_its_text_arrived(
    alice, http_bot, fake_slack, sqlite_engine, clock
):
    fake_slack.add_message(CHANNEL, TS, "Pinned then unpinned", user=DANA)
    fake_slack.fail("conversations.history", status=429, retry_after=1)
    post_event(http_bot, reaction(ALICE, "pushpin", TS, author=DANA))
    _only(sqlite_engine, "followup")
    post_event(http_bot, reaction(ALICE, "pushpin", TS, author=DANA, removed=True))
    wait_until(lambda: entries(sqlite_engine) == [])
    clock.advance(timedelta(seconds=2))
    factory = make_session_factory(sqlite_engine)
    client = make_web_client(config_for(fake_slack))
    assert fill_pending_texts(factory, client, clock()) == 0
    assert entries(sqlite_engine) == []


def test_a_user_whose_first_actions_are_pins_is_told_about_the_utc_fallback(
    http_bot, fake_slack, sqlite_engine
):
    """Review finding 10: the look before Slack is asked (is it logged already?) used to take
    the one-off time-zone note and drop it, and a reaction's confirmation carried no notes."""
    user = "U0NOZONE1"
    fake_slack.add_user(user, tz=None)
    for i, ts in enumerate(("1700000100.000300", "1700000100.000400")):
        fake_slack.add_message(CHANNEL, ts, f"Please send the deck, part {i}", user=DANA)
        post_event(http_bot, reaction(user, "pushpin", ts, author=DANA))
        fake_slack.wait_for("chat.postEphemeral", count=i + 1)
        wait_until(lambda: _zone_checked(sqlite_engine, user))  # read after the first reply
    texts = [c.params["text"] for c in fake_slack.calls_to("chat.postEphemeral")]
    assert sum("couldn't read your time zone" in t for t in texts) == 1, texts


def _zone_checked(engine, user_id: str) -> bool:
    from bot.fake_slack import TEAM_ID
    from storage.db import transaction
    from storage.users import find_user

    with transaction(make_session_factory(engine)) as session:
        user = find_user(session, TEAM_ID, user_id)
        return user is not None and user.tz_checked_at is not None
