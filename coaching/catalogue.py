"""The ask catalogue (`coaching/asks.toml`): loaded once, checked before anything uses it.

The wording of every suggested ask lives in data so that it can be read, reviewed and improved as
copy, without touching the ranking code. A catalogue that would render badly — an unknown role, a
slot with the wrong number of phrasings, a placeholder the slot cannot fill — is refused at
start-up with one line naming the place, rather than showing up as a broken card weeks later.
"""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from coaching.model import Role

#: Roles a catalogue table may be written for; `all` is the fallback for a purpose's roles.
ROLE_KEYS = ("manager", "skip", "mentor", "sponsor", "peer", "other")
FALLBACK = "all"
#: Every slot and the placeholders it may use.
SLOTS: dict[str, frozenset[str]] = {
    "general": frozenset({"name"}),
    "aim": frozenset({"name"}),
    "target": frozenset({"name", "target"}),
    "focus": frozenset({"name", "focus"}),
    "role": frozenset({"name", "role"}),
    "win": frozenset({"name", "win"}),
    "idea": frozenset({"name", "idea"}),
    "item": frozenset({"name", "item", "date"}),
    "goal": frozenset({"name", "item", "date"}),
    # an ask whose words can't be said as logged: by what kind of ask it was and its month
    # ("the training I asked you about in September"); {date} for a reason only
    "dated": frozenset({"name", "date", "asked"}),
    # the same follow-ups with no offer of more work and no "a no is fine": for someone
    # stretched thin, or an ask with a date on it (`PLAIN`)
    "item_plain": frozenset({"name", "item", "date"}),
    "dated_plain": frozenset({"name", "date", "asked"}),
    # ... with the day it must be settled by, when the ask names one
    "item_by": frozenset({"name", "item", "date", "by"}),
    "dated_by": frozenset({"name", "date", "asked", "by"}),
    "priority": frozenset({"name", "priority"}),
    "hiring": frozenset({"name", "priority"}),
    # their priority when they asked for ideas rather than requests: an idea, not an offer
    "priority_idea": frozenset({"name", "priority"}),
    "promise": frozenset({"name", "item"}),
    # delivered late (with an apology), or not yet due (with the day it will come)
    "promise_late": frozenset({"name", "item"}),
    "promise_soon": frozenset({"name", "item", "day"}),
    "promise_late_dated": frozenset({"name"}),
    "promise_soon_dated": frozenset({"name", "day"}),
    "redone": frozenset({"name", "item"}),
    # something brought for them to sign or approve: the ask is their signature
    "promise_sign": frozenset({"name", "item"}),
    # what the user owes, when its words can't be said in English as logged: by its date
    "promise_dated": frozenset({"name", "date"}),
    "redone_dated": frozenset({"name", "date"}),
    "both": frozenset({"name", "role", "focus"}),
    "insider": frozenset({"name", "focus"}),
    "practice": frozenset({"name", "practice"}),
    "deadline": frozenset({"name", "role", "deadline"}),
    "application": frozenset({"name", "point"}),
    "own": frozenset({"name", "point"}),
    "report": frozenset({"name", "item"}),
    "advice": frozenset({"name", "item"}),
    "several": frozenset({"name", "items"}),
    # they answered with what they need from the user first: the user brings it
    "condition": frozenset({"name", "asked"}),
    "condition_apply": frozenset({"name", "asked"}),
    # they answered that they'd rather talk it through in person: the 1:1 is that talk
    "in_person": frozenset({"name", "asked"}),
    "several_plain": frozenset({"name", "items"}),
    "habit": frozenset({"name", "cadence"}),
    "lead": frozenset({"name"}),
    # a goal about two teams working together: the work between them
    "together": frozenset({"name"}),
    "priority_point": frozenset({"name", "point"}),
    # a dispute or a complaint the user keeps raising: ask plainly for the fix, and by when
    "fix_item": frozenset({"name", "item", "date"}),
    "fix_dated": frozenset({"name", "date", "asked"}),
    "fix": frozenset({"name"}),
}
#: A slot's name with this ending holds its plain phrasings, which share the slot's reason.
PLAIN = "_plain"
#: Suffix of the follow-up phrasings that say the day it must be settled by.
BY = "_by"
#: Reasons (`why`, `why_<slot>`, `why_win_fresh`, `why_season`) may use these. A reason is one
#: line, or three that go with the slot's three phrasings (the same one is picked).
REASON_FIELDS = frozenset(
    {"name", "focus", "role", "win", "idea", "item", "date", "priority", "ago", "asked", "gave"}
    | {"deadline", "point", "practice", "items", "cadence", "due", "target"}
    | {"deferral", "answer", "said"}
)
REASON_KEYS = frozenset(
    {"why", "why_win_fresh", "why_season", "why_season_focus", "why_season_role"}
    | {"why_promise_link", "why_promise_link_dated", "why_promise_due", "why_deferred"}
    | {"why_answered", "why_answered_private", "why_dated_said", "why_promise_said"}
    | {"why_together_point"}  # two teams, said by a point rather than the goal
    | {f"why_{s}" for s in SLOTS}
    # a give on their priority when the balance is even: no "run of asks" to even up
    | {"why_priority_even", "why_hiring_even", "why_priority_idea_even"}
)
#: Three phrasings per slot: weekly (1 week apart), biweekly (2) and monthly (4-5) cards then
#: always land on a different one than the card before (see `coaching.asks.rotate`).
PHRASINGS_PER_SLOT = 3
PURPOSES = (
    "introduction",
    "mentorship",
    "skills",
    "feedback",
    "visibility",
    "advocacy",
    "ideas",
    "follow_up",
    "offer_help",
    "habit",
)


