"""The "How did it go?" DM sent after each 1:1."""

from __future__ import annotations

from typing import Any

from handlers.views import ids
from handlers.views.blocks import actions, button, context, message, section


def after_message(person: str, *, relationship_id: int, nudge_id: int) -> dict[str, Any]:
    rel = str(relationship_id)
    text = (
        f"How did your 1:1 with {person} go? Log what matters while it's fresh — an ask you "
        "made, a follow-up you owe, a win they noticed."
    )
    return message(
        text,
        [
            section(text),
            actions(
                button("I made an ask", ids.AFTER_ASK, value=rel, style="primary"),
                button("Log a follow-up", ids.PREP_LOG_FOLLOWUP, value=rel),
                button("Log a win", ids.AFTER_WIN, value=rel),
                button("Didn't happen", ids.AFTER_DIDNT_HAPPEN, value=str(nudge_id)),
                block_id="after_actions",
            ),
            context(
                "Only you see this. Logging takes ten seconds and makes the next prep sharper."
            ),
        ],
    )


def nudge_views():
    """The renderers the dispatcher is given by the composition root (bot.app)."""
    from handlers.views.labels import counterpart
    from handlers.views.prep import prep_message
    from services.nudge_cards import NudgeViews

    def after(relationship, *, nudge_id: int) -> dict[str, Any]:
        return after_message(
            counterpart(relationship), relationship_id=relationship.id, nudge_id=nudge_id
        )

    return NudgeViews(prep=prep_message, after=after)
