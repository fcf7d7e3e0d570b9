"""Client-side deadlines on database sessions: a late commit is refused (both databases), and
on PostgreSQL a statement still running at the deadline is cut off."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select, text

from storage.db import is_unavailable, make_session_factory, transaction
from storage.models import User
from tests.storage.test_schema import NOW


def users(engine) -> int:
    with transaction(make_session_factory(engine)) as session:
        return session.scalar(select(func.count()).select_from(User))


def test_a_commit_after_the_deadline_is_refused_and_nothing_is_saved(engine):
    # Half a second: the fresh session below must connect, write and commit within it, which
    # on a busy machine (a new PostgreSQL connection, since the watchdog cut the old one) took
    # longer than the 0.2 s this test once used.
    bounded = make_session_factory(engine, deadline=0.5)
    with pytest.raises(Exception) as raised, transaction(bounded) as session:
        session.add(User(team_id="T1", user_id="U1", created_at=NOW))
        session.flush()
        time.sleep(0.6)  # e.g. the database froze between the write and the commit
    # SQLite: the commit is refused; PostgreSQL: the watchdog also cut the connection.
    assert is_unavailable(raised.value)
    assert users(engine) == 0
    with transaction(bounded) as session:  # a fresh session gets a fresh deadline
        session.add(User(team_id="T1", user_id="U1", created_at=NOW))
    assert users(engine) == 1


@pytest.mark.postgres
def test_a_statement_still_running_at_the_deadline_is_cut_off(postgres_engine):
    bounded = make_session_factory(postgres_engine, deadline=0.5)
    # 3 s is within the server's statement_timeout: only our own deadline can stop it.
    with pytest.raises(Exception) as raised, transaction(bounded) as session:
        session.execute(text("SELECT pg_sleep(3)"))
    assert is_unavailable(raised.value)
    with transaction(bounded) as session:  # the pool replaced the cut connection
        assert session.scalar(text("SELECT 1")) == 1
