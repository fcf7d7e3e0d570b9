"""`/oneonone forget`: the question with its confirm button, and the receipt."""

from __future__ import annotations

from typing import Any

from handlers.views import ids
from handlers.views.blocks import button, confirm_dialog, context, message, section
from storage.forget import Forgotten

QUESTION = (
    ":warning: *Forget me* deletes everything I've stored about you: your 1:1 series, talking "
    "points, asks, wins, follow-ups, notes, nudges, your goal and your settings. It can't be "
    "undone. If you'd like a copy first, run `/oneonone export`."
)


def forget_question() -> dict[str, Any]:
    confirm = confirm_dialog(
        "Delete everything?",
        "All your 1:1s, journal entries, goal and settings will be deleted for good.",
        "Delete everything",
        "Keep my data",
    )
    delete = button(
        "Delete everything", ids.FORGET_CONFIRM, value="me", style="danger", confirm=confirm
    )
    blocks = [
        section(QUESTION, accessory=delete),
        context("Nobody else's data changes, and the people you meet are never told."),
    ]
    return message("Forget me: press Delete everything to confirm.", blocks)


def forgotten_text(counts: Forgotten) -> str:
    if counts.user == 0:
        return "There was nothing stored about you — nothing to delete."
    parts = [
        _count(counts.series, "1:1 series", "1:1 series"),
        _count(counts.entries, "journal entry", "journal entries"),
        _count(counts.relationships, "person", "people"),
        _count(counts.nudges, "nudge", "nudges"),
    ]
    if counts.files:
        parts.append(
            _count(len(counts.files), "journal file I sent you", "journal files I sent you")
        )
    return (
        ":wastebasket: Done — I deleted everything I had about you: "
        + ", ".join(parts)
        + ", and your goal and settings. What stays in Slack: our DM history and the messages "
        "you logged from — Slack keeps those, not me. If you use me again, I'll start fresh."
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
