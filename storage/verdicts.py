"""The scanner's stored verdicts, as rows: which entries are stale, and writing a verdict back.

Each entry keeps the scanner's verdict on its text (JSON) and the stamp of the model that gave
it. What a verdict *is*, and running the scanner, is services.verdicts' job: storage only reads
and writes the two columns, so it never imports the scanner (design §5). None of it is logged.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from storage.card_reads import CardRow
from storage.models import Entry, User


def write(entry: Entry, verdict: Any, stamp: str) -> None:
    """Store `verdict` (JSON-able) on `entry`, stamped `stamp`."""
    entry.scan_verdict, entry.scan_model = json.dumps(verdict), stamp


def read(row: Entry | CardRow, stamp: str) -> Any | None:
    """The row's verdict, decoded, when it carries `stamp`; None when it must be re-scanned."""
    if row.scan_model != stamp or row.scan_verdict is None:
        return None
    return json.loads(row.scan_verdict)


def write_many(
    session: Session, owner: User, entry_ids: Sequence[int], verdict: Any, stamp: str
) -> None:
    """Store one verdict on several of the owner's entries (the same text), in one UPDATE."""
    session.execute(
        update(Entry)
        .where(Entry.id.in_(entry_ids), Entry.owner_id == owner.id)
        .values(scan_verdict=json.dumps(verdict), scan_model=stamp)
        .execution_options(synchronize_session=False)
    )


def stale(session: Session, stamp: str, *, limit: int, team_id: str | None) -> Sequence[Entry]:
    """Up to `limit` entries whose verdict is missing or not stamped `stamp`, newest first:
    the scheduler's view across owners (like `storage.entries.pending_texts`), bounded."""
    query = (
        select(Entry)
        .where(Entry.text_pending.is_(False))
        .where(or_(Entry.scan_model.is_(None), Entry.scan_model != stamp))
        .order_by(Entry.id.desc())
        .limit(limit)
    )
    if team_id is not None:
        query = query.where(Entry.team_id == team_id)
    return session.scalars(query).all()
