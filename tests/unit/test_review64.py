"""Round 64 of blind rating (bench/reviews/round64_blind_r1.md, _r2.md): the first round to
rate lines drafted in the user's language. What it found that this round fixes: titles and
forms of address read as first names — "Eng, here's what I promised" for "Eng.ª Fernanda",
"Send Mas your follow-up" for "Mas Rizky", a bare "Серик" for "Серик Болатович", "Hakan" for
"Hakan abi".

Inputs are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from tests.unit.test_review20 import A, F, card, logged


@pytest.mark.parametrize(
    "name",
    ["Eng.ª Fernanda", "Mas Rizky", "Mbak Sari", "Серик Болатович", "Hakan abi", "Anna Sergeevna"],
)
def test_a_form_of_address_is_kept_whole_in_the_lines_to_say(name: str) -> None:
    shown = card(
        logged(1, A, "asked about the Leica course budget for next year", 40),
        logged(2, F, "send the survey memo", 3),
        name=name,
    )
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert f"*{name}, " in asks, asks


@pytest.mark.parametrize(("name", "said"), [("Eng Hock Lim", "Eng"), ("Ivan Petrov", "Ivan")])
def test_a_given_name_that_looks_like_a_title_is_still_a_given_name(name: str, said: str) -> None:
    shown = card(logged(1, A, "asked about the Leica course budget for next year", 40), name=name)
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert f"*{said}, " in asks, asks
