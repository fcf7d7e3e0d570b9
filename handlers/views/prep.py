"""The prep card (design §2) as Block Kit, for the slash command and the pre-meeting DM."""

from __future__ import annotations

from typing import Any

from coaching.answers import logged_answer
from coaching.ask_signals import FOLLOW_UP_AFTER
from coaching.asks import SuggestedAsk, ago
from coaching.balance import as_utc
from coaching.checklist import flagged_lead
from coaching.items import short_date
from coaching.model import Entry, EntryKind, Role
from coaching.prep import LANGUAGE_NOTE, SHOWN_CARRIED, PrepCard
from coaching.slacktext import USER_MENTION, escape
from handlers.views import ids
from handlers.views.blocks import (
    Block,
    actions,
    button,
    context,
    divider,
    header,
    message,
    section,
)
from handlers.views.flags import flag_lines
from handlers.views.labels import quote_text
from handlers.views.leverage import step_blocks

MAX_CARRIED = SHOWN_CARRIED
#: Under a point that reports something broken or unsafe: raise it, and how to make it land.
MAX_POINTS = 8


def prep_message(card: PrepCard, *, nudge_id: int | None = None) -> dict[str, Any]:
    """The card; `nudge_id` adds the Snooze button the scheduled DM carries.

    The coaching lines (balance, optics, asks) name the person and quote the goal and logged
    entries as written, so each goes through `escape` here, once, like every other user text.
    """
    title = f"1:1 with {card.person}"
    if card.meeting:
        title += f" — {card.meeting.when}"
    blocks: list[Block] = [header(title)]
    if card.meeting and card.meeting.from_calendar:
        blocks.append(context(":spiral_calendar_pad: From your calendar"))
    if card.after_hours:
        icon = ":crescent_moon:" if card.hours_concern else ":alarm_clock:"
        blocks.append(context(f"{icon} {escape(card.after_hours)}"))
    blocks += [context(note) for note in card.notes]
    blocks += _due(card)
    blocks += _carried(card) + _points(card) + _asks(card)
    blocks += [section(f"*Balance*\n{escape(card.balance)}"), divider()]
    if card.optics:
        blocks.append(context(f":eyes: {escape(card.optics)}"))
    if card.kind_word:
        blocks.append(context(f":seedling: {card.kind_word}"))
    blocks.append(context(f"*{_checklist_lead(card)}:* " + " · ".join(card.checklist)))
    blocks.append(_buttons(card, nudge_id))
    return message(_fallback(card, title), blocks)


#: The checklist's lead, saying why it is in full, so the rule is visible on every card.
_CHECKLIST_LEAD = {
    "points": "Before you go in, run your points past these",
    "concern": "Before you go in, with the note above in mind",
    "first": "Before a first 1:1",
    None: "Before you go in",
}


def _checklist_lead(card: PrepCard) -> str:
    """The lead; for flagged points, naming them ("run point 2 past these")."""
    if card.checklist_why == "points":
        shown = card.talking_points[:MAX_POINTS]
        return flagged_lead([n for n, p in enumerate(shown, start=1) if p.flags])
    return _CHECKLIST_LEAD[card.checklist_why]


def _due(card: PrepCard) -> list[Block]:
    """What the user owes before the 1:1, first on the card: the most useful thing it can say.
    "*Overdue since Wed 25 Nov:* “RAMS to Gary by weds” — send it before you go in, …"."""
    if not card.due:
        return []
    lines = [
        f":hourglass: *{item.line}:* “{quote_text(_named(item.text, card))}” — {item.advice}"
        for item in card.due
    ]
    return [section("\n".join(lines))]


def _carried(card: PrepCard) -> list[Block]:
    if not card.carried_forward:
        return [section("*Carried forward*\nNothing open — a clean slate.")]
    blocks = [section("*Carried forward*")]
    steps = {step.entry_id: step for step in card.next_steps}
    others_said = False
    for entry in card.carried_forward[:MAX_CARRIED]:
        if entry.id in card.carried_for_others and not others_said:
            blocks.append(context(f"_Also on your list, not for {escape(card.person)}:_"))
            others_said = True
        if entry.id in steps:  # its line names the item by topic, with the buttons that move it
            blocks += step_blocks(steps[entry.id], block_id=f"step_{entry.id}")
            continue
        done = button("Done", ids.ENTRY_DONE, value=str(entry.id))
        blocks.append(section(_carried_line(entry, card), accessory=done))
    extra = card.carried_count - MAX_CARRIED
    if extra > 0:
        blocks.append(context(f"…and {extra} more: `/oneonone followups` shows them all."))
    return blocks


