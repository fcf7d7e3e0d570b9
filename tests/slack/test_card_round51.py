"""Rounds 51–52 (issue 11), as Slack receives it: a note weighing whether to tell them
something comes back under the points with a way to decide, and a priority logged in words no
sentence can hold is pointed at by the user's note of it — in the card the bot sends back."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.blocks import assert_valid_message
from tests.slack.conftest import DANA


def test_a_weighing_note_and_a_noted_priority_reach_the_card(alice, clock) -> None:
    clock.current = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    alice.command(f"schedule <@{DANA}> weekly tue 10:00 as manager")
    alice.command(f"log <@{DANA}> Kuba 2x spóźniony, czuć było od niego... nie wiem czy mówić D.")
    alice.command(f"log <@{DANA}> priority: Dana chce zamknąć Bonarkę do 15/12")
    alice.command(f"log <@{DANA}> ask: asked about the SEP course fee")
    alice.command(f"log <@{DANA}> ask: asked for Friday afternoons off in January")
    alice.command(f"log <@{DANA}> gave: covered Saturday at the Nowak job")
    card = alice.command(f"prep <@{DANA}>")
    assert_valid_message(card)
    shown = str(card["blocks"])
    assert ":thought_balloon:" in shown and "you weren't sure whether to raise this" in shown, shown
    assert "if someone could be hurt" in shown, shown
    assert "the priority you noted on" in shown and "Bonark" in shown, shown
