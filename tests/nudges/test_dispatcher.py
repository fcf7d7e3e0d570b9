"""Nudges with a controlled clock: planning, delivery once, quiet hours, DST, skip, cancel,
snooze, rate limits, failures and a crash between sending and recording."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import event, select, update

import bot.dispatcher
from coaching import oversharing_model
from coaching.oversharing_model import model_stamp
from storage import nudges as nudge_store
from storage.db import make_session_factory, transaction
from storage.models import Entry, Nudge
from tests.nudges.seed import seed_due_nudges
from tests.slack.conftest import ALICE, BOB, DANA, SlackUser

WED_9AM_NY = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
TUE_10AM_NY = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


def nudges(engine) -> list[Nudge]:
    with transaction(make_session_factory(engine)) as session:
        return list(session.scalars(select(Nudge).order_by(Nudge.occurrence_start, Nudge.kind)))


def dms(fake) -> list[dict]:
    return [c.params for c in fake.calls_to("chat.postMessage")]


def test_weekly_series_gets_one_prep_card_and_one_check_in(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    first = [n for n in nudges(sqlite_engine) if n.occurrence_start == TUE_10AM_NY]
    assert {(n.kind, n.due_at) for n in first} == {
        ("before:1h", TUE_10AM_NY - timedelta(hours=1)),
        ("after", TUE_10AM_NY + timedelta(minutes=45)),
    }
    clock.current = TUE_10AM_NY - timedelta(hours=1, seconds=1)
    dispatcher.tick()
    assert cards(fake_slack) == []
    clock.current += timedelta(seconds=1)
    dispatcher.tick()
    dispatcher.tick()  # never twice
    (card,) = cards(fake_slack)
    assert card["channel"] == "D" + ALICE[1:]
    assert "1:1 with Dana" in str(card["blocks"]) and "Snooze 15 min" in str(card["blocks"])
    assert card["metadata"]["event_payload"]["nudge_id"] > 0
    clock.current = TUE_10AM_NY + timedelta(minutes=45)
    dispatcher.tick()
    (_, check_in) = cards(fake_slack)
    assert "How did your 1:1" in check_in["text"]


def test_skip_and_cancel_stop_nudges(alice, dispatcher, clock, fake_slack, sqlite_engine):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    alice.command(f"skip <@{DANA}>")
    statuses = {(n.occurrence_start, n.kind): n.status for n in nudges(sqlite_engine)}
    assert statuses[(TUE_10AM_NY, "before:1h")] == "cancelled"
    assert statuses[(TUE_10AM_NY + timedelta(days=7), "before:1h")] == "pending"
    clock.current = TUE_10AM_NY - timedelta(hours=1)
    dispatcher.tick()
    assert dms(fake_slack) == []
    alice.command(f"cancel <@{DANA}>")
    assert {n.status for n in nudges(sqlite_engine)} == {"cancelled"}
    clock.current += timedelta(days=7)
    dispatcher.tick()
    assert dms(fake_slack) == []


def test_early_meeting_nudge_moves_out_of_quiet_hours(alice, dispatcher, clock, sqlite_engine):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> once 2026-12-03 08:00")  # Thu 08:00 New York
    (before,) = [n for n in nudges(sqlite_engine) if n.kind == "before:1h"]
    assert before.due_at == datetime(2026, 12, 3, 0, 59, tzinfo=UTC)  # Wed 19:59 New York


def test_settings_change_replans_pending_nudges(alice, clock, sqlite_engine):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    alice.command("settings lead 1d,15m")
    pending = {
        (n.occurrence_start, n.kind): n.due_at
        for n in nudges(sqlite_engine)
        if n.status == "pending"
    }
    assert pending[(TUE_10AM_NY, "before:1d")] == TUE_10AM_NY - timedelta(days=1)
    assert pending[(TUE_10AM_NY, "before:15m")] == TUE_10AM_NY - timedelta(minutes=15)
    assert (TUE_10AM_NY, "before:1h") not in pending
    alice.command("settings nudges off")
    assert all(
        n.status == "cancelled"
        for n in nudges(sqlite_engine)
        if n.kind != "after" or n.status != "sent"
    )


def test_berlin_weekly_across_the_eu_dst_change(
    http_bot, fake_slack, dispatcher, clock, sqlite_engine
):
    bob = SlackUser(http_bot, fake_slack, BOB, sqlite_engine)
    clock.current = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
    bob.command(f"schedule <@{DANA}> weekly mon 09:00")
    due = sorted(n.due_at for n in nudges(sqlite_engine) if n.kind == "before:1h")
    # Mon 23 Mar 09:00 CET = 08:00 UTC; Mon 30 Mar 09:00 CEST = 07:00 UTC (nudges 1h before).
    assert due[:2] == [datetime(2026, 3, 23, 7, tzinfo=UTC), datetime(2026, 3, 30, 6, tzinfo=UTC)]


def cards(fake) -> list[dict]:
    """The nudge DMs Slack received (not the bot's other replies in the DM)."""
    return [
        params
        for params in dms(fake)
        if (params.get("metadata") or {}).get("event_type") == "oneonone_nudge"
    ]


def card_nudge_id(card: dict) -> int:
    return card["metadata"]["event_payload"]["nudge_id"]


def snooze_value(card: dict) -> str:
    return next(
        e["value"]
        for b in card["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "nudge_snooze"
    )


def test_snooze_pressed_soon_after_the_card_sends_it_again_in_15_minutes(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    clock.current = TUE_10AM_NY - timedelta(hours=1)
    dispatcher.tick()
    (card,) = cards(fake_slack)
    clock.current += timedelta(minutes=1)  # within minutes: where the old duplicate check bit
    answers = alice.press("nudge_snooze", snooze_value(card))
    assert any("Snoozed" in str(a) for a in answers)
    clock.current += timedelta(minutes=14)
    dispatcher.tick()
    assert len(cards(fake_slack)) == 1
    clock.current += timedelta(minutes=1)
    dispatcher.tick()
    dispatcher.tick()
    first, again = cards(fake_slack)
    assert again["channel"] == first["channel"] and "1:1 with Dana" in str(again["blocks"])
    assert card_nudge_id(again) != card_nudge_id(first)  # a delivery of its own
    statuses = {n.id: n.status for n in nudges(sqlite_engine)}
    assert statuses[card_nudge_id(first)] == statuses[card_nudge_id(again)] == "sent"


def test_the_snoozed_card_can_be_snoozed_again_and_a_double_press_queues_one(
    alice, dispatcher, clock, fake_slack
):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    clock.current = TUE_10AM_NY - timedelta(hours=1)
    dispatcher.tick()
    (card,) = cards(fake_slack)
    alice.press("nudge_snooze", snooze_value(card))
    alice.press("nudge_snooze", snooze_value(card))  # a double click
    clock.current += timedelta(minutes=15)
    dispatcher.tick()
    assert len(cards(fake_slack)) == 2
    alice.press("nudge_snooze", snooze_value(cards(fake_slack)[-1]))
    clock.current += timedelta(minutes=15)
    dispatcher.tick()
    assert len({card_nudge_id(c) for c in cards(fake_slack)}) == len(cards(fake_slack)) == 3


def test_rate_limited_nudge_stays_pending_and_goes_out_once(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    clock.current = TUE_10AM_NY - timedelta(hours=1)
    fake_slack.fail("chat.postMessage", status=429, retry_after=3, times=1)
    dispatcher.tick()
    assert len(cards(fake_slack)) == 1 and fake_slack.posted == {}  # tried once, refused
    (before,) = [
        n
        for n in nudges(sqlite_engine)
        if n.kind == "before:1h" and n.occurrence_start == TUE_10AM_NY
    ]
    assert (before.status, before.due_at) == ("pending", clock.current + timedelta(seconds=3))
    clock.current += timedelta(seconds=3)
    dispatcher.tick()
    dispatcher.tick()
    assert len(cards(fake_slack)) == 2 and len(fake_slack.posted["D" + ALICE[1:]]) == 1


def test_server_errors_retry_with_backoff_then_fail(
    alice, dispatcher, clock, fake_slack, sqlite_engine, backoffs
):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> once 2026-12-03 15:00")
    clock.current = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)  # 14:00 New York, 1h before
    fake_slack.fail("chat.postMessage", status=500, retry_after=None, times=None)
    for _ in range(5):
        dispatcher.tick()
        clock.current += timedelta(minutes=9)
    (before,) = [n for n in nudges(sqlite_engine) if n.kind == "before:1h"]
    assert before.status == "failed" and "500" in before.last_error
    # The client never re-sends a post blind (Slack may have stored it): each of the
    # dispatcher's attempts is one post, and the backoff is the dispatcher's, between ticks.
    assert len(fake_slack.calls_to("chat.postMessage")) == before.attempts
    assert backoffs == []


def test_meeting_started_during_downtime_is_missed(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    clock.current = TUE_10AM_NY + timedelta(minutes=5)  # back up after the start
    dispatcher.tick()
    first = {n.kind: n.status for n in nudges(sqlite_engine) if n.occurrence_start == TUE_10AM_NY}
    assert first["before:1h"] == "missed"
    assert dms(fake_slack) == []


def claimed_by_a_dying_instance(alice, dispatcher, sqlite_engine, clock) -> int:
    """Alice's prep card is due; another instance beats, claims it, and dies before recording
    it."""
    schedule_and_reach_the_card(alice, clock)
    factory = make_session_factory(sqlite_engine)
    with transaction(factory) as session:
        expires = clock() + dispatcher.tick_interval * 2
        nudge_store.beat(session, instance="dead", now=clock(), expires_at=expires)
        (nudge_id,) = nudge_store.claim_due(session, now=clock(), instance="dead", limit=1)
    return nudge_id


def schedule_and_reach_the_card(alice, clock) -> None:
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    clock.current = TUE_10AM_NY - timedelta(hours=1)


def slack_has_the_dm(fake, nudge_id: int) -> None:
    """Slack stored the card; the instance that sent it never heard back."""
    fake.post_message_without_answer(
        "D" + ALICE[1:], {"event_type": "oneonone_nudge", "event_payload": {"nudge_id": nudge_id}}
    )


def past_its_heartbeat(dispatcher, clock) -> None:
    clock.current += dispatcher.tick_interval * 2 + timedelta(seconds=1)


def row(engine, nudge_id: int) -> Nudge:
    (found,) = [n for n in nudges(engine) if n.id == nudge_id]
    return found


def test_a_dead_instances_sent_card_is_taken_over_within_two_ticks_without_a_second_dm(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    nudge_id = claimed_by_a_dying_instance(alice, dispatcher, sqlite_engine, clock)
    slack_has_the_dm(fake_slack, nudge_id)
    dispatcher.tick()  # its heartbeat is still fresh: hands off
    assert fake_slack.calls_to("conversations.history") == []
    past_its_heartbeat(dispatcher, clock)
    dispatcher.tick()
    assert cards(fake_slack) == []  # no second DM
    taken = row(sqlite_engine, nudge_id)
    assert (taken.status, taken.claimed_by) == ("sent", "test-instance") and taken.slack_ts
    (read,) = fake_slack.calls_to("conversations.history")
    assert read.params["limit"] == "15" and read.params["include_all_metadata"] in ("1", "true")


def test_a_dead_instances_unsent_card_goes_out_once_after_the_takeover(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    nudge_id = claimed_by_a_dying_instance(alice, dispatcher, sqlite_engine, clock)
    past_its_heartbeat(dispatcher, clock)
    dispatcher.tick()
    dispatcher.tick()
    assert [card_nudge_id(c) for c in cards(fake_slack)] == [nudge_id]


def test_the_posted_check_pages_back_past_newer_messages(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    nudge_id = claimed_by_a_dying_instance(alice, dispatcher, sqlite_engine, clock)
    slack_has_the_dm(fake_slack, nudge_id)
    for _ in range(20):  # the user kept chatting with the bot meanwhile
        fake_slack.post_message_without_answer("D" + ALICE[1:], {"event_type": "x"})
    past_its_heartbeat(dispatcher, clock)
    dispatcher.tick()
    assert cards(fake_slack) == []
    assert len(fake_slack.calls_to("conversations.history")) == 2  # 15, then the next page
    assert row(sqlite_engine, nudge_id).status == "sent"


def test_a_rate_limited_posted_check_waits_and_asks_again(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    nudge_id = claimed_by_a_dying_instance(alice, dispatcher, sqlite_engine, clock)
    slack_has_the_dm(fake_slack, nudge_id)
    past_its_heartbeat(dispatcher, clock)
    fake_slack.fail("conversations.history", status=429, retry_after=7, times=2)
    before = clock()
    dispatcher.tick()
    assert cards(fake_slack) == []  # a 429 is not "not posted"
    assert len(fake_slack.calls_to("conversations.history")) == 3
    assert clock() - before >= timedelta(seconds=14)  # waited Retry-After twice
    assert row(sqlite_engine, nudge_id).status == "sent"


def test_when_slack_cannot_say_whether_it_was_posted_the_nudge_waits_rather_than_sends(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    nudge_id = claimed_by_a_dying_instance(alice, dispatcher, sqlite_engine, clock)
    past_its_heartbeat(dispatcher, clock)
    fake_slack.fail("conversations.history", status=429, retry_after=5, times=None)
    dispatcher.tick()
    assert cards(fake_slack) == []
    waiting = row(sqlite_engine, nudge_id)
    assert waiting.status == "pending" and "unsure" in waiting.last_error
    fake_slack.clear_failures()
    clock.current = waiting.due_at
    dispatcher.tick()
    assert [card_nudge_id(c) for c in cards(fake_slack)] == [nudge_id]


def test_each_tick_fills_in_texts_slack_rate_limited(
    http_bot, dispatcher, clock, fake_slack, sqlite_engine
):
    from tests.slack.capture_helpers import post_event, reaction

    fake_slack.add_message("C0PROJECT", "1700000100.000200", "Budget numbers for Q3", user=DANA)
    fake_slack.fail("conversations.history", status=429, retry_after=1)
    post_event(
        http_bot, reaction(ALICE, "pushpin", "1700000100.000200", channel="C0PROJECT", author=DANA)
    )
    fake_slack.wait_for("chat.postEphemeral")
    clock.advance(timedelta(seconds=2))
    dispatcher.tick()
    with transaction(make_session_factory(sqlite_engine)) as session:
        (entry,) = session.scalars(select(Entry)).all()
        assert (entry.text, entry.text_pending) == ("Budget numbers for Q3", False)


def test_a_card_that_cannot_be_built_is_retried_alone_and_the_rest_go_out(
    dispatcher, clock, fake_slack, sqlite_engine, monkeypatch
):
    clock.current = WED_9AM_NY
    ids = seed_due_nudges(sqlite_engine, count=5, due_at=WED_9AM_NY, users=5)
    broken = ids[2]
    build = bot.dispatcher.nudge_message

    def card_or_bug(session, nudge, *args, **kwargs):
        if nudge.id == broken:
            raise KeyError("a card bug")
        return build(session, nudge, *args, **kwargs)

    monkeypatch.setattr(bot.dispatcher, "nudge_message", card_or_bug)
    dispatcher.tick()
    assert sorted(card_nudge_id(c) for c in cards(fake_slack)) == sorted(set(ids) - {broken})
    statuses = {n.id: (n.status, n.last_error) for n in nudges(sqlite_engine)}
    assert statuses[broken] == ("pending", "card not built: KeyError")
    assert {statuses[i][0] for i in ids if i != broken} == {"sent"}


def test_once_caught_up_the_verdict_pass_stops_reading_every_entry_until_the_stamp_changes(
    alice, dispatcher, clock, sqlite_engine, monkeypatch
):
    clock.current = WED_9AM_NY
    alice.command("log win: shipped the importer")
    alice.command("log ask: a review of my design doc")
    with transaction(make_session_factory(sqlite_engine)) as session:
        session.execute(update(Entry).values(scan_model="retired-model"))
    passes: list[str] = []

    def note_verdict_pass(conn, cursor, statement, *args) -> None:
        if "scan_model IS NULL" in statement:  # the backfill's query over all entries
            passes.append(statement)

    event.listen(sqlite_engine, "before_cursor_execute", note_verdict_pass)
    dispatcher.tick()
    assert len(passes) == 1 and stamps(sqlite_engine) == {model_stamp()}
    dispatcher.tick()
    dispatcher.tick()
    assert len(passes) == 1  # caught up: no query over the whole table each tick
    monkeypatch.setattr(oversharing_model, "VERDICT_CODE_VERSION", "next")
    model_stamp.cache_clear()
    try:
        dispatcher.tick()
        assert len(passes) == 2 and stamps(sqlite_engine) == {model_stamp()}
    finally:
        monkeypatch.undo()
        model_stamp.cache_clear()


def stamps(engine) -> set[str]:
    with transaction(make_session_factory(engine)) as session:
        return set(session.scalars(select(Entry.scan_model)))
