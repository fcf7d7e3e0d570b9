"""Round 43 of blind rating (bench/reviews/round43_blind_r1.md, _r2.md) found the balance line
sending the counterpart the user's own errands ("Send Gaz the find out wat the rules actually",
a snag list owed to someone else), weekend 1:1s with a mentor called social, and learning
questions read as favouritism. Inputs are invented; assertions are on the card as read."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from coaching.oversharing import scan
from tests.unit.test_review20 import card, logged

A, F = EntryKind.ASK, EntryKind.FOLLOWUP
SEND = "before you meet — what you owe"


@pytest.mark.parametrize(
    "followup",
    [
        "find out wat the rules actually are for live work as apprentice",
        "snag list for block 4 to stuart b4 xmas",
        "get the van mot booked before 4th dec",
    ],
)
def test_the_users_own_errand_is_never_sent_to_them(followup: str) -> None:
    assert SEND not in _asked_more_than_given(followup, "Gaz")


def _asked_more_than_given(followup: str, name: str, role: Role = Role.MANAGER) -> str:
    """The card when the user has asked twice, given once, and logged one follow-up."""
    return card(
        logged(1, A, "asked for the course dates", 30),
        logged(2, A, "asked for a day off", 25),
        logged(3, EntryKind.GAVE, "covered the Sunday callout", 20),
        logged(4, F, followup, 5),
        name=name,
        role=role,
    )


def test_a_thing_to_send_them_still_is() -> None:
    shown = _asked_more_than_given("send Gaz the snag list for block 4", "Gaz", Role.PEER)
    assert "the snag list for block 4" in shown, shown


@pytest.mark.parametrize("role", [Role.MENTOR, Role.PEER])
def test_a_learning_question_to_a_mentor_or_peer_is_not_favouritism(role: Role) -> None:
    point = "ask him honestly — can you do this work far from Kanazawa? he knows people who left"
    shown = card(logged(1, EntryKind.AGENDA, point, 1), role=role, scanner=scan)
    assert "favouritism" not in shown, shown


def test_the_same_question_to_a_manager_may_still_read_as_favouritism() -> None:
    point = "ask him honestly — can you do this work far from Kanazawa? he knows people who left"
    shown = card(logged(1, EntryKind.AGENDA, point, 1), role=Role.MANAGER, scanner=scan)
    assert "favouritism" in shown, shown


def test_a_month_already_over_is_no_due_day() -> None:
    note = "write dates of 512 incidents properly: ~6 Oct, 15 Oct. Thandi says once in Sept?? ask"
    shown = card(logged(1, F, note, 5), in_days=7)
    assert "Overdue since" not in shown and ":hourglass:" not in shown, shown


def test_a_promise_to_someone_else_said_with_a_pronoun_is_not_theirs() -> None:
    promise = "told Mitu i'd recommend her for senior QC in Jan increment review"
    shown = _asked_more_than_given(promise, "Shahana")
    assert SEND not in shown and "Send Shahana the Mitu" not in shown, shown


def test_an_ask_put_off_until_something_happens_is_pressed_when_the_users_point_raises_it() -> None:
    ask = "pedí pasar a sommelier jefe, 'después de la vendimia vemos'"
    point = "lo de sommelier jefe: después de la vendimia QUÉ?? o no"
    shown = card(logged(1, A, ask, 56), logged(2, EntryKind.AGENDA, point, 1), in_days=4)
    assert "a yes, a no, or a date" in shown, shown


@pytest.mark.parametrize(
    "note",
    [
        "znowu palety w drodze ewakuacyjnej przy bramie 7 rano. zdjęcie zrobione",
        "pallets blocking the fire escape at gate 7 again",
        "fire exit on 3rd floor blocked by cartons AGAIN",
    ],
)
def test_a_blocked_way_out_of_a_fire_is_a_worry(note: str) -> None:
    shown = card(
        logged(1, EntryKind.NOTE, note, 9),
        logged(2, EntryKind.AGENDA, "rota for December", 1),
        scanner=scan,
    )
    raised = ("a worry about safety", "safety or integrity matter", "report it today")
    assert any(words in shown for words in raised), shown


@pytest.mark.parametrize(
    "point", ["fire exit signage project: blocked on budget", "stock for the fire exit signage"]
)
def test_work_on_fire_exits_is_no_safety_report(point: str) -> None:
    shown = card(logged(1, EntryKind.AGENDA, point, 1), scanner=scan, in_days=5)
    assert "report it today" not in shown and "safety point" not in shown.lower(), shown


def test_the_trades_big_day_noted_is_nothing_due() -> None:
    shown = card(logged(1, EntryKind.NOTE, "jutro Black Friday. Boże dopomóż", 0.2), in_days=11)
    assert "one thing is due" not in shown and "is due tomorrow" not in shown, shown
