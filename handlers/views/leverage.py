"""Leverage pipeline views: a next step with its buttons, and the prompt DM that asks for it."""

from __future__ import annotations

from typing import Any

from coaching import leverage
from handlers.views import ids
from handlers.views.blocks import Block, actions, button, context, message, section
from handlers.views.labels import quote_text

#: Which listener records each kind of step.
_ACTION = {leverage.DELIVERED: ids.PROMISE_DELIVERED}
_ANSWERS = {answer.value for answer in leverage.Answer}


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
    return message(text, blocks)
