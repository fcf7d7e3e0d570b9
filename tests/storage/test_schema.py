"""The schema on both databases: migrations match the models, instants stay UTC, cascades work.

Each test runs on SQLite and, when ONEONONE_TEST_POSTGRES_URL is set, on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from storage import events
from storage.db import make_session_factory, transaction
from storage.migrate import current_revision, head_revision, upgrade
from storage.models import Base, Entry, InboxEvent, Relationship, User

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


def test_migrations_reach_head_and_match_the_models(engine):
    upgrade(engine)  # idempotent on an up-to-date database
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        assert compare_metadata(context, Base.metadata) == []


def test_instants_round_trip_as_aware_utc(session_factory):
    berlin = timezone(timedelta(hours=1))
    with transaction(session_factory) as session:
        session.add(
            User(team_id="T1", user_id="U1", created_at=datetime(2026, 3, 1, 10, tzinfo=berlin))
        )
    with transaction(session_factory) as session:
        user = session.scalars(select(User)).one()
        assert user.created_at == datetime(2026, 3, 1, 9, tzinfo=UTC)
        assert user.created_at.tzinfo is UTC


def _store(session, event_id: str, now: datetime) -> bool:
    return events.store_event(
        session,
        event_id=event_id,
        team_id="T1",
        user_id="U1",
        body={"event_id": event_id},
        now=now,
        replay_at=now + timedelta(seconds=10),
    )


def test_an_event_id_is_stored_once(session_factory):
    with transaction(session_factory) as session:
        assert _store(session, "Ev1", NOW)
        assert not _store(session, "Ev1", NOW)
    with transaction(session_factory) as session:
        assert not _store(session, "Ev1", NOW)
        assert _store(session, "Ev2", NOW)
        assert session.scalar(select(func.count()).select_from(InboxEvent)) == 2


def test_an_event_is_done_exactly_once(session_factory):
    with transaction(session_factory) as session:
        _store(session, "Ev1", NOW)
    with transaction(session_factory) as session:
        assert events.mark_done(session, "Ev1", now=NOW)
    with transaction(session_factory) as session:
        assert not events.mark_done(session, "Ev1", now=NOW)
        assert events.event_state(session, "Ev1") == events.DONE


def test_old_finished_events_are_forgotten_pending_ones_kept(session_factory):
    old = NOW - timedelta(days=2)
    with transaction(session_factory) as session:
        for event_id in ("old-done", "old-pending", "new-done"):
            _store(session, event_id, old if event_id.startswith("old") else NOW)
        events.mark_done(session, "old-done", now=old)
        events.mark_done(session, "new-done", now=NOW)
    with transaction(session_factory) as session:
        assert events.forget_old_events(session, now=NOW, keep=timedelta(days=1)) == 1
        left = session.scalars(select(InboxEvent.event_id).order_by(InboxEvent.event_id)).all()
        assert left == ["new-done", "old-pending"]


def test_deleting_a_user_cascades_to_their_rows_only(session_factory):
    with transaction(session_factory) as session:
        for uid in ("UA", "UB"):
            user = User(team_id="T1", user_id=uid, created_at=NOW)
            session.add(user)
            session.flush()
            rel = Relationship(
                team_id="T1",
                owner_id=user.id,
                counterpart_key="dana",
                counterpart_name="Dana",
                created_at=NOW,
            )
            session.add(rel)
            session.flush()
            session.add(
                Entry(
                    team_id="T1",
                    owner_id=user.id,
                    relationship_id=rel.id,
                    kind="note",
                    text="hello",
                    created_at=NOW,
                )
            )
    with transaction(session_factory) as session:
        session.delete(session.scalars(select(User).where(User.user_id == "UA")).one())
    with transaction(session_factory) as session:
        assert session.scalar(select(func.count()).select_from(Entry)) == 1
        assert session.scalar(select(func.count()).select_from(Relationship)) == 1
        assert session.scalars(select(User.user_id)).all() == ["UB"]


def test_claiming_takes_at_most_the_batch_and_never_the_same_nudge_twice(engine):
    from storage import nudges as nudge_store
    from tests.nudges.seed import seed_due_nudges

    ids = seed_due_nudges(engine, count=25, due_at=NOW, users=5)
    factory = make_session_factory(engine)
    claimed: list[int] = []
    for instance in ("a", "b", "a"):
        with transaction(factory) as session:
            batch = nudge_store.claim_due(session, now=NOW, instance=instance, limit=10)
        assert len(batch) <= 10
        claimed += batch
    with transaction(factory) as session:
        assert nudge_store.claim_due(session, now=NOW, instance="c", limit=10) == []
    assert sorted(claimed) == sorted(ids)
