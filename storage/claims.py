"""Claiming rows for one instance: the pattern nudges and calendars share.

One UPDATE … RETURNING whose inner SELECT picks at most `limit` claimable rows. On PostgreSQL
that SELECT takes `FOR UPDATE SKIP LOCKED` (instances never wait for, nor take, each other's
rows) inside a MATERIALIZED CTE (run once, so the LIMIT holds); on SQLite the write lock (BEGIN
IMMEDIATE) makes the same statement a compare-and-set. Call it in its own short transaction and
commit at once, so other instances see the claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased


def claim_rows(
    session: Session,
    model: Any,
    claimable: Callable[[Any], Any],
    *,
    order_by: Callable[[Any], Any],
    limit: int,
    values: dict[str, Any],
    only_id: int | None = None,
) -> list[int]:
    """Set `values` on up to `limit` rows of `model` for which `claimable(row)` holds; their ids.

    An alias keeps the inner SELECT uncorrelated with the UPDATE's own row (which would
    silently drop the LIMIT and claim everything in one go).
    """
    candidate = aliased(model)
    candidates = (
        select(candidate.id).where(claimable(candidate)).order_by(order_by(candidate)).limit(limit)
    )
    if only_id is not None:
        candidates = candidates.where(candidate.id == only_id)
    if session.get_bind().dialect.name == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True)
    chosen = candidates.cte("chosen").prefix_with("MATERIALIZED", dialect="postgresql")
    result = session.execute(
        update(model)
        .where(model.id.in_(select(chosen.c.id)), claimable(model))
        .values(**values)
        .returning(model.id)
        .execution_options(synchronize_session=False)
    )
    return sorted(result.scalars().all())
