"""The career journal (design §2, `/oneonone export`) as Markdown: pure, no Slack, no database.

Grouped by month (newest first), then by person, then by what it was: wins, asks and what came
of them, feedback, introductions, what you gave, follow-ups and notes. Each line carries its date
and, where Slack gave one, a link back to the message it came from. Talking points are left out:
they are plans, not a record.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from coaching.leverage import STAGE_DONE, Stage
from coaching.model import Entry, EntryKind, EntryStatus

NO_PERSON = "Not tied to one person"

SECTIONS = (
    "Wins",
    "Asks and what came of them",
    "Feedback",
    "Introductions",
    "What you gave",
    "Follow-ups",
    "Notes",
)

_FEEDBACK = re.compile(r"\bfeedback\b", re.IGNORECASE)
_INTRODUCTION = re.compile(r"\b(introduc\w*|intros?)\b", re.IGNORECASE)
_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
_LINK = re.compile(r"<(https?://[^|>]+)(?:\|([^>]*))?>")


def section_of(entry: Entry) -> str:
    """Which heading an entry goes under. Wins first; then what the words say it was about."""
    if entry.kind is EntryKind.WIN:
        return "Wins"
    if _INTRODUCTION.search(entry.text):
        return "Introductions"
    if _FEEDBACK.search(entry.text):
        return "Feedback"
    return {
        EntryKind.ASK: "Asks and what came of them",
        EntryKind.GAVE: "What you gave",
        EntryKind.FOLLOWUP: "Follow-ups",
    }.get(entry.kind, "Notes")


def outcome(entry: Entry, tz: str) -> str:
    """What came of an ask (or a follow-up), in words."""
    if entry.status is EntryStatus.DONE:
        when = f" on {_day(entry.done_at, tz)}" if entry.done_at else ""
        return "came through" + when if entry.kind is EntryKind.ASK else "done" + when
    if entry.status is EntryStatus.DISMISSED:
        return "dropped"
    return "still waiting for an answer" if entry.kind is EntryKind.ASK else "still open"


def render_journal(
    entries: Sequence[Entry],
    people: Mapping[int, str],
    *,
    tz: str,
    now: datetime,
    goal: str | None = None,
    names: Mapping[str, str] | None = None,
    steps: Mapping[int, Sequence[tuple[str, datetime]]] | None = None,
) -> str:
    """The whole journal. `people` names each relationship id; `names` names Slack user ids
    mentioned in the text (anything unknown stays as the id); `steps` are the dated
    follow-through steps of an entry (an introduction's pipeline, an answer, a delivery)."""
    zone = ZoneInfo(tz)
    names = names or {}
    lines = [
        "# My career journal",
        "",
        f"_Exported {now.astimezone(zone):%a %d %b %Y, %H:%M} ({tz}) from 1:1 Coach. "
        "Private to you — share only what serves you._",
        "",
    ]
    if goal:
        lines += [f"**Goal:** {_plain(goal, names)}", ""]
    if not entries:
        lines += [
            "Nothing logged yet. After your next 1:1, DM the bot `win: shipped the billing "
            "migration` or `/oneonone log @dana ask: budget for a course`, and it lands here.",
            "",
        ]
        return "\n".join(lines)
    lines += [_summary(entries), ""]
    by_month: dict[tuple[int, int], list[Entry]] = defaultdict(list)
    for entry in entries:
        local = entry.created_at.astimezone(zone)
        by_month[(local.year, local.month)].append(entry)
    for year, month in sorted(by_month, reverse=True):
        month_entries = by_month[(year, month)]
        lines += [f"## {datetime(year, month, 1):%B %Y}", ""]
        by_person: dict[str, list[Entry]] = defaultdict(list)
        for entry in month_entries:
            person = people.get(entry.relationship_id or -1, NO_PERSON)
            by_person[person].append(entry)
        for person in sorted(by_person, key=lambda p: (p == NO_PERSON, p.lower())):
            lines += [f"### {person}", ""]
            lines += _person_block(by_person[person], tz, names, steps or {})
    return "\n".join(lines).rstrip() + "\n"


def _person_block(
    entries: Sequence[Entry],
    tz: str,
    names: Mapping[str, str],
    steps: Mapping[int, Sequence[tuple[str, datetime]]],
) -> list[str]:
    grouped: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        dated = steps.get(entry.id) or ()
        is_intro = bool(dated) and dated[0][0] == STAGE_DONE[Stage.ASKED]
        grouped["Introductions" if is_intro else section_of(entry)].append(entry)
    lines: list[str] = []
    for heading in SECTIONS:
        if heading not in grouped:
            continue
        lines.append(f"**{heading}**")
        lines.append("")
        for entry in sorted(grouped[heading], key=lambda e: (e.created_at, e.id)):
            lines.append(_line(entry, tz, names, steps.get(entry.id) or ()))
        lines.append("")
    return lines


def _line(
    entry: Entry, tz: str, names: Mapping[str, str], steps: Sequence[tuple[str, datetime]] = ()
) -> str:
    text = f"- {_day(entry.created_at, tz)} — {_plain(entry.text, names)}"
    if steps:
        text += " — _" + " → ".join(f"{name} {_day(at, tz)}" for name, at in steps) + "_"
    elif entry.kind in (EntryKind.ASK, EntryKind.FOLLOWUP):
        text += f" — _{outcome(entry, tz)}_"
    if entry.permalink:
        text += f" ([message]({entry.permalink}))"
    return text


def _summary(entries: Sequence[Entry]) -> str:
    wins = sum(1 for e in entries if e.kind is EntryKind.WIN)
    asks = [e for e in entries if e.kind is EntryKind.ASK]
    through = sum(1 for e in asks if e.status is EntryStatus.DONE)
    waiting = sum(1 for e in asks if e.status is EntryStatus.OPEN)
    gave = sum(1 for e in entries if e.kind is EntryKind.GAVE)
    return (
        f"**In short:** {_count(wins, 'win')}, {_count(len(asks), 'ask')} "
        f"({through} came through, {waiting} waiting), {gave} time(s) you helped."
    )


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _day(instant: datetime | None, tz: str) -> str:
    if instant is None:
        return ""
    local = instant.astimezone(ZoneInfo(tz))
    return f"{local:%a} {local.day} {local:%b}"


def _plain(text: str, names: Mapping[str, str]) -> str:
    """Slack markup to readable Markdown on one line: mentions by name, links as links."""

    def mention(match: re.Match) -> str:
        label = match.group(2) or names.get(match.group(1)) or match.group(1)
        return "@" + label

    def link(match: re.Match) -> str:
        url, label = match.group(1), match.group(2)
        return f"[{label}]({url})" if label else url

    flat = " ".join(text.split())
    flat = _LINK.sub(link, _MENTION.sub(mention, flat))
    return flat.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
