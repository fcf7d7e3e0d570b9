"""`agenda`, `log`, `followups`, `history`, `goal`: what the user writes down."""

from __future__ import annotations

from coaching.commands import Agenda, Goal, History, Log
from coaching.errors import InputError
from coaching.model import EntryKind, EntrySource, Person
from coaching.oversharing import scan
from handlers.actor import Actor, refresh_display_name
from handlers.prep_data import next_meeting
from handlers.views import ids
from handlers.views.blocks import context, message, section
from handlers.views.entries import confirmation, followups_message, history_message
from handlers.views.labels import counterpart, mention, quote_text
from storage import entries as entry_store
from storage.models import Relationship
from storage.relationships import ensure_relationship, owned_relationship

FOLLOWUPS_SHOWN = 20


def agenda(command: Agenda, actor: Actor, *, source: EntrySource = EntrySource.COMMAND) -> dict:
    relationship = _relationship_or_soonest(actor, command.person)
    return _save(actor, EntryKind.AGENDA, command.text, relationship, source)


def log(command: Log, actor: Actor, *, source: EntrySource = EntrySource.COMMAND) -> dict:
    relationship = _relationship(actor, command.person) if command.person else None
    return _save(actor, command.kind, command.text, relationship, source)


def _save(
    actor: Actor,
    kind: EntryKind,
    text: str,
    relationship: Relationship | None,
    source: EntrySource,
) -> dict:
    """Store one entry and answer with the one-line confirmation (Undo, oversharing warning)."""
    entry = entry_store.add_entry(
        actor.db,
        actor.user,
        kind=kind,
        text=text,
        now=actor.now,
        source=source,
        relationship_id=relationship.id if relationship else None,
    )
    return confirmation(entry, relationship, scan(text), undo_action=ids.ENTRY_UNDO)


def _relationship(actor: Actor, person: Person) -> Relationship:
    relationship = ensure_relationship(actor.db, actor.user, person, now=actor.now)
    refresh_display_name(actor, relationship)
    return relationship


def followups(_command: object, actor: Actor) -> dict:
    open_items = entry_store.open_entries(
        actor.db, actor.user, [EntryKind.FOLLOWUP], limit=FOLLOWUPS_SHOWN
    )
    total = entry_store.count_open(actor.db, actor.user, [EntryKind.FOLLOWUP])
    names = _names(actor, {e.relationship_id for e in open_items})
    return followups_message(open_items, names, total=total, tz=actor.tz)


def history(command: History, actor: Actor) -> dict:
    from storage.relationships import find_relationship

    relationship = find_relationship(actor.db, actor.user, command.person)
    if relationship is None:
        text = (
            f"Nothing logged with {mention(command.person)} yet. After your next 1:1, try "
            f"`/oneonone log {mention(command.person)} gave: reviewed their hiring plan`."
        )
        return message(text, [section(text)])
    refresh_display_name(actor, relationship)
    rows = entry_store.history(actor.db, actor.user, relationship_id=relationship.id)
    return history_message(rows, counterpart(relationship), tz=actor.tz)


def goal(command: Goal, actor: Actor) -> dict:
    actor.user.goal = command.text
    text = (
        f":dart: Goal saved: _{quote_text(command.text, 500)}_\n"
        "I'll steer your suggested asks toward it — "
        "see them in `/oneonone prep`."
    )
    return message(text, [section(text), context("Change it any time with `/oneonone goal …`.")])


def _relationship_or_soonest(actor: Actor, person: Person | None) -> Relationship:
    if person is not None:
        return _relationship(actor, person)
    found = next_meeting(actor)
    if found is None:
        raise InputError(
            "Who is this talking point for? You have no 1:1 scheduled yet, so name the person.",
            "/oneonone agenda @dana the Q3 roadmap",
        )
    row, _start = found
    return owned_relationship(actor.db, actor.user, row.relationship_id)


def _names(actor: Actor, relationship_ids: set[int | None]) -> dict[int, str]:
    names = {}
    for rid in relationship_ids - {None}:
        relationship = owned_relationship(actor.db, actor.user, rid)
        if relationship is not None:
            names[rid] = counterpart(relationship)
    return names
