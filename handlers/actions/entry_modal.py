"""The "Add talking point" / "Log follow-up" buttons of the prep card, and the schedule form.

Both open a modal (after the ack); its submission goes through the same storage calls as the
typed commands, in one transaction, and is acknowledged once that has committed.
"""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from coaching import commands as grammar
from coaching.errors import InputError
from coaching.model import EntryKind, EntrySource, Person
from handlers.actions.common import NOT_YOURS, int_value, owned_button
from handlers.capture.replies import dm
from handlers.capture.slack_reads import permalink
from handlers.commands.entries import save_entry
from handlers.context import FACTORY_KEY, requester
from handlers.home_events import journal_changed
from handlers.payload import dig, row_id, slack_id, text_at
from handlers.unit_of_work import after, perform, scope
from handlers.views import ids
from handlers.views.entry_modal import entry_modal, read_entry_modal, read_entry_person
from handlers.views.labels import counterpart
from handlers.views.schedule_modal import command_text
from services.actor import Actor, refresh_display_name
from services.entries import store_permalink
from storage.models import Relationship
from storage.relationships import ensure_relationship, owned_relationship


def _owned_relationship(actor: Actor, body: dict) -> Relationship | None:
    relationship_id = int_value(body)
    return owned_relationship(actor.db, actor.user, relationship_id) if relationship_id else None


def _opener(kind: EntryKind, title: str | None = None):
    @owned_button(_owned_relationship, NOT_YOURS)
    def open_entry_modal(actor: Actor, relationship: Relationship, _say, body: dict) -> None:
        channel = slack_id(dig(body, "channel", "id"))
        trigger_id = text_at(body, "trigger_id")
        if not trigger_id:
            return None  # Slack always sends one with a press; without it no form can open
        view = entry_modal(
            kind=kind,
            person=counterpart(relationship),
            metadata={"relationship_id": relationship.id, "channel": channel},
            title=title,
        )
        actor.later.append(lambda client: client.views_open(trigger_id=trigger_id, view=view))

    return open_entry_modal


def submit_entry(ack: Ack, body: dict, view: dict, context: BoltContext, client: WebClient) -> None:
    """Save the form: for the relationship it was opened for, the person picked in it, or
    nobody in particular. A message shortcut's form also keeps the message's reference (its
    permalink is read after the commit). The confirmation goes out once the entry is saved."""
    kind, text, metadata = read_entry_modal(view)
    if not text:
        ack(response_action="errors", errors={"text": "Write a few words first."})
        return
    source, reference = EntrySource.BUTTON, {}
    channel, ts = slack_id(metadata.get("channel")), slack_id(metadata.get("ts"))
    if metadata.get("source") == EntrySource.SHORTCUT.value and channel and ts:
        source = EntrySource.SHORTCUT
        reference = {"source_channel": str(channel), "source_ts": str(ts)}

    def work(actor: Actor) -> tuple[dict | None, dict | None, int | None]:
        """(form errors, confirmation, entry id)"""
        relationship = None
        relationship_id = row_id(metadata.get("relationship_id"))
        if relationship_id:
            relationship = owned_relationship(actor.db, actor.user, relationship_id)
            if relationship is None:
                return {"text": NOT_YOURS}, None, None
        picked = read_entry_person(view)
        if picked and picked != actor.user.user_id:
            relationship = ensure_relationship(
                actor.db, actor.user, Person(user_id=picked), now=actor.now
            )
            refresh_display_name(actor, relationship)
        entry, reply = save_entry(actor, kind, text, relationship, source, **reference)
        journal_changed(actor)
        return None, reply, entry.id if entry else None

    outcome = perform(context, work)
    errors, reply, entry_id = outcome.reply
    if errors:
        ack(response_action="errors", errors=errors)
        return
    ack()
    dm(client, requester(context).user_id, reply, context)
    if reference and entry_id is not None:
        link = permalink(client, str(channel), str(ts))
        store_permalink(context[FACTORY_KEY], scope(context), entry_id, link)
    after(context, client, outcome)


def submit_schedule(ack: Ack, view: dict, context: BoltContext, client: WebClient) -> None:
    from handlers.commands import series as series_commands

    text, errors = command_text(dig(view, "state", "values") or {})
    if errors:
        ack(response_action="errors", errors=errors)
        return

    def work(actor: Actor) -> dict:
        return series_commands.schedule(grammar.parse_command(text, today=actor.today), actor)

    try:
        outcome = perform(context, work)
    except InputError as error:  # rolled back: nothing was saved
        ack(response_action="errors", errors={"time": error.problem})
        return
    reply = outcome.reply
    ack()
    dm(client, requester(context).user_id, reply, context)
    after(context, client, outcome)


def register(app: App) -> None:
    app.action(ids.PREP_ADD_POINT)(_opener(EntryKind.AGENDA))
    app.action(ids.PREP_LOG_FOLLOWUP)(_opener(EntryKind.FOLLOWUP))
    app.action(ids.AFTER_ASK)(_opener(EntryKind.ASK))
    app.action(ids.AFTER_WIN)(_opener(EntryKind.WIN))
    app.action(ids.AFTER_GAVE)(_opener(EntryKind.GAVE, "Log what I offered"))
    app.view(ids.ENTRY_MODAL)(submit_entry)
    app.view(ids.SCHEDULE_MODAL)(submit_schedule)
