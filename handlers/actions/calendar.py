"""Buttons on the calendar part of `/oneonone list` (Mute, Follow again, It's a 1:1), and the
calendar form's submission."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from coaching.errors import InputError
from handlers.actions.common import action_value, owned_button
from handlers.capture.replies import dm
from handlers.context import requester
from handlers.home_events import journal_changed
from handlers.payload import dig, text_at
from handlers.unit_of_work import after, perform
from handlers.views import ids
from handlers.views.calendar import FOLLOW, MARK, MUTE
from services.actor import Actor
from services.series_events import series_changed
from storage import calendars as calendar_store
from storage.models import CalendarEvent

NOT_FOUND = "I couldn't find that calendar event among yours — `/oneonone list` shows them."
DONE = {
    MUTE: "Muted: no more reminders for that calendar 1:1. `/oneonone list` can bring it back.",
    MARK: "Done — I'll treat that meeting as a 1:1 and prepare you before each one.",
    FOLLOW: "Done — back to how the calendar has it.",
}


def _event(actor: Actor, body: dict) -> tuple[CalendarEvent, str] | None:
    """`<event id>|<choice>`, only for an event of the presser's."""
    event_id, _, choice = action_value(body).partition("|")
    if not event_id.isdigit() or choice not in DONE:
        return None
    event = calendar_store.owned_event(actor.db, actor.user, int(event_id))
    return (event, choice) if event is not None else None


@owned_button(_event, NOT_FOUND)
def choose(actor: Actor, target: tuple[CalendarEvent, str], say, _body: dict) -> None:
    event, choice = target
    row = calendar_store.set_choice(actor.db, actor.user, event, choice, now=actor.now)
    if row is not None:
        series_changed(actor, row)
    journal_changed(actor)
    say(DONE[choice])


def submit_form(ack: Ack, view: dict, context: BoltContext, client: WebClient) -> None:
    from handlers.commands import calendar as calendar_commands

    blocks = dig(view, "state", "values")
    values = {  # a forged or truncated form reads as empty fields, never as a crash
        block: text_at(fields, "value", "value")
        for block, fields in (blocks.items() if isinstance(blocks, dict) else ())
    }
    feed, caldav = values.get("feed", "").strip(), values.get("caldav", "").strip()
    if bool(feed) == bool(caldav):
        ack(response_action="errors", errors={"feed": "Fill in a feed address or a CalDAV URL."})
        return

    def work(actor: Actor) -> dict:
        if feed:
            return calendar_commands.connect_source(actor, kind="ics", url=feed)
        return calendar_commands.connect_source(
            actor,
            kind="caldav",
            url=caldav,
            username=values.get("username", "").strip(),
            password=values.get("password", ""),
        )

    try:
        outcome = perform(context, work)
    except InputError as error:  # rolled back: nothing was saved
        ack(response_action="errors", errors={"feed" if feed else "caldav": error.problem})
        return
    ack()
    dm(client, requester(context).user_id, outcome.reply, context)
    after(context, client, outcome)


def register(app: App) -> None:
    app.action(ids.CALENDAR_CHOICE)(choose)
    app.view(ids.CALENDAR_MODAL)(submit_form)
