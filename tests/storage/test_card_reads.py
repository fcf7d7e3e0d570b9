"""The prep card from SQL counts and the few rows it shows equals the card built from the whole
window (issue 15), on SQLite and PostgreSQL; stale verdicts are re-scanned when shown and by the
bounded backfill; every read is the owner's."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select, update

from coaching import leverage, oversharing_model
from coaching.model import (
    Cadence,
    CadenceKind,
    CoachingContext,
    EntryKind,
    EntryStatus,
    Person,
    Role,
    SeriesSpec,
)
from coaching.oversharing_model import model_stamp
from coaching.prep import CARRIED_KINDS, SHOWN_CARRIED, WINDOW, build_prep, meeting_for
from handlers.views.prep import prep_message
from services import verdicts
from services.actor import Actor
from services.leverage import on_card
from services.prep_data import card_reads, prep_card
from storage import entries as entry_store
from storage import leverage as follow_store
from storage import relationships as relationship_store
from storage import series as series_store
from storage.card_reads import card_counts, counts_by_relationship
from storage.db import transaction
from storage.models import Entry, FollowThrough
from storage.relationships import ensure_relationship
from storage.users import ensure_user

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)

#: Texts that exercise every part of the card: asks of each purpose, wins and ideas with a topic,
#: a priority, promises, personal and favouritism talking points, plain notes.
TEXTS = {
    EntryKind.ASK: [
        "intro to someone on the payments team",
        "could you mentor me on system design",
        "budget for the distributed systems course",
        "feedback on my design doc",
        "can I present the migration at the all-hands",
        "would you sponsor me for the staff promotion",
        "what do you think of my idea for the on-call rota",
        "the capacity numbers for next quarter",
    ],
    EntryKind.WIN: [
        "shipped the ledger migration two weeks early",
        "cut the checkout p99 latency in half",
        "onboarded three new engineers",
    ],
    EntryKind.NOTE: [
        "idea: a shared runbook for incidents",
        "what if we split the reporting service",
        "roadmap review went fine",
        "my divorce is taking a lot out of me",
    ],
    EntryKind.AGENDA: [
        "hiring plan for Q1",
        "my doctor says I need surgery next month",
        "can you keep this just between us and not tell the team",
        "feedback on my last presentation",
        "proposal for the new on-call rota",
    ],
    EntryKind.FOLLOWUP: ["send the capacity numbers", "share the postmortem draft"],
    EntryKind.GAVE: ["reviewed their hiring rubric", "covered their on-call shift"],
    EntryKind.PRIORITY: ["the platform migration lands this quarter"],
}


def _seed(session, rng: random.Random, count: int):
    """`count` entries of UA with Dana over two years, and a neighbour's entries with Dana."""
    user = ensure_user(session, "T1", "UA", now=NOW)
    rel = ensure_relationship(session, user, Person(user_id="UDANA"), now=NOW)
    rel.role, rel.display_name = Role.MANAGER.value, "Dana"
    other = ensure_user(session, "T1", "UB", now=NOW)
    theirs = ensure_relationship(session, other, Person(user_id="UDANA"), now=NOW)
    for owner, relationship, many in ((user, rel, count), (other, theirs, count // 4)):
        for _ in range(many):
            kind = rng.choice(list(TEXTS))
            # Half of them in the last quarter, so every part of the card has something to show.
            days = rng.uniform(0, 90) if rng.random() < 0.5 else rng.uniform(0, 730)
            created = NOW - timedelta(days=days)
            entry = entry_store.add_entry(
                session, owner, kind=kind, text=rng.choice(TEXTS[kind]), now=created,
                relationship_id=relationship.id,
            )  # fmt: skip
            status = rng.choices(list(EntryStatus), weights=(3, 6, 1))[0]
            entry_store.set_status(entry, status, now=created + timedelta(days=1))
            if kind is EntryKind.ASK:
                session.flush()
                row = follow_store.start(session, entry, kind=follow_store.ASK, now=created,
                                         prompt_at=None)  # fmt: skip
                if rng.random() < 0.3:
                    row.answer = rng.choice(list(leverage.Answer)).value
                    row.answered_at = NOW - timedelta(days=rng.uniform(0, 60))
    entry_store.add_entry(
        session, user, kind=EntryKind.NOTE, text="thanks for the invite to your private dinner",
        now=NOW - timedelta(days=1), relationship_id=rel.id,
    )  # fmt: skip
    session.flush()
    return user, rel


def _full_card(actor: Actor, rel, meeting):
    """The card as it was built before issue 15: the whole window as entries, counted here."""
    rows = entry_store.recent_entries(
        actor.db, actor.user, relationship_id=rel.id, since=NOW - WINDOW, open_kinds=CARRIED_KINDS
    )
    context = CoachingContext(
        relationship=relationship_store.to_domain(rel),
        entries=tuple(entry_store.to_domain(row) for row in rows),
        now=NOW,
        names={"UDANA": "Dana"},
    )
    card = build_prep(context, meeting=meeting)
    # "said no" lately, read here the plain way: every follow-through of the relationship
    said_no = actor.db.scalars(
        select(FollowThrough.entry_id)
        .join(Entry, Entry.id == FollowThrough.entry_id)
        .where(
            Entry.relationship_id == rel.id,
            FollowThrough.answer == leverage.Answer.NO.value,
            FollowThrough.answered_at >= NOW - leverage.AFTER_NO_WINDOW,
        )
    ).all()
    return on_card(actor, card, context.entries, said_no=said_no)


@pytest.mark.parametrize(("seed", "count"), [(1, 400), (2, 120), (3, 12)])
def test_the_card_from_sql_counts_equals_the_card_from_every_entry(session_factory, seed, count):
    with transaction(session_factory) as session:
        user, rel = _seed(session, random.Random(seed), count)
        actor = Actor(db=session, user=user, now=NOW)
        meeting = meeting_for(1, NOW + timedelta(days=2), now=NOW, tz="UTC")
        for shown in (meeting, None):
            full = _full_card(actor, rel, shown)
            narrow = prep_card(actor, rel, shown, refresh=False, note_shown=False)
            assert prep_message(narrow) == prep_message(full)
            assert narrow.balance == full.balance and narrow.asks == full.asks
            # what the card lists; past those it reads only the newest few of each kind
            shown = slice(SHOWN_CARRIED)
            assert narrow.carried_forward[shown] == full.carried_forward[shown]
            assert narrow.talking_points == full.talking_points
    if count >= 100:  # the fixture really exercises the card: points, flags, asks, notes
        assert any(point.flags for point in full.talking_points) and full.asks
        assert len(full.carried_forward) > 5 and full.optics


def test_a_stale_verdict_is_rescanned_when_shown_and_by_the_backfill(session_factory):
    with transaction(session_factory) as session:
        user, rel = _seed(session, random.Random(5), 150)
        fresh = prep_message(
            prep_card(Actor(db=session, user=user, now=NOW), rel, None, note_shown=False)
        )
        # A retrained model: every stored verdict is stale.
        session.execute(update(Entry).values(scan_model="old-model"))
    with transaction(session_factory) as session:
        user = ensure_user(session, "T1", "UA", now=NOW)
        rel = relationship_store.owned_relationship(session, user, rel.id)
        again = prep_message(
            prep_card(Actor(db=session, user=user, now=NOW), rel, None, note_shown=False)
        )
    assert again == fresh
    with transaction(session_factory) as session:
        stamps = dict(session.execute(select(Entry.id, Entry.scan_model)).all())
        points = entry_store.open_agenda(session, user, relationship_id=rel.id)
    assert points and all(stamps[p.id] == model_stamp() for p in points)  # shown: re-scanned
    stale = [i for i, stamp in stamps.items() if stamp != model_stamp()]
    assert stale  # the rest waits for the backfill
    with transaction(session_factory) as session:
        assert verdicts.backfill(session, limit=10) == 10
    with transaction(session_factory) as session:
        while verdicts.backfill(session, limit=100):
            pass
        stamps = set(session.scalars(select(Entry.scan_model)))
    assert stamps == {model_stamp()}


def test_an_edited_text_gets_a_new_verdict(session_factory):
    with transaction(session_factory) as session:
        user = ensure_user(session, "T1", "UA", now=NOW)
        entry = entry_store.add_entry(session, user, kind=EntryKind.AGENDA, text="hiring plan",
                                      now=NOW)  # fmt: skip
        assert verdicts.stored(entry) == ()
        entry.text = "my doctor says I need surgery next month"
        assert verdicts.stored(entry)[0][0] == "health"


def test_a_new_verdict_code_version_makes_the_stored_verdicts_stale(session_factory, monkeypatch):
    with transaction(session_factory) as session:
        user = ensure_user(session, "T1", "UA", now=NOW)
        entry_store.add_entry(session, user, kind=EntryKind.AGENDA, text="my divorce", now=NOW)
        (old,) = session.scalars(select(Entry.scan_model))
    bumped = oversharing_model.VERDICT_CODE_VERSION + 1
    monkeypatch.setattr(oversharing_model, "VERDICT_CODE_VERSION", bumped)
    model_stamp.cache_clear()
    try:
        with transaction(session_factory) as session:
            verdicts.backfill(session)
        with transaction(session_factory) as session:
            assert list(session.scalars(select(Entry.scan_model))) == [model_stamp()] != [old]
    finally:
        monkeypatch.undo()
        model_stamp.cache_clear()


def test_the_batch_read_of_live_series_is_the_owners_only(session_factory):
    weekly = SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=1), time(10, 0))
    with transaction(session_factory) as session:
        mine, theirs = (ensure_user(session, "T1", uid, now=NOW) for uid in ("UA", "UB"))
        rels = [
            ensure_relationship(session, u, Person(user_id="UDANA"), now=NOW)
            for u in (mine, theirs)
        ]
        ids = [
            series_store.add_series(session, u, r, weekly, now=NOW).id
            for u, r in zip((mine, theirs), rels, strict=True)
        ]
        found = series_store.active_by_relationship(session, [mine.id], [r.id for r in rels])
        assert [row.id for rows in found.values() for row in rows] == ids[:1]


