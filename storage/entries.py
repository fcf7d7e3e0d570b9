"""Entries: talking points, asks, wins, follow-ups and notes. Every query is by owner."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Select, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coaching import model
from storage.models import Entry, User


def add_entry(
    session: Session,
    owner: User,
    *,
    kind: model.EntryKind,
    text: str,
    now: datetime,
    relationship_id: int | None = None,
    source: model.EntrySource = model.EntrySource.COMMAND,
    source_channel: str | None = None,
    source_ts: str | None = None,
    permalink: str | None = None,
    text_pending: bool = False,
    text_retry_at: datetime | None = None,
) -> Entry | None:
    """Store one entry. None when the same message was already logged as the same kind."""
    entry = Entry(
        team_id=owner.team_id,
        owner_id=owner.id,
        relationship_id=relationship_id,
        kind=kind.value,
        text=text,
        text_pending=text_pending,
        text_retry_at=text_retry_at if text_pending else None,
        status=model.EntryStatus.OPEN.value,
        source=source.value,
        source_channel=source_channel,
        source_ts=source_ts,
        permalink=permalink,
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(entry)
    except IntegrityError:
        return None
    return entry


def owned_entry(session: Session, owner: User, entry_id: int) -> Entry | None:
    """An entry by id, only when `owner` owns it: ids from buttons are never trusted alone."""
    return session.scalars(
        select(Entry).where(Entry.id == entry_id, Entry.owner_id == owner.id)
    ).one_or_none()


def set_status(entry: Entry, status: model.EntryStatus, *, now: datetime) -> None:
    entry.status = status.value
    entry.done_at = None if status is model.EntryStatus.OPEN else now


def _owned(owner: User) -> Select:
    return select(Entry).where(Entry.owner_id == owner.id)


def open_entries(
    session: Session,
    owner: User,
    kinds: Sequence[model.EntryKind],
    *,
    relationship_id: int | None = None,
    limit: int | None = None,
) -> list[Entry]:
    query = _owned(owner).where(
        Entry.kind.in_([k.value for k in kinds]), Entry.status == model.EntryStatus.OPEN.value
    )
    if relationship_id is not None:
        query = query.where(Entry.relationship_id == relationship_id)
    return list(session.scalars(query.order_by(Entry.created_at, Entry.id).limit(limit)))


def count_open(session: Session, owner: User, kinds: Sequence[model.EntryKind]) -> int:
    from sqlalchemy import func

    query = (
        select(func.count())
        .select_from(Entry)
        .where(
            Entry.owner_id == owner.id,
            Entry.kind.in_([k.value for k in kinds]),
            Entry.status == model.EntryStatus.OPEN.value,
        )
    )
    return session.scalar(query) or 0


def recent_entries(
    session: Session,
    owner: User,
    *,
    relationship_id: int,
    since: datetime,
    open_kinds: Sequence[model.EntryKind],
) -> list[Entry]:
    """One relationship's whole window, plus the entries of `open_kinds` still open from before
    it: what the prep card read before it counted in SQL (storage.card_reads), kept as the
    reference the narrowed reads are checked against (tests/storage/test_card_reads.py).

    Only kinds that get closed belong in `open_kinds`: notes, gifts and wins stay open as
    logged, and carrying all of them would read a user's whole history for every card.
    """
    still_open = (Entry.status == model.EntryStatus.OPEN.value) & Entry.kind.in_(
        [kind.value for kind in open_kinds]
    )
    query = _owned(owner).where(
        Entry.relationship_id == relationship_id, (Entry.created_at >= since) | still_open
    )
    return list(session.scalars(query.order_by(Entry.created_at, Entry.id)))


def history(session: Session, owner: User, *, relationship_id: int, limit: int = 20) -> list[Entry]:
    query = _owned(owner).where(Entry.relationship_id == relationship_id)
    return list(
        session.scalars(query.order_by(Entry.created_at.desc(), Entry.id.desc()).limit(limit))
    )


def to_domain(row: Entry) -> model.Entry:
    return model.Entry(
        id=row.id,
        kind=model.EntryKind(row.kind),
        text=row.text,
        status=model.EntryStatus(row.status),
        created_at=row.created_at,
        relationship_id=row.relationship_id,
        done_at=row.done_at,
        permalink=row.permalink,
        source=model.EntrySource(row.source),
        flag_noted_at=row.flag_noted_at,
    )


def note_flags_shown(
    session: Session, owner: User, entry_ids: Sequence[int], *, now: datetime
) -> None:
    """Remember that these entries' oversharing flags were shown in full (say it once)."""
    if not entry_ids:
        return
    session.execute(
        update(Entry)
        .where(
            Entry.owner_id == owner.id, Entry.id.in_(list(entry_ids)), Entry.flag_noted_at.is_(None)
        )
        .values(flag_noted_at=now)
    )


