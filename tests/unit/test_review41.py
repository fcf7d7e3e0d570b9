"""Round 41 of blind rating (bench/reviews/round41_blind_r1.md, _r2.md) found the card chasing
favours it should let rest (a retired chef's "vamos ver" nine days on, "send a short message
now"; a raise put off "after exam result"), pressing a generous mentor for "a yes, a no, or a
date", nagging a peer-supervision partner to set a goal, calling "Oom Piet" "Oom", answering
"how do I raise it without Sipho knowing it came from me" with "raise it early", and offering
"here's what I promised — tell me if anything's missing" for an article its line names. Inputs
are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from coaching.oversharing import scan
from tests.unit.test_review20 import card, logged

A, AG, F = EntryKind.ASK, EntryKind.AGENDA, EntryKind.FOLLOWUP
CHASED = ("any news", "where does it stand", "where things are", "move it", "I asked you about")
GOAL_NUDGE = "/oneonone goal"


def _chases(shown: str) -> bool:
    return any(words in shown for words in CHASED)


@pytest.mark.parametrize("role", [Role.MENTOR, Role.SPONSOR, Role.PEER])
def test_a_favour_still_being_mulled_is_left_to_rest(role: Role) -> None:
    ask = "asked if she could intro me to her old fish supplier, ela disse 'vamos ver'"
    shown = card(logged(1, A, ask, 9), role=role, in_days=11)
    assert not _chases(shown.split("Suggested asks")[1]), shown
    assert "send a short message now" not in shown, shown


def test_a_manager_who_said_maybe_is_still_asked_where_it_stands() -> None:
    ask = "asked if she could move me to day shifts in december, she said 'maybe'"
    shown = card(logged(1, A, ask, 9), role=Role.MANAGER, in_days=11)
    assert _chases(shown.split("Suggested asks")[1]), shown


@pytest.mark.parametrize(
    "ask",
    [
        "asked about a raise after 1 year — she said after exam result",
        "asked if I can shadow him on an inspection, he said yes when the Sandton job starts",
        "asked about the team lead spot, she said once the audit is done",
    ],
)
def test_an_ask_put_off_until_something_happens_is_not_chased(ask: str) -> None:
    shown = card(logged(1, A, ask, 40), role=Role.MANAGER, goal="Lead my own team", in_days=6)
    assert not _chases(shown.split("Suggested asks")[1]), shown


def test_an_ask_put_off_until_something_happens_comes_back_after_two_months() -> None:
    ask = "asked about a raise after 1 year — she said after exam result"
    shown = card(logged(1, A, ask, 75), role=Role.MANAGER, in_days=6)
    assert _chases(shown.split("Suggested asks")[1]), shown


def _asked_three_times(role: Role) -> str:
    """The card after the same introduction was asked for three times, the goal riding on it."""
    goal = "Open my own restaurant in Porto within three years"
    asks = [
        logged(i, A, f"asked Chef for an intro to her restaurant owner friends ({i})", 60 - 15 * i)
        for i in range(1, 4)
    ]
    return card(*asks, role=role, goal=goal, in_days=10)


def test_a_favour_asked_three_times_of_a_mentor_is_asked_lightly_or_let_rest() -> None:
    shown = _asked_three_times(Role.MENTOR)
    assert "three times" in shown, shown
    assert "a yes, a no, or a date" not in shown, shown
    assert "let it rest" in shown, shown


def test_a_manager_asked_three_times_is_still_asked_for_a_decision() -> None:
    shown = _asked_three_times(Role.MANAGER)
    assert "a yes, a no, or a date" in shown, shown


@pytest.mark.parametrize(
    ("role", "nudged"),
    [(Role.PEER, False), (Role.OTHER, False), (Role.MANAGER, True), (Role.MENTOR, True)],
)
def test_only_the_people_who_steer_a_career_get_the_set_a_goal_nudge(
    role: Role, nudged: bool
) -> None:
    shown = card(logged(1, AG, "how do you keep your caseload manageable?", 1), role=role)
    assert (GOAL_NUDGE in shown) is nudged, shown


def test_an_afrikaans_title_stays_with_the_name() -> None:
    shown = card(logged(1, AG, "trade test dates for Q1", 1), name="Oom Piet")
    assert "Oom Piet," in shown and "Oom," not in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "how do I raise the live working thing without sipho knowing it came from me",
        "need to tell her about the missing guard rails anonymously",
    ],
)
def test_a_worry_to_raise_without_being_named_gets_a_way_to_keep_it_off_you(point: str) -> None:
    shown = card(logged(1, AG, point, 1), scanner=scan, in_days=1)
    assert "So it doesn't point at you" in shown, shown


def test_a_plain_point_asking_anonymity_gets_no_such_note() -> None:
    point = "how do I ask for the Friday off without Dana knowing it's for an interview"
    shown = card(logged(1, AG, point, 1), scanner=scan, in_days=1)
    assert "So it doesn't point at you" not in shown, shown


def test_a_promise_with_a_foreign_send_verb_is_named_by_its_object() -> None:
    promise = "mandar pra Jú the article about secondary trauma I promised"
    shown = card(logged(1, F, promise, 8), role=Role.PEER, name="Jú")
    asks = shown.split("Suggested asks")[1]
    assert "the article about secondary trauma" in asks, shown
    assert "what I promised" not in asks, shown


def test_a_weekday_with_a_dotted_date_is_read_by_its_date() -> None:
    promise = "obiecałem Kasi że przepiszę kontakty klientów do nowego systemu — do piątku 27.11"
    shown = card(logged(1, F, promise, 10), name="Kasia", in_days=4)
    assert "Overdue" not in shown and "Fri 20 Nov" not in shown, shown
    assert "Due tomorrow" in shown, shown


@pytest.mark.parametrize(
    "point",
    ["the Tinderbox data thing?? how do I even say it, Marco is her mate", "Hinged gate on pen 4"],
)
def test_a_dating_app_name_inside_another_word_says_nothing_of_love_life(point: str) -> None:
    shown = card(logged(1, AG, point, 1), scanner=scan)
    assert "love life" not in shown, shown


def test_a_dating_app_named_is_still_read_as_love_life() -> None:
    shown = card(logged(1, AG, "met someone on tinder lol, might be late fri", 1), scanner=scan)
    assert "love life" in shown or "private life" in shown, shown


def test_a_worry_asked_as_a_question_is_not_the_key_to_the_open_asks() -> None:
    shown = card(
        logged(1, A, "asked Bruce about the circuit course dates", 20),
        logged(2, AG, "how do I raise the live circuit thing? Dave had us on it unisolated", 1),
        scanner=scan,
    )
    assert "decides which of your open asks" not in shown, shown


def test_asking_whether_they_know_someone_somewhere_is_an_introduction_there() -> None:
    ask = "asked her if she know anybody at the hotel groups in Accra, she said she will link me"
    shown = card(logged(1, A, ask, 20), name="Mrs Asante", in_days=3)
    assert "an introduction to the hotel groups in Accra" in shown, shown
    assert "know anybody —" not in shown and "the know" not in shown, shown


def test_a_promise_ending_on_its_day_is_due_that_day() -> None:
    shown = card(logged(1, F, "send Carmen the capacity numbers friday", 1), in_days=5)
    assert "Due tomorrow" in shown, shown


@pytest.mark.parametrize("note", ["the lift was out again mon and tues", "sat in the sun"])
def test_days_listed_or_words_at_a_line_end_set_no_due_day(note: str) -> None:
    shown = card(logged(1, F, note, 1), in_days=5)
    assert ":hourglass:" not in shown, shown


def test_papers_brought_for_them_to_sign_are_asked_to_be_signed() -> None:
    promise = "bring printed logbook pages + the ECA form for him to sign fri"
    shown = card(logged(1, F, promise, 1), name="Oom Piet", in_days=1)
    asks = shown.split("Suggested asks")[1]
    assert "sign off" in asks or "your signature" in asks, shown
    assert "does that cover what you needed" not in asks, shown
