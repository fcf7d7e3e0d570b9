"""Round 47's reviews (bench/reviews/round47_blind_r1.md, _r2.md) found the delicate points
users marked as unresolved ("lo de Dani ?? pensar como") left without a word of help, and a
stock "could I tell you what I'm aiming for?" under the user's own point that says the aim.
Inputs are invented; assertions are on the card as read."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from coaching.oversharing import Category, Flag
from tests.unit.test_review20 import card, logged

AG, A = EntryKind.AGENDA, EntryKind.ASK
STILL_DECIDING = "Still deciding? Put it in two sentences"


def _point_notes(shown: str) -> str:
    return shown.split("Your talking points")[1].split("Suggested asks")[0]


@pytest.mark.parametrize(
    "point",
    [
        "lo de Tomás ?? pensar como",
        "the overtime sheets thing??",
        "Piotr thing?? or leave it",
        "sprawa z Kasią?? nie wiem",
    ],
)
def test_a_matter_marked_unresolved_gets_a_way_to_get_it_ready(point: str) -> None:
    shown = card(logged(1, AG, point, 1), name="Inés")
    assert STILL_DECIDING in _point_notes(shown), shown
    assert "how they'd like you to handle it" in shown, shown


def test_with_a_mentor_the_way_in_is_what_they_would_do() -> None:
    shown = card(logged(1, AG, "the rota thing?? maybe", 1), role=Role.MENTOR, name="Inés")
    assert "what they'd do in your place" in _point_notes(shown), shown


@pytest.mark.parametrize(
    "point",
    [
        "budget for Q1??",  # a plain question, nothing unresolved
        "Leeds site?? nothing since Oct",
        "what's the plan for the Leeds site?",
        "ask her about the stock figures?? idk",  # a favour: asked plainly, not weighed
    ],
)
def test_a_plain_question_gets_no_such_note(point: str) -> None:
    shown = card(logged(1, AG, point, 1), name="Inés")
    assert STILL_DECIDING not in shown, shown


def test_a_point_read_by_another_rule_keeps_that_rules_note() -> None:
    """ "Raise it or not?? no sé" asks whether to tell: its own way to decide, not this one."""
    shown = card(logged(1, AG, "the 'too young' thing... raise it or not?? no sé", 1), name="Inés")
    assert "To decide:" in shown, shown
    assert STILL_DECIDING not in shown, shown


AIM = "quiero ser jefa de cocina del restaurante de la terraza cuando abra"


def test_a_point_that_says_the_aim_takes_the_aim_asks_question() -> None:
    shown = card(
        logged(1, A, "pedí el curso de pastelería - lo mira con RRHH", 30),
        logged(2, AG, "terraza: quiero ser jefa de cocina ahí. decírselo CLARO", 1),
        goal=AIM,
        name="Ramón",
    )
    assert "what I'm aiming for" not in shown, shown
    assert "ask what first step they'd want to see from you" in _point_notes(shown), shown


def test_without_such_a_point_the_card_still_asks_to_tell_the_aim() -> None:
    shown = card(
        logged(1, A, "pedí el curso de pastelería - lo mira con RRHH", 30),
        logged(2, AG, "menú de navidad: alérgenos", 1),
        goal=AIM,
        name="Ramón",
    )
    assert "what I'm aiming for" in shown, shown
    assert "first step they'd want to see" not in _point_notes(shown), shown


@pytest.mark.parametrize(
    ("ask", "named", "not_named"),
    [
        ("kano depot visit jan - shadow?? asked", "the shadowing", "the mentoring"),
        ("Jan intake: nominated?? she said maybe", "the nomination", "the backing"),
        (
            "Kumar sir: CA-certified balance sheet for the loan - asked, next week he says",
            None,
            "the training",
        ),
        ("CIPD certification 2027 - firm pays?? asked", "the training", None),
    ],
)
def test_a_chase_names_the_thing_asked_for_not_a_wrong_kind(
    ask: str, named: str | None, not_named: str | None
) -> None:
    """Round 47: "the mentoring I asked you about" for a site visit to shadow, "the training"
    for a loan's certified accounts."""
    shown = card(logged(1, A, ask, 30), name="Ada")
    asks = shown.split("Suggested asks")[1]
    if named:
        assert f"{named} I asked you about" in asks, shown
    if not_named:
        assert f"{not_named} I asked you about" not in asks, shown


@pytest.mark.parametrize("name", ["pan Zbyszek", "dyr. Zając", "don Eusebio Ramos"])
def test_an_ask_opening_with_a_lower_case_title_starts_with_a_capital(name: str) -> None:
    shown = card(logged(1, A, "asked for the budget for the HACCP course", 30), name=name)
    asks = shown.split("Suggested asks")[1]
    assert f"*{name[:1].upper()}{name[1:3]}" in asks, shown
    assert f"*{name[:3]}" not in asks, shown


G, F = EntryKind.GAVE, EntryKind.FOLLOWUP
NEXT_STEP_YOURS = "the next step is yours"


