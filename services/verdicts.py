"""The scanner's verdicts on entries: given whenever an entry's text is written, re-given when
the model (or the verdict code) changes.

Scanning is the costly part of a card (a model run per talking point, win and sampled entry), so
each entry keeps its verdict, stamped with the model that gave it (storage.verdicts holds the
rows). `install` makes every write of `Entry.text` carry its verdict, whichever path wrote it
(logging, a late-read message, an edit), so a verdict never describes another text. When the
stamp changes, the rows a card shows are re-scanned when shown (`verdict`), the rest by a bounded
background pass a batch per tick (`rescan_stale`), so no request ever waits for a whole journal.
Once a pass finds fewer stale rows than it may take, the workspace is caught up: nothing goes
stale again until the stamp changes, and until then the pass skips the query over every entry.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from coaching.oversharing import StoredVerdict, verdict_of
from coaching.oversharing_model import default_model, model_stamp
from storage import verdicts as verdict_rows
from storage.card_reads import CardRow
from storage.db import transaction
from storage.models import Entry, User

log = logging.getLogger(__name__)

#: Entries re-scanned per tick: about a tenth of a second of model time.
BATCH = 200


def install() -> None:
    """Scan every entry text as it is written (idempotent; called where the app starts).

    The model is read here, at start-up: read lazily, its 2.5 MB of weights cost the first
    command that scans text about a second (several on a loaded machine), inside Slack's
    3-second window for the ack, and Bolt answers a late ack with a 404."""
    default_model()
    model_stamp()
    if not event.contains(Entry.text, "set", _verdict_follows_text):
        event.listen(Entry.text, "set", _verdict_follows_text)


def _verdict_follows_text(entry: Entry, text: str, _old: object, _initiator: object) -> None:
    stamp(entry, text)


def stamp(entry: Entry, text: str) -> None:
    """Scan `text` now and store the verdict on `entry`, stamped with the current model."""
    verdict_rows.write(entry, verdict_of(text), model_stamp())


def stored(row: Entry | CardRow) -> StoredVerdict | None:
    """The row's verdict when the current model gave it; None when it must be re-scanned."""
    found = verdict_rows.read(row, model_stamp())
    if found is None:
        return None
    return tuple((category, tuple(words), probability) for category, words, probability in found)


def verdict(session: Session, owner: User, rows: Sequence[CardRow]) -> StoredVerdict:
    """The verdict on the text these card rows share, re-scanning it when any stamp is stale or
    missing: the new verdict is stored on those rows (the owner's only) in the caller's
    transaction."""
    found = [verdict for row in rows if (verdict := stored(row)) is not None]
    if len(found) == len(rows):
        return found[0]
    fresh = verdict_of(rows[0].entry.text)
    verdict_rows.write_many(session, owner, [row.entry.id for row in rows], fresh, model_stamp())
    return fresh


def backfill(session: Session, *, limit: int = BATCH, team_id: str | None = None) -> int:
    """Re-scan up to `limit` entries whose verdict is missing or from another model."""
    rows = verdict_rows.stale(session, model_stamp(), limit=limit, team_id=team_id)
    for entry in rows:
        stamp(entry, entry.text)
    if rows:
        log.info("re-scanned %d entries for the current oversharing model", len(rows))
    return len(rows)


def rescan_stale(
    factory: sessionmaker[Session],
    now: datetime,
    *,
    team_id: str | None,
    limit: int = BATCH,
    caught_up: set[tuple[str, str | None]] | None = None,
) -> int:
    """Re-scan up to `limit` of the workspace's entries whose verdict is stale; how many.
    `caught_up`: the caller's memory of (stamp, workspace) pairs that have nothing stale left."""
    done = (model_stamp(), team_id)
    if caught_up is not None and done in caught_up:
        return 0
    with transaction(factory) as session:
        found = backfill(session, limit=limit, team_id=team_id)
    if caught_up is not None and found < limit:
        caught_up.add(done)
    return found
