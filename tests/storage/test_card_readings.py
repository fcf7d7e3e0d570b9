"""storage.card_readings on SQLite and PostgreSQL: a relationship's kept readings are written
and replaced by its owner only, and a row another transaction is writing is left to it."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.card_readings import readings_by_relationship, store_readings, stored_readings
from storage.db import transaction
from storage.models import CardReadings, Relationship, User
from tests.seed import seed_user

pytestmark = pytest.mark.postgres
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def _two_users(session_factory) -> tuple[int, int, int]:
    """Alice's and Bob's user ids, and Alice's first relationship."""
    with transaction(session_factory) as session:
        alice = seed_user(session, "UALICE001", people=1, followups=1)
        bob = seed_user(session, "UBOB00001", people=1, followups=1)
        rid = session.scalars(select(Relationship.id).where(Relationship.owner_id == alice.id))
        return alice.id, bob.id, rid.one()


def _rows(session_factory) -> list[tuple[int, int, str]]:
    with transaction(session_factory) as session:
        return [
            (row.relationship_id, row.owner_id, row.readings)
            for row in session.scalars(select(CardReadings))
        ]


def test_the_owner_writes_and_replaces_and_nobody_else_can(session_factory):
    alice_id, bob_id, rid = _two_users(session_factory)
    with transaction(session_factory) as session:
        bob = session.get(User, bob_id)
        assert not store_readings(session, bob, relationship_id=rid, readings="bob's", now=NOW)
    assert _rows(session_factory) == []  # Bob cannot make a row for Alice's relationship
    with transaction(session_factory) as session:
        alice = session.get(User, alice_id)
        assert store_readings(session, alice, relationship_id=rid, readings="one", now=NOW)
        assert store_readings(session, alice, relationship_id=rid, readings="two", now=NOW)
    assert _rows(session_factory) == [(rid, alice_id, "two")]
    with transaction(session_factory) as session:
        bob = session.get(User, bob_id)
        assert not store_readings(session, bob, relationship_id=rid, readings="bob's", now=NOW)
        assert stored_readings(session, bob, relationship_id=rid) is None
        alice = session.get(User, alice_id)
        assert stored_readings(session, alice, relationship_id=rid) == "two"
    assert _rows(session_factory) == [(rid, alice_id, "two")]


def test_a_row_another_transaction_is_writing_is_left_to_it(session_factory, request):
    if "postgres" not in request.node.callspec.id:
        pytest.skip("SQLite has one writer at a time: a second writer waits for the database")
    alice_id, _, rid = _two_users(session_factory)
    with transaction(session_factory) as session:
        store_readings(
            session, session.get(User, alice_id), relationship_id=rid, readings="a", now=NOW
        )
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with transaction(session_factory) as session:
            store_readings(
                session, session.get(User, alice_id), relationship_id=rid, readings="b", now=NOW
            )
            holding.set()
            release.wait(10)

    writer = threading.Thread(target=hold)
    writer.start()
    try:
        assert holding.wait(10)
        with transaction(session_factory) as session:
            alice = session.get(User, alice_id)
            assert not store_readings(session, alice, relationship_id=rid, readings="c", now=NOW)
    finally:
        release.set()
        writer.join(10)
    assert _rows(session_factory) == [(rid, alice_id, "b")]


def test_a_batch_read_finds_only_its_owners_readings(session_factory):
    """The dispatcher reads a batch's kept readings in one query, scoped to the batch's owners:
    Alice's relationship id asked for with only Bob as owner finds nothing."""
    alice_id, bob_id, rid = _two_users(session_factory)
    with transaction(session_factory) as session:
        alice = session.get(User, alice_id)
        store_readings(session, alice, relationship_id=rid, readings="hers", now=NOW)
    with transaction(session_factory) as session:
        assert readings_by_relationship(session, [alice_id], [rid]) == {rid: "hers"}
        assert readings_by_relationship(session, [bob_id], [rid]) == {}
