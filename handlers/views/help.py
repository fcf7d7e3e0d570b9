"""The usage card for `/oneonone help [command]` and an empty `/oneonone`."""

from __future__ import annotations

from typing import Any

from coaching.usage import DM_EXAMPLES, help_lines
from handlers.views.blocks import context, header, message, section

INTRO = (
    "I help you turn 1:1s with your manager, skip-level or mentor into career growth: I prepare "
    "you before each one, remind you at the right time and keep track of what you asked, gave "
    "and won. Everything stays private to you."
)


def help_message(*, topic: str | None = None, lead: str | None = None) -> dict[str, Any]:
    """Usage with an example per command; `lead` (e.g. "Did you mean …") goes on top.

    For one command, its synopsis and description once, then every example of it."""
    rows = help_lines(topic)
    if topic is None:
        lines = [
            f"*`{synopsis}`*\n{description}  _e.g._ `{example}`"
            for synopsis, description, example in rows
        ]
        blocks = [header("1:1 Coach"), section(INTRO)]
    else:
        synopsis, description, _ = rows[0]
        examples = "\n".join(f"• `{example}`" for _, _, example in rows)
        lines = [f"*`{synopsis}`*\n{description}\n_For example:_\n{examples}"]
        blocks = []
    if lead:
        blocks.insert(0, section(lead))
    for start in range(0, len(lines), 6):
        blocks.append(section("\n".join(lines[start : start + 6])))
    dm = " · ".join(f"`{example}`" for example in DM_EXAMPLES[:3])
    blocks.append(
        context(
            f"Or DM me to log anything: {dm}. React 📌 to a message for a follow-up, 🏆 for a win."
        )
    )
    fallback = "1:1 Coach — " + "; ".join(dict.fromkeys(synopsis for synopsis, _, _ in rows))
    if lead:
        fallback = f"{lead}\n{fallback}"
    return message(fallback, blocks)
