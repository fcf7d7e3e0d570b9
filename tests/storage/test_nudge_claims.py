"""Claims and heartbeats on both databases: a live instance's claims are left alone, a dead
one's are taken over, and a snooze is a delivery of its own."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from storage import nudges as nudge_store
from storage.db import transaction
from storage.models import DispatcherHeartbeat, Nudge
from tests.nudges.seed import seed_due_nudges
from tests.storage.test_schema import NOW

TICK = timedelta(seconds=30)


def beat(factory, instance: str, at) -> None:
    with transaction(factory) as session:
        nudge_store.beat(session, instance=instance, now=at, expires_at=at + 2 * TICK)


def claim(factory, instance: str, at, limit: int = 10) -> list[int]:
    with transaction(factory) as session:
        return nudge_store.claim_due(session, now=at, instance=instance, limit=limit)


def test_a_live_instances_claims_stay_its_own_until_its_heartbeat_expires(engine, session_factory):
    ids = seed_due_nudges(engine, count=3, due_at=NOW, users=3)
    beat(session_factory, "a", NOW)
    beat(session_factory, "b", NOW)
    assert claim(session_factory, "a", NOW) == sorted(ids)
    assert claim(session_factory, "b", NOW + TICK) == []  # a is alive
    beat(session_factory, "b", NOW + 2 * TICK)
    assert claim(session_factory, "b", NOW + 2 * TICK + timedelta(seconds=1)) == sorted(ids)
    with transaction(session_factory) as session:
        rows = session.scalars(select(Nudge)).all()
        assert {(n.claimed_by, n.attempts, n.first_tried_at) for n in rows} == {("b", 2, NOW)}


def test_an_instance_takes_back_its_own_leftover_claims(engine, session_factory):
    ids = seed_due_nudges(engine, count=2, due_at=NOW, users=2)
    beat(session_factory, "a", NOW)
    assert claim(session_factory, "a", NOW) == sorted(ids)
    assert claim(session_factory, "a", NOW + TICK) == sorted(ids)


def test_heartbeats_are_refreshed_and_long_dead_ones_forgotten(engine, session_factory):
    beat(session_factory, "a", NOW)
    beat(session_factory, "a", NOW + TICK)
    beat(session_factory, "gone", NOW - timedelta(days=2))
    with transaction(session_factory) as session:
        nudge_store.forget_dead_instances(session, now=NOW + TICK, keep=timedelta(days=1))
    with transaction(session_factory) as session:
        (row,) = session.scalars(select(DispatcherHeartbeat)).all()
        assert (row.instance, row.expires_at) == ("a", NOW + 3 * TICK)


def test_a_snooze_is_a_new_pending_row_once_per_snoozed_card(engine, session_factory):
    (nudge_id,) = seed_due_nudges(engine, count=1, due_at=NOW, users=1)
    for _ in range(2):  # pressed twice
        with transaction(session_factory) as session:
            nudge = session.get(Nudge, nudge_id)
            nudge_store.snooze(session, nudge, due_at=NOW + timedelta(minutes=15))
    with transaction(session_factory) as session:
        rows = session.scalars(select(Nudge).order_by(Nudge.id)).all()
        assert [(n.kind, n.status) for n in rows] == [
            ("before:1h", "pending"),
            (f"snooze:{nudge_id}", "pending"),
        ]
        assert rows[1].due_at == NOW + timedelta(minutes=15)


def test_a_batch_marks_sent_only_the_nudges_its_instance_still_holds(engine, session_factory):
    ids = seed_due_nudges(engine, count=3, due_at=NOW, users=3)
    beat(session_factory, "a", NOW)
    assert claim(session_factory, "a", NOW) == sorted(ids)
    held, taken, returned = sorted(ids)
    with transaction(session_factory) as session:  # b took one over; one went back to pending
        session.get(Nudge, taken).claimed_by = "b"
        nudge_store.record_retry(session.get(Nudge, returned), due_at=NOW + TICK, reason="429")
    sent = {i: ("D0ALICE", f"17000.{i}") for i in ids}
    with transaction(session_factory) as session:
        recorded = nudge_store.record_sent_many(session, sent, "a", now=NOW + TICK)
    assert recorded == {held}
    with transaction(session_factory) as session:
        rows = {n.id: n for n in session.scalars(select(Nudge))}
        assert (rows[held].status, rows[held].slack_ts, rows[held].sent_at) == (
            "sent",
            f"17000.{held}",
            NOW + TICK,
        )
        assert (rows[taken].status, rows[taken].claimed_by, rows[taken].slack_ts) == (
            "sending",
            "b",
            None,
        )
        assert (rows[returned].status, rows[returned].slack_ts) == ("pending", None)
