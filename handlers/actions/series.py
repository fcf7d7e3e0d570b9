"""Skip-this-one on a prep card, and the Undo buttons of schedule / skip / cancel."""

from __future__ import annotations

from datetime import datetime

from slack_bolt import App

from coaching.timing import when_text
from handlers.actions.common import int_value, occurrence_value, owned_button
from handlers.series_events import series_changed
from handlers.views import ids
from services.actor import Actor
from storage import series as series_store
from storage.models import MeetingSeries

NOT_FOUND = "I couldn't find that 1:1 among yours — `/oneonone list` shows them."

Occurrence = tuple[MeetingSeries, datetime]


def _series(actor: Actor, body: dict) -> MeetingSeries | None:
    series_id = int_value(body)
    return series_store.owned_series(actor.db, actor.user, series_id) if series_id else None


def _occurrence(actor: Actor, body: dict) -> Occurrence | None:
    """`<series id>|<start>` from the button, only for a series of the presser's."""
    value = occurrence_value(body)
    row = series_store.owned_series(actor.db, actor.user, value[0]) if value else None
    return (row, value[1]) if row is not None else None


@owned_button(_occurrence, NOT_FOUND)
def skip_this_one(actor: Actor, occurrence: Occurrence, say, _body: dict) -> None:
    row, start = occurrence
    if not row.active:
        say(NOT_FOUND)
        return
    series_store.skip_occurrence(row, start, now=actor.now)
    series_changed(actor, row)
    say(f"Skipped the 1:1 on {when_text(start, actor.now, actor.tz)}. No nudges for that one.")


@owned_button(_occurrence, NOT_FOUND)
def undo_skip(actor: Actor, occurrence: Occurrence, say, _body: dict) -> None:
    row, start = occurrence
    series_store.unskip_occurrence(row, start, now=actor.now)
    series_changed(actor, row)
    say("Back on: that 1:1 is no longer skipped.")


@owned_button(_series, NOT_FOUND)
def undo_schedule(actor: Actor, row: MeetingSeries, say, _body: dict) -> None:
    actor.db.delete(row)
    say("Undone — that 1:1 series is removed.")


@owned_button(_series, NOT_FOUND)
def undo_cancel(actor: Actor, row: MeetingSeries, say, _body: dict) -> None:
    row.active = True
    series_changed(actor, row)
    say("Undone — the series is back on.")


def register(app: App) -> None:
    app.action(ids.PREP_SKIP)(skip_this_one)
    app.action(ids.SERIES_UNSKIP)(undo_skip)
    app.action(ids.SERIES_UNDO)(undo_schedule)
    app.action(ids.SERIES_UNCANCEL)(undo_cancel)
