"""Reading fields of a Slack payload without trusting its shape.

`bot.payload_shape` already refuses payloads whose top levels are the wrong types; the deeper
parts (a modal's state, its private metadata, a button's value) are read through these, so a
field that is missing, of the wrong type or absurdly large means "not usable", never a crash.
"""

from __future__ import annotations

from typing import Any

#: Row ids fit PostgreSQL's `integer`; a value past that is no id of ours.
MAX_ROW_ID = 2**31 - 1
#: Slack ids and message timestamps fit the 32 characters our columns hold.
MAX_SLACK_ID = 32


def dig(node: Any, *keys: str) -> Any:
    """`node[k1][k2]…`, or None as soon as a level is missing or not an object."""
    for key in keys:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def text_at(node: Any, *keys: str) -> str:
    """A string field, or "" when it is missing or not a string."""
    value = dig(node, *keys)
    return value if isinstance(value, str) else ""


def slack_id(value: Any) -> str | None:
    """A Slack id or timestamp, or None when `value` cannot be one."""
    if isinstance(value, str) and 0 < len(value) <= MAX_SLACK_ID:
        return value
    return None


def row_id(value: Any) -> int | None:
    """A row id from a button value or metadata, or None for anything that cannot be one (a
    huge number would overflow the database driver; `²` passes `isdigit` but not `int`)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        if not (value.isascii() and value.isdigit() and len(value) <= 10):
            return None
        value = int(value)
    if isinstance(value, int) and 0 < value <= MAX_ROW_ID:
        return value
    return None
