"""Small Block Kit builders that keep every payload inside Slack's limits (design §7).

Views are plain dicts (what Slack receives); tests check each one against slack_sdk's block
models. Text is cut with an ellipsis rather than letting Slack reject the whole message.
"""

from __future__ import annotations

from typing import Any

Block = dict[str, Any]

SECTION_TEXT_MAX = 3000
HEADER_TEXT_MAX = 150
BUTTON_TEXT_MAX = 75
CONTEXT_ELEMENTS_MAX = 10
ACTIONS_ELEMENTS_MAX = 25
MESSAGE_BLOCKS_MAX = 50
VIEW_BLOCKS_MAX = 100
FALLBACK_TEXT_MAX = 3000
ACTION_VALUE_MAX = 2000


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": clip(text, HEADER_TEXT_MAX)}}


def section(text: str, *, accessory: Block | None = None, block_id: str | None = None) -> Block:
    block: Block = {"type": "section", "text": mrkdwn(text)}
    if accessory is not None:
        block["accessory"] = accessory
    if block_id is not None:
        block["block_id"] = block_id
    return block


def mrkdwn(text: str) -> Block:
    return {"type": "mrkdwn", "text": clip(text or " ", SECTION_TEXT_MAX)}


def context(*texts: str) -> Block:
    elements = [mrkdwn(t) for t in texts[:CONTEXT_ELEMENTS_MAX]]
    return {"type": "context", "elements": elements}


def divider() -> Block:
    return {"type": "divider"}


def button(
    text: str,
    action_id: str,
    *,
    value: str | None = None,
    style: str | None = None,
    confirm: Block | None = None,
) -> Block:
    element: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": clip(text, BUTTON_TEXT_MAX), "emoji": True},
        "action_id": action_id,
    }
    if value is not None:
        element["value"] = clip(value, ACTION_VALUE_MAX)
    if style is not None:
        element["style"] = style
    if confirm is not None:
        element["confirm"] = confirm
    return element


def actions(*elements: Block, block_id: str | None = None) -> Block:
    block: Block = {"type": "actions", "elements": list(elements[:ACTIONS_ELEMENTS_MAX])}
    if block_id is not None:
        block["block_id"] = block_id
    return block


def confirm_dialog(title: str, text: str, confirm: str, deny: str = "Cancel") -> Block:
    return {
        "title": {"type": "plain_text", "text": clip(title, 100)},
        "text": {"type": "mrkdwn", "text": clip(text, 300)},
        "confirm": {"type": "plain_text", "text": clip(confirm, 30)},
        "deny": {"type": "plain_text", "text": clip(deny, 30)},
    }


def message(text: str, blocks: list[Block]) -> dict[str, Any]:
    """A message payload: blocks within the limit, and the plain `text` fallback Slack wants."""
    return {"text": clip(text, FALLBACK_TEXT_MAX), "blocks": blocks[:MESSAGE_BLOCKS_MAX]}


def with_notes(reply: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """A reply with one-off notes (e.g. the time-zone fallback) added under it."""
    if not notes:
        return reply
    blocks = [*reply.get("blocks", []), *(context(note) for note in notes)]
    return dict(reply, text=reply.get("text", "") + "\n" + "\n".join(notes), blocks=blocks)