def open_agenda(session: Session, owner: User, *, relationship_id: int) -> list[Entry]:
    """The open talking points for one relationship, in the order the prep card numbers them
    (work points first, flagged ones after, each by date) — see `coaching.prep.point_order`."""
    query = _owned(owner).where(
        Entry.relationship_id == relationship_id,
        Entry.kind == model.EntryKind.AGENDA.value,
        Entry.status == model.EntryStatus.OPEN.value,
    )
    return list(session.scalars(query.order_by(Entry.created_at, Entry.id)))


def journal_entries(session: Session, owner: User) -> list[Entry]:
    """Everything the career journal exports: all of the owner's entries but talking points."""
    query = _owned(owner).where(Entry.kind != model.EntryKind.AGENDA.value)
    return list(session.scalars(query.order_by(Entry.created_at, Entry.id)))


def balance_counts(session: Session, owner: User, *, since: datetime) -> dict[int, tuple[int, int]]:
    """Per relationship: (gave, asked) entries created since `since` — App Home's balances."""
    from sqlalchemy import func

    query = (
        select(Entry.relationship_id, Entry.kind, func.count())
        .where(
            Entry.owner_id == owner.id,
            Entry.relationship_id.is_not(None),
            Entry.created_at >= since,
            Entry.kind.in_([model.EntryKind.GAVE.value, model.EntryKind.ASK.value]),
        )
        .group_by(Entry.relationship_id, Entry.kind)
    )
    counts: dict[int, tuple[int, int]] = {}
    for relationship_id, kind, count in session.execute(query):
        gave, asked = counts.get(relationship_id, (0, 0))
        if kind == model.EntryKind.GAVE.value:
            gave = count
        else:
            asked = count
        counts[relationship_id] = (gave, asked)
    return counts


def relationships_with_entries(session: Session, owner: User) -> set[int]:
    """Ids of the owner's relationships that have at least one entry."""
    query = (
        select(Entry.relationship_id)
        .where(Entry.owner_id == owner.id, Entry.relationship_id.is_not(None))
        .distinct()
    )
    return set(session.scalars(query))


def has_entries(session: Session, owner: User) -> bool:
    return session.scalars(_owned(owner).limit(1)).first() is not None


def entry_from_source(
    session: Session, owner: User, *, channel: str, ts: str, kind: model.EntryKind
) -> Entry | None:
    """The owner's entry logged from one Slack message as `kind` (a reaction or a shortcut)."""
    return session.scalars(
        _owned(owner).where(
            Entry.source_channel == channel, Entry.source_ts == ts, Entry.kind == kind.value
        )
    ).one_or_none()


def pending_texts(
    session: Session, *, now: datetime, limit: int = 20, team_id: str | None = None
) -> list[Entry]:
    """Entries (of every owner in `team_id`: the scheduler's view) whose placeholder text may
    be read now; another team's rows are never read with this installation's token."""
    query = (
        select(Entry)
        .where(Entry.text_pending.is_(True), Entry.text_retry_at <= now)
        .order_by(Entry.text_retry_at, Entry.id)
        .limit(limit)
    )
    if team_id is not None:
        query = query.where(Entry.team_id == team_id)
    return list(session.scalars(query))


def claim_pending_text(
    session: Session, entry_id: int, *, seen_retry_at: datetime, until: datetime
) -> bool:
    """Compare-and-set: push `text_retry_at` on to `until` unless another instance did first."""
    from sqlalchemy import update

    result = session.execute(
        update(Entry)
        .where(
            Entry.id == entry_id,
            Entry.text_pending.is_(True),
            Entry.text_retry_at == seen_retry_at,
        )
        .values(text_retry_at=until)
        .execution_options(synchronize_session=False)
    )
    return (result.rowcount or 0) == 1


def fill_text(entry: Entry, text: str, *, relationship_id: int | None = None) -> None:
    """The real text has arrived: replace the placeholder, keep any relationship already set."""
    entry.text = text
    entry.text_pending = False
    entry.text_retry_at = None
    if entry.relationship_id is None and relationship_id is not None:
        entry.relationship_id = relationship_id


def pending_entry(session: Session, entry_id: int) -> Entry | None:
    """An entry still waiting for its text, by id (background backfill, not a user request)."""
    return session.scalars(
        select(Entry).where(Entry.id == entry_id, Entry.text_pending.is_(True))
    ).one_or_none()
