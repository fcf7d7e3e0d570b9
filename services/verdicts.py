"""The bounded background re-scan of stored oversharing verdicts (a dispatcher hook).

A retrained model makes every stored verdict stale at once. The rows a card shows are re-scanned
when shown (services.prep_data); this pass does the rest a batch per tick, so no request ever
waits for a whole journal to be re-scanned. Once a pass finds fewer stale rows than it may take,
the workspace is caught up: new entries are scanned as they are written, so nothing goes stale
again until the stamp changes, and until then the pass skips the query over every entry.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from coaching.oversharing_model import model_stamp
from storage import verdicts
from storage.db import transaction

#: Entries re-scanned per tick: about a tenth of a second of model time.
BATCH = 200


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
        found = verdicts.backfill(session, limit=limit, team_id=team_id)
    if caught_up is not None and found < limit:
        caught_up.add(done)
    return found
