"""Nudges with a controlled clock: planning, delivery once, quiet hours, DST, skip, cancel,
snooze, rate limits, failures and a crash between sending and recording."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from storage import nudges as nudge_store
from storage.db import make_session_factory, transaction
from storage.models import Entry, Nudge
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
    assert dispatcher.tick() == 0
    clock.current += timedelta(seconds=1)
    assert dispatcher.tick() == 1
    assert dispatcher.tick() == 0  # never twice
    (card,) = dms(fake_slack)
    assert card["channel"] == "D" + ALICE[1:]
    assert "1:1 with Dana" in str(card["blocks"]) and "Snooze 15 min" in str(card["blocks"])
    assert card["metadata"]["event_payload"]["nudge_id"] > 0
    clock.current = TUE_10AM_NY + timedelta(minutes=45)
    assert dispatcher.tick() == 1
    assert "How did your 1:1" in dms(fake_slack)[-1]["text"]


def test_skip_and_cancel_stop_nudges(alice, dispatcher, clock, fake_slack, sqlite_engine):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    alice.command(f"skip <@{DANA}>")
    statuses = {(n.occurrence_start, n.kind): n.status for n in nudges(sqlite_engine)}
    assert statuses[(TUE_10AM_NY, "before:1h")] == "cancelled"
    assert statuses[(TUE_10AM_NY + timedelta(days=7), "before:1h")] == "pending"
    clock.current = TUE_10AM_NY - timedelta(hours=1)
    assert dispatcher.tick() == 0
    alice.command(f"cancel <@{DANA}>")
    assert {n.status for n in nudges(sqlite_engine)} == {"cancelled"}
    clock.current += timedelta(days=7)
    assert dispatcher.tick() == 0
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
    bob = SlackUser(http_bot, fake_slack, BOB)
    clock.current = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
    bob.command(f"schedule <@{DANA}> weekly mon 09:00")
    due = sorted(n.due_at for n in nudges(sqlite_engine) if n.kind == "before:1h")
    # Mon 23 Mar 09:00 CET = 08:00 UTC; Mon 30 Mar 09:00 CEST = 07:00 UTC (nudges 1h before).
    assert due[:2] == [datetime(2026, 3, 23, 7, tzinfo=UTC), datetime(2026, 3, 30, 6, tzinfo=UTC)]


def test_snooze_sends_the_card_again_in_15_minutes(alice, dispatcher, clock, fake_slack):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    clock.current = TUE_10AM_NY - timedelta(hours=1)
    dispatcher.tick()
    card = dms(fake_slack)[0]
    snooze = next(
        e
        for b in card["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "nudge_snooze"
    )
    answers = alice.press("nudge_snooze", snooze["value"])
    assert any("Snoozed" in str(a) for a in answers)
    clock.current += timedelta(minutes=14)
    assert dispatcher.tick() == 0
    clock.current += timedelta(minutes=1)
    assert dispatcher.tick() == 1


def test_rate_limited_nudge_stays_pending_and_goes_out_once(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    clock.current = TUE_10AM_NY - timedelta(hours=1)
    fake_slack.fail("chat.postMessage", status=429, retry_after=3, times=1)
    assert dispatcher.tick() == 0
    (before,) = [
        n
        for n in nudges(sqlite_engine)
        if n.kind == "before:1h" and n.occurrence_start == TUE_10AM_NY
    ]
    assert (before.status, before.due_at) == ("pending", clock.current + timedelta(seconds=3))
    clock.current += timedelta(seconds=3)
    assert dispatcher.tick() == 1
    assert dispatcher.tick() == 0


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
    # Each send is tried three times by the client, the pause doubling (plus up to 1 s jitter).
    attempts = len(fake_slack.calls_to("chat.postMessage"))
    assert attempts >= 3 and attempts % 3 == 0
    assert len(backoffs) == attempts * 2 // 3
    assert all(0.5 <= pause < 1.5 for pause in backoffs[::2])
    assert all(1.0 <= pause < 2.0 for pause in backoffs[1::2])


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


def test_crash_between_sending_and_recording_never_doubles(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    clock.current = TUE_10AM_NY - timedelta(hours=1)
    factory = make_session_factory(sqlite_engine)
    with transaction(factory) as session:  # another instance claims …
        (nudge_id,) = nudge_store.claim_due(session, now=clock(), instance="dead", limit=1)
    # … sends (Slack has the DM) and dies before recording it.
    fake_slack.post_message_without_answer(
        "D" + ALICE[1:], {"event_type": "oneonone_nudge", "event_payload": {"nudge_id": nudge_id}}
    )
    assert dispatcher.tick() == 0  # still under the dead instance's lease
    clock.current += nudge_store.LEASE + timedelta(seconds=1)
    dispatcher.tick()
    assert dms(fake_slack) == []  # no second DM
    (row,) = [n for n in nudges(sqlite_engine) if n.id == nudge_id]
    assert row.status == "sent" and row.slack_ts


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
