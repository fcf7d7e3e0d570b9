"""Helpers the button listeners share: reading a button's value, and answering privately."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

NOT_YOURS = (
    "I couldn't find that item in your journal — it may have been removed already. "
    "`/oneonone followups` shows what's open."
)


def action_value(body: dict[str, Any]) -> str:
    actions = body.get("actions") or [{}]
    return str(actions[0].get("value") or actions[0].get("selected_option", {}).get("value") or "")


def int_value(body: dict[str, Any]) -> int | None:
    value = action_value(body)
    return int(value) if value.isdigit() else None


def occurrence_value(body: dict[str, Any]) -> tuple[int, datetime] | None:
    """`<series id>|<ISO start>` as the Skip and Undo-skip buttons carry it."""
    series_id, _, start = action_value(body).partition("|")
    try:
        return int(series_id), datetime.fromisoformat(start)
    except ValueError:
        return None


def reply_privately(respond: Respond, client: WebClient, user_id: str, text: str) -> None:
    """Ephemeral where the button was (a message); a DM from the bot otherwise (App Home)."""
    if respond is not None and respond.response_url:
        respond(text=text, response_type="ephemeral", replace_original=False)
    else:
        client.chat_postMessage(channel=user_id, text=text)
