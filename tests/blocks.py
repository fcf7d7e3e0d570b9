"""Checks every Block Kit payload against slack_sdk's models and Slack's limits (design §7)."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100


def _walk_texts(node: Any, path: str = ""):
    if isinstance(node, dict):
        if node.get("type") in ("mrkdwn", "plain_text") and "text" in node:
            yield path, node["type"], node["text"]
        for key, value in node.items():
            yield from _walk_texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk_texts(value, f"{path}[{i}]")


def assert_valid_blocks(blocks: list[dict[str, Any]], *, limit: int) -> None:
    assert len(blocks) <= limit, f"{len(blocks)} blocks > {limit}"
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None, raw
        block.to_dict()  # raises SlackObjectFormationError past Slack's limits
        if raw["type"] == "section" and "text" in raw:
            assert len(raw["text"]["text"]) <= 3000
        if raw["type"] == "header":
            assert len(raw["text"]["text"]) <= 150
        for element in [*raw.get("elements", []), raw.get("accessory") or {}]:
            if element.get("type") == "button":
                assert len(element["text"]["text"]) <= 75
    for path, _kind, text in _walk_texts(blocks):
        assert text, f"empty text at {path}"


def assert_valid_message(payload: dict[str, Any]) -> None:
    """A message: a plain `text` fallback and valid blocks."""
    assert isinstance(payload.get("text"), str) and payload["text"].strip(), "no text fallback"
    assert_valid_blocks(payload.get("blocks") or [], limit=MESSAGE_BLOCKS)


def assert_valid_view(view: dict[str, Any]) -> None:
    View(**view).to_dict()
    assert_valid_blocks(view.get("blocks") or [], limit=VIEW_BLOCKS)


def context_texts(message: dict[str, Any]) -> list[str]:
    """The text of every context element, in order: where a card's notes and checklist show."""
    return [
        e["text"]
        for b in message["blocks"]
        if b["type"] == "context"
        for e in b["elements"]
        if "text" in e
    ]
