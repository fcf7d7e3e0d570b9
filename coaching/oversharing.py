"""Oversharing scan — minimal placeholder (health only) until the full scanner lands.

The full scanner (design §4: eight categories, precision/recall tested) replaces this file; the
API is the one it keeps: `scan(text) -> list[Flag]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Category(StrEnum):
    HEALTH = "health"

    @property
    def label(self) -> str:
        return self.value


@dataclass(frozen=True)
class Flag:
    category: Category
    triggers: tuple[str, ...]
    reframe: str


_HEALTH = re.compile(r"\b(?:my|I'?ve had|I had)\s+(?:\w+\s+)?(surgery|diagnosis|illness)\b", re.I)


def scan(text: str) -> list[Flag]:
    found = _HEALTH.search(text)
    if not found:
        return []
    return [
        Flag(
            Category.HEALTH,
            (found.group(1),),
            "I'll need some flexibility on Thursdays for a few weeks — can we plan around it?",
        )
    ]
