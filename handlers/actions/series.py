"""Skip-this-one on a prep card, and the Undo buttons of schedule / skip / cancel."""

from __future__ import annotations

from datetime import datetime

from slack_bolt import App

from coaching import commands as grammar
from coaching.errors import InputError
from coaching.timing import when_text
from handlers.actions.common import action_value, int_value, occurrence_value, owned_button
from handlers.views import ids
from handlers.views.blocks import button, section
from services.actor import Actor
from services.series_events import series_changed
from storage import calendars as calendar_store
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
    text = f"Skipped the 1:1 on {when_text(start, actor.now, actor.tz)}. No nudges for that one."
    undo = button("Undo", ids.SERIES_UNSKIP, value=f"{row.id}|{start.isoformat()}")
    say(text, [section(text, accessory=undo)])


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
    calendar_store.follow_series(actor.db, row, follow=True)
    series_changed(actor, row)
    say("Undone — the series is back on.")


Pending = tuple[int, str]


def _pending_schedule(actor: Actor, body: dict) -> Pending | None:
    """`<series id to replace, or 0>|<schedule text>` from Replace / Add another; the series,
    when named, must be the presser's own and still on."""
    series_id, _, text = action_value(body).partition("|")
    if not series_id.isdigit() or not text.startswith("schedule "):
        return None
    if series_id != "0":
        row = series_store.owned_series(actor.db, actor.user, int(series_id))
        if row is None or not row.active:
            return None
    return int(series_id), text


def _schedule_as_chosen(actor: Actor, pending: Pending, say) -> None:
    from handlers.commands.series import schedule

    replacing, text = pending
    try:
        command = grammar.parse_command(text, today=actor.today)
        if not isinstance(command, grammar.Schedule):
            raise InputError("That form of `schedule` has expired.", "/oneonone list")
        reply = schedule(command, actor, replacing=replacing)
    except InputError as error:
        say(f":thinking_face: {error.problem}")
        return
    say(reply["text"], reply["blocks"])


@owned_button(_pending_schedule, NOT_FOUND)
def replace_series(actor: Actor, pending: Pending, say, _body: dict) -> None:
    _schedule_as_chosen(actor, pending, say)


@owned_button(_pending_schedule, NOT_FOUND)
def add_series(actor: Actor, pending: Pending, say, _body: dict) -> None:
    _schedule_as_chosen(actor, (0, pending[1]), say)


def _replacement(actor: Actor, body: dict) -> tuple[MeetingSeries, MeetingSeries] | None:
    """`<old id>|<new id>` from the Undo of a replace, both the presser's own."""
    old_id, _, new_id = action_value(body).partition("|")
    if not (old_id.isdigit() and new_id.isdigit()):
        return None
    old = series_store.owned_series(actor.db, actor.user, int(old_id))
    new = series_store.owned_series(actor.db, actor.user, int(new_id))
    return (old, new) if old is not None and new is not None else None


@owned_button(_replacement, NOT_FOUND)
def undo_replace(actor: Actor, pair: tuple[MeetingSeries, MeetingSeries], say, _body: dict) -> None:
    old, new = pair
    actor.db.delete(new)
    old.active = True
    series_changed(actor, old)
    say("Undone — your earlier series is back, and the new one is gone.")


def register(app: App) -> None:
    app.action(ids.PREP_SKIP)(skip_this_one)
    app.action(ids.SERIES_UNSKIP)(undo_skip)
    app.action(ids.SERIES_UNDO)(undo_schedule)
    app.action(ids.SERIES_UNCANCEL)(undo_cancel)
    app.action(ids.SERIES_REPLACE)(replace_series)
    app.action(ids.SERIES_ADD)(add_series)
    app.action(ids.SERIES_UNREPLACE)(undo_replace)
