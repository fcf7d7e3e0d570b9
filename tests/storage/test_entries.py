"""What the prep card reads for one relationship (storage.entries.recent_entries)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from coaching.model import EntryKind, EntryStatus, Person
from coaching.prep import CARRIED_KINDS, WINDOW
from storage import entries
from storage.db import transaction
from storage.relationships import ensure_relationship
from storage.users import ensure_user

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


def test_the_card_reads_the_window_and_what_is_still_waiting(session_factory):
    old = NOW - WINDOW - timedelta(days=30)
    with transaction(session_factory) as session:
        user = ensure_user(session, "T1", "UA", now=NOW)
        other = ensure_user(session, "T1", "UB", now=NOW)
        rel = ensure_relationship(session, user, Person(user_id="UD"), now=NOW)
        theirs = ensure_relationship(session, other, Person(user_id="UD"), now=NOW)
        for kind in EntryKind:
            for when, label in ((old, "old"), (NOW - timedelta(days=3), "new")):
                for status in (EntryStatus.OPEN, EntryStatus.DONE):
                    entry = entries.add_entry(
                        session, user, kind=kind, text=f"{label} {kind.value} {status.value}",
                        now=when, relationship_id=rel.id,
                    )  # fmt: skip
                    entries.set_status(entry, status, now=when)
        entries.add_entry(
            session, other, kind=EntryKind.ASK, text="B's", now=NOW, relationship_id=theirs.id
        )
    with transaction(session_factory) as session:
        user = ensure_user(session, "T1", "UA", now=NOW)
        read = entries.recent_entries(
            session, user, relationship_id=rel.id, since=NOW - WINDOW, open_kinds=CARRIED_KINDS
        )
        texts = {row.text for row in read}
    new = {
        f"new {k.value} {s.value}" for k in EntryKind for s in (EntryStatus.OPEN, EntryStatus.DONE)
    }
    carried = {f"old {k.value} open" for k in CARRIED_KINDS}
    assert texts == new | carried
    assert [row.created_at for row in read] == sorted(row.created_at for row in read)
