"""The twelve bench cards (bench/cards.py) as a reader sees them side by side: no reason
boilerplate repeated word for word from one card to another (review round 4, pattern 4)."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import cards  # noqa: E402  (bench/ is a folder of scripts, not a package we install)

#: A clause this short ("follow it up first") may recur; anything longer is boilerplate.
SHORT = 6


def _clauses(reason: str, name: str) -> list[str]:
    """A reason's clauses, the counterpart's name replaced: "Dana knows X" and "Ruth knows X"
    are the same sentence to a reader of several cards."""
    said = re.sub(rf"\b{re.escape(name)}\b", "NAME", reason)
    parts = re.split(r"(?<=[.?!])\s+|\s+—\s+|;\s+", said)
    return [p.strip(" .").lower() for p in parts if len(p.split()) > SHORT]


def test_no_reason_clause_appears_on_two_cards() -> None:
    seen: dict[str, set[str]] = defaultdict(set)
    for number, persona in enumerate(cards.PERSONAS, start=1):
        card = cards.card_for(persona, number)
        for ask in card.asks:
            for clause in _clauses(ask.reason, persona.counterpart):
                seen[clause].add(persona.slug)
    repeated = {clause: sorted(slugs) for clause, slugs in seen.items() if len(slugs) > 1}
    assert not repeated, repeated


def test_every_card_suggests_something_and_never_more_than_three() -> None:
    for number, persona in enumerate(cards.PERSONAS, start=1):
        card = cards.card_for(persona, number)
        assert 1 <= len(card.asks) <= 3, persona.slug
        assert len({a.category for a in card.asks}) == len(card.asks), persona.slug