def _carried_line(entry: Entry, card: PrepCard) -> str:
    """ "• _Open ask from 3 Nov:_ “can I have Fridays for quoting”": what kind of item and when,
    then the user's own words in quotes — however they wrote it ("asked Ken for the van", a bare
    question, a note to self), it reads as their text, never as the card's sentence."""
    kind = "Follow-up" if entry.kind is EntryKind.FOLLOWUP else "Open ask"
    when = f" from {short_date(entry.created_at, card.now)}" if card.now else ""
    # a promise due before the 1:1 is said once, dated, at the top of the card
    due = next((d for d in card.due if d.entry_id == entry.id), None)
    line = f"• _{kind}{when}:_ “{quote_text(_named(entry.text, card))}”"
    age = _age(entry, card)
    state = ""
    if age and entry.kind is EntryKind.ASK:
        # "she said after xmas", "he said yes": the line holds its answer, so never "no answer"
        said = logged_answer(entry.text)
        state = f"{age}; the answer was “{said}”" if said else f"{age}, no answer yet"
    elif age and due is None:
        state = f"{age}, still open"
    # the day it names, against the 1:1 (a promise due before it is said at the top instead)
    day = None if due else dict(card.carried_days).get(entry.id)
    said_of_it = " · ".join(part for part in (state, day) if part)
    return f"{line} — _{said_of_it}_" if said_of_it else line


#: An open item this old shows its age — the age at which the asks chase an ask
#: (`FOLLOW_UP_AFTER`), so every item the card treats as waiting says so, and none other.
_STALE_DAYS = FOLLOW_UP_AFTER.days


def _age(entry: Entry, card: PrepCard) -> str | None:
    """How long an open item has waited, when that is long enough to say, in the words the
    asks use for the same entry (`coaching.asks.ago`, the one function for "how long ago"), so
    a card never says "12 weeks" beside "about 3 months"."""
    if card.now is None:
        return None
    days = (as_utc(card.now) - as_utc(entry.created_at)).days
    return ago(days) if days >= _STALE_DAYS else None


def _points(card: PrepCard) -> list[Block]:
    to_raise = [context(f":warning: {escape(card.to_raise)}")] if card.to_raise else []
    if card.to_weigh:
        to_raise.append(context(f":thought_balloon: {escape(card.to_weigh)}"))
    if not card.talking_points:
        return [section(f"*Your talking points*\n{_no_points(card)}"), *to_raise]
    blocks = [section("*Your talking points*")]
    for number, point in enumerate(card.talking_points[:MAX_POINTS], start=1):
        lines = [f"{number}. {quote_text(_named(point.entry.text, card))}"]
        lines += ["   " + line for line in flag_lines(point.flags, full=not point.noted)]
        if point.entry.id in card.safety_points:
            lines.append(f"   _{escape(card.safety_note)}_")
        lines += [f"   _{escape(n)}_" for i, n in card.point_notes if i == point.entry.id]
        if card.points_note and point.entry.id == card.points_note_for:
            lines.append(f"   _{escape(card.points_note)}_")
        discussed = button("Discussed", ids.ENTRY_DONE, value=str(point.entry.id))
        blocks.append(section("\n".join(lines), accessory=discussed))
    extra = len(card.talking_points) - MAX_POINTS
    if extra > 0:
        blocks.append(context(f"…and {extra} more — mark some discussed to see them."))
    blocks += to_raise
    shown = {p.entry.id for p in card.talking_points[:MAX_POINTS]}
    if card.points_note and card.points_note_for not in shown:
        blocks.append(context(escape(card.points_note)))
    who = f"<@{card.person_id}>" if card.person_id else f"@{escape(card.person)}"
    blocks.append(
        context(
            f"Change a point: `/oneonone agenda {who} edit 1 <new text>` · "
            f"drop one: `/oneonone agenda {who} remove 1`"
        )
    )
    return blocks


