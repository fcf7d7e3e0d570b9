"""Round 47's reviews (bench/reviews/round47_blind_r1.md, _r2.md) found the delicate points
users marked as unresolved ("lo de Dani ?? pensar como") left without a word of help, and a
stock "could I tell you what I'm aiming for?" under the user's own point that says the aim.
Inputs are invented; assertions are on the card as read."""

from __future__ import annotations

import pytest

from coaching.asks import asked_about
from coaching.model import EntryKind, Role
from coaching.oversharing import Category, Flag
from tests.unit.test_asks import NOW as ASK_NOW
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
        ("Tirau-style interview 9 Dec - print herd records + my CV", "Wed 9 Dec, eight days after"),
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
    assert "Your ask from 6 Nov (under Carried forward)" in shown, shown
    assert "Open ask from 6 Nov" in _carried(shown), shown


# --- the fresh-eyes review of this round's rules -------------------------------------------


@pytest.mark.parametrize(
    "point",
    [
        "the thing with Raj grabbing my arm?? idk",
        "lo de Dani gritándome delante de los clientes ?? no sé",
        "sprawa z Markiem (wyzywa mnie)?? nie wiem",
        "the scaffold not tagged thing?? maybe",
    ],
)
def test_someone_hurt_or_in_danger_is_never_told_it_can_wait(point: str) -> None:
    shown = _point_notes(card(logged(1, AG, point, 1), name="Inés"))
    assert STILL_DECIDING not in shown, shown
    assert "raise it as a concern" in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "when is the new rota out?? idk",
        "overtime from oct?? no se ha pagado",
        "bonus?? maybe in march",
        "WFH fridays?? not sure she'll go for it",
        "one more thing??",
        "grab lunch with the new starter?",
        "shout-out for Ana at the team meeting",
        "finance threatened to cut the travel budget",
    ],
)
def test_ordinary_questions_and_requests_get_neither_note(point: str) -> None:
    shown = _point_notes(card(logged(1, AG, point, 1), name="Inés"))
    assert STILL_DECIDING not in shown and "raise it as a concern" not in shown, shown


@pytest.mark.parametrize(
    "point", ["the thing with Darek??", "el tema de Dani??", "die Sache mit dem Urlaub??"]
)
def test_more_ways_of_naming_a_matter_unsaid(point: str) -> None:
    assert STILL_DECIDING in _point_notes(card(logged(1, AG, point, 1), name="Inés"))


@pytest.mark.parametrize(
    ("goal", "point"),
    [
        ("je veux devenir cheffe de projet", "je veux être en télétravail le vendredi - projet X"),
        (AIM, "terraza: NO quiero ser jefa de cocina todavía, decírselo"),
        (AIM, "Marta dice 'quiero ser jefa de cocina' jaja"),
    ],
)
def test_a_wish_of_another_kind_a_denial_or_someone_elses_aim_is_not_the_aim(
    goal: str, point: str
) -> None:
    shown = card(logged(1, AG, point, 1), goal=goal, name="Ramón")
    assert "your aim leaves the room" not in shown, shown


def test_a_point_gets_one_note_not_two_that_disagree() -> None:
    shown = card(
        logged(1, AG, "should I tell him I want to be taken seriously as a designer or not?", 1),
        goal="get taken seriously as a designer",
        name="Ramón",
    )
    notes = _point_notes(shown)
    assert "To decide:" in notes and "Say it plainly" not in notes, shown


@pytest.mark.parametrize(
    "answer",
    ["email to follow", "draft is with HR", "email HR, not my call", "let's work on that"],
)
def test_an_answer_that_is_not_an_instruction_to_bring_something_is_chased(answer: str) -> None:
    shown = card(logged(1, A, f"asked about the forklift course - she said '{answer}'", 30))
    assert NEXT_STEP_YOURS not in shown, shown


def test_a_phone_typed_apostrophe_still_reads_as_an_instruction() -> None:
    shown = card(logged(1, A, "asked to be put forward - he said “let’s build the case”", 30))
    assert NEXT_STEP_YOURS in shown and "answered “let”" not in shown, shown


def test_an_answer_that_sets_the_user_a_day_keeps_the_day() -> None:
    shown = card(logged(1, A, "asked about the study grant - she said 'apply by 28 Nov'", 20))
    assert "set Sat 28 Nov for it, before you meet" in shown, shown
    assert "Sat 28 Nov, three days before the 1:1" in _carried(shown), shown
    done = "I've done what you suggested" in shown or "that's done, as you suggested" in shown
    assert done, shown


@pytest.mark.parametrize(
    ("answer", "done"),
    [
        ("send me a draft", "sent Carmen the draft application"),
        ("email me", "emailed Carmen my case for the nomination"),
    ],
)
def test_once_done_an_answer_naming_nothing_or_one_thing_is_chased_again(
    answer: str, done: str
) -> None:
    shown = card(
        logged(1, A, f"asked to be nominated for the application round - '{answer}'", 30),
        logged(2, G, done, 10),
    )
    assert NEXT_STEP_YOURS not in shown, shown


def test_a_gift_sharing_only_a_month_with_the_answer_is_not_the_thing_done() -> None:
    shown = card(
        logged(1, A, "asked to lead the depot - she said 'submit a short plan by Dec'", 30),
        logged(2, G, "covered Carmen's Dec weekend shift", 10),
    )
    assert NEXT_STEP_YOURS in shown, shown


@pytest.mark.parametrize(("due", "asked_twice"), [("by fri", False), ("by 18 Dec", True)])
def test_an_answer_whose_thing_is_promised_by_the_1_1_is_not_asked_twice(
    due: str, asked_twice: bool
) -> None:
    """The promise due by the 1:1 hands it over on the card; one due later leaves the answer's
    own ask to say it."""
    shown = card(
        logged(1, A, "asked about the lathe course grant - she said 'send me a one-pager'", 30),
        logged(2, F, f"write the one-pager for the grant {due}", 12),
    )
    said = "what you asked for" in shown or "what you wanted to see" in shown
    assert said is asked_twice, shown


@pytest.mark.parametrize(
    ("ask", "kind"),
    [
        ("asked about doing the Certificate IV in WHS", "the training"),
        ("asked about becoming a certified welding inspector", "the training"),
        ("asked for feedback on my funding bid - 'not yet'", "the feedback"),
    ],
)
def test_a_qualification_is_training_and_the_kind_comes_before_a_word_in_passing(
    ask: str, kind: str
) -> None:
    said = asked_about(logged(1, A, ask, 30), ASK_NOW)
    assert said.startswith(kind), said


def test_kier_is_a_name() -> None:
    shown = card(
        logged(1, A, "asked for the budget for the HACCP course", 30), name="Kier Thompson"
    )
    assert "*Kier, " in shown, shown


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("submit the 2-3 page reflection by 4 Dec", "Fri 4 Dec"),
        ("send Carmen 3 to 5 slides by Fri 4 Dec", "Fri 4 Dec"),
    ],
)
def test_a_count_of_pages_is_no_span_of_days(line: str, said: str) -> None:
    shown = card(logged(1, F, line, 10), logged(2, A, "asked about the Q1 rota", 20))
    assert said in _carried(shown), shown


def test_a_quarter_gets_no_invented_day() -> None:
    shown = card(
        logged(1, F, "get the audit pack ready by Q1", 10), logged(2, A, "asked re rota", 20)
    )
    assert "Mar" not in _carried(shown), shown
