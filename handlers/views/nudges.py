"""The "How did it go?" DM sent after each 1:1: the card's asks as buttons, then what to log."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coaching.leverage import NextStep
from handlers.views import ids
from handlers.views.blocks import Block, actions, button, context, message, section
from handlers.views.labels import quote_text
from handlers.views.leverage import step_blocks

#: The card's asks as (category, wording).
CardAsk = tuple[str, str]


def ask_value(relationship_id: int, category: str, wording: str) -> str:
    """What a post-meeting ask button carries: whose relationship, what kind, which words."""
    return f"{relationship_id}|{category}|{wording}"


def after_message(
    person: str,
    *,
    relationship_id: int,
    nudge_id: int,
    asks: Sequence[CardAsk] = (),
    open_steps: Sequence[NextStep] = (),
) -> dict[str, Any]:
    """Wording follows what is waiting: the card's asks to tick off, an intro's next step."""
    rel = str(relationship_id)
    if asks:
        text = (
            f"How did your 1:1 with {person} go? These asks were on your card — tell me which "
            "you made, and I'll follow up on the answer."
        )
    else:
        text = (
            f"How did your 1:1 with {person} go? Log what matters while it's fresh — an ask you "
            "made, something you offered, a follow-up you owe."
        )
    blocks: list[Block] = [section(text)]
    for index, (category, wording) in enumerate(asks[:3]):
        value = ask_value(relationship_id, category, wording)
        blocks.append(section(f"• {quote_text(wording, 300)}"))
        blocks.append(
            actions(
                button("Made it", ids.AFTER_MADE_IT, value=value, style="primary"),
                button("Didn't get to it", ids.AFTER_NOT_REACHED, value=value),
                block_id=f"after_ask_{index}",
            )
        )
    for step in open_steps[:2]:
        blocks += step_blocks(step, block_id=f"after_step_{step.entry_id}")
    blocks += [
        actions(
            button("I made another ask", ids.AFTER_ASK, value=rel),
            button("Log what I offered", ids.AFTER_GAVE, value=rel),
            button("Log a follow-up", ids.PREP_LOG_FOLLOWUP, value=rel),
            button("Log a win", ids.AFTER_WIN, value=rel),
            button("Didn't happen (reschedule?)", ids.AFTER_DIDNT_HAPPEN, value=str(nudge_id)),
            block_id="after_actions",
        ),
        context("Only you see this. Logging takes ten seconds and makes the next prep sharper."),
    ]
    return message(text, blocks)


def nudge_views():
    """The renderers the dispatcher is given by the composition root (bot.app)."""
    from handlers.views.labels import counterpart
    from handlers.views.prep import prep_message
    from services.nudge_cards import NudgeViews

    def after(
        relationship,
        *,
        nudge_id: int,
        asks: Sequence[CardAsk] = (),
        open_steps: Sequence[NextStep] = (),
    ) -> dict[str, Any]:
        return after_message(
            counterpart(relationship),
            relationship_id=relationship.id,
            nudge_id=nudge_id,
            asks=asks,
            open_steps=open_steps,
        )

    return NudgeViews(prep=prep_message, after=after)
