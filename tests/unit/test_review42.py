"""Round 42 of blind rating (bench/reviews/round42_blind_r1.md, _r2.md) found the balance line
telling users to send what the counterpart owed them ("Send Naledi the NRF letter", of a letter
Naledi had promised twice) and to send "your follow-up from 26 Oct", of a note to buy new
gloves. Inputs are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from tests.unit.test_review20 import card, logged

A, F = EntryKind.ASK, EntryKind.FOLLOWUP
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
