"""The prep card's reads: its counts in SQL, and only the entries it shows or reasons from.

A card used to load the relationship's whole 90-day window (and everything still open) as ORM
objects; at 10,000 entries that was most of its cost. Now the balance, the "logged" figure and
the open asks and follow-ups are counted by the database, and the rows loaded are: the oldest and
the newest few open asks and follow-ups (the card lists the oldest and counts the rest), open
talking points, the newest asks within the longest cool-down, the newest few wins and notes of
the last month, open priorities, the optics sample, and asks answered "no" lately. Every query is
by owner.

Both statements are built once (their values are bound parameters) and run as Core on the
session's connection: building a SQLAlchemy expression, or passing plain columns through the
ORM, costs more than running it on a small table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache

from sqlalchemy import Select, and_, bindparam, case, func, or_, select, type_coerce, union
from sqlalchemy.orm import Session

from coaching import model
from coaching.model import BalanceCounts, EntryKind, EntryStatus
from storage.models import Entry, FollowThrough, User
from storage.types import UTCDateTime

OPEN, DISMISSED = EntryStatus.OPEN.value, EntryStatus.DISMISSED.value


@dataclass(frozen=True)
class CardReads:
    """How far back each part of the card looks (from coaching's own constants) and how many
    rows of each it needs at most."""

    now: datetime
    window_start: datetime
    #: Kinds that stay on the card while open, however old.
    carried: tuple[EntryKind, ...]
    #: Asks newer than this can still hold a purpose in its cool-down.
    asks_since: datetime
    #: Wins and notes newer than this are "recent" to the suggested asks.
    recent_since: datetime
    #: Asks answered "no" after this add the "try a different ask" note.
    answered_since: datetime
    #: The newest entries the optics note judges.
    optics_sample: int
    #: At most this many of the newest asks are read: the latest of each purpose, unless one
    #: person was asked for more than this within a cool-down (two months). Each read ask is
    #: classified by its words, the dearest reading a cold card does.
    newest: int = 10
    #: ... of the newest wins, and of open priorities: the card names the latest nameable one,
    #: looking past a few personal ones.
    newest_named: int = 5
    #: ... of the newest notes and talking points: the latest idea, advice and promise link.
    newest_notes: int = 8
    #: Open asks, and open follow-ups, read: the oldest this many (the card passes as many as
    #: it lists; it chases the oldest ask) and the newest this many (what is still fresh) of
    #: each; the rest are counted. Up to twice this many of a kind, the card reads every one.
    #: Ten of each made a cold card at 10,000 entries about an eighth slower than five.
    open_each: int = 5

    def params(self, owner: User, relationship_id: int) -> dict[str, object]:
        return {
            "owner": owner.id,
            "rid": relationship_id,
            "now": self.now,
            "window_start": self.window_start,
            "asks_since": self.asks_since,
            "recent_since": self.recent_since,
            "answered_since": self.answered_since,
        }


_MINE = and_(Entry.owner_id == bindparam("owner"), Entry.relationship_id == bindparam("rid"))
_SINCE_WINDOW = Entry.created_at >= bindparam("window_start")
_IN_WINDOW = and_(_SINCE_WINDOW, Entry.created_at <= bindparam("now"))


#: The open kinds the card lists one by one and counts (BalanceCounts.open_asks, open_followups).
_LISTED = (EntryKind.ASK, EntryKind.FOLLOWUP)


def _still_open(carried: tuple[EntryKind, ...]):
    return and_(Entry.status == OPEN, Entry.kind.in_([k.value for k in carried]))


def _open(kind: EntryKind):
    return and_(Entry.status == OPEN, Entry.kind == kind.value)


def _newest(limit: int, *where) -> Select:
    return (
        select(Entry.id)
        .where(_MINE, *where)
        .order_by(Entry.created_at.desc(), Entry.id.desc())
        .limit(limit)
    )


def _oldest(limit: int, *where) -> Select:
    return select(Entry.id).where(_MINE, *where).order_by(Entry.created_at, Entry.id).limit(limit)


def _counted(condition) -> object:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


#: Every status and every kind, so a count by status and kind (or kind and status) still
#: reads one index range per value rather than every row of the relationship.
_STATUSES_ALL = tuple(status.value for status in EntryStatus)
_KINDS_ALL = tuple(kind.value for kind in EntryKind)


def _how_many(*where) -> object:
    return select(func.count()).where(_MINE, *where).scalar_subquery()


@cache
def _counts_query(carried: tuple[EntryKind, ...]) -> Select:
    """Each figure a plain COUNT over index ranges: the window by date, a kind in the window by
    status, kind and date, what is still open by status and kind. Counting entries the index
    already holds in order costs a fraction of testing each of the window's rows against every
    figure (a busy quarter with one person is over a thousand rows)."""
    still_open = _still_open(carried)

    def in_window(*where) -> object:
        return _how_many(_IN_WINDOW, *where)

    def of_kind(kind: EntryKind) -> object:
        return in_window(Entry.status.in_(_STATUSES_ALL), Entry.kind == kind.value)

    first = (
        select(Entry.created_at)
        .where(_MINE, _SINCE_WINDOW, Entry.status != DISMISSED)
        .order_by(Entry.created_at)
        .limit(1)
        .scalar_subquery()
    )
    open_first = select(func.min(Entry.created_at)).where(_MINE, still_open).scalar_subquery()
    return select(
        of_kind(EntryKind.GAVE),
        of_kind(EntryKind.ASK),
        in_window() - in_window(Entry.status == DISMISSED, Entry.kind.in_(_KINDS_ALL)),
        _how_many(_SINCE_WINDOW)
        + _how_many(still_open, Entry.created_at < bindparam("window_start")),
        type_coerce(first, UTCDateTime()),
        type_coerce(open_first, UTCDateTime()),
        *(_how_many(_open(kind)) for kind in _LISTED),
    )


def _first(created_at) -> object:
    """The earliest of these instants, read back as UTC like the column itself."""
    return type_coerce(func.min(created_at), UTCDateTime())


def _earliest(*moments: datetime | None) -> datetime | None:
    return min((m for m in moments if m is not None), default=None)


@cache
def _entries_query(
    carried: tuple[EntryKind, ...],
    newest: int,
    optics_sample: int,
    open_each: int,
    newest_named: int,
    newest_notes: int,
) -> Select:
    """One statement: the union of each part's ids (each part an index range, the limited ones
    wrapped so SQLite accepts their LIMIT inside the union), then those rows."""
    recent = Entry.created_at >= bindparam("recent_since")
    notes = Entry.kind.in_([EntryKind.NOTE.value, EntryKind.AGENDA.value])
    asks_since = Entry.created_at >= bindparam("asks_since")
    parts = [
        _newest(newest, Entry.kind == EntryKind.ASK.value, asks_since),
        _newest(newest_named, Entry.kind == EntryKind.WIN.value, recent),
        _newest(newest_notes, notes, recent),
        _newest(
            newest_named,
            Entry.kind == EntryKind.PRIORITY.value,
            Entry.status == OPEN,
            _SINCE_WINDOW,
        ),
        _newest(optics_sample, Entry.status != DISMISSED, _IN_WINDOW),
        *(ends(open_each, _open(kind)) for kind in _LISTED for ends in (_oldest, _newest)),
    ]
    answered_no = (
        select(FollowThrough.entry_id)
        .join(Entry, Entry.id == FollowThrough.entry_id)
        .where(
            FollowThrough.owner_id == bindparam("owner"),
            FollowThrough.answer == "no",
            FollowThrough.answered_at >= bindparam("answered_since"),
            _MINE,
            or_(_SINCE_WINDOW, _still_open(carried)),
        )
    )
    unlisted = tuple(kind for kind in carried if kind not in _LISTED)
    ids = union(
        select(Entry.id).where(_MINE, _still_open(unlisted)),
        *(select(part.c.id) for part in (q.subquery() for q in parts)),
        answered_no,
    )
    said_no = (
        select(FollowThrough.id)
        .where(
            FollowThrough.entry_id == Entry.id,
            FollowThrough.owner_id == bindparam("owner"),
            FollowThrough.answer == "no",
            FollowThrough.answered_at >= bindparam("answered_since"),
        )
        .exists()
        .label("said_no")
    )
    return select(*_COLUMNS, said_no).where(Entry.id.in_(ids)).order_by(Entry.created_at, Entry.id)


#: What the card reads of each row: plain tuples, no ORM objects (a card may carry hundreds).
_COLUMNS = (
    Entry.id,
    Entry.kind,
    Entry.text,
    Entry.status,
    Entry.created_at,
    Entry.relationship_id,
    Entry.done_at,
    Entry.permalink,
    Entry.source,
    Entry.flag_noted_at,
    Entry.scan_verdict,
    Entry.scan_model,
)


#: Stored values to their enums by plain lookup (an Enum call per column per row adds up).
_KINDS = {kind.value: kind for kind in model.EntryKind}
_STATUSES = {status.value: status for status in model.EntryStatus}
_SOURCES = {source.value: source for source in model.EntrySource}


@dataclass(frozen=True)
class CardRow:
    """One entry as the card reads it, with the verdict stored on it (see storage.verdicts) and
    whether they answered it "no" lately (the card's "try another kind of ask" note)."""

    entry: model.Entry
    scan_verdict: str | None
    scan_model: str | None
    said_no: bool = False


def card_counts(
    session: Session, owner: User, *, relationship_id: int, reads: CardReads
) -> BalanceCounts:
    """The window's gives, asks and non-dismissed entries, and all entries the card reads."""
    gave, asked, logged, total, first, open_first, open_asks, open_followups = (
        session.connection()
        .execute(_counts_query(reads.carried), reads.params(owner, relationship_id))
        .one()
    )
    return BalanceCounts(
        gave=int(gave),
        asked=int(asked),
        logged=int(logged),
        total=int(total),
        first_logged=_earliest(first, open_first),
        open_asks=int(open_asks),
        open_followups=int(open_followups),
    )


def counts_by_relationship(
    session: Session, owner_ids: Iterable[int], relationship_ids: Iterable[int], reads: CardReads
) -> dict[int, BalanceCounts]:
    """`card_counts` for many relationships in two grouped queries (the dispatcher's batch);
    keyed by relationship, whose entries are all its owner's."""
    rids, owners = list(set(relationship_ids)), list(set(owner_ids))
    mine = and_(Entry.owner_id.in_(owners), Entry.relationship_id.in_(rids))
    params = {"window_start": reads.window_start, "now": reads.now}
    still_open = _still_open(reads.carried)
    window = session.execute(
        select(
            Entry.relationship_id,
            _counted(and_(_IN_WINDOW, Entry.kind == EntryKind.GAVE.value)),
            _counted(and_(_IN_WINDOW, Entry.kind == EntryKind.ASK.value)),
            _counted(and_(_IN_WINDOW, Entry.status != DISMISSED)),
            func.count() - _counted(still_open),
            _first(case((Entry.status != DISMISSED, Entry.created_at))),
        )
        .where(mine, _SINCE_WINDOW)
        .group_by(Entry.relationship_id),
        params,
    )
    counts = {rid: BalanceCounts() for rid in rids}
    for rid, gave, asked, logged, others, first in window:
        counts[rid] = BalanceCounts(int(gave), int(asked), int(logged), int(others), first)
    still = session.execute(
        select(
            Entry.relationship_id,
            func.count(),
            _first(Entry.created_at),
            *(_counted(Entry.kind == kind.value) for kind in _LISTED),
        )
        .where(mine, still_open)
        .group_by(Entry.relationship_id)
    )
    for rid, count, first, open_asks, open_followups in still:
        was = counts[rid]
        counts[rid] = replace(
            was,
            total=was.total + int(count),
            first_logged=_earliest(was.first_logged, first),
            open_asks=int(open_asks),
            open_followups=int(open_followups),
        )
    return counts


def card_entries(
    session: Session, owner: User, *, relationship_id: int, reads: CardReads
) -> list[CardRow]:
    """The rows the card shows or reasons from, oldest first (the order the card lists them)."""
    query = _entries_query(
        reads.carried,
        reads.newest,
        reads.optics_sample,
        reads.open_each,
        reads.newest_named,
        reads.newest_notes,
    )
    # On the session's connection, as Core: the ORM's handling of a statement of plain columns
    # costs more than the statement itself.
    rows = session.connection().execute(query, reads.params(owner, relationship_id))
    return [_card_row(row) for row in rows]


def _card_row(row: Sequence) -> CardRow:
    """By position (`_COLUMNS`, then whether they said no): a lookup by name per column per row
    adds up."""
    (id_, kind, text, status, created_at, rid, done_at, link, source, noted, verdict, stamp, no) = (
        row
    )
    entry = model.Entry(
        id_,
        _KINDS[kind],
        text,
        _STATUSES[status],
        created_at,
        rid,
        done_at,
        link,
        _SOURCES[source],
        noted,
    )
    return CardRow(entry, verdict, stamp, bool(no))
