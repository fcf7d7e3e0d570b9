"""`agenda`, `log`, `followups`, `history`, `goal`: what the user writes down."""

from __future__ import annotations

from coaching.commands import Agenda, Goal, History, Log
from coaching.errors import InputError
from coaching.focus import clean_focus, derive_focus
from coaching.model import EntryKind, EntrySource, EntryStatus, Person
from coaching.oversharing import scan_shown
from coaching.prep import TalkingPoint, point_order
from handlers.views.blocks import message, section
from handlers.views.entries import (
    agenda_changed,
    followups_message,
    goal_message,
    history_message,
)
from handlers.views.labels import counterpart, mention
from handlers.views.leverage import saved_reply, with_intros
from services import leverage as follow_through
from services.actor import Actor, refresh_display_name
from services.prep_data import next_meeting
from storage import entries as entry_store
from storage.models import Entry, Relationship
from storage.relationships import ensure_relationship, owned_relationship

FOLLOWUPS_SHOWN = 20


def agenda(command: Agenda, actor: Actor, *, source: EntrySource = EntrySource.COMMAND) -> dict:
    relationship = _relationship_or_soonest(actor, command.person)
    if command.number is not None:
        return _change_point(actor, relationship, command.number, command.text, source)
    return save_entry(actor, EntryKind.AGENDA, command.text, relationship, source)[1]


def _change_point(
    actor: Actor, relationship: Relationship, number: int, text: str, source: EntrySource
) -> dict:
    """Edit (a new point replaces the old) or remove (the old is dismissed) point `number` as
    the card numbers it; the reply's Undo brings the old one back."""
    rows = entry_store.open_agenda(actor.db, actor.user, relationship_id=relationship.id)
    by_id = {row.id: row for row in rows}
    ordered = point_order(
        [TalkingPoint(entry_store.to_domain(r), scan_shown(r.text)) for r in rows]
    )
    who = counterpart(relationship)
    if not 1 <= number <= len(ordered):
        have = f"{len(ordered)} open talking point" + ("" if len(ordered) == 1 else "s")
        raise InputError(
            f"There's no point {number} for {who} — you have {have}. "
            "The numbers are the ones on your prep card.",
            f"/oneonone agenda {who} remove 1",
        )
    old = by_id[ordered[number - 1].entry.id]
    entry_store.set_status(old, EntryStatus.DISMISSED, now=actor.now)
    new = None
    if text:
        new = entry_store.add_entry(
            actor.db,
            actor.user,
            kind=EntryKind.AGENDA,
            text=text,
            now=actor.now,
            source=source,
            relationship_id=relationship.id,
        )
        if new is not None:  # keep its place on the card: the edit takes the old one's date
            new.created_at = old.created_at
    return agenda_changed(old, new, relationship, scan_shown(text) if text else [])


def log(command: Log, actor: Actor, *, source: EntrySource = EntrySource.COMMAND) -> dict:
    relationship = _relationship(actor, command.person) if command.person else None
    entry_and_reply = save_entry(
        actor, command.kind, command.text, relationship, source, intro=command.intro
    )
    return entry_and_reply[1]


def save_entry(
    actor: Actor,
    kind: EntryKind,
    text: str,
    relationship: Relationship | None,
    source: EntrySource,
    *,
    intro: bool = False,
    **reference: str,
) -> tuple[Entry | None, dict]:
    """Store one entry (with the Slack message it came from, if any), start following it when
    it is an ask, an intro or a promise, and build the one-line confirmation to send once it
    is committed (Undo, oversharing warning, what the bot will follow up on)."""
    entry, decided = follow_through.save(
        actor, kind, text, relationship, source, intro=intro, **reference
    )
    flags = scan_shown(text)
    if entry is not None and flags:
        entry.flag_noted_at = actor.now  # shown in full just below; later cards show a marker
    return entry, saved_reply(entry, decided, relationship, flags)


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
    reply = followups_message(open_items, names, total=total, tz=actor.tz)
    intros = [(item.introducer, item.step) for item in follow_through.open_intros(actor)]
    return with_intros(reply, intros)


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
    steps = follow_through.steps(actor, rows)
    return history_message(rows, counterpart(relationship), tz=actor.tz, steps=steps)


def goal(command: Goal, actor: Actor) -> dict:
    """Keep the goal as written and its focus area (derived, or as the user corrected it)."""
    if command.focus_only:
        focus = clean_focus(command.text)
        if focus is None:
            raise InputError(
                "A focus area is a short name for what you're growing in — a few words, "
                "not a sentence.",
                "/oneonone goal focus people management",
            )
        actor.user.goal_focus = focus
        return goal_message(actor.user.goal, focus, corrected=True)
    actor.user.goal = command.text
    actor.user.goal_focus = derive_focus(command.text)
    return goal_message(command.text, actor.user.goal_focus, corrected=False)


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
