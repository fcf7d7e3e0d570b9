"""Words and emoji the views share."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from coaching.model import EntryKind

KIND_EMOJI = {
    EntryKind.NOTE: ":memo:",
    EntryKind.ASK: ":raised_hand:",
    EntryKind.GAVE: ":handshake:",
    EntryKind.WIN: ":trophy:",
    EntryKind.FOLLOWUP: ":pushpin:",
    EntryKind.AGENDA: ":speech_balloon:",
}
KIND_NAME = {
    EntryKind.NOTE: "note",
    EntryKind.ASK: "ask",
    EntryKind.GAVE: "something you gave",
    EntryKind.WIN: "win",
    EntryKind.FOLLOWUP: "follow-up",
    EntryKind.AGENDA: "talking point",
}


def short_date(instant: datetime, tz: str) -> str:
    local = instant.astimezone(ZoneInfo(tz))
    return f"{local:%a} {local.day} {local:%b}"


def quote_text(text: str, limit: int = 300) -> str:
    """User text inside a Slack mrkdwn line: clipped, no accidental formatting spill."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def mention(person) -> str:
    """How a reply names a person the user typed: a live mention, or the name they used."""
    return f"<@{person.user_id}>" if person.user_id else f"@{person.name}"
