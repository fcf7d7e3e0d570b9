"""Round 17 of blind rating (bench/reviews/round17_blind_r1.md, _r2.md): people who already give
far more were offered trades ("happy to introduce you to someone on mine", "could we trade
reviews"), twice on one card, while their own ask sat on their list unhelped.

Inputs are invented; assertions are on what the user reads."""

from __future__ import annotations

import re

import pytest

from coaching.model import EntryKind, Role
from tests.unit.test_fix14b import card, gave, logged, suggested

TRADES = re.compile(r"(?i)\btrade\b|\bswap\b|on mine|in return|return the favour|same for you")


def _generous_peer_card(point: str = "ask him abt how he does the menu costing??") -> str:
    return card(
        *(gave(n) for n in range(10, 17)),
        logged(EntryKind.ASK, "asked for a spare piping bag", 50, 2),
        logged(EntryKind.AGENDA, point, 1, 3),
        role=Role.PEER,
        meeting_in=5,
    )


def test_someone_who_gives_far_more_is_offered_no_trade_and_one_generic_ask_at_most() -> None:
    asks = suggested(_generous_peer_card())
    assert not TRADES.search(asks), asks
    assert asks.count("ask it plainly") <= 1, asks


@pytest.mark.parametrize(
    "point",
    ["ask him abt how he does the menu costing??", "ask rafa to back me for the co-lead role"],
)
def test_their_own_ask_on_their_list_is_called_owed_beside_it(point: str) -> None:
    shown = _generous_peer_card(point)
    points = shown.split("Your talking points")[1].split("Suggested asks")[0]
    assert point.rstrip("?") in points
    assert "no favour to apologise for, so ask plainly" in points, points
    # said once on the card (round 34: again under the chase of the open ask)
    assert shown.count("no favour to apologise for") == 1, shown
