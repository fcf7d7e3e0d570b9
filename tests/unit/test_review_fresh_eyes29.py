"""A fresh-eyes review of this stop's rules (rounds 41–43) found them matching everyday lines:
"don't" read as "Don" before a resident's name, "tak, na pewno" as an answer putting an ask off,
a past dotted date or a colleague called Thu as a due day, "did I send …" as waiting on them,
"bring up the parking issue" as something to hand over. Each case is the card as read."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind
from coaching.oversharing import scan
from tests.unit.test_review20 import card, logged

A, F, N, AG = EntryKind.ASK, EntryKind.FOLLOWUP, EntryKind.NOTE, EntryKind.AGENDA
WORRY = "a worry about safety, honesty or how someone is treated"


@pytest.mark.parametrize(
    "note",
    [
        "tell the fitters don't scratch the new floor on the left side",
        "scratches on the left door of the van, don't know who did it",
    ],
)
def test_dont_is_no_title_before_someone_in_care(note: str) -> None:
    shown = card(logged(1, N, note, 2), logged(2, AG, "rota for December", 1), scanner=scan)
    assert WORRY not in shown and "worry" not in shown.lower(), shown


@pytest.mark.parametrize("answer", ["sim, na hora", "post it in the channel"])
def test_a_plain_answer_does_not_put_the_ask_off(answer: str) -> None:
    shown = card(logged(1, A, f"asked for the rota swap, she said '{answer}'", 20), in_days=6)
    asks = shown.split("Suggested asks")[1]
    assert "rota swap" in asks or "I asked you about" in asks, shown


def test_a_yes_and_nothing_more_is_settled_not_chased() -> None:
    """A fresh-eyes review of round 63: "'yes, go ahead'" was chased with "is there anything I
    can do to move it?"; "tak, na pewno" (yes, certainly) is a yes, not a time to wait for."""
    for answer in ("tak, na pewno", "yes, go ahead", "oke, boleh", "pode trocar sim"):
        shown = card(logged(1, A, f"asked for the rota swap, she said '{answer}'", 20), in_days=6)
        assert f"the answer was “{answer}”" in shown, shown
        assert "I asked you about" not in shown and "move it" not in shown, shown


@pytest.mark.parametrize(
    "followup",
    [
        "notes from Mon 11.11 workshop to Tom",
        "send the draft to Thu",
        "share the slides with Minh Thu",
    ],
)
def test_a_past_dotted_date_or_a_name_is_no_due_day(followup: str) -> None:
    shown = card(logged(1, F, followup, 8), in_days=6)
    assert ":hourglass:" not in shown, shown


def test_a_promise_the_user_wonders_about_is_still_theirs() -> None:
    shown = card(
        logged(1, A, "asked for the course dates", 30),
        logged(2, F, "did I send Carmen the deck?? check", 5),
    )
    assert "the deck" in shown.split("Suggested asks")[1], shown


@pytest.mark.parametrize(
    "followup", ["bring up the parking issue at all-hands", "bring my laptop to IT for the reimage"]
)
def test_bringing_something_up_or_to_someone_else_is_no_give(followup: str) -> None:
    shown = card(logged(1, A, "asked for the course dates", 30), logged(2, F, followup, 5))
    assert "before you meet — what you owe" not in shown, shown
    assert "give you already promised" not in shown, shown
