"""The "Add talking point" / "Log follow-up" buttons of the prep card, and the schedule form.

Both open a modal; its submission goes through the same storage calls as the typed commands.
"""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from coaching import commands as grammar
from coaching.errors import InputError
from coaching.model import EntryKind, EntrySource, Person
from coaching.oversharing import scan
from handlers.actions.common import NOT_YOURS, int_value, owned_button
from handlers.actor import Actor, load_actor, refresh_display_name
from handlers.capture.slack_reads import permalink
from handlers.home_events import journal_changed
from handlers.payload import dig, row_id, slack_id, text_at
from handlers.unit_of_work import listener
from handlers.views import ids
from handlers.views.entries import confirmation
from handlers.views.entry_modal import entry_modal, read_entry_modal, read_entry_person
from handlers.views.labels import counterpart
from handlers.views.schedule_modal import command_text
from storage import entries as entry_store
from storage.models import Relationship
from storage.relationships import ensure_relationship, owned_relationship


def _owned_relationship(actor: Actor, body: dict) -> Relationship | None:
    relationship_id = int_value(body)
    return owned_relationship(actor.db, actor.user, relationship_id) if relationship_id else None


def _opener(kind: EntryKind):
    @owned_button(_owned_relationship, NOT_YOURS)
    def open_entry_modal(actor: Actor, relationship: Relationship, _say, body: dict) -> None:
        trigger_id = text_at(body, "trigger_id")
        if not trigger_id:
            return  # Slack always sends one with a press; without it no form can open
        channel = slack_id(dig(body, "channel", "id"))
        actor.client.views_open(
            trigger_id=trigger_id,
            view=entry_modal(
                kind=kind,
                person=counterpart(relationship),
                metadata={"relationship_id": relationship.id, "channel": channel},
            ),
        )

    return open_entry_modal


@listener
def submit_entry(ack: Ack, body: dict, view: dict, context: BoltContext, client: WebClient) -> None:
    """Save the form: for the relationship it was opened for, the person picked in it, or
    nobody in particular. A message shortcut's form also keeps the message's reference."""
    actor = load_actor(context, client)
    kind, text, metadata = read_entry_modal(view)
    if not text:
        ack(response_action="errors", errors={"text": "Write a few words first."})
        return
    relationship = None
    relationship_id = row_id(metadata.get("relationship_id"))
    if relationship_id:
        relationship = owned_relationship(actor.db, actor.user, relationship_id)
        if relationship is None:
            ack(response_action="errors", errors={"text": NOT_YOURS})
            return
    picked = read_entry_person(view)
    if picked and picked != actor.user.user_id:
        relationship = ensure_relationship(
            actor.db, actor.user, Person(user_id=picked), now=actor.now
        )
        refresh_display_name(actor, relationship)
    ack()
    source = EntrySource.BUTTON
    reference: dict = {}
    channel, ts = slack_id(metadata.get("channel")), slack_id(metadata.get("ts"))
    if metadata.get("source") == EntrySource.SHORTCUT.value and channel and ts:
        source = EntrySource.SHORTCUT
        reference = {
            "source_channel": str(channel),
            "source_ts": str(ts),
            "permalink": permalink(client, str(channel), str(ts)),
        }
    entry = entry_store.add_entry(
        actor.db,
        actor.user,
        kind=kind,
        text=text,
        now=actor.now,
        relationship_id=relationship.id if relationship else None,
        source=source,
        **reference,
    )
    flags = scan(text)
    if entry is not None and flags:
        entry.flag_noted_at = actor.now  # shown in full in this DM; later cards show a marker
    reply = confirmation(entry, relationship, flags, undo_action=ids.ENTRY_UNDO)
    client.chat_postMessage(channel=actor.user.user_id, **reply)
    journal_changed(actor)


@listener
def submit_schedule(ack: Ack, view: dict, context: BoltContext, client: WebClient) -> None:
    from handlers.commands import series as series_commands

    actor = load_actor(context, client)
    text, errors = command_text(dig(view, "state", "values") or {})
    if errors:
        ack(response_action="errors", errors=errors)
        return
    try:
        command = grammar.parse_command(text, today=actor.today)
        reply = series_commands.schedule(command, actor)
    except InputError as error:
        ack(response_action="errors", errors={"time": error.problem})
        return
    ack()
    client.chat_postMessage(channel=actor.user.user_id, **reply)


def register(app: App) -> None:
    app.action(ids.PREP_ADD_POINT)(_opener(EntryKind.AGENDA))
    app.action(ids.PREP_LOG_FOLLOWUP)(_opener(EntryKind.FOLLOWUP))
    app.action(ids.AFTER_ASK)(_opener(EntryKind.ASK))
    app.action(ids.AFTER_WIN)(_opener(EntryKind.WIN))
    app.view(ids.ENTRY_MODAL)(submit_entry)
    app.view(ids.SCHEDULE_MODAL)(submit_schedule)
