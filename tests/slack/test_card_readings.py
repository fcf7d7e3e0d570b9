"""Over signed HTTP: a prep card keeps the readings it took of its lines with the relationship,
the next card (its process memos gone, as days later) takes them back and reads the same, and
nothing is rewritten while nothing changed; one user's kept readings are never another's."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import event, select

from coaching import line_memo
from storage.card_readings import store_readings
from storage.db import make_session_factory, transaction
from storage.models import CardReadings, Relationship, User
from tests.slack.conftest import BOB, DANA


def _kept(engine) -> list[tuple[str, int, str, datetime]]:
    with transaction(make_session_factory(engine)) as session:
        rows = session.execute(
            select(User.user_id, CardReadings.relationship_id, CardReadings.readings)
            .join(User, User.id == CardReadings.owner_id)
            .order_by(CardReadings.relationship_id)
        ).all()
        stamps = session.scalars(select(CardReadings.updated_at)).all()
    return [(*row, stamp) for row, stamp in zip(rows, stamps, strict=True)]


def _days_later() -> None:
    line_memo.forget_all()  # the process memos have moved on since the last card


def test_the_next_card_takes_back_the_readings_and_reads_the_same(alice, bob, clock, sqlite_engine):
    clock.current = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    alice.command(f"schedule <@{DANA}> weekly tue 10:00 as manager")
    alice.command(f"log <@{DANA}> ask: could I get the course budget approved by fri 27 nov")
    alice.command(f"log <@{DANA}> followup: send Dana the capacity numbers before our next 1:1")
    clock.current += timedelta(days=3)
    _days_later()
    first = alice.command("prep")
    ((owner, rid, readings, stamp),) = _kept(sqlite_engine)
    assert owner == alice.user_id
    kept = json.loads(readings)
    assert kept["r"]["coaching.due._due_from"]  # the days its lines name
    keys = [key for found in kept["r"].values() for key in found]
    assert keys and not any("capacity" in key or "budget" in key for key in keys)  # digests

    clock.current += timedelta(hours=1)  # a rewrite would move the stamp
    _days_later()
    again = alice.command("prep")
    assert again["blocks"][1:] == first["blocks"][1:]  # all but the header's "in 29 h"
    assert _kept(sqlite_engine) == [(owner, rid, readings, stamp)]  # nothing rewritten

    forged = json.loads(readings)
    for digest in forged["r"]["coaching.due._due_from"]:
        forged["r"]["coaching.due._due_from"][digest] = "2026-11-21"  # as if overdue
    with transaction(make_session_factory(sqlite_engine)) as session:
        session.get(CardReadings, rid).readings = json.dumps(forged)
    _days_later()
    assert alice.command("prep")["blocks"][1:] != first["blocks"][1:]  # the kept ones are read
    with transaction(make_session_factory(sqlite_engine)) as session:
        session.get(CardReadings, rid).readings = readings

    alice.command(f"log <@{DANA}> note: Dana wants the migration plan by end of month")
    _days_later()
    alice.command("prep")
    ((_, _, after, _),) = _kept(sqlite_engine)
    assert after != readings  # the new line's readings are kept too

    bob.command("prep")  # nothing of Bob's to read: nothing kept for him
    assert [row[0] for row in _kept(sqlite_engine)] == [alice.user_id]


def test_readings_are_kept_and_read_only_by_their_owner(alice, bob, clock, sqlite_engine):
    clock.current = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    alice.command(f"schedule <@{DANA}> weekly tue 10:00 as manager")
    alice.command(f"log <@{DANA}> ask: could I shadow the on-call lead next week")
    alice.command("prep")
    ((_, rid, readings, _),) = _kept(sqlite_engine)
    bob.command("prep")  # Bob is a user too, with nothing to read
    with transaction(make_session_factory(sqlite_engine)) as session:
        bob_row = session.scalars(select(User).where(User.user_id == bob.user_id)).one()
        store_readings(session, bob_row, relationship_id=rid, readings="{}", now=clock.current)
        assert session.get(Relationship, rid).owner_id != bob_row.id
    assert [(row[0], row[2]) for row in _kept(sqlite_engine)] == [(alice.user_id, readings)]


def test_the_nudge_card_reads_and_keeps_the_same_readings_as_the_command(
    alice, clock, fake_slack, sqlite_engine
):
    """The dispatcher reads a batch's kept readings with the rest of the batch: the nudge card,
    a day after the command's, takes every reading from the row the command kept and so rewrites
    nothing (read afresh, it would keep them again under the new time)."""
    from bot.app import nudge_views
    from bot.dispatcher import Dispatcher
    from bot.slack_client import make_web_client
    from tests.conftest import config_for

    clock.current = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # Mon 9:00 in New York
    alice.command(f"schedule <@{DANA}> weekly tue 10:00 as manager")
    alice.command(f"log <@{DANA}> ask: could I shadow the on-call lead next week")
    alice.command(f"log <@{DANA}> followup: send Dana the capacity numbers by fri")
    alice.command(f"schedule <@{BOB}> weekly tue 10:00 as mentor")
    alice.command(f"log <@{BOB}> ask: could I sit in on the quarterly review")
    alice.command(f"prep <@{BOB}>")
    alice.command("prep")
    kept = [(row[2], row[3]) for row in _kept(sqlite_engine)]
    assert len(kept) == 2
    reads: list[str] = []

    def note_reads(conn, cursor, statement, *args) -> None:
        if statement.lstrip().startswith("SELECT") and "FROM card_readings" in statement:
            reads.append(statement)

    event.listen(sqlite_engine, "before_cursor_execute", note_reads)
    _days_later()
    clock.current = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # the 1-hour nudge is due
    dispatcher = Dispatcher(
        session_factory=make_session_factory(sqlite_engine),
        client=make_web_client(config_for(fake_slack), wait_on_rate_limit=False),
        clock=lambda: clock.current,
        views=nudge_views(),
    )
    try:
        dispatcher.tick()
    finally:
        event.remove(sqlite_engine, "before_cursor_execute", note_reads)
    cards = [c.params for c in fake_slack.calls_to("chat.postMessage") if "blocks" in c.params]
    assert sum("Suggested asks" in str(card["blocks"]) for card in cards) == 2  # both nudges
    assert len(reads) == 1  # one read of the kept readings for the batch, not one per card
    assert [(row[2], row[3]) for row in _kept(sqlite_engine)] == kept
