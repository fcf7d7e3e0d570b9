"""forget_user on SQLite and PostgreSQL: every row about the user gone, nobody else touched."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from storage.card_readings import store_readings
from storage.db import transaction
from storage.events import store_event
from storage.forget import forget_user
from storage.models import Base, Relationship, User
from storage.outbox import queue_post
from tests.seed import seed_user

pytestmark = pytest.mark.postgres


def _snapshot(session) -> dict[str, list[tuple]]:
    """Every row of every table, as plain tuples."""
    rows = {}
    for table in Base.metadata.sorted_tables:
        result = session.execute(select(table).order_by(*table.primary_key.columns))
        rows[table.name] = [tuple(row) for row in result]
    return rows


def _about(rows: dict[str, list[tuple]], session, user_id: int) -> dict[str, int]:
    counts = {}
    for table in Base.metadata.sorted_tables:
        if table.name == "users":
            column = table.c.id
        elif "owner_id" in table.c:
            column = table.c.owner_id
        else:
            continue
        counts[table.name] = len(session.execute(select(table).where(column == user_id)).all())
    return counts


def _first_relationship(session, owner_id: int) -> int:
    return session.scalars(
        select(Relationship.id).where(Relationship.owner_id == owner_id).order_by(Relationship.id)
    ).first()


def test_forget_removes_every_row_about_the_user_and_nothing_else(session_factory):
    with transaction(session_factory) as session:
        alice = seed_user(session, "UALICE001", people=3, followups=5)
        seed_user(session, "UBOB00001", people=2, followups=4)
        for event_id, user_id in (("Ev1", "UALICE001"), ("Ev2", "UBOB00001")):
            store_event(
                session,
                event_id=event_id,
                team_id="T0000TEAM",
                user_id=user_id,
                body={"event": {"user": user_id, "text": "a DM"}},
                now=datetime(2026, 11, 1, tzinfo=UTC),
                replay_at=datetime(2026, 11, 1, tzinfo=UTC),
            )
            queue_post(  # a confirmation still waiting to be posted quotes what they wrote
                session,
                team_id="T0000TEAM",
                user_id=user_id,
                payload={"text": "Logged: a DM"},
                now=datetime(2026, 11, 1, tzinfo=UTC),
                due_at=datetime(2026, 11, 1, 0, 1, tzinfo=UTC),
            )
        alice_id = alice.id
        for user in (alice, session.scalars(select(User).where(User.user_id == "UBOB00001")).one()):
            # the readings a card took of their lines (derived from what they wrote)
            store_readings(
                session,
                user,
                relationship_id=_first_relationship(session, user.id),
                readings='{"v": "x", "r": {}}',
                now=datetime(2026, 11, 1, tzinfo=UTC),
            )
    with transaction(session_factory) as session:
        before = _snapshot(session)
        assert len(before["card_readings"]) == 2
        bob_id = session.scalars(select(User.id).where(User.user_id == "UBOB00001")).one()
    with transaction(session_factory) as session:
        user = session.get(User, alice_id)
        counts = forget_user(session, user)
    assert (counts.entries, counts.relationships, counts.series, counts.nudges, counts.user) == (
        10,
        3,
        3,
        3,
        1,
    )
    with transaction(session_factory) as session:
        assert set(_about(before, session, alice_id).values()) == {0}
        after = _snapshot(session)
    # Everything else is exactly as it was: rows of other owners, and tables about no one.
    for table in Base.metadata.sorted_tables:
        name = table.name
        if name == "users":
            keep = [r for r in before[name] if r[0] != alice_id]
        elif "owner_id" in table.c:
            index = list(table.c.keys()).index("owner_id")
            keep = [r for r in before[name] if r[index] != alice_id]
        elif name in ("inbox", "outbox"):  # her events and queued replies hold what she wrote
            index = list(table.c.keys()).index("user_id")
            keep = [r for r in before[name] if r[index] != "UALICE001"]
            assert len(keep) == 1 == len(before[name]) - 1
        else:
            keep = before[name]
        assert after[name] == keep, name
    assert any(r for r in after["users"] if r[0] == bob_id)


def test_forget_is_one_transaction(session_factory):
    with transaction(session_factory) as session:
        alice_id = seed_user(session, "UALICE001", people=2, followups=2).id
    with pytest.raises(RuntimeError), transaction(session_factory) as session:
        forget_user(session, session.get(User, alice_id))
        raise RuntimeError("crash after the deletes")
    with transaction(session_factory) as session:
        assert session.get(User, alice_id) is not None
        assert len(_about({}, session, alice_id)) > 0
        assert sum(_about({}, session, alice_id).values()) > 1
