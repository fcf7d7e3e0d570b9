"""Round 42 of blind rating (bench/reviews/round42_blind_r1.md, _r2.md) found the balance line
telling users to send what the counterpart owed them ("Send Naledi the NRF letter", of a letter
Naledi had promised twice) and to send "your follow-up from 26 Oct", of a note to buy new
gloves. Inputs are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from coaching.oversharing import scan
from tests.unit.test_review20 import card, logged

A, F, N, AG = EntryKind.ASK, EntryKind.FOLLOWUP, EntryKind.NOTE, EntryKind.AGENDA
SEND_WHAT_YOU_OWE = ("before you meet — what you owe", "the give you already promised")


def _tells_to_send(shown: str) -> bool:
    return any(words in shown for words in SEND_WHAT_YOU_OWE)


@pytest.mark.parametrize(
    "followup",
    [
        "NRF letter — did she send?? 3 wks left",
        "TMS Schulung — nix gehört. nachhaken",
        "rota sign-off: still waiting on her",
    ],
)
def test_what_they_owe_is_never_the_users_give(followup: str) -> None:
    shown = card(logged(1, A, "asked her for a support letter", 30), logged(2, F, followup, 5))
    assert not _tells_to_send(shown), shown


def test_a_note_to_self_is_never_what_the_user_owes_them() -> None:
    shown = card(
        logged(1, A, "asked for the course dates", 30),
        logged(2, F, "kupić nowe rękawice, stare do wyrzucenia", 10),
        role=Role.MENTOR,
    )
    assert not _tells_to_send(shown), shown


@pytest.mark.parametrize(
    "followup",
    ["llevarle las fotos del etiquetado de circuitos", "bring examples for the 3 outcomes"],
)
def test_something_brought_to_them_is_still_named_as_owed(followup: str) -> None:
    shown = card(logged(1, A, "asked for the course dates", 30), logged(2, F, followup, 5))
    assert _tells_to_send(shown), shown


@pytest.mark.parametrize(
    ("note", "point"),
    [
        (
            "Seu Antônio com roxo no antebraço esquerdo de novo. Rosi disse q ele 'se debateu'",
            "Seu Antônio. falar ou não? se falar: só fatos, datas, roxos",
        ),
        (
            "Ueda-san (204) may pasa na naman sa left arm. night shift was N-san",
            "Ueda-san arm. who do i tell — Sato-san or shunin?",
        ),
    ],
)
def test_a_bruise_on_someone_in_care_said_in_another_language_is_a_worry(
    note: str, point: str
) -> None:
    shown = card(logged(1, N, note, 20), logged(2, AG, point, 1), scanner=scan)
    assert "a worry about safety, honesty or how someone is treated" in shown, shown
    assert "it can wait" not in shown, shown


def test_whether_to_tell_says_harm_cannot_wait() -> None:
    shown = card(logged(1, AG, "the thing with the new guy on nights — do I tell her?", 1))
    assert "it can't wait" in shown, shown


@pytest.mark.parametrize(
    "ask",
    [
        "이벤트 일러 비용 80만원 정산 언제인지 물어봄 → 확인해보겠다고",
        "hrs again. 'Sharon's sorting it'. nothing on the 12/11 payslip either",
    ],
)
def test_money_owed_to_the_user_is_settled_before_any_give(ask: str) -> None:
    shown = card(
        logged(1, A, "asked about the season 2 contract draft", 30),
        logged(2, EntryKind.GAVE, "covered the Sunday milking", 20),
        logged(3, A, ask, 10),
        role=Role.OTHER,
    )
    assert "owes you settled first" in shown, shown
    assert "could take on" not in shown, shown


def test_working_through_questions_with_a_mentor_is_not_favouritism() -> None:
    point = "ask her if we can do past questions together 2x in Dec before nenmatsu"
    shown = card(logged(1, A, point, 3), role=Role.MENTOR, scanner=scan)
    assert "favouritism" not in shown, shown


def test_a_drink_just_the_two_of_us_is_still_favouritism_with_a_mentor() -> None:
    point = "grab drinks after work, just the two of us?"
    shown = card(logged(1, EntryKind.AGENDA, point, 1), role=Role.MENTOR, scanner=scan)
    assert "favouritism" in shown, shown


def test_an_ask_chased_again_by_message_is_named_by_what_it_asked() -> None:
    ask = "whatsapp'd her re NRF letter again, she said 'this week, promise'"
    shown = card(logged(1, A, ask, 20), name="Naledi", in_days=3)
    asks = shown.split("Suggested asks")[1]
    assert "the NRF letter" in asks and "what I asked you about" not in asks, shown
