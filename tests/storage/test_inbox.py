"""The inbox's replay on SQLite and PostgreSQL: due rows are replayed once each, a processed
row never again, and a poison event is given up on after MAX_ATTEMPTS replays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from services.inbox import MAX_ATTEMPTS, REPLAY_AFTER, accept, replay_due
from storage import events as inbox
from storage.db import transaction

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


def _event(event_id: str) -> dict:
    return {"type": "event_callback", "event_id": event_id, "event": {"user": "U1"}}


def _state(factory, event_id: str) -> str | None:
    with transaction(factory) as session:
        return inbox.event_state(session, event_id)


def test_only_rows_left_pending_past_the_threshold_are_replayed(session_factory):
    for event_id in ("EvDONE", "EvLOST", "EvNEW"):
        at = NOW if event_id == "EvNEW" else NOW - REPLAY_AFTER - timedelta(seconds=1)
        assert accept(session_factory, _event(event_id), team_id="T1", user_id="U1", now=at)
    assert not accept(session_factory, _event("EvLOST"), team_id="T1", user_id="U1", now=NOW)
    with transaction(session_factory) as session:
        assert inbox.mark_done(session, "EvDONE", now=NOW)

    replayed: list[str] = []
    assert replay_due(session_factory, lambda body: replayed.append(body["event_id"]), NOW) == 1
    assert replayed == ["EvLOST"]
    # Claimed: a second tick (or instance) at the same moment does not replay it again.
    assert replay_due(session_factory, lambda body: replayed.append(body["event_id"]), NOW) == 0
    assert replayed == ["EvLOST"]


def test_a_poison_event_is_given_up_after_max_attempts(session_factory):
    accept(session_factory, _event("EvPOISON"), team_id="T1", user_id="U1", now=NOW)
    replayed: list[str] = []

    def fails(body: dict) -> None:  # the listener raises every time: the row stays pending
        replayed.append(body["event_id"])
        raise RuntimeError("poison")

    later = NOW
    for _ in range(MAX_ATTEMPTS + 3):
        later += timedelta(minutes=5)
        replay_due(session_factory, fails, later)
    assert len(replayed) == MAX_ATTEMPTS
    assert _state(session_factory, "EvPOISON") == inbox.DEAD


def test_waiting_for_slack_does_not_count_but_an_hour_is_the_limit(session_factory):
    accept(session_factory, _event("EvLIMITED"), team_id="T1", user_id="U1", now=NOW)
    replayed: list[str] = []

    def still_limited(body: dict) -> None:  # the listener meets another 429 and postpones
        replayed.append(body["event_id"])
        with transaction(session_factory) as session:
            inbox.postpone(session, body["event_id"], until=later + timedelta(seconds=30))

    later = NOW
    for _ in range(MAX_ATTEMPTS + 2):
        later += timedelta(minutes=5)
        replay_due(session_factory, still_limited, later)
    assert len(replayed) == MAX_ATTEMPTS + 2  # postponed replays are not counted as failures
    assert _state(session_factory, "EvLIMITED") == inbox.PENDING
    replay_due(session_factory, still_limited, NOW + timedelta(hours=2))
    assert _state(session_factory, "EvLIMITED") == inbox.DEAD
