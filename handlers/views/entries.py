"""Confirmations, the follow-up list and a relationship's history."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from coaching.model import EntryKind, EntryStatus, Role
from coaching.oversharing import Flag
from coaching.prep import for_card
from handlers.views import ids
from handlers.views.blocks import Block, actions, button, context, message, section
from handlers.views.flags import flag_lines
from handlers.views.labels import KIND_EMOJI, counterpart, logged, quote_text, short_date
from storage.models import Entry, Relationship


def confirmation(
    entry: Entry | None,
    relationship: Relationship | None,
    flags: Sequence[Flag],
    *,
    undo_action: str = ids.ENTRY_UNDO,
) -> dict[str, Any]:
    """One line that says what was saved, an Undo button, and any oversharing warning."""
    if entry is None:
        text = "Already logged — nothing new to save."
        return message(text, [section(text)])
    kind = EntryKind(entry.kind)
    who = counterpart(relationship) if relationship is not None else None
    if kind is EntryKind.AGENDA:
        for_whom = f" for {who}" if who else ""
        text = (
            f"{KIND_EMOJI[kind]} Added to your talking points{for_whom}: "
            f"{quote_text(entry.text, 200)}"
        )
    else:
        text = f"{KIND_EMOJI[kind]} {logged(kind, who)}: {quote_text(entry.text, 200)}"
    blocks = [section(text, accessory=button("Undo", undo_action, value=str(entry.id)))]
    flags = fitted(flags, entry.text, relationship)
    if flags:
        blocks.append(section("\n".join(flag_lines(flags))))
        blocks.append(context("Only you can see this. Keep it if it serves you — it's your call."))
    return message(text, blocks)


def fitted(flags: Sequence[Flag], text: str, relationship: Relationship | None) -> Sequence[Flag]:
    """The flags as the prep card will show them for this person (`coaching.prep.for_card`):
    the rewrite offered when a point is added is the one the card repeats, fitted to the role."""
    if not flags or relationship is None:
        return flags
    return for_card(flags, text, Role(relationship.role))


def agenda_changed(
    old: Entry, new: Entry | None, relationship: Relationship, flags: Sequence[Flag]
) -> dict[str, Any]:
    """A talking point edited (`new`) or removed, with an Undo that restores the old one."""
    who = counterpart(relationship)
    if new is None:
        text = f":wastebasket: Removed from your points for {who}: {quote_text(old.text, 200)}"
        value = str(old.id)
    else:
        text = f":pencil2: Changed your point for {who} to: {quote_text(new.text, 200)}"
        value = f"{old.id}|{new.id}"
    blocks = [section(text, accessory=button("Undo", ids.AGENDA_UNDO, value=value))]
    flags = fitted(flags, new.text, relationship) if new is not None else flags
    if flags:
        blocks.append(section("\n".join(flag_lines(flags))))
        blocks.append(context("Only you can see this. Keep it if it serves you — it's your call."))
    return message(text, blocks)


def goal_message(goal: str | None, focus: str | None, *, corrected: bool) -> dict[str, Any]:
    """The goal shown back with the focus area the asks will use, and how to correct it."""
    fix = "`/oneonone goal focus <a few words>`"
    if focus is None:
        text = (
            f":dart: Goal saved: _{quote_text(goal or '', 300)}_\nI couldn't pick a short focus "
            f"area from it. Tell me one and I'll steer your asks toward it: {fix} — e.g. "
            "`/oneonone goal focus people management`."
        )
    elif corrected:
        text = f":dart: Focus area set to *{quote_text(focus, 120)}* — your asks will use it."
    else:
        text = (
            f":dart: Goal saved: _{quote_text(goal or '', 300)}_\nI'll steer your asks toward "
            f"*{quote_text(focus, 120)}*. Not quite right? {fix}"
        )
    return message(text, [section(text), context("See it at work in `/oneonone prep`.")])


HOW_TO_ADD_FOLLOWUPS = (
    "React :pushpin: to any message, or DM me `followup: send Dana the numbers`, to add one."
)


def followup_blocks(row: Entry, who: str | None, *, tz: str, block_id: str) -> list[Block]:
    """One open follow-up: its text, when and with whom, a link back, Done / Dismiss."""
    details = short_date(row.created_at, tz) + (f" · {who}" if who else "")
    if row.permalink:
        details += f" · <{row.permalink}|message>"
    return [
        section(f"{quote_text(row.text, 200)}\n_{details}_"),
        actions(
            button("Done", ids.ENTRY_DONE, value=str(row.id), style="primary"),
            button("Dismiss", ids.ENTRY_DISMISS, value=str(row.id)),
            block_id=block_id,
        ),
    ]


def followups_message(
    rows: Sequence[Entry], names: dict[int, str], *, total: int, tz: str
) -> dict[str, Any]:
    if not rows:
        text = f"No open follow-ups. :tada: {HOW_TO_ADD_FOLLOWUPS}"
        return message(text, [section(text)])
    blocks = [section(f"*Your open follow-ups* ({total})")]
    for row in rows:
        who = names.get(row.relationship_id or -1)
        blocks += followup_blocks(row, who, tz=tz, block_id=f"followup_{row.id}")
    if total > len(rows):
        blocks.append(
            context(
                f"Showing the oldest {len(rows)} of {total}. Close a few and "
                "run `/oneonone followups` again."
            )
        )
    return message(f"You have {total} open follow-up(s).", blocks)


def history_message(
    rows: Sequence[Entry],
    person: str,
    *,
    tz: str,
    steps: Mapping[int, Sequence[tuple[str, datetime]]] | None = None,
) -> dict[str, Any]:
    if not rows:
        text = f"Nothing logged with {person} yet."
        return message(text, [section(text)])
    lines = []
    for row in rows:
        kind = EntryKind(row.kind)
        status = "" if row.status == EntryStatus.OPEN.value else f" _({row.status})_"
        lines.append(
            f"{KIND_EMOJI[kind]} {short_date(row.created_at, tz)} — "
            f"{quote_text(row.text, 200)}{status}"
        )
        dated = (steps or {}).get(row.id) or ()
        if dated:
            lines.append(
                "      _" + " · ".join(f"{name} {short_date(at, tz)}" for name, at in dated) + "_"
            )
    text = f"*Recent with {person}* (newest first)\n" + "\n".join(lines)
    return message(f"Recent with {person}", [section(text)])
