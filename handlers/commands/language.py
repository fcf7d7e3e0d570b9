"""`language`: which language the lines to say to someone are drafted in."""

from __future__ import annotations

from coaching.commands import LANGUAGE_AUTO, Language
from coaching.phrasebook import language_name
from handlers.views.blocks import context, message, section
from handlers.views.labels import counterpart
from services.actor import Actor
from storage.relationships import ensure_relationship


def language(command: Language, actor: Actor) -> dict:
    """Keep the language the user meets this person in; `auto` clears it, so the card reads it
    from their notes again. The reply says how to go back to what was set before."""
    relationship = ensure_relationship(actor.db, actor.user, command.person, now=actor.now)
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
