"""App Home (design §2): upcoming 1:1s, open follow-ups with buttons, the balance per
relationship, the goal and the settings — or, for a new user, the first three steps.

Every list is cut to a few items with a "see all" path (the slash command that shows all of
it), so the view stays far below Slack's 100 blocks however much the user has logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from coaching.balance import Balance, describe_balance
from coaching.leverage import NextStep
from coaching.model import NudgeSettings
from coaching.usage import ROLE_NAMES
from handlers.views.blocks import (
    VIEW_BLOCKS_MAX,
    Block,
    context,
    divider,
    header,
    section,
)
from handlers.views.entries import HOW_TO_ADD_FOLLOWUPS, followup_blocks
from handlers.views.labels import quote_text
from handlers.views.leverage import intro_blocks
from handlers.views.settings import CHANGE_EXAMPLE, settings_lines
from storage.models import Entry

UPCOMING_SHOWN = 8
FOLLOWUPS_SHOWN = 10
BALANCES_SHOWN = 8


@dataclass(frozen=True)
class Upcoming:
    person: str
    when: str
    cadence: str


@dataclass(frozen=True)
class PersonBalance:
    person: str
    role: str
    balance: Balance


@dataclass
class HomeData:
    tz: str
    settings: NudgeSettings
    goal: str | None = None
    upcoming: Sequence[Upcoming] = ()
    followups: Sequence[Entry] = ()
    followup_names: dict[int, str] = field(default_factory=dict)
    followups_total: int = 0
    balances: Sequence[PersonBalance] = ()
    has_series: bool = False
    has_entries: bool = False
    #: Introductions on their way: (introducer, next step), oldest first.
    intros: Sequence[tuple[str, NextStep]] = ()

    @property
    def is_new(self) -> bool:
        return not (self.has_series or self.has_entries or self.goal)


def home_view(data: HomeData) -> dict[str, Any]:
    blocks: list[Block] = [header("1:1 Coach")]
    if data.is_new:
        blocks += welcome_blocks()
    else:
        blocks += _next_steps(data)
        blocks += [*_upcoming(data), divider()]
        blocks += [*_followups(data), divider()]
        if data.intros:
            blocks += [*intro_blocks(data.intros, prefix="home_intro"), divider()]
        blocks += [*_balances(data), divider()]
        blocks += _goal(data) + _settings(data)
    blocks.append(
        context("Only you can see this page. `/oneonone help` lists everything I can do.")
    )
    return {"type": "home", "callback_id": "home", "blocks": blocks[:VIEW_BLOCKS_MAX]}


def welcome_blocks() -> list[Block]:
    """The empty state: what the bot is for and the first three steps, each one copy-pasteable."""
    return [
        section(
            "I help you turn your 1:1s with your manager, skip-level or mentor into career "
            "growth: I prepare you before each one, remind you at the right time and keep track "
            "of what you asked, gave and won. Three steps to start:"
        ),
        section(
            "*1. Schedule your next 1:1*\n`/oneonone schedule @yourmanager weekly tue 10:00`\n"
            "I'll DM you a prep card an hour before."
        ),
        section(
            "*2. Set a career goal*\n`/oneonone goal lead the data platform team`\n"
            "Your suggested asks will steer toward it."
        ),
        section(
            "*3. Add a talking point*\n`/oneonone agenda @yourmanager what would the next level "
            "take for me?`\nAfter the meeting, DM me `win: …`, `ask: …` or `followup: …` to log it."
        ),
    ]


def _next_steps(data: HomeData) -> list[Block]:
    missing = []
    if not data.has_series:
        missing.append("schedule a 1:1: `/oneonone schedule @yourmanager weekly tue 10:00`")
    if not data.goal:
        missing.append("set a goal: `/oneonone goal lead the data platform team`")
    if not data.has_entries:
        missing.append("add a talking point: `/oneonone agenda @yourmanager …`")
    if not missing:
        return []
    return [context("*Next step:* " + " · ".join(missing))]


def _upcoming(data: HomeData) -> list[Block]:
    if not data.upcoming:
        return [
            section(
                "*Upcoming 1:1s*\nNone scheduled. "
                "`/oneonone schedule @yourmanager weekly tue 10:00` adds one."
            )
        ]
    lines = [
        f"• *{item.person}* — {item.when}  _{item.cadence}_"
        for item in data.upcoming[:UPCOMING_SHOWN]
    ]
    blocks = [section("*Upcoming 1:1s*\n" + "\n".join(lines))]
    extra = len(data.upcoming) - UPCOMING_SHOWN
    note = f"Times in {data.tz}. `/oneonone prep` opens the card for the next one."
    if extra > 0:
        note = f"…and {extra} more — see all with `/oneonone list`. " + note
    blocks.append(context(note))
    return blocks


def _followups(data: HomeData) -> list[Block]:
    if not data.followups:
        return [section(f"*Open follow-ups*\nNothing open. :tada: {HOW_TO_ADD_FOLLOWUPS}")]
    blocks = [section(f"*Open follow-ups* ({data.followups_total})")]
    for row in data.followups[:FOLLOWUPS_SHOWN]:
        who = data.followup_names.get(row.relationship_id or -1)
        blocks += followup_blocks(row, who, tz=data.tz, block_id=f"home_followup_{row.id}")
    extra = data.followups_total - min(len(data.followups), FOLLOWUPS_SHOWN)
    if extra > 0:
        blocks.append(
            context(
                f"Showing the oldest {FOLLOWUPS_SHOWN}; {extra} more — see all with "
                "`/oneonone followups`."
            )
        )
    return blocks


def _balances(data: HomeData) -> list[Block]:
    if not data.balances:
        return [
            section(
                "*Give and take*\nNo one yet. When you log `gave:` and `ask:` with someone, "
                "you'll see here whether it's time to ask or to offer help."
            )
        ]
    blocks = [section("*Give and take* — last 90 days")]
    for item in data.balances[:BALANCES_SHOWN]:
        role = f" ({ROLE_NAMES[item.role]})" if item.role in ROLE_NAMES.keys() - {"other"} else ""
        line, _, nudge = describe_balance(item.balance, item.person).partition("\n")
        words = f"{line}\n_{nudge}_" if nudge else line
        blocks.append(section(f"*{item.person}*{role}\n{words}"))
    extra = len(data.balances) - BALANCES_SHOWN
    if extra > 0:
        blocks.append(
            context(
                f"…and {extra} more. See anyone's balance with `/oneonone prep @person`, "
                "or all you logged with them with `/oneonone history @person`."
            )
        )
    return blocks


def _goal(data: HomeData) -> list[Block]:
    if data.goal:
        text = f"*:dart: Your goal*\n_{quote_text(data.goal, 500)}_"
        return [section(text), context("Change it with `/oneonone goal …`.")]
    return [
        section(
            "*:dart: Your goal*\nNot set. `/oneonone goal lead the data platform team` "
            "steers your suggested asks toward it."
        )
    ]


def _settings(data: HomeData) -> list[Block]:
    text = "\n".join(["*:gear: Settings*", *settings_lines(data.settings, data.tz)])
    more = f"Change them: {CHANGE_EXAMPLE} · `/oneonone export` for your journal"
    return [section(text), context(more)]
