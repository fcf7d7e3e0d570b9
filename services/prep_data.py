"""Gathers what a prep card needs from storage and hands it to `coaching.prep`.

Shared by `/oneonone prep`, the pre-meeting nudge and App Home, so all three show one card.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy.exc import SQLAlchemyError

from coaching.ask_signals import RECENT_DAYS, REPORT_BACK_DAYS
from coaching.catalogue import catalogue
from coaching.checklist import OPTICS_SAMPLE
from coaching.leverage import AFTER_NO_WINDOW
from coaching.line_memo import remembering
from coaching.model import BalanceCounts, CoachingContext
from coaching.oversharing import Flag, Scanner, flags_from, scan
from coaching.prep import (
    CARRIED_KINDS,
    SHOWN_CARRIED,
    WINDOW,
    Meeting,
    PrepCard,
    build_prep,
    flagged_shown,
    is_first_occurrence,
    meeting_for,
)
from coaching.prep import next_meeting as soonest
from services import leverage as follow_through
from services import verdicts
from services.actor import Actor, refresh_display_name
from storage import card_readings as reading_store
from storage import card_reads as card_store
from storage import entries as entry_store
from storage import relationships as relationship_store
from storage import series as series_store
from storage.card_reads import CardReads, CardRow
from storage.models import MeetingSeries, Relationship

log = logging.getLogger(__name__)


def next_meeting(
    actor: Actor, *, relationship_id: int | None = None
) -> tuple[MeetingSeries, datetime] | None:
    """The soonest upcoming occurrence among the user's (or one relationship's) series."""
    rows = series_store.active_series(actor.db, actor.user, relationship_id=relationship_id)
    return _soonest_of(rows, actor.now)


def _soonest_of(
    rows: Sequence[MeetingSeries], now: datetime
) -> tuple[MeetingSeries, datetime] | None:
    by_id = {row.id: row for row in rows}
    found = soonest([(row.id, series_store.spec_of(row)) for row in rows], now=now)
    if found is None:
        return None
    series_id, start = found
    return by_id[series_id], start


def soonest_card(actor: Actor) -> PrepCard | None:
    """The card for the user's soonest 1:1 with anyone; None with nothing scheduled. The
    series are read once, for the soonest and for the card."""
    rows = series_store.active_series(actor.db, actor.user)
    found = _soonest_of(rows, actor.now)
    if found is None:
        return None
    row, start = found
    relationship = relationship_store.owned_relationship(actor.db, actor.user, row.relationship_id)
    theirs = [each for each in rows if each.relationship_id == row.relationship_id]
    return prep_card(actor, relationship, meeting_for_row(actor, row, start), series=theirs)


def prep_card(
    actor: Actor,
    relationship: Relationship,
    meeting: Meeting | None,
    *,
    refresh: bool = True,
    note_shown: bool = True,
    names: dict[str, str] | None = None,
    series: Sequence[MeetingSeries] | None = None,
    counts: BalanceCounts | None = None,
    readings: dict[int, str] | None = None,
) -> PrepCard:
    """`refresh=False` leaves the display name alone (the dispatcher refreshes nothing);
    otherwise a stale one is noted for a read after the commit. `note_shown=False` leaves the
    "say it once" marks to the caller: the dispatcher sets them only once Slack has the card
    (services.nudge_cards.nudge_sent), since a card whose post failed showed nothing. `names`,
    `series` (the relationship's live series) and `counts` are read here unless the caller
    read them already for a whole batch (the dispatcher); a relationship with nothing to count
    has no rows to read either. `readings`: the batch's kept line readings by relationship, read
    with the rest of the batch."""
    if refresh:
        refresh_display_name(actor, relationship)
    reads = card_reads(actor.now)
    if counts is None:
        counts = card_store.card_counts(
            actor.db, actor.user, relationship_id=relationship.id, reads=reads
        )
    rows = (
        card_store.card_entries(actor.db, actor.user, relationship_id=relationship.id, reads=reads)
        if counts.total
        else []
    )
    context = CoachingContext(
        relationship=relationship_store.to_domain(relationship),
        entries=tuple(row.entry for row in rows),
        counts=counts,
        goal=actor.user.goal,
        focus=actor.user.goal_focus,
        now=actor.now,
        names=_names(actor) if names is None else names,
        series=tuple(
            series_store.spec_of(row)
            for row in (
                series_store.active_series(actor.db, actor.user, relationship_id=relationship.id)
                if series is None
                else series
            )
        ),
    )
    card = _built_remembering(actor, relationship.id, rows, context, meeting, readings)
    if note_shown:
        entry_store.note_flags_shown(actor.db, actor.user, flagged_shown(card), now=actor.now)
    said_no = [row.entry.id for row in rows if row.said_no]
    return follow_through.on_card(actor, card, context.entries, said_no=said_no)


def _built_remembering(
    actor: Actor,
    relationship_id: int,
    rows: list[CardRow],
    context: CoachingContext,
    meeting: Meeting | None,
    batch: dict[int, str] | None,
) -> PrepCard:
    """The card, its line readings taken from those the last card kept (`coaching.line_memo`),
    and what it read afresh kept for the next. A card with no lines reads and keeps nothing."""
    scanner = _stored_scanner(actor, rows)
    if not rows:
        return build_prep(context, meeting=meeting, scanner=scanner)
    stored = (
        batch.get(relationship_id)
        if batch is not None
        else reading_store.stored_readings(actor.db, actor.user, relationship_id=relationship_id)
    )
    with remembering(stored) as readings:
        card = build_prep(context, meeting=meeting, scanner=scanner)
    keep = readings.to_store()
    if keep is not None:
        _keep_readings(actor, relationship_id, keep)
    return card


def _keep_readings(actor: Actor, relationship_id: int, readings: str) -> None:
    """Best effort, in a savepoint of its own: a card is never lost or delayed for want of
    keeping what it read (the next card reads the lines again)."""
    try:
        with actor.db.begin_nested():
            reading_store.store_readings(
                actor.db,
                actor.user,
                relationship_id=relationship_id,
                readings=readings,
                now=actor.now,
            )
    except SQLAlchemyError as error:
        log.warning("card readings not kept (%s)", type(error).__name__)


def card_reads(now: datetime) -> CardReads:
    """What the card looks back on, from the coaching rules that read it."""
    # An ask matters while its purpose cools down, and a feedback ask while it is due a report.
    ask_days = max(
        REPORT_BACK_DAYS.stop, *(purpose.cooldown_days for purpose in catalogue().values())
    )
    return CardReads(
        now=now,
        window_start=now - WINDOW,
        carried=CARRIED_KINDS,
        asks_since=now - timedelta(days=ask_days),
        # Wins and notes count as recent for a month; a noted piece of advice is due a report.
        recent_since=now - timedelta(days=max(RECENT_DAYS + 1, REPORT_BACK_DAYS.stop)),
        answered_since=now - AFTER_NO_WINDOW,
        optics_sample=OPTICS_SAMPLE,
        # the oldest as many as the card lists, and as many of the newest
        open_each=SHOWN_CARRIED,
    )


def _stored_scanner(actor: Actor, rows: list[CardRow]) -> Scanner:
    """Answers from the verdicts stored with the card's rows (a stale one is re-scanned when
    the card asks for it: only the rows it shows are); any other text is scanned."""
    by_text: dict[str, list[CardRow]] = {}
    for row in rows:
        by_text.setdefault(row.entry.text, []).append(row)

    @cache  # the card asks about one text several times (points, optics, drift, asks)
    def scanner(text: str) -> list[Flag]:
        same = by_text.get(text)
        if same is None:
            return scan(text)
        return flags_from(verdicts.verdict(actor.db, actor.user, same), text)

    return scanner


def _names(actor: Actor) -> dict[str, str]:
    """How the user's counterparts are called, so a logged `<@U1>` reads as a name."""
    return {
        row.counterpart_user_id: row.display_name
        for row in relationship_store.relationships_of(actor.db, actor.user)
        if row.counterpart_user_id and row.display_name
    }


def card_for_next(actor: Actor, relationship: Relationship) -> PrepCard:
    rows = series_store.active_series(actor.db, actor.user, relationship_id=relationship.id)
    found = _soonest_of(rows, actor.now)
    meeting = None
    if found is not None:
        row, start = found
        meeting = meeting_for_row(actor, row, start)
    return prep_card(actor, relationship, meeting, series=rows)


def meeting_for_row(actor: Actor, row: MeetingSeries, start: datetime) -> Meeting:
    """The card's meeting, knowing whether it is the first of its series (full checklist)."""
    spec = series_store.spec_of(row)
    first = is_first_occurrence(spec, start, created_at=row.created_at)
    return meeting_for(
        row.id, start, now=actor.now, tz=actor.tz, first=first, from_calendar=spec.from_calendar
    )
