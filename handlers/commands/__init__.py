"""The `/oneonone` slash command: parse, route to one small function per subcommand, reply.

Every reply is ephemeral and rides on the acknowledgement itself, so the user sees it at once
and nobody else ever does. The acknowledgement is sent once the command's transaction has
committed — never before, so it never announces a write that rolled back — and built only from
what the database holds; Slack calls (a modal, App Home, names) follow it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from coaching import commands as grammar
from handlers.commands import (
    calendar,
    entries,
    first_zone,
    journal,
    language,
    prep,
    series,
    settings,
)
from handlers.unit_of_work import after, perform
from handlers.views.blocks import with_notes
from handlers.views.help import help_message
from services.actor import Actor

Reply = dict[str, Any]
Route = Callable[[Any, Actor], Reply]

ROUTES: dict[type, Route] = {
    grammar.Prep: prep.prep,
    grammar.Schedule: series.schedule,
    grammar.ListSeries: series.list_series,
    grammar.Skip: series.skip,
    grammar.Cancel: series.cancel,
    grammar.Agenda: entries.agenda,
    grammar.Log: entries.log,
    grammar.Followups: entries.followups,
    grammar.History: entries.history,
    grammar.Goal: entries.goal,
    grammar.Language: language.language,
    grammar.Settings: settings.settings,
    grammar.CalendarConnect: calendar.connect,
    grammar.CalendarOff: calendar.disconnect,
    grammar.Export: journal.export,
    grammar.Forget: journal.forget,
}

#: Commands that change what App Home shows: Home is re-published after them.
CHANGES_HOME = (
    grammar.Schedule,
    grammar.Skip,
    grammar.Cancel,
    grammar.Agenda,
    grammar.Log,
    grammar.Goal,
    grammar.Settings,
    grammar.CalendarOff,
)


def oneonone(
    ack: Ack, command: dict, context: BoltContext, client: WebClient, respond: Respond
) -> None:
    text, trigger_id = command.get("text") or "", command.get("trigger_id")

    def work(actor: Actor) -> Reply:
        return run(text, actor, trigger_id=trigger_id)

    held = first_zone.replayed(context, command)  # a held command a crash left: run it now
    zone = first_zone.zone_first(context, client, text)
    if held or (zone is not None and not zone.done()):  # Slack is slow: hold, don't read UTC
        if held:
            ack()  # a replay: nobody waits on this ack; the answer goes to the response URL
        else:
            ack(response_type="ephemeral", **first_zone.holding_reply())
            held = first_zone.keep(context, command)
        first_zone.hold(
            context,
            partial(first_zone.answer_when_zone_lands, context, client, respond, zone, work, held),
        )
        return
    outcome = perform(context, work)
    notes = [*outcome.notes, *first_zone.zone_notes(zone)]
    ack(response_type="ephemeral", **with_notes(outcome.reply, notes))
    after(context, client, outcome, zone)


def run(text: str, actor: Actor, *, trigger_id: str | None = None) -> Reply:
    """Parse and answer one `/oneonone` text; an InputError reaches the global handler."""
    command = grammar.parse_command(text, today=actor.today)
    if isinstance(command, grammar.Help):
        return help_message(topic=command.topic)
    if isinstance(command, grammar.UnknownCommand):
        return help_message(lead=f":thinking_face: {command.as_error().problem}")
    if isinstance(command, grammar.ScheduleModal):
        return series.open_schedule_modal(actor, trigger_id)
    if isinstance(command, grammar.CalendarForm):
        return calendar.open_form(command, actor, trigger_id)
    reply = ROUTES[type(command)](command, actor)
    if isinstance(command, CHANGES_HOME):
        from handlers.home_events import journal_changed

        journal_changed(actor)
    return reply


def register(app: App) -> None:
    app.command("/oneonone")(oneonone)
