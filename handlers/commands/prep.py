"""`/oneonone prep [@person]`: the prep card for the next 1:1."""

from __future__ import annotations

from coaching.commands import Prep
from handlers.views.blocks import message, section
from handlers.views.labels import mention
from handlers.views.prep import prep_message
from services.actor import Actor
from services.prep_data import card_for_next, soonest_card
from storage.relationships import find_relationship

NOTHING_SCHEDULED = (
    "No 1:1 yet — tell me when you meet your manager or mentor and I'll prepare you before "
    "each one:\n`/oneonone schedule @yourmanager weekly tue 10:00`"
)


def prep(command: Prep, actor: Actor) -> dict:
    if command.person is None:
        return _soonest(actor)
    relationship = find_relationship(actor.db, actor.user, command.person)
    if relationship is None:
        who = mention(command.person)
        text = (
            f"Nothing with {who} yet. Schedule your 1:1 to get a card before each one:\n"
            f"`/oneonone schedule {who} weekly tue 10:00`\n"
            f"…or just add a talking point: `/oneonone agenda {who} what would the next "
            "level take for me?`"
        )
        return message(text, [section(text)])
    return prep_message(card_for_next(actor, relationship))


def _soonest(actor: Actor) -> dict:
    card = soonest_card(actor)
    if card is None:
        return message(NOTHING_SCHEDULED, [section(NOTHING_SCHEDULED)])
    return prep_message(card)
