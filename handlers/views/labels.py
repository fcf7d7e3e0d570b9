"""Words and emoji the views share."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from coaching.model import EntryKind
from coaching.slacktext import escape

KIND_EMOJI = {
    EntryKind.NOTE: ":memo:",
    EntryKind.ASK: ":raised_hand:",
    EntryKind.GAVE: ":handshake:",
    EntryKind.WIN: ":trophy:",
    EntryKind.FOLLOWUP: ":pushpin:",
    EntryKind.AGENDA: ":speech_balloon:",
    EntryKind.PRIORITY: ":dart:",
}
KIND_NAME = {
    EntryKind.NOTE: "note",
    EntryKind.ASK: "ask",
    EntryKind.GAVE: "something you gave",
    EntryKind.WIN: "win",
    EntryKind.FOLLOWUP: "follow-up",
    EntryKind.AGENDA: "talking point",
    EntryKind.PRIORITY: "priority of theirs",
}


#: "Logged …": what was saved, and how the person it was with fits the sentence.
LOGGED = {
    EntryKind.NOTE: ("a note", "a note with {who}"),
    EntryKind.ASK: ("an ask", "what you asked {who}"),
    EntryKind.GAVE: ("something you gave", "what you did for {who}"),
    EntryKind.WIN: ("a win", "a win to share with {who}"),
    EntryKind.FOLLOWUP: ("a follow-up", "a follow-up with {who}"),
    EntryKind.PRIORITY: ("a priority of theirs", "a priority of theirs ({who})"),
}


def logged(kind: EntryKind, who: str | None) -> str:
    """`Logged an ask`, `Logged what you asked @dana`: the confirmation's words, in grammar."""
    alone, with_person = LOGGED[kind]
    return "Logged " + (with_person.format(who=who) if who else alone)


def short_date(instant: datetime, tz: str) -> str:
    local = instant.astimezone(ZoneInfo(tz))
    return f"{local:%a} {local.day} {local:%b}"


def quote_text(text: str, limit: int = 300) -> str:
    """User text inside a Slack mrkdwn line: one line, clipped, and escaped so that `<`, `>`
    and `&` show as typed — except user mentions, which stay live."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return escape(flat)


def mention(person) -> str:
    """How a reply names a person the user typed: a live mention, or the name they used."""
    return f"<@{person.user_id}>" if person.user_id else f"@{escape(person.name)}"


def counterpart(relationship) -> str:
    """A stored relationship as Slack shows it: a live mention, else the name the user gave."""
    if relationship.counterpart_user_id:
        return f"<@{relationship.counterpart_user_id}>"
    return escape(relationship.counterpart_name or "them")


def counterpart_raw(relationship) -> str:
    """A relationship's person as written (a mention, or the name as typed), for text that is
    escaped once where it is rendered (`quote_text` keeps the mention live)."""
    if relationship.counterpart_user_id:
        return f"<@{relationship.counterpart_user_id}>"
    return relationship.counterpart_name or "them"
