"""Round 31 of blind rating (bench/reviews/round32_blind_r1.md, _r2.md): a title was taken for a
name ("dl, here's what I promised", "You've helped Ing once"); "sa sun la primaria" (Romanian:
"to call the town hall") was read as due on Sunday; a late call to someone else was "send it
today, before you go in"; words of other languages were pasted into English asks ("sorry for
the wait on the mandar à Marta", "here's the don Eusebio I promised"). Inputs are invented;
assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from coaching.oversharing import scan
from tests.said import outside_quotes
from tests.unit.test_review20 import AG, card, logged

A, F, N = EntryKind.ASK, EntryKind.FOLLOWUP, EntryKind.NOTE


@pytest.mark.parametrize(
    ("name", "addressed"),
    [
        ("dl Rusu", "dl Rusu"),
        ("Ing. Teodoro", "Ing. Teodoro"),
        ("Pak Hendra Wijaya", "Pak Hendra"),
        ("don Eusebio Ramos", "don Eusebio"),
        # round 38: "Don," said to Don Beto, whose name is Beto: "Don" and a name stay together
        ("Don Draper", "Don Draper"),
        ("Don Beto", "Don Beto"),
        ("Dir. Mutua", "Dir. Mutua"),
        ("Kang 팀장님", "Kang 팀장님"),
        # round 34: "Eng, here's the draft", "Dra answered", "You've helped Ma'am 3 times"
        ("Eng. Tarek Haddad", "Eng. Haddad"),
        ("Dra. Lucía Paredes", "Dra. Paredes"),
        ("Ma'am Joy", "Ma'am Joy"),
        # round 47: "dyr, is there any news …" to dyr. Zając, a director
        ("dyr. Zając", "dyr. Zając"),
    ],
)
def test_a_title_is_never_taken_for_the_name(name: str, addressed: str) -> None:
    shown = card(logged(1, A, "asked for the budget for the HACCP course", 30), name=name)
    opening = addressed[:1].upper() + addressed[1:]  # "Dl Rusu, …" opens a sentence
    assert f"{addressed}, " in shown or f"*{opening}, " in shown, shown
    title = addressed.split()[0]
    if title != addressed:
        assert f"*{title}, " not in shown and f"helped {title} " not in shown, shown


def test_a_short_lead_word_of_another_language_before_sun_is_no_sunday() -> None:
    shown = card(logged(1, F, "sa sun la primaria Horodnic pt lista actualizata de porci", 4))
    assert "Overdue" not in shown and "due Sun" not in shown, shown


def test_a_late_call_to_someone_else_is_made_today_not_brought_to_the_1_1() -> None:
    shown = card(logged(1, F, "ring Mrs Pryce re probate timetable by fri", 14))
    assert "make the call today — it's late." in shown, shown
    assert "before you go in" not in shown, shown


def test_a_late_promise_to_them_is_still_sent_before_you_go_in() -> None:
    shown = card(logged(1, F, "send Carmen the rota draft by fri", 14))
    assert "send it today, before you go in." in shown, shown


@pytest.mark.parametrize(
    ("line", "pasted"),
    [
        ("mandar à Marta as amostras de SO2 by fri", "mandar à Marta"),
        ("don Eusebio - send him the plot list by fri", "the don Eusebio"),
    ],
)
def test_words_of_another_language_or_a_title_and_name_are_never_an_item(
    line: str, pasted: str
) -> None:
    shown = card(logged(1, F, line, 14))
    assert pasted not in outside_quotes(shown), shown


def test_a_note_in_romanian_is_never_said_as_a_thing_due() -> None:
    shown = card(logged(1, N, "a murit bunica lui Radu, inmormantarea joi 3 dec", 3))
    assert "bunica lui Radu is due" not in shown and "murit" not in outside_quotes(shown), shown


@pytest.mark.parametrize(
    "point",
    [
        "kev's crew didnt lock out the conveyor MCC again before clearing the jam",
        "3 vials of fentanyl short on 4b and charge nurse said just write it off as wastage",
        "marco asked me to bill the henderson matter for 12h i didnt work. not comfortable",
    ],
)
def test_a_worry_about_safety_or_conduct_is_helped_and_never_called_gossip(point: str) -> None:
    shown = card(logged(1, AG, point, 1), scanner=scan)
    assert "a concern about the work" in shown, shown
    assert "read as gossip" not in shown, shown


def test_a_peer_hears_a_worry_in_their_area_first() -> None:
    point = "kev's crew didnt lock out the conveyor MCC again before clearing the jam"
    shown = card(logged(1, AG, point, 1), scanner=scan, role=Role.PEER)
    assert "telling them straight is" in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "word is Kev on nights is stealing from the stockroom, everyone says so",
        "my son's being bullied at school, need flexibility on wednesdays",
        "status on the harassment-prevention training rollout - 80% of staff done",
        "Nina keeps stealing credit for my ideas",
    ],
)
def test_a_rumour_a_private_matter_or_a_plain_point_gets_no_concern_note(point: str) -> None:
    shown = card(logged(1, AG, point, 1), scanner=scan)
    assert "a concern about the work" not in shown, shown
