"""Round 65's blind reviews (`bench/reviews/round66_*`): who owes whom, read from the line."""

from __future__ import annotations

from coaching.model import EntryKind
from tests.unit.test_review20 import card, logged


def test_a_form_handed_over_and_to_be_chased_is_not_owed() -> None:
    """Round 65: "gave Otieno the allowance form today. follow up by Fri" was "Overdue … send it
    today" and "sorry for the wait on the allowance form — here you go"."""
    followup = logged(
        1, EntryKind.FOLLOWUP, "gave Otieno the allowance form today. follow up by Fri", 23
    )
    shown = card(followup, name="Otieno")
    assert "Overdue" not in shown
    assert "here you go" not in shown
