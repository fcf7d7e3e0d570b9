"""Direct messages to the bot: any text is logged; `help` and `prep` act like the command.

Only plain messages from a person in the bot's DM count. The bot's own messages, other bots,
edits and deletions are left alone: a deleted message never deletes what it logged.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from coaching import commands as grammar
from coaching.errors import InputError
from coaching.model import EntrySource
from handlers.capture.replies import dm
from handlers.commands import entries, prep
from handlers.errors import reply_text
from handlers.home_events import journal_changed
from handlers.payload import text_at
from handlers.unit_of_work import after, event_listener, perform
from handlers.views.blocks import message, section, with_notes
from handlers.views.help import help_message
from services.actor import Actor

#: Message subtypes that are a person writing something new (all others are ignored).
LOGGED_SUBTYPES = {None, "file_share", "thread_broadcast"}


def from_a_person(event: dict[str, Any], bot_user_id: str | None) -> bool:
    return (
        event.get("channel_type") == "im"
        and event.get("subtype") in LOGGED_SUBTYPES
        and not event.get("bot_id")
        and not event.get("bot_profile")
        and bool(event.get("user"))
        and event.get("user") != bot_user_id
    )


@event_listener
def direct_message(body: dict, event: dict, context: BoltContext, client: WebClient) -> None:
    """Log (or answer) the DM in one transaction; the reply goes out once it has committed,
    so "Logged" always means stored."""
    if not from_a_person(event, context.bot_user_id):
        return
    text = text_at(event, "text").replace("\x00", "")

    def work(actor: Actor) -> dict[str, Any]:
        reply = answer(text, actor)
        journal_changed(actor)
        return reply

    outcome = perform(context, work)
    if outcome.repeat:
        return
    dm(client, str(event["user"]), with_notes(outcome.reply, outcome.notes), context)
    after(context, client, outcome)


def answer(text: str, actor: Actor) -> dict[str, Any]:
    """What one DM does and the reply to it. Text the grammar can't read gets its problem and
    an example back, as the slash command does."""
    try:
        command = grammar.parse_dm(text, today=actor.today)
        if isinstance(command, grammar.Help):
            return help_message(topic=command.topic)
        if isinstance(command, grammar.Prep):
            return prep.prep(command, actor)
        if isinstance(command, grammar.Agenda):
            return entries.agenda(command, actor, source=EntrySource.DM)
        if isinstance(command, grammar.Log):
            return entries.log(command, actor, source=EntrySource.DM)
    except InputError as error:
        problem = reply_text(error)
        return message(problem, [section(problem)])
    return help_message()


def register(app: App) -> None:
    app.event("message")(direct_message)
