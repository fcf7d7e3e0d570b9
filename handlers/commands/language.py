"""`language`: which language the lines to say to someone are drafted in."""

from __future__ import annotations

from coaching.commands import LANGUAGE_AUTO, Language
from coaching.errors import InputError
from coaching.phrasebook import language_name
from coaching.when import quote
from handlers.views.blocks import context, message, section
from handlers.views.labels import counterpart
from services.actor import Actor
from storage.models import Relationship
from storage.relationships import ensure_relationship, find_relationship


def language(command: Language, actor: Actor) -> dict:
    """Keep the language the user meets this person in; `auto` clears it, so the card reads it
    from their notes again. The reply says how to go back to what was set before."""
    relationship = _relationship(actor, command)
    before, relationship.language = relationship.language, command.code
    who = counterpart(relationship)
    if command.code is None:
        text = f":speech_balloon: The lines to say to {who} follow your notes' language again."
    else:
        text = (
            f":speech_balloon: The lines to say to {who} are drafted in "
            f"{language_name(command.code)} from now on."
        )
    undo = language_name(before).lower() if before else LANGUAGE_AUTO
    hint = f"See them in `/oneonone prep {who}` · back as it was: `/oneonone language {who} {undo}`"
    return message(text, [section(text), context(hint)])


def _relationship(actor: Actor, command: Language) -> Relationship:
    """Their relationship: made for a Slack mention, as every command does; a typed name must be
    someone the user has already logged, so "language @dana brazilian portuguese" is never set
    for a new "dana brazilian" (a fresh-eyes review)."""
    person = command.person
    if person.user_id is not None:
        return ensure_relationship(actor.db, actor.user, person, now=actor.now)
    found = find_relationship(actor.db, actor.user, person)
    if found is None:
        raise InputError(
            f"I don't know {quote(person.name or '')} yet — mention them, or write the name as in"
            " your log, then the language.",
            "/oneonone language @dana spanish",
        )
    return found
