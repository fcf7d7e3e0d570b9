"""Round 64 of blind rating (bench/reviews/round64_blind_r1.md, _r2.md): the first round to
rate lines drafted in the user's language. What it found that this round fixes: titles and
forms of address read as first names — "Eng, here's what I promised" for "Eng.ª Fernanda",
"Send Mas your follow-up" for "Mas Rizky", a bare "Серик" for "Серик Болатович", "Hakan" for
"Hakan abi".

Inputs are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind
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


W = EntryKind.WIN
#: How the card's follow-ups of an open ask open, in English.
CHASES = ("asked you about", "news on", "where are things", "latest on", "circling back")


def _chases(shown: str) -> bool:
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    return any(words in asks for words in CHASES)


def test_a_yes_whose_thing_a_later_win_reports_done_is_not_chased() -> None:
    """Round 64: a course she was told yes to and has since passed was chased "any news?"."""
    shown = card(
        logged(1, A, "hỏi c về khoá ISO 9001 internal auditor → c ok, cty trả 50%, e tự lo", 45),
        logged(2, W, "đậu khoá ISO 9001 internal auditor, có chứng chỉ rồi 🎉", 8),
        name="chị Hằng",
    )
    assert not _chases(shown), shown
    english = card(
        logged(
            1, A, "asked Carmen about the Tableau certification → 'ok, use the training budget'", 45
        ),
        logged(2, W, "passed the Tableau certification exam!", 6),
    )
    assert not _chases(english), english


GWAS = "asked Arjun to run GWAS once phenotyping done. he said 'haan pakka, after Diwali'"


def test_a_yes_for_later_is_still_followed_up_whatever_came_since() -> None:
    """The condition met ("phenotyping done!!") is not the thing asked (the GWAS run)."""
    shown = card(
        logged(1, A, GWAS, 55),
        logged(2, W, "phenotyping done!! 280 lines x 3 reps. 12 lines solid resistant", 41),
        name="Arjun",
    )
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert "haan pakka, after Diwali" in asks, asks


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        (
            "le pedí estar en la presentación a junta del 15/12 → 'sí, prepare 10 min con números'",
            "sí, prepare 10 min con números",
        ),
        (
            "попросила отремонтировать тахеометр Sokkia → «напиши служебку через Ержана»",
            "напиши служебку через Ержана",
        ),
    ],
)
def test_an_answer_telling_the_user_to_prepare_or_write_something_puts_the_next_step_with_them(
    line: str, answer: str
) -> None:
    shown = card(logged(1, A, line, 15), name="Dr. Restrepo")
    asks = shown.split("*Suggested asks*")[1].split("*Balance*")[0]
    assert f"answered “{answer}” — the next step is yours" in asks, asks
