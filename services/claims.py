"""Background work on rows many instances may see at once: read what is due in one short
transaction, then take each row by compare-and-set in a transaction of its own, and only then
act on it — outside any transaction, since acting usually means asking Slack."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from storage.db import transaction

T = TypeVar("T")


def claimed(
    factory: sessionmaker[Session],
    due: Callable[[Session], list[T]],
    claim: Callable[[Session, T], bool],
) -> Iterator[T]:
    """Each due row (as `due` copied it out of its session) that `claim` took for us."""
    with transaction(factory) as session:
        rows = due(session)
    for row in rows:
        with transaction(factory) as session:
            if not claim(session, row):
                continue
        yield row