#: An example point for an empty agenda, by what the counterpart is best placed to talk about,
#: in words that fit a kitchen, a ward or a yard as well as an office (no "review", "group").
_EXAMPLE_POINT = {
    Role.MANAGER: "what should I get better at next, and how will we both know?",
    Role.SKIP: "what's changing here next year, and where could I help?",
    Role.MENTOR: "a situation I'm stuck on, and how you would handle it",
    Role.SPONSOR: "which piece of my work should more people know about?",
    Role.PEER: "how do you approach the part of your job I'm learning?",
    Role.OTHER: "how do you approach the part of your job I'm learning?",
}


def _no_points(card: PrepCard) -> str:
    """The empty agenda: on a first 1:1, the habit to agree; otherwise one point that fits."""
    how = "Add one with the button below or `/oneonone agenda`"
    if card.meeting and card.meeting.first:
        return (
            "None yet. A good first point: how you'll work together — how often to meet, and "
            f"how you'll share an agenda beforehand. {how}."
        )
    return f"None yet. {how} — e.g. _{_EXAMPLE_POINT[card.role]}_"


def _named(text: str, card: PrepCard) -> str:
    """The user's own line with people named as the card names them ("Sofia", not a mention)."""
    return USER_MENTION.sub(lambda m: card.names.get(m.group(1)) or m.group(2) or m.group(0), text)


#: When the user's own agenda is full and nothing they logged makes an ask of the card's own,
#: the card adds none (`coaching.asks.FULL_AGENDA`): their points are the asks.
OWN_POINTS_ARE_THE_ASKS = (
    "_Your own points are the asks this time — open with the one that matters most to you, and "
    "say what you need from it._"
)


def _asks(card: PrepCard) -> list[Block]:
    """Each ask with its reason, and how to raise it on a line of its own, so a reason says one
    thing; a note about the card as a whole (no goal yet) follows the asks."""
    lines = [_ask_lines(i, ask) for i, ask in enumerate(card.asks, start=1)] or [
        OWN_POINTS_ARE_THE_ASKS
    ]
    blocks = [section("*Suggested asks*\n" + "\n".join(lines))]
    if card.goal_note:
        blocks.append(context(f":dart: {escape(card.goal_note)}"))
    if card.language_note == LANGUAGE_NOTE:  # English lines: no other language to offer
        blocks.append(context(f":speech_balloon: {escape(card.language_note)}"))
    elif card.language_note:
        who = f"<@{card.person_id}>" if card.person_id else f"@{escape(card.person)}"
        blocks.append(
            context(
                f":speech_balloon: {escape(card.language_note)}",
                f"Another language with them? `/oneonone language {who} english`",
            )
        )
    return blocks


def _ask_lines(number: int, ask: SuggestedAsk) -> str:
    text = f"{number}. *{escape(ask.wording)}*\n     _{escape(ask.reason)}_"
    if ask.note:
        text += f"\n     {escape(ask.note)}"
    return text


def _buttons(card: PrepCard, nudge_id: int | None) -> Block:
    rel = str(card.relationship_id)
    elements = [
        button("Add talking point", ids.PREP_ADD_POINT, value=rel, style="primary"),
        button("Log follow-up", ids.PREP_LOG_FOLLOWUP, value=rel),
    ]
    if nudge_id is not None:
        elements.append(button("Snooze 15 min", ids.NUDGE_SNOOZE, value=str(nudge_id)))
    if card.meeting:
        occurrence = f"{card.meeting.series_id}|{card.meeting.start.isoformat()}"
        elements.append(button("Skip this one", ids.PREP_SKIP, value=occurrence))
    return actions(*elements, block_id="prep_actions")


def _fallback(card: PrepCard, title: str) -> str:
    parts = [escape(title)]
    if card.carried_forward:
        parts.append(f"{card.carried_count} open item(s)")
    if card.asks:
        parts.append("Suggested ask: " + escape(card.asks[0].wording))
    return " · ".join(parts)
