"""Round 61's reviews (bench/reviews/round61_blind_r1.md, _r2.md) on the cards of sets DG and DH:
asks put to someone else or asked of the user, chased from the counterpart as if theirs; an
answer said in Hinglish. Inputs are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind
from tests.unit.test_review20 import card, logged

A, N, AG, F = EntryKind.ASK, EntryKind.NOTE, EntryKind.AGENDA, EntryKind.FOLLOWUP

#: What a chase of an open ask says, in any of its phrasings.
CHASES = ("asked you about", "No answer logged since", "When you asked on")


def chased(said: str) -> bool:
    return any(words in said for words in CHASES)


@pytest.mark.parametrize(
    ("ask", "name"),
    [
        ("asked Priya for the Q3 spec, nothing back yet", "Carmen Vidal"),
        ("pedi à Dona Fátima a troca de turno do dia 12, nada ainda", "Rui Costa"),
        ("le pregunté a Rodrigo por el bono de diciembre, nada", "Carmen Vidal"),
        ("zapytałem p. Ewę o grafik na grudzień, cisza", "Marek Nowak"),
        ("鈴木課長に来月の有給を相談した → まだ返事なし", "山本GM"),
        ("asked Mrs Okafor AGAIN for the overtime sign-off", "Mr Pillay"),
    ],
)
def test_an_ask_put_to_someone_else_is_not_chased_from_them(ask: str, name: str) -> None:
    """Round 61: a department head's "no" was chased from the general manager ("森田GM, is
    there any news on what I asked you about?")."""
    said = card(logged(1, A, ask, 30), name=name)
    assert not chased(said), said


@pytest.mark.parametrize(
    "ask",
    [
        "Carmen ne pucha 6 Dec Sunday cover kar doge? abhi jawab nahi diya",
        "Carmen me pidió que cubra el sábado 12, no le he contestado",
        "Carmen pediu-me para fazer o turno de domingo, ainda não respondi",
        "Carmen asked me if I can cover the Saturday shift",
    ],
)
def test_their_request_of_the_user_is_not_chased_as_the_users_ask(ask: str) -> None:
    """Round 61: "Sandeep ne pucha … cover kar doge?" (Sandeep asked: will you cover?) was the
    user's open ask, chased from Sandeep."""
    said = card(logged(1, A, ask, 30))
    assert not chased(said), said


@pytest.mark.parametrize(
    ("ask", "name"),
    [
        ("asked Carmen about the NEBOSH course budget", "Carmen Vidal"),
        ("pedi ao Rui p pagar o curso de alta tensão", "Rui Costa"),
        # sent back to them by whoever was asked: theirs now
        ("le pregunté a Mauricio por la renovación, 'eso lo decide Carmen'", "Carmen Vidal"),
        # their name written in another script: not told apart, so still theirs
        ("大塚さんに清酒学校の推薦状をお願いした. waiting", "Ōtsuka"),
        ("asked Auntie C if she will write my reference letter", "Carmen Vidal"),
        ("le pedí a Chef Carm q me revisara la propuesta del menú", "Carmen Vidal"),
    ],
)
def test_an_ask_put_to_them_is_still_chased(ask: str, name: str) -> None:
    said = card(logged(1, A, ask, 30), name=name)
    assert chased(said), said


def test_an_answer_said_in_hinglish_is_the_answer() -> None:
    """Round 61: "bole 'system error hoga'" (he said: probably a system error) was "no answer
    yet"."""
    said = card(
        logged(
            1,
            A,
            "Carmen ko Zone C shortage ka bataya, bole 'system error hoga, WMS sync issue'. "
            "mujhe pakka nahi laga",
            8,
        )
    )
    assert "the answer was “system error hoga, WMS sync issue”" in said, said
