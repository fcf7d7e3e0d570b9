"""What the user reads about their connected calendar: connected, failed, the list, the form."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from coaching.timing import when_text
from handlers.views import ids
from handlers.views.blocks import Block, button, context, message, section
from handlers.views.labels import quote_text

MAX_LISTED = 12
MUTE, FOLLOW, MARK, UNMARK = "muted", "auto", "one_on_one", "auto"


def _who(slack_user_id: str | None, name: str | None) -> str:
    return f"<@{slack_user_id}>" if slack_user_id else quote_text(name or "someone", 64)


def connected_message(label: str, resolved: Sequence, *, now: datetime, tz: str) -> dict:
    """The DM after the first successful read: what was found, in a few lines."""
    ones = [r for r in resolved if not r.meeting.is_group and r.meeting.starts]
    groups = [r for r in resolved if r.meeting.is_group and r.meeting.starts]
    lines = []
    for item in ones[:MAX_LISTED]:
        first = item.meeting.starts[0][0]
        who = _who(item.slack_user_id, item.meeting.counterpart_name)
        lines.append(f"• 1:1 with {who} — next *{when_text(first, now, tz)}*")
    found = "\n".join(lines) or "No 1:1s in the next six weeks yet — I'll keep looking."
    text = (
        f":spiral_calendar_pad: Your calendar is connected ({quote_text(label, 80)}). "
        f"I'll follow these 1:1s and prepare you before each one:\n{found}"
    )
    blocks: list[Block] = [section(text)]
    if groups:
        blocks.append(
            context(
                f"I left out {len(groups)} group meeting{'s' if len(groups) != 1 else ''}. "
                "If one of them is really a 1:1, mark it in `/oneonone list`."
            )
        )
    return message(text, blocks)


def failed_message(label: str, reason: str, *, first: bool) -> dict:
    if first:
        text = (
            f"I couldn't connect your calendar ({quote_text(label, 80)}): {reason}\n"
            "Nothing was imported. Fix the address and send `/oneonone calendar <address>` again."
        )
    else:
        text = (
            f"I couldn't read your calendar just now ({quote_text(label, 80)}): {reason}\n"
            "Your 1:1s stay as they were from the last good copy, and I'll keep trying. "
            "I won't message you again about this."
        )
    return message(text, [section(text)])


def calendar_list_blocks(events: Sequence, *, label: str, last_error: str | None) -> list[Block]:
    """The calendar part of `/oneonone list`: each event found, with Mute / It's a 1:1."""
    blocks: list[Block] = [
        context(
            f":spiral_calendar_pad: From your calendar ({quote_text(label, 80)}). "
            "`/oneonone calendar off` disconnects it."
        )
    ]
    if last_error:
        blocks.append(context(f":warning: Last read failed: {quote_text(last_error, 200)}"))
    for event in events[:MAX_LISTED]:
        title = quote_text(event.title, 80)
        if event.is_group:
            marked = event.choice == MARK
            text = f"_{title}_ — group meeting" + (", followed as a 1:1" if marked else "")
            choice = (
                button("Not a 1:1", ids.CALENDAR_CHOICE, value=f"{event.id}|{UNMARK}")
                if marked
                else button("It's a 1:1", ids.CALENDAR_CHOICE, value=f"{event.id}|{MARK}")
            )
        else:
            muted = event.choice == MUTE
            who = _who(event.counterpart_user_id, event.counterpart_name)
            text = f"_{title}_ — 1:1 with {who}" + (", muted" if muted else "")
            choice = (
                button("Follow again", ids.CALENDAR_CHOICE, value=f"{event.id}|{FOLLOW}")
                if muted
                else button("Mute", ids.CALENDAR_CHOICE, value=f"{event.id}|{MUTE}")
            )
        blocks.append(section(text, accessory=choice))
    if len(events) > MAX_LISTED:
        blocks.append(context(f"…and {len(events) - MAX_LISTED} more calendar events not shown."))
    return blocks


def calendar_modal() -> dict[str, Any]:
    """`/oneonone calendar` with nothing after it: a feed address, or CalDAV and a password."""

    def field(block_id: str, label: str, hint: str, *, optional: bool = True) -> Block:
        return {
            "type": "input",
            "block_id": block_id,
            "optional": optional,
            "label": {"type": "plain_text", "text": label},
            "hint": {"type": "plain_text", "text": hint},
            "element": {"type": "plain_text_input", "action_id": "value"},
        }

    return {
        "type": "modal",
        "callback_id": ids.CALENDAR_MODAL,
        "title": {"type": "plain_text", "text": "Connect your calendar"},
        "submit": {"type": "plain_text", "text": "Connect"},
        "close": {"type": "plain_text", "text": "Cancel"},
        "blocks": [
            section(
                "I read your calendar to find your 1:1s and follow them when they move. "
                "Your address and password are stored encrypted and never shown in full."
            ),
            field(
                "feed",
                "Calendar feed address (iCal)",
                "Google: Settings › your calendar › Secret address in iCal format.",
            ),
            field("caldav", "CalDAV calendar URL", "e.g. https://dav.example.com/alice/work/"),
            field("username", "CalDAV username", "Your account name."),
            field("password", "CalDAV app password", "An app password, not your main one."),
        ],
    }
