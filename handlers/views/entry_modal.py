"""A small form to write one entry: a talking point, a follow-up, a win …"""

from __future__ import annotations

import json
from typing import Any

from coaching.model import EntryKind
from handlers.payload import dig, slack_id, text_at
from handlers.views import ids
from handlers.views.blocks import clip
from handlers.views.labels import KIND_NAME

TITLES = {EntryKind.AGENDA: "Add talking point", EntryKind.FOLLOWUP: "Log follow-up"}
KINDS = (
    EntryKind.AGENDA,
    EntryKind.FOLLOWUP,
    EntryKind.ASK,
    EntryKind.GAVE,
    EntryKind.WIN,
    EntryKind.NOTE,
)


def _option(kind: EntryKind) -> dict[str, Any]:
    label = KIND_NAME[kind].capitalize()
    return {"text": {"type": "plain_text", "text": label}, "value": kind.value}


def entry_modal(
    *,
    kind: EntryKind,
    person: str | None,
    metadata: dict[str, Any],
    text: str = "",
    pick_person: bool = False,
    initial_user: str | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    """The form. With `pick_person` the user chooses who it is about (optional, prefilled with
    `initial_user`); else it is for `person`, named in the first line."""
    text_input: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": "value",
        "multiline": True,
        "max_length": 3000,
    }
    if text:
        text_input["initial_value"] = clip(text, 3000)
    lead = (
        f"For your 1:1 with {person}. Only you see this."
        if person
        else "For your 1:1s. Only you see this; the other person is never told."
    )
    blocks: list[dict[str, Any]] = [
        {"type": "context", "elements": [{"type": "mrkdwn", "text": lead}]},
        {
            "type": "input",
            "block_id": "kind",
            "label": {"type": "plain_text", "text": "What"},
            "element": {
                "type": "static_select",
                "action_id": "value",
                "options": [_option(k) for k in KINDS],
                "initial_option": _option(kind),
            },
        },
    ]
    if pick_person:
        picker: dict[str, Any] = {"type": "users_select", "action_id": "value"}
        if initial_user:
            picker["initial_user"] = initial_user
        blocks.append(
            {
                "type": "input",
                "block_id": "person",
                "optional": True,
                "label": {"type": "plain_text", "text": "With whom"},
                "element": picker,
            }
        )
    blocks.append(
        {
            "type": "input",
            "block_id": "text",
            "label": {"type": "plain_text", "text": "Text"},
            "element": text_input,
        }
    )
    return {
        "type": "modal",
        "callback_id": ids.ENTRY_MODAL,
        "private_metadata": json.dumps(metadata),
        "title": {
            "type": "plain_text",
            "text": title or TITLES.get(kind, "Log for my 1:1"),
        },
        "submit": {"type": "plain_text", "text": "Save"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": blocks,
    }


def read_entry_modal(view: dict[str, Any]) -> tuple[EntryKind, str, dict[str, Any]]:
    values = dig(view, "state", "values")
    kind_value = text_at(values, "kind", "value", "selected_option", "value")
    kind = EntryKind(kind_value) if kind_value in {k.value for k in KINDS} else EntryKind.NOTE
    text = text_at(values, "text", "value", "value").strip()
    try:
        metadata = json.loads(text_at(view, "private_metadata") or "{}")
    except ValueError:
        metadata = {}
    return kind, text, metadata if isinstance(metadata, dict) else {}


def read_entry_person(view: dict[str, Any]) -> str | None:
    """The Slack user picked in the form's person field, if it has one and it is filled."""
    return slack_id(dig(view, "state", "values", "person", "value", "selected_user"))
