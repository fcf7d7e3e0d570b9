"""Oversharing scan (design §4): flag personal disclosures in talking points and logged text.

A learned classifier (coaching/oversharing_model.py, trained by coaching/oversharing_train.py on
tests/data/oversharing.csv) decides; this module turns its verdicts into flags the rest of the bot
shows. Each flag names the category, the words of the text that drove it, and a work-focused
reframe chosen from those words (coaching/reframes.py). Distress is not oversharing: its flag has
no reframe, and the views show a private care note instead.

`scan` is the default `Scanner`. Another backend (an embedding model, an operator's own LLM
endpoint) can be plugged in later by anything that takes a text and returns flags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from coaching.oversharing_model import default_model
from coaching.reframes import cue_words, reframe_for


class Category(StrEnum):
    HEALTH = "health"
    MENTAL_HEALTH = "mental_health"
    FAMILY = "family"
    DATING = "dating"
    MONEY = "money"
    JOB_HUNT = "job_hunt"
    GOSSIP = "gossip"
    POLITICS_RELIGION = "politics_religion"
    LEGAL = "legal"
    SUBSTANCES = "substances"
    FAVOURITISM = "favouritism"
    DISTRESS = "distress"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Category.HEALTH: "health",
    Category.MENTAL_HEALTH: "mental health",
    Category.FAMILY: "family",
    Category.DATING: "dating and romance",
    Category.MONEY: "money",
    Category.JOB_HUNT: "job hunting",
    Category.GOSSIP: "gossip about colleagues",
    Category.POLITICS_RELIGION: "politics or religion",
    Category.LEGAL: "legal trouble",
    Category.SUBSTANCES: "substances",
    Category.FAVOURITISM: "favouritism",
    Category.DISTRESS: "distress",
}


@dataclass(frozen=True)
class Flag:
    category: Category
    triggers: tuple[str, ...]
    reframe: str | None  # None for distress: it gets care, not a rewrite

    @property
    def needs_care(self) -> bool:
        return self.category is Category.DISTRESS


class Scanner(Protocol):
    def __call__(self, text: str) -> list[Flag]: ...


#: Distress as a second category replaces the warning with the care note, so it needs more than
#: the model's usual bar for a second category (on dev: precision 0.40 at 0.1, 0.65 at 0.2, for
#: the same recall).
CARE_AS_SECOND = 0.2


#: How many words a flag quotes back.
MAX_SHOWN = 3
_WORD = re.compile(r"\w+")


def shown_triggers(category: str, triggers: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The words a flag quotes: the model's phrases that contain a word carrying the category
    (its sub-topics' stems), else such words of the text; the model's own phrases only when
    nothing carries it. So "head" never stands for gossip while "useless" is right there."""
    cues = cue_words(category, text)
    folded = {c.casefold() for c in cues}
    kept = [t for t in triggers if folded & {w.casefold() for w in _WORD.findall(t)}]
    return tuple((kept or list(cues))[:MAX_SHOWN]) or triggers[:MAX_SHOWN]


#: What the model found, as stored with an entry: (category, the model's trigger phrases) per
#: flag, most likely first. The words shown and the reframe are chosen from it (`flags_from`),
#: so copy changes need no re-scan.
Verdict = tuple[tuple[str, tuple[str, ...]], ...]


def verdict_of(text: str) -> Verdict:
    """The model's verdict on `text`, most likely category first."""
    return tuple(
        (v.category, v.triggers)
        for i, v in enumerate(default_model().verdicts(text))
        if i == 0 or v.category != Category.DISTRESS or v.probability >= CARE_AS_SECOND
    )


def flags_from(verdict: Verdict, text: str) -> list[Flag]:
    """The flags a verdict stands for, with the words shown and the reframe chosen from it."""
    return [
        Flag(
            category=(category := Category(name)),
            triggers=shown_triggers(name, triggers, text),
            reframe=reframe_for(category.value, triggers, text),
        )
        for name, triggers in verdict
    ]


def scan(text: str) -> list[Flag]:
    """Flags for `text`, most likely first."""
    return flags_from(verdict_of(text), text)


def personal_in(flags: list[Flag]) -> bool:
    """Oversharing proper: distress is never counted as personal chatter (nor in optics)."""
    return any(not f.needs_care for f in flags)


def is_personal(text: str) -> bool:
    return personal_in(scan(text))