def test_a_card_with_300_open_asks_reads_a_few_and_counts_every_one(session_factory):
    """A long-ignored list of asks: the card lists the oldest five as ever, and its "…and N
    more", its balance and the dispatcher's batch count every open ask and follow-up, while it
    reads only the oldest and newest few of each (issue 15)."""
    with transaction(session_factory) as session:
        user = ensure_user(session, "T1", "UA", now=NOW)
        rel = ensure_relationship(session, user, Person(user_id="UDANA"), now=NOW)
        rel.role, rel.display_name = Role.MANAGER.value, "Dana"
        other = ensure_user(session, "T1", "UB", now=NOW)
        theirs = ensure_relationship(session, other, Person(user_id="UDANA"), now=NOW)
        logged = [
            (user, rel, EntryKind.ASK, f"the budget numbers for squad {i}", 400 - i)
            for i in range(300)  # all before the balance's window, the newest 100 days ago
        ] + [
            (user, rel, EntryKind.FOLLOWUP, f"send Dana the squad {i} notes", 95 + i)
            for i in range(4)
        ] + [
            (user, rel, EntryKind.GAVE, f"covered the squad {i} on-call", 3 + i) for i in range(2)
        ] + [
            (other, theirs, EntryKind.ASK, f"their own ask {i}", 500 - i) for i in range(40)
        ]  # fmt: skip
        for owner, relationship, kind, text, days in logged:
            entry_store.add_entry(session, owner, kind=kind, text=text,
                                  now=NOW - timedelta(days=days),
                                  relationship_id=relationship.id)  # fmt: skip
        session.flush()
        actor = Actor(db=session, user=user, now=NOW)
        card = prep_card(actor, rel, None, refresh=False, note_shown=False)
        reads = card_reads(NOW)
        batch = counts_by_relationship(session, [user.id], [rel.id], reads)[rel.id]
        single = card_counts(session, user, relationship_id=rel.id, reads=reads)
        carried = session.scalars(
            select(Entry.text)
            .where(Entry.owner_id == user.id, Entry.kind.in_(["ask", "followup"]))
            .order_by(Entry.created_at, Entry.id)
        ).all()
    assert len(carried) == 304
    message = prep_message(card)
    texts = [block["text"]["text"] for block in message["blocks"] if "text" in block]
    start = texts.index("*Carried forward*")
    listed = texts[start + 1 : start + 1 + SHOWN_CARRIED]
    assert [re.search("“(.*)”", line)[1] for line in listed] == carried[:SHOWN_CARRIED]
    notes = [e["text"] for b in message["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert f"…and {304 - SHOWN_CARRIED} more: `/oneonone followups` shows them all." in notes
    assert message["text"].split(" · ")[1] == "304 open item(s)"
    assert "and 300 earlier asks are still open" in card.balance
    assert (single.open_asks, single.open_followups) == (batch.open_asks, batch.open_followups)
    assert (batch.open_asks, batch.open_followups) == (300, 4)
    # read: the oldest and the newest few asks (and the four follow-ups), not all 304
    assert len(card.carried_forward) == 2 * reads.open_each + 4
    each = reads.open_each
    oldest_and_newest = set(carried[:each]) | set(carried[300 - each : 300])
    assert {e.text for e in card.carried_forward} >= oldest_and_newest
