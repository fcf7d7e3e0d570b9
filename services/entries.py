"""Small follow-up writes to an entry, made after its Slack reads (outside the entry's own
transaction, so that no lock waits on Slack)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from services.unit_of_work import Scope
from storage import entries as entry_store
from storage.db import transaction
from storage.users import find_user


def store_permalink(
    factory: sessionmaker[Session], scope: Scope, entry_id: int, link: str | None
) -> None:
    """Keep the link to the message an entry was logged from (scoped to its owner)."""
    if not link:
        return
    with transaction(factory) as session:
        owner = find_user(session, scope.team_id, scope.user_id)
        entry = entry_store.owned_entry(session, owner, entry_id) if owner else None
        if entry is not None:
            entry.permalink = link
