"""The scanner's stored verdicts: written with each entry's text, read back by the prep card.

Scanning is the costly part of a card (a model run per talking point, win and sampled entry), so
each entry keeps its verdict, stamped with the model that gave it. When the model is retrained
the stamp no longer matches: the rows a card shows are re-scanned when shown (`refresh`), the rest
by a bounded background pass (`backfill`). The verdict holds categories and trigger words only;
none of it is ever logged.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from coaching.oversharing import StoredVerdict, verdict_of
from coaching.oversharing_model import model_stamp
from storage.card_reads import CardRow
from storage.models import Entry, User

log = logging.getLogger(__name__)


def stamp(entry: Entry, text: str) -> None:
    """Scan `text` now and store the verdict on `entry`, stamped with the current model."""
    entry.scan_verdict = json.dumps(verdict_of(text))
    entry.scan_model = model_stamp()


def stored(row: Entry | CardRow) -> StoredVerdict | None:
    """The row's verdict when the current model gave it; None when it must be re-scanned."""
    if row.scan_model != model_stamp() or row.scan_verdict is None:
        return None
    return tuple(
        (category, tuple(words), probability)
        for category, words, probability in json.loads(row.scan_verdict)
    )


def verdict(session: Session, owner: User, rows: Sequence[CardRow]) -> StoredVerdict:
    """The verdict on the text these card rows share, re-scanning it when any stamp is stale or
    missing: the new verdict is stored on those rows (the owner's only) in the caller's
    transaction."""
    found = [verdict for row in rows if (verdict := stored(row)) is not None]
    if len(found) == len(rows):
        return found[0]
    fresh = verdict_of(rows[0].entry.text)
    session.execute(
        update(Entry)
        .where(Entry.id.in_([row.entry.id for row in rows]), Entry.owner_id == owner.id)
        .values(scan_verdict=json.dumps(fresh), scan_model=model_stamp())
        .execution_options(synchronize_session=False)
    )
    return fresh


def backfill(session: Session, *, limit: int = 200, team_id: str | None = None) -> int:
    """Re-scan up to `limit` entries whose verdict is missing or from another model: the
    scheduler's view across owners (like `storage.entries.pending_texts`), bounded per run."""
    query = (
        select(Entry)
        .where(Entry.text_pending.is_(False))
        .where(or_(Entry.scan_model.is_(None), Entry.scan_model != model_stamp()))
        .order_by(Entry.id.desc())
        .limit(limit)
    )
    if team_id is not None:
        query = query.where(Entry.team_id == team_id)
    rows: Sequence[Entry] = session.scalars(query).all()
    for entry in rows:
        stamp(entry, entry.text)
    if rows:
        log.info("re-scanned %d entries for the current oversharing model", len(rows))
    return len(rows)
