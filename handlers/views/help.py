"""The usage card for `/oneonone help`, an empty `/oneonone` and unknown subcommands."""

from __future__ import annotations

from typing import Any

from coaching.usage import help_lines
from handlers.views.blocks import context, header, message, section

INTRO = (
    "I help you turn 1:1s with your manager, skip-level or mentor into career growth: "
    "I prepare you before each one, remind you at the right time and keep track of what "
    "you asked, gave and won."
)


def help_message(*, unknown: str | None = None, suggestion: str | None = None) -> dict[str, Any]:
    """Usage with an example per command; leads with a nudge when the user mistyped one."""
    blocks = []
    lead = ""
    if unknown is not None:
        lead = f"I don't know `{unknown}`."
        if suggestion:
            lead += f" Did you mean `/oneonone {suggestion}`?"
        blocks.append(section(lead))
    blocks += [header("1:1 Coach"), section(INTRO)]
    lines = [
        f"*`/oneonone {synopsis}`* — {description}\n_e.g._ `{example}`"
        for synopsis, description, example in help_lines()
    ]
    for chunk in _chunks(lines, 8):
        blocks.append(section("\n".join(chunk)))
    blocks.append(
        context("You can also DM me anything to log it, or react 📌 / 🏆 to any message.")
    )
    fallback = (
        (lead + " " if lead else "")
        + "1:1 Coach — "
        + "; ".join(f"/oneonone {synopsis}" for synopsis, _, _ in help_lines())
    )
    return message(fallback, blocks)


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
