"""Follow-through rows on SQLite and PostgreSQL: steps persist, prompts are claimed once,
every read is the owner's."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from coaching import leverage
from coaching.model import EntryKind, EntryStatus, Person
from storage import entries
from storage import leverage as store
from storage.db import transaction
from storage.forget import forget_user
from storage.models import Entry, FollowThrough
from storage.relationships import ensure_relationship
from storage.users import ensure_user

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


def _intro(session, user_id="UA", text="intro to Priya"):
    user = ensure_user(session, "T1", user_id, now=NOW)
    rel = ensure_relationship(session, user, Person(user_id="UD"), now=NOW)
    entry = entries.add_entry(
        session, user, kind=EntryKind.ASK, text=text, now=NOW, relationship_id=rel.id
    )
    session.flush()
    store.start(
        session, entry, kind=store.INTRO, now=NOW, introduced="Priya",
        prompt_at=NOW + leverage.MADE_WAIT,
    )  # fmt: skip
    return user, entry


def test_an_introduction_walks_its_steps_and_they_persist(session_factory):
    with transaction(session_factory) as session:
        user, entry = _intro(session)
        entry_id = entry.id
    steps = [leverage.Stage.MADE, leverage.Stage.MET, leverage.Stage.THANKED]
    for day, stage in enumerate(steps, start=1):
        with transaction(session_factory) as session:
            user = ensure_user(session, "T1", "UA", now=NOW)
            entry = entries.owned_entry(session, user, entry_id)
            row = store.of_entry(session, user, entry_id)
            assert store.move_intro(entry, row, stage, now=NOW + timedelta(days=day))
            assert not store.move_intro(entry, row, leverage.Stage.MADE, now=NOW)
    with transaction(session_factory) as session:
        user = ensure_user(session, "T1", "UA", now=NOW)
        entry = entries.owned_entry(session, user, entry_id)
        row = store.of_entry(session, user, entry_id)
        intro = store.intro_of(entry, row)
        assert intro.stage is leverage.Stage.THANKED
        assert intro.met_at == NOW + timedelta(days=2)
        assert row.prompt_at == NOW + timedelta(days=2) + leverage.REPORT_REMINDER
        assert [(name, at - NOW) for name, at in store.steps_of(entry, row)] == [
            ("Intro asked", timedelta(0)),
            ("Intro made", timedelta(days=1)),
            ("Met", timedelta(days=2)),
            ("Thanked the introducer", timedelta(days=3)),
        ]
        assert [e.id for e, _ in store.open_intros(session, user)] == [entry_id]
        assert store.move_intro(entry, row, leverage.Stage.REPORTED, now=NOW + timedelta(days=9))
    with transaction(session_factory) as session:
        user = ensure_user(session, "T1", "UA", now=NOW)
        assert store.open_intros(session, user) == []
        entry = entries.owned_entry(session, user, entry_id)
        assert entry.status == EntryStatus.DONE.value
        assert store.of_entry(session, user, entry_id).prompt_at is None


def test_skipping_ahead_dates_the_skipped_steps(session_factory):
    with transaction(session_factory) as session:
        _user, entry = _intro(session)
        row = store.of_entry(session, _user, entry.id)
        assert store.move_intro(entry, row, leverage.Stage.THANKED, now=NOW)
        assert row.made_at == row.met_at == row.thanked_at == NOW


def test_reads_are_the_owners_only(session_factory):
    with transaction(session_factory) as session:
        _alice, entry = _intro(session, "UA")
        bob = ensure_user(session, "T1", "UB", now=NOW)
        assert store.of_entry(session, bob, entry.id) is None
        assert store.of_entries(session, bob, [entry.id]) == {}
        assert store.open_intros(session, bob) == []


def test_a_due_prompt_is_claimed_by_one_instance_only(session_factory):
    with transaction(session_factory) as session:
        _intro(session)
    later = NOW + leverage.MADE_WAIT
    with transaction(session_factory) as session:
        assert store.due_prompts(session, now=later - timedelta(seconds=1)) == []
        due = store.due_prompts(session, now=later)
    assert len(due) == 1
    with transaction(session_factory) as first:
        assert store.claim_prompt(
            first, due[0].id, seen=due[0].prompt_at, until=later + timedelta(minutes=2), now=later
        )
    with transaction(session_factory) as second:
        assert not store.claim_prompt(
            second, due[0].id, seen=due[0].prompt_at, until=later + timedelta(minutes=2), now=later
        )
    with transaction(session_factory) as session:
        row = session.get(FollowThrough, due[0].id)
        store.prompt_sent(row, now=later)
    with transaction(session_factory) as session:
        assert store.due_prompts(session, now=later + timedelta(days=30)) == []


def test_a_kept_promise_becomes_what_the_user_gave(session_factory):
    with transaction(session_factory) as session:
        user = ensure_user(session, "T1", "UA", now=NOW)
        entry = entries.add_entry(
            session, user, kind=EntryKind.FOLLOWUP, text="I'll send the deck", now=NOW
        )
        session.flush()
        row = store.start(
            session, entry, kind=store.PROMISE, now=NOW, prompt_at=NOW + timedelta(days=1),
            deliver_on=date(2026, 11, 27),
        )  # fmt: skip
        store.deliver(entry, row, now=NOW + timedelta(days=1))
    with transaction(session_factory) as session:
        entry = session.scalars(select(Entry)).one()
        row = session.scalars(select(FollowThrough)).one()
        assert (entry.kind, entry.status, row.prompt_at) == ("gave", "done", None)
        assert store.steps_of(entry, row) == [("Delivered", NOW + timedelta(days=1))]


def test_undo_and_forget_take_the_follow_through_with_them(session_factory):
    with transaction(session_factory) as session:
        _user, entry = _intro(session, "UA")
        _intro(session, "UB")
        session.delete(entry)
    with transaction(session_factory) as session:
        assert len(session.scalars(select(FollowThrough)).all()) == 1
        bob = ensure_user(session, "T1", "UB", now=NOW)
        forget_user(session, bob)
    with transaction(session_factory) as session:
        assert session.scalars(select(FollowThrough)).all() == []
