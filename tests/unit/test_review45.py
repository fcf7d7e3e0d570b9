"""Round 45 of blind rating (bench/reviews/round45_blind_r1.md, _r2.md) found stock gives
offered to people whose work the user cannot take on, titles read as first names ("Fr," for
Frau Haas), and one request listed twice when the user logged a chase as a second ask. Inputs
are invented; assertions are on the card as read."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from tests.unit.test_review20 import card, logged

A = EntryKind.ASK


@pytest.mark.parametrize(
    ("label", "said"), [("Fr. Weiss", "Fr. Weiss"), ("Hr. Gruber", "Hr. Gruber")]
)
def test_a_german_title_goes_with_the_name(label: str, said: str) -> None:
    shown = card(
        logged(1, A, "asked about the Förderung for the new lathe", 30),
        logged(2, A, "asked to move the Jahresgespräch", 25),
        name=label,
        role=Role.OTHER,
    )
    first = label.split(".")[0]
    assert f"{said}," in shown or f"{said} " in shown, shown
    assert f"{first}," not in shown and f"helped {first} " not in shown, shown


@pytest.mark.parametrize(
    "chase",
    [
        "fuel card - still no answer, 2nd time asking",
        "fuel card for site visits: still nothing",
        "Tankkarte für die Baustellen — noch nichts",
    ],
)
def test_a_chase_logged_as_an_ask_is_not_a_second_request(chase: str) -> None:
    shown = card(
        logged(1, A, "asked Lerato for a fuel card for the site visits", 35),
        logged(2, A, chase, 9),
        name="Lerato",
        in_days=6,
    )
    assert "two things I asked about" not in shown, shown
    assert "fuel card" in shown.split("Suggested asks")[1], shown


def test_two_different_open_asks_are_still_both_followed_up() -> None:
    shown = card(
        logged(1, A, "asked Lerato for a fuel card for the site visits", 35),
        logged(2, A, "asked Lerato about the first-aid course dates", 30),
        name="Lerato",
        in_days=6,
    )
    assert "two things I asked about" in shown, shown
