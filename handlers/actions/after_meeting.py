"""Buttons of the post-meeting DM: one of the card's asks was made, or not reached; the 1:1
didn't happen and could be rescheduled."""

from __future__ import annotations

from dataclasses import dataclass

from slack_bolt import App

from coaching.model import EntryKind, EntrySource
from handlers.actions.common import NOT_YOURS, action_value, int_value, owned_button
from handlers.home_events import journal_changed
from handlers.views import ids
from handlers.views.labels import counterpart
from handlers.views.leverage import confirmation_note
from handlers.views.schedule_modal import schedule_modal
from services import leverage as follow_through
from services.actor import Actor
from storage import leverage as store
from storage.models import Relationship
from storage.relationships import owned_relationship

INTRODUCTION = "introduction"


@dataclass(frozen=True)
class CardAsk:
    relationship: Relationship
    category: str
    wording: str


def _card_ask(actor: Actor, body: dict) -> CardAsk | None:
    """`<relationship id>|<category>|<wording>`, only for a relationship of the presser's."""
    relationship_id, _, rest = action_value(body).partition("|")
    category, _, wording = rest.partition("|")
    if not relationship_id.isdigit() or not wording.strip():
        return None
    relationship = owned_relationship(actor.db, actor.user, int(relationship_id))
    return CardAsk(relationship, category, wording.strip()) if relationship else None


@owned_button(_card_ask, NOT_YOURS)
def made_it(actor: Actor, ask: CardAsk, say, _body: dict) -> None:
    """Record the ask against that person; its answer (or intro) is followed from here."""
    person = counterpart(ask.relationship)
    if store.logged_recently(actor.db, actor.user, ask.relationship.id, ask.wording, actor.now):
        say(f"Already logged — that ask with {person} is in your journal.")
        return
    _entry, decided = follow_through.save(
        actor,
        EntryKind.ASK,
        ask.wording,
        ask.relationship,
        EntrySource.BUTTON,
        intro=ask.category == INTRODUCTION,
    )
    note = confirmation_note(decided, person) or ""
    say(f":raised_hand: Logged your ask with {person}. {note}".strip())
    journal_changed(actor)


@owned_button(_card_ask, NOT_YOURS)
def not_reached(actor: Actor, ask: CardAsk, say, _body: dict) -> None:
    """Carry the ask to the next 1:1 as a talking point, so it isn't lost."""
    person = counterpart(ask.relationship)
    if store.logged_recently(
        actor.db, actor.user, ask.relationship.id, ask.wording, actor.now, kind=EntryKind.AGENDA
    ):
        say(f"Already on your talking points for {person}.")
        return
    follow_through.save(actor, EntryKind.AGENDA, ask.wording, ask.relationship, EntrySource.BUTTON)
    say(
        f":speech_balloon: Carried to your next 1:1 with {person} as a talking point — "
        "open with it, while it's fresh for both of you."
    )
    journal_changed(actor)


def _relationship(actor: Actor, body: dict) -> Relationship | None:
    relationship_id = int_value(body)
    return owned_relationship(actor.db, actor.user, relationship_id) if relationship_id else None


@owned_button(_relationship, NOT_YOURS)
def reschedule(actor: Actor, relationship: Relationship, _say, body: dict) -> None:
    """The schedule form, prefilled as a one-off with the same person."""
    trigger_id = body["trigger_id"]
    view = schedule_modal(
        person=relationship.counterpart_user_id, cadence="once", role=relationship.role
    )
    actor.later.append(lambda client: client.views_open(trigger_id=trigger_id, view=view))


def register(app: App) -> None:
    app.action(ids.AFTER_MADE_IT)(made_it)
    app.action(ids.AFTER_NOT_REACHED)(not_reached)
    app.action(ids.AFTER_RESCHEDULE)(reschedule)
