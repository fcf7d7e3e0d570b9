"""The bounded background re-scan of stored oversharing verdicts (a dispatcher hook).

A retrained model makes every stored verdict stale at once. The rows a card shows are re-scanned
when shown (services.prep_data); this pass does the rest a batch per tick, so no request ever
waits for a whole journal to be re-scanned.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from storage import verdicts
from storage.db import transaction

#: Entries re-scanned per tick: about a tenth of a second of model time.
BATCH = 200


def rescan_stale(
    factory: sessionmaker[Session], now: datetime, *, team_id: str | None, limit: int = BATCH
) -> int:
    """Re-scan up to `limit` of the workspace's entries whose verdict is stale; how many."""
    with transaction(factory) as session:
        return verdicts.backfill(session, limit=limit, team_id=team_id)
