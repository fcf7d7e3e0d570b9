"""A worry is not an idea, and a date is not a thing: a private note that says "no idea how
this works" once became a skip-level ask ("I've shared the due mid june with my manager"), the
note read as an idea and its date phrase as its topic. Invented lines, checked on the card the
user reads."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from coaching.slot_text import confident
from tests.unit.test_fix14b import card, entry

NOTE = EntryKind.NOTE


@pytest.mark.parametrize(
    "worry",
    [
        "the new rota system. any idea when it goes live??",
        "night audit handover changes - no idea what they mean for us",
        "loading bay refit next month, not the foggiest idea who signs it off",
    ],
)
def test_a_note_that_says_no_idea_is_never_floated_as_an_idea(worry: str) -> None:
    shown = card(entry(worry, 6, NOTE), role=Role.SKIP, goal="Run the new depot next year")
    assert "I've shared" not in shown and "your read on it" not in shown


def test_a_real_idea_is_still_floated() -> None:
    shown = card(
        entry("idea: pair the new starters with a buddy for their first three shifts", 5, NOTE),
        role=Role.SKIP,
        goal="Run the new depot next year",
    )
    assert "buddy" in shown.split("Suggested asks")[-1]


@pytest.mark.parametrize(
    "when", ["due mid june", "the due mid june", "until the 12 week scan", "by end of march"]
)
def test_a_date_phrase_is_not_a_topic(when: str) -> None:
    assert not confident(when)


@pytest.mark.parametrize("thing", ["the due diligence pack", "the after-school rota"])
def test_things_that_start_like_dates_are_still_topics(thing: str) -> None:
    assert confident(thing)


@pytest.mark.parametrize(
    ("ask", "answer"),
    [
        ("asked B about running the late bar over new year, he said 'lets wait and see'", "lets"),
        ("asked if I can shadow the stock count, she said yes", "yes"),
        ("asked to swap to the early rota - told me not yet", "not yet"),
    ],
)
def test_an_ask_logged_with_its_answer_never_says_no_answer_yet(ask: str, answer: str) -> None:
    shown = card(entry(ask, 40, EntryKind.ASK), role=Role.MANAGER)
    assert "no answer yet" not in shown.lower() and "No answer logged" not in shown
    assert f"the answer was “{answer}" in shown


def test_the_users_own_words_are_not_their_answer() -> None:
    shown = card(
        entry("asked for the forklift refresher, I said I'd cover the Friday", 40, EntryKind.ASK)
    )
    assert "no answer yet" in shown
