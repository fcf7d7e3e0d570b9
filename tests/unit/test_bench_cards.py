"""The eighteen bench cards (bench/cards.py: twelve tuned on, six written blind in
bench/personas_fresh.py) as a reader sees them side by side: no reason boilerplate repeated word
for word from one card to another (review round 4, pattern 4), nothing said that cannot be said
aloud (round 6)."""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import cards  # noqa: E402  (bench/ is a folder of scripts, not a package we install)
from personas_fresh import FRESH  # noqa: E402

from coaching.focus import derive_step  # noqa: E402

#: Both sets, numbered as their cards are.
ALL = [(n, p) for n, p in enumerate(cards.PERSONAS, start=1)] + [
    (n, p) for n, p in enumerate(FRESH, start=1)
]

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
    for number, persona in ALL:
        card = cards.card_for(persona, number)
        for ask in card.asks:
            for clause in _clauses(ask.reason, persona.counterpart):
                seen[clause].add(persona.slug)
    repeated = {clause: sorted(slugs) for clause, slugs in seen.items() if len(slugs) > 1}
    assert not repeated, repeated


def test_every_card_suggests_something_and_never_more_than_three() -> None:
    for number, persona in ALL:
        card = cards.card_for(persona, number)
        assert 1 <= len(card.asks) <= 3, persona.slug
        assert len({a.category for a in card.asks}) == len(card.asks), persona.slug


def test_no_card_asks_about_levels_for_a_goal_that_names_none() -> None:
    """A goal about doing the job better, leading one's team or a project (or no goal) gets no
    "next level" or promotion talk in its asks (round 6, finding A)."""
    for number, persona in ALL:
        if persona.goal and derive_step(persona.goal):
            continue
        for ask in cards.card_for(persona, number).asks:
            assert not re.search(r"(?i)next level|promot|the step I'm facing", ask.wording), ask


def test_no_follow_up_asks_about_a_date_alone() -> None:
    """ "Is what I asked on 19 Nov still possible?" cannot be said aloud (round 6, finding B)."""
    for number, persona in ALL:
        for ask in cards.card_for(persona, number).asks:
            assert "what I asked" not in ask.wording, (persona.slug, ask.wording)
