"""Leverage pipeline views: a next step with its buttons, and the prompt DM that asks for it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coaching import leverage
from coaching.oversharing import Flag
from handlers.views import ids
from handlers.views.blocks import (
    Block,
    actions,
    button,
    context,
    message,
    section,
    with_notes,
)
from handlers.views.entries import confirmation
from handlers.views.labels import counterpart, quote_text
from storage.models import Entry, Relationship

#: Which listener records each kind of step.
_ACTION = {leverage.DELIVERED: ids.PROMISE_DELIVERED}
_ANSWERS = {answer.value for answer in leverage.Answer}
INTROS_SHOWN = 5


def step_buttons(step: leverage.NextStep, *, block_id: str) -> Block:
    elements = []
    for label, value in step.buttons:
        if value == leverage.DELIVERED:
            action, carried = ids.PROMISE_DELIVERED, str(step.entry_id)
        elif value in _ANSWERS:
            action, carried = ids.ASK_ANSWER, f"{step.entry_id}|{value}"
        else:
            action, carried = ids.INTRO_STEP, f"{step.entry_id}|{value}"
        style = "primary" if not elements else None
        elements.append(button(label, action, value=carried, style=style))
    return actions(*elements, block_id=block_id)


def step_blocks(step: leverage.NextStep, *, block_id: str, detail: str = "") -> list[Block]:
    """One next step: its label and line (user text escaped), then its buttons."""
    text = f"• _{quote_text(step.label, 120)}:_ {quote_text(step.text, 400)}"
    if detail:
        text += f"\n{detail}"
    return [section(text), step_buttons(step, block_id=block_id)]


def prompt_message(text: str, step: leverage.NextStep | None) -> dict[str, Any]:
    """The follow-through DM: one question and the buttons that answer it."""
    blocks: list[Block] = [section(quote_text(text, 600))]
    if step is not None:
        blocks.append(step_buttons(step, block_id=f"prompt_{step.entry_id}"))
    blocks.append(context("Only you see this. One press keeps your journal true."))
    return message(quote_text(text, 600), blocks)


def confirmation_note(decided: leverage.Plan, person: str | None) -> str | None:
    """What the bot will do next about what was just logged, in one line."""
    who = person or "them"
    if decided.track is leverage.Track.INTRO:
        to = f" to {decided.introduced}" if decided.introduced else ""
        return (
            f":link: Following this intro{to}: asked \u2192 made \u2192 met \u2192 thanked "
            f"\u2192 reported back. I'll check in a week whether {who} has made it."
        )
    if decided.track is leverage.Track.ASK:
        return f"In a few days I'll ask what {who} said — yes, not yet or no."
    if decided.track is leverage.Track.PROMISE and decided.deliver_on is not None:
        day = decided.deliver_on
        return f":alarm_clock: A promise — I'll remind you on {day:%a} {day.day} {day:%b}."
    return None


def saved_reply(
    entry: Entry | None,
    decided: leverage.Plan,
    relationship: Relationship | None,
    flags: Sequence[Flag],
) -> dict[str, Any]:
    """The confirmation of a logged entry, with what the bot will follow up on."""
    reply = confirmation(entry, relationship, flags, undo_action=ids.ENTRY_UNDO)
    note = confirmation_note(decided, counterpart(relationship) if relationship else None)
    return with_notes(reply, [note] if note and entry is not None else [])


def intro_blocks(intros: Sequence[tuple[str, leverage.NextStep]], *, prefix: str) -> list[Block]:
    """Introductions still on their way, as (introducer, next step): for App Home and the
    follow-up list."""
    blocks = [section(f"*Introductions in progress* ({len(intros)})")]
    for introducer, step in intros[:INTROS_SHOWN]:
        detail = f"   _via {introducer}_"
        blocks += step_blocks(step, block_id=f"{prefix}_{step.entry_id}", detail=detail)
    return blocks


def with_intros(
    reply: dict[str, Any], intros: Sequence[tuple[str, leverage.NextStep]]
) -> dict[str, Any]:
    """A follow-up list with the introductions still on their way."""
    if not intros:
        return reply
    blocks = [*reply.get("blocks", []), *intro_blocks(intros, prefix="list_intro")]
    return message(reply.get("text", "") + f" {len(intros)} introduction(s) in progress.", blocks)