@pytest.mark.parametrize(
    "ask",
    [
        "asked Ada to put me up for the depot lead role - she said 'submit a short plan by Dec'",
        "asked about the grant for the lathe course, she said 'send me a one-pager'",
        "asked to be nominated for the spring panel. he said 'let's build the case'",
        "pytałam o dofinansowanie kursu - 'proszę złożyć wniosek do końca miesiąca'",
        "le pedí el curso de soldadura. me dijo 'mándame el presupuesto'",
    ],
)
def test_an_answer_that_tells_the_user_what_to_do_is_not_chased(ask: str) -> None:
    """Round 47: "submit by end of November" and "let's build the case" put the next move
    with the user, and the card chased the director for "any news"."""
    shown = card(logged(1, A, ask, 30), name="Ada")
    assert NEXT_STEP_YOURS in shown, shown
    assert "any news" not in shown and "A no for now is fine" not in shown, shown


def test_once_the_user_has_done_it_the_ask_is_chased_again() -> None:
    """ "Send a 1-pager", then "send Ada the 1-pager on the depot role" done: the next step is
    hers again."""
    done = logged(2, F, "send Ada the 1-pager on the depot lead role", 20)
    done = type(done)(**{**done.__dict__, "status": type(done.status).DONE})
    shown = card(
        logged(1, A, "asked to be confirmed as depot lead. she said send a 1-pager", 30),
        done,
        name="Ada",
    )
    assert NEXT_STEP_YOURS not in shown, shown
    assert "here's what you asked me for" not in shown.lower(), shown


def test_an_answer_with_a_yes_is_still_chased() -> None:
    shown = card(logged(1, A, "asked about the forklift course - she said 'sounds good'", 30))
    assert NEXT_STEP_YOURS not in shown, shown


def _carried(shown: str) -> str:
    return shown.split("Carried forward")[1].split("Your talking points")[0]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # the 1:1 is Tue 1 Dec in `card`
        ("informe parcial - entregar 4 dic (si no hay prórroga)", "Fri 4 Dec, three days after"),
        ("Tirau-style interview 9 Dec - print herd records + my CV", "Wed 9 Dec, 8 days after"),
        # an ask's deadline, before the 1:1 (a promise due then is said at the top instead)
        ("asked for the HR form - enrolment closes Mon 30 Nov", "Mon 30 Nov, the day before"),
    ],
)
def test_a_carried_item_says_its_day_against_the_1_1(line: str, said: str) -> None:
    """Round 47: a report due 4 Dec, an enrolment closing 5 Dec and an interview on 9 Dec sat in
    the list with no word of when, beside a 1:1 days before them."""
    kind = A if line.startswith("asked") else F
    shown = card(logged(1, kind, line, 10), logged(2, A, "asked about the Q1 rota", 20))
    assert f"{said} the 1:1" in _carried(shown), shown


@pytest.mark.parametrize(
    "line",
    [
        "asked for leave 21-31 Dec to be with mum",  # days off asked for, no deadline
        "asked if I can go on the NEC4 course in jan",  # a month, not its first day
        "asked about the course - she said 'after the review on 14 Dec'",  # a put-off
    ],
)
def test_a_period_a_month_or_a_put_off_is_no_day_in_the_list(line: str) -> None:
    shown = card(logged(1, A, line, 20))
    assert "Dec," not in _carried(shown) and "Jan" not in _carried(shown).split("”")[-1], shown


@pytest.mark.parametrize(
    ("line", "handed"),
    [
        ("enrolment closes Mon 30 Nov - need the form from HR", False),
        ("need the signed risk assessment from facilities by fri", False),
        ("get the figures from finance and send them to Carmen by fri", True),
        ("get the site photos from Dev for Carmen by fri", True),
    ],
)
def test_something_needed_from_someone_else_is_no_promise_to_them(line: str, handed: bool) -> None:
    """ "Need the form from HR" was "Carmen, here's what I promised — You promised “enrolment”"."""
    shown = card(logged(1, F, line, 10))
    assert ("what I promised" in shown or "I said I'd send" in shown) is handed, shown


@pytest.mark.parametrize("role", [Role.SKIP, Role.SPONSOR])
def test_a_personal_need_is_left_out_with_someone_above_the_manager(role: Role) -> None:
    """Round 47, both reviewers: "Something may affect my work for a while — I'll plan it
    with my manager", said to a sponsor before a role decision, invites the guessing it means
    to avoid."""
    point = "12 weeks pregnant, due in June"
    flag = [Flag(Category.HEALTH, ("pregnant",), "I'll need some flexibility.", 0.95)]
    shown = card(logged(1, AG, point, 1), role=role, scanner=lambda t: flag if t == point else [])
    assert "may affect my work" not in shown, shown
    assert "Leave it out here" in _point_notes(shown), shown
    assert "share the need" not in _point_notes(shown), shown


def test_a_private_ask_chased_by_its_date_says_which_carried_item_it_is() -> None:
    """Round 47: "it's the one under Carried forward" beside two open asks."""
    private = "asked for Fridays off for my IVF appointments"
    shown = card(
        logged(1, A, private, 20), logged(2, A, "asked about the Q1 rota", 9), private=private
    )
    assert "the one under Carried forward" not in shown, shown
    assert "it's the open ask from 6 Nov under Carried forward" in shown, shown
    assert "Open ask from 6 Nov" in _carried(shown), shown
