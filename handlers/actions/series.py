"""Skip-this-one on a prep card, and the Undo buttons of schedule / skip / cancel."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from coaching.timing import when_text
from handlers.actions.common import int_value, occurrence_value, reply_privately
from handlers.actor import Actor, load_actor
from handlers.series_events import series_changed
from handlers.unit_of_work import listener
from handlers.views import ids
from storage import series as series_store
from storage.models import MeetingSeries

NOT_FOUND = "I couldn't find that 1:1 among yours — `/oneonone list` shows them."


def _owned(actor: Actor, series_id: int | None) -> MeetingSeries | None:
    return series_store.owned_series(actor.db, actor.user, series_id) if series_id else None


@listener
def skip_this_one(
    ack: Ack, body: dict, context: BoltContext, client: WebClient, respond: Respond
) -> None:
    ack()
    actor = load_actor(context, client)
    occurrence = occurrence_value(body)
    row = _owned(actor, occurrence[0]) if occurrence else None
    if row is None or not row.active:
        reply_privately(respond, client, actor.user.user_id, NOT_FOUND)
        return
    series_store.skip_occurrence(row, occurrence[1], now=actor.now)
    series_changed(actor, row)
    reply_privately(
        respond,
        client,
        actor.user.user_id,
        f"Skipped the 1:1 on {when_text(occurrence[1], actor.now, actor.tz)}. "
        "No nudges for that one.",
    )


@listener
def undo_skip(
    ack: Ack, body: dict, context: BoltContext, client: WebClient, respond: Respond
) -> None:
    ack()
    actor = load_actor(context, client)
    occurrence = occurrence_value(body)
    row = _owned(actor, occurrence[0]) if occurrence else None
    if row is None:
        reply_privately(respond, client, actor.user.user_id, NOT_FOUND)
        return
    series_store.unskip_occurrence(row, occurrence[1], now=actor.now)
    series_changed(actor, row)
    reply_privately(respond, client, actor.user.user_id, "Back on: that 1:1 is no longer skipped.")


@listener
def undo_schedule(
    ack: Ack, body: dict, context: BoltContext, client: WebClient, respond: Respond
) -> None:
    ack()
    actor = load_actor(context, client)
    row = _owned(actor, int_value(body))
    if row is None:
        reply_privately(respond, client, actor.user.user_id, NOT_FOUND)
        return
    actor.db.delete(row)
    reply_privately(respond, client, actor.user.user_id, "Undone — that 1:1 series is removed.")


@listener
def undo_cancel(
    ack: Ack, body: dict, context: BoltContext, client: WebClient, respond: Respond
) -> None:
    ack()
    actor = load_actor(context, client)
    row = _owned(actor, int_value(body))
    if row is None:
        reply_privately(respond, client, actor.user.user_id, NOT_FOUND)
        return
    row.active = True
    series_changed(actor, row)
    reply_privately(respond, client, actor.user.user_id, "Undone — the series is back on.")


def register(app: App) -> None:
    app.action(ids.PREP_SKIP)(skip_this_one)
    app.action(ids.SERIES_UNSKIP)(undo_skip)
    app.action(ids.SERIES_UNDO)(undo_schedule)
    app.action(ids.SERIES_UNCANCEL)(undo_cancel)