#: Purposes that only ever speak about something specific: an open ask, the series' rhythm.
_NO_GENERAL = frozenset({"follow_up", "habit"})


class CatalogueError(ValueError):
    """The catalogue file is wrong; the message says where, in one line."""


@dataclass(frozen=True)
class Purpose:
    name: str
    noun: str
    cooldown_days: int
    fit: MappingProxyType[str, float]
    tables: MappingProxyType[str, MappingProxyType[str, Any]]
    #: Phrasings by (role, slot), filled as they are asked for: a card asks dozens of times, and
    #: the catalogue never changes once loaded.
    _phrased: dict[tuple[Role, str], tuple[str, ...] | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    def fits(self, role: Role) -> float:
        """How well the purpose suits a role, 0 when the role is not one it is for."""
        return self.fit.get(role_key(role), 0.0)

    def all_phrasings(self) -> list[str]:
        """Every phrasing of every role's tables: what a phrasebook must translate."""
        return [
            text
            for table in self.tables.values()
            for key, value in table.items()
            if key in SLOTS and isinstance(value, list)
            for text in value
        ]

    def phrasings(self, role: Role, slot: str) -> tuple[str, ...] | None:
        key = (role, slot)
        if key not in self._phrased:
            table = self._table(role, slot)
            self._phrased[key] = tuple(table[slot]) if table else None
        return self._phrased[key]

    def reason(self, role: Role, key: str) -> tuple[str, ...] | None:
        """One reason, or three that go with the slot's three phrasings, one each."""
        table = self._table(role, key)
        if not table:
            return None
        value = table[key]
        return tuple(value) if isinstance(value, list) else (value,)

    def prefers_step(self, role: Role) -> bool:
        """Whether this role's asks reach for the step (the role the user is growing toward)
        rather than the area, when both are known: a mentor in another org knows the step."""
        table = self.tables.get(role_key(role)) or {}
        return table.get("prefer") == "role"

    def _table(self, role: Role, key: str) -> MappingProxyType[str, Any] | None:
        for name in (role_key(role), FALLBACK):
            table = self.tables.get(name)
            if table is not None and key in table:
                return table
        return None


def role_key(role: Role) -> str:
    """The catalogue's name for a role. "other" (HR, a client, a colleague elsewhere) has its
    own tables: a peer's trade ("I'll introduce you to someone on mine") does not fit them."""
    return role.value


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _fail(where: str, what: str) -> CatalogueError:
    return CatalogueError(f"ask catalogue: [{where}] {what}")


def _check_table(purpose: str, role: str, table: dict[str, Any]) -> None:
    where = f"{purpose}.{role}"
    for key, value in table.items():
        if key in SLOTS:
            if not isinstance(value, list) or len(value) != PHRASINGS_PER_SLOT:
                raise _fail(where, f"{key} needs exactly {PHRASINGS_PER_SLOT} phrasings")
            for text in value:
                if not isinstance(text, str) or not text.strip():
                    raise _fail(where, f"{key} has an empty or non-text phrasing")
                extra = _fields(text) - SLOTS[key]
                if extra:
                    raise _fail(where, f"{key} uses {{{sorted(extra)[0]}}}, not allowed there")
                if "{name}" not in text:
                    raise _fail(where, f"{key} phrasing does not name the person: {text!r}")
        elif key in REASON_KEYS:
            lines = value if isinstance(value, list) else [value]
            if len(lines) not in (1, PHRASINGS_PER_SLOT) or not all(
                isinstance(line, str) and line.strip() for line in lines
            ):
                raise _fail(
                    where, f"{key} must be a line of text, or {PHRASINGS_PER_SLOT} (one a phrasing)"
                )
            for line in lines:
                extra = _fields(line) - REASON_FIELDS
                if extra:
                    field = sorted(extra)[0]
                    raise _fail(where, f"{key} uses {{{field}}}, not allowed in a reason")
        elif key == "prefer":
            if value != "role":
                raise _fail(where, 'prefer can only be "role" (the step, before the area)')
        else:
            raise _fail(where, f"unknown key {key!r}")
    for key in table:
        base = key.removesuffix(PLAIN).removesuffix(BY)  # goes with its slot's reason
        if key in SLOTS and f"why_{base}" not in table and "why" not in table:
            raise _fail(where, f"{key} has no reason (add why or why_{key})")


def parse(text: str) -> dict[str, Purpose]:
    """Check a catalogue's text and build it; raises CatalogueError naming the first problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"ask catalogue: not valid TOML ({exc})") from None
    unknown = set(data) - set(PURPOSES)
    if unknown:
        raise _fail(sorted(unknown)[0], "is not a purpose")
    purposes: dict[str, Purpose] = {}
    for name in PURPOSES:
        raw = data.get(name)
        if not isinstance(raw, dict):
            raise _fail(name, "is missing")
        fit = raw.get("fit")
        if not isinstance(fit, dict) or not fit:
            raise _fail(name, "needs fit = { role = 0..1, ... }")
        for role, weight in fit.items():
            if role not in ROLE_KEYS:
                raise _fail(name, f"fit names an unknown role {role!r}")
            if not isinstance(weight, int | float) or not 0 < weight <= 1:
                raise _fail(name, f"fit for {role} must be above 0 and at most 1")
        if not isinstance(raw.get("noun"), str) or not isinstance(raw.get("cooldown_days"), int):
            raise _fail(name, "needs noun (text) and cooldown_days (whole days)")
        tables = {k: v for k, v in raw.items() if isinstance(v, dict) and k != "fit"}
        for role, table in tables.items():
            if role not in (*ROLE_KEYS, FALLBACK):
                raise _fail(f"{name}.{role}", "is not a role")
            if role != FALLBACK and role not in fit:
                raise _fail(f"{name}.{role}", "is written for a role the purpose does not fit")
            _check_table(name, role, table)
        for role in fit:
            table = tables.get(role) or tables.get(FALLBACK) or {}
            fallback = tables.get(FALLBACK) or {}
            if "general" not in table and "general" not in fallback and name not in _NO_GENERAL:
                raise _fail(f"{name}.{role}", "needs general phrasings")
        purposes[name] = Purpose(
            name=name,
            noun=raw["noun"],
            cooldown_days=raw["cooldown_days"],
            fit=MappingProxyType({k: float(v) for k, v in fit.items()}),
            tables=MappingProxyType({k: MappingProxyType(v) for k, v in tables.items()}),
        )
    follow_up = purposes["follow_up"].tables.get(FALLBACK) or {}
    if "item" not in follow_up or "dated" not in follow_up:
        raise _fail("follow_up.all", "needs item and dated phrasings")
    return purposes


@cache
def catalogue() -> dict[str, Purpose]:
    """The shipped catalogue, read and checked once per process."""
    text = resources.files("coaching").joinpath("asks.toml").read_text(encoding="utf-8")
    return parse(text)


__all__ = ["CatalogueError", "Purpose", "catalogue", "parse", "role_key"]
