"""Round 45 of blind rating (bench/reviews/round45_blind_r1.md, _r2.md) found stock gives
offered to people whose work the user cannot take on, titles read as first names ("Fr," for
Frau Haas), and one request listed twice when the user logged a chase as a second ask. Inputs
are invented; assertions are on the card as read."""

from __future__ import annotations

from datetime import time

import pytest

from coaching.ask_signals import AskCategory
from coaching.asks import suggest_asks
from coaching.model import Cadence, CadenceKind, CoachingContext, EntryKind, Role, SeriesSpec
from coaching.oversharing import scan
from coaching.prep import AVOID_NOTES
from tests.unit.test_asks import GOAL, NOW, entry, rel
from tests.unit.test_review20 import card, logged

A = EntryKind.ASK

#: How the card says how to say it: the plain note, or the one for what the point avoids.
HOW_SAID = ("How to say it", *(note[:40] for note in AVOID_NOTES.values()))


@pytest.mark.parametrize(
    ("label", "said"), [("Fr. Weiss", "Fr. Weiss"), ("Hr. Gruber", "Hr. Gruber")]
)
def test_a_german_title_goes_with_the_name(label: str, said: str) -> None:
    shown = card(
        logged(1, A, "asked about the Förderung for the new lathe", 30),
        logged(2, A, "asked to move the Jahresgespräch", 25),
        name=label,
        role=Role.OTHER,
    )
    first = label.split(".")[0]
    assert f"{said}," in shown or f"{said} " in shown, shown
    assert f"{first}," not in shown and f"helped {first} " not in shown, shown


@pytest.mark.parametrize(
    "chase",
    [
        "fuel card - still no answer, 2nd time asking",
        "fuel card for site visits: still nothing",
        "Tankkarte für die Baustellen — noch nichts",
    ],
)
def test_a_chase_logged_as_an_ask_is_not_a_second_request(chase: str) -> None:
    shown = _two_asks("asked Lerato for a fuel card for the site visits", chase, 9)
    assert "two things I asked about" not in shown, shown
    assert "fuel card" in _suggested(shown), shown


def test_two_different_open_asks_are_still_both_followed_up() -> None:
    shown = _two_asks(
        "asked Lerato for a fuel card for the site visits",
        "asked Lerato about the first-aid course dates",
        30,
    )
    assert "two things I asked about" in shown, shown


def _two_asks(first: str, then: str, days_ago: int, *, first_days: int = 35) -> str:
    """The card with two open asks of Lerato's: `first` older than `then`."""
    return card(
        logged(1, A, first, first_days),
        logged(2, A, then, days_ago),
        name="Lerato",
        in_days=6,
    )


def _suggested(shown: str) -> str:
    return shown.split("Suggested asks")[1]


@pytest.mark.parametrize(("days", "asked"), [(10, True), (40, False)])
def test_the_rhythm_is_checked_only_with_someone_new(days: int, asked: bool) -> None:
    """A new series with weeks of history logged is a rhythm already set (round 42: "does
    meeting monthly suit you?" to counterparts who set the monthly meetings themselves)."""
    spec = SeriesSpec(Cadence(CadenceKind.MONTHLY, weekday=1, nth=1), time(10, 0))
    ctx = CoachingContext(
        rel(Role.MENTOR),
        entries=(entry(1, EntryKind.NOTE, "read the chapter she lent me", days),),
        goal=GOAL,
        now=NOW,
        series=(spec,),
    )
    habits = [a for a in suggest_asks(ctx, first=True) if a.category is AskCategory.HABIT]
    assert bool(habits) is asked, habits


@pytest.mark.parametrize("role", [Role.MENTOR, Role.OTHER])
def test_a_full_agenda_of_their_own_gets_no_stock_ask(role: Role) -> None:
    points = [
        "the Hendry Road snag list: who signs it off?",
        "overtime for the weekend pour",
        "my CSCS card renewal — course in January?",
    ]
    shown = card(
        *(logged(i, EntryKind.AGENDA, p, 2) for i, p in enumerate(points, start=1)),
        goal="move up in the next two years",
        role=role,
    )
    stock = ("what I'm aiming for", "given what I'm working towards", "useful for me to know")
    assert not any(words in shown for words in stock), shown
    assert "Your own points are the asks this time" in shown, shown


def test_with_no_drafted_line_there_is_no_note_on_their_language() -> None:
    points = [
        "dossier de financement — relire avant le 10 déc ?",
        "RTT pour les cours: normal ou je négocie ?",
        "planning de janvier, les week-ends",
    ]
    shown = card(
        *(logged(i, EntryKind.AGENDA, p, 2) for i, p in enumerate(points, start=1)),
        goal="move up in the next two years",
        role=Role.MENTOR,
    )
    assert "Your own points are the asks this time" in shown, shown
    assert "drafted in English" not in shown, shown


@pytest.mark.parametrize(
    ("role", "pressed"), [(Role.MENTOR, False), (Role.SPONSOR, False), (Role.MANAGER, True)]
)
def test_a_favour_asked_of_a_mentor_again_is_asked_lightly(role: Role, pressed: bool) -> None:
    """Round 45: a volunteer mentor, asked once a week before, was to be pressed for "a yes, a
    no, or a date"."""
    shown = card(
        logged(1, A, "asked Carmen for a reference letter for the access course", 20),
        logged(2, EntryKind.AGENDA, "reference letter for the access course — any chance?", 1),
        role=role,
    )
    assert ("a yes, a no, or a date" in shown) is pressed, shown
    assert ("Ask once more, lightly" in shown) is not pressed, shown


def test_no_goal_nudge_beside_a_worry_the_card_says_how_to_raise() -> None:
    shown = card(
        logged(1, EntryKind.AGENDA, "Marek told us to switch on the boards without lockout", 1),
        logged(2, A, "asked about the first-aid course dates", 12),
        role=Role.SKIP,
        scanner=scan,
    )
    assert "Set a goal" not in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "forklift parked in the walkway again — do I say something?",
        "the overtime sheet — tell Mrs Osei?",
        "la panne du frigo — je ne sais pas si je lui en parle",
        "lo del horno — no sé si decírselo a Nuria",
        "die Stapler-Sache — soll ich es ihm sagen?",
        "kerronko tästä Villelle",
        "sprawa z magazynem — czy jej powiedzieć?",
    ],
)
def test_a_point_asking_itself_whether_to_raise_something_gets_a_way_to_decide(
    point: str,
) -> None:
    shown = card(logged(1, EntryKind.AGENDA, point, 1), role=Role.MANAGER)
    assert "To decide:" in shown, shown


@pytest.mark.parametrize(
    "point", ["tell him about the budget for Q1", "tell the team the new plan", "Nuria said ok"]
)
def test_a_plain_point_gets_no_way_to_decide(point: str) -> None:
    shown = card(logged(1, EntryKind.AGENDA, point, 1), role=Role.MANAGER)
    assert "To decide:" not in shown, shown


@pytest.mark.parametrize(
    "followup", ["buy teat dip b4 Dec, ran out", "order more gloves before Friday", "nunua chumvi"]
)
def test_supplies_to_buy_are_not_handed_to_them(followup: str) -> None:
    shown = card(logged(1, EntryKind.FOLLOWUP, followup, 6), name="Njeri Mwangi", in_days=5)
    assert "I promised" not in shown, shown


def test_supplies_bought_for_them_still_are_theirs() -> None:
    shown = card(logged(1, EntryKind.FOLLOWUP, "order Njeri the new badge", 6), name="Njeri Mwangi")
    assert "not for Njeri" not in shown, shown


def test_a_swahili_title_goes_with_the_name() -> None:
    shown = card(logged(1, A, "asked about the soil test results", 30), name="Bi Njeri")
    assert "Bi Njeri," in shown and "Bi," not in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "the cold store door — find a way to ask her without blaming anyone",
        "Ana chega sempre atrasada, ver como falar",
        "my idea for the new shift pattern, not sure how to put it",
    ],
)
def test_a_point_unsure_how_to_say_it_gets_how_to_say_it(point: str) -> None:
    shown = card(logged(1, EntryKind.AGENDA, point, 1))
    # a point that names what it must avoid is told how to say it that way (round 62)
    assert any(how in shown for how in HOW_SAID), shown


def test_chasing_gloves_needs_no_word_to_the_manager_but_a_secondment_does() -> None:
    gloves = card(logged(1, A, "asked for new freezer gloves, ours have holes", 30), role=Role.SKIP)
    move = card(logged(1, A, "asked about a secondment to the audit team", 30), role=Role.SKIP)
    informed = ("your manager", "Let your manager know")
    assert not any(words in gloves for words in informed), gloves
    assert any(words in move for words in informed), move


def test_when_to_share_a_pregnancy_is_the_users_own_call() -> None:
    shown = card(logged(1, EntryKind.AGENDA, "grossesse - lui dire maintenant ou après?", 1))
    assert "yours alone" in shown, shown


def test_a_lone_participle_is_no_topic() -> None:
    shown = card(logged(1, EntryKind.WIN, "pool: passed written, oral in January!!", 5),
                 role=Role.SPONSOR)  # fmt: skip
    assert "the written" not in shown, shown


def test_a_foreign_small_word_ties_no_point_to_a_promise() -> None:
    """Round 46: the Polish "dla" ("for") tied a question about a foremen's programme to a
    promised safety talk "dla wszystkich brygad" ("You've owed this since 27 Oct")."""
    shown = card(
        logged(1, EntryKind.FOLLOWUP, "napisać instrukcję dla wszystkich brygad na grudzień", 30),
        logged(2, EntryKind.AGENDA, "czy ten program dla brygadzistów to szansa na awans?", 1),
        name="Zbyszek",
    )
    points = shown.split("Your talking points")[1].split("Suggested asks")[0]
    assert "You've owed this" not in points, shown


def test_a_safety_point_in_polish_raises_the_worry_noted_in_polish() -> None:
    """Words with Polish letters were cut at the first one ("załączać" read as "za"), so the
    point about switching on safely never met the note it raises (round 46)."""
    shown = card(
        logged(1, EntryKind.NOTE, "Marek znowu kazał załączać szafy bez podpisu LOTO", 12),
        logged(2, EntryKind.AGENDA, "bezpieczeństwo przy załączaniu szaf — jak zacząć temat?", 1),
        scanner=scan,
    )
    assert "none of your points raises it" not in shown, shown


def test_a_spanish_whether_to_tell_gets_a_way_to_decide() -> None:
    point = "¿le digo q estoy pensando salir de la empresa si no contratan más técnicos?"
    shown = card(logged(1, EntryKind.AGENDA, point, 1), role=Role.MANAGER)
    assert "Thinking of leaving is yours to share" in shown, shown


@pytest.mark.parametrize(
    "ask",
    [
        "asked Helen to be my referee — she said yes but wants to see my draft first",
        "asked for the course funding, he said send me the quote first",
    ],
)
def test_an_answer_that_waits_on_the_user_is_not_chased(ask: str) -> None:
    """Round 45 chased a referee who was waiting on the user's draft."""
    shown = card(logged(1, A, ask, 25), role=Role.SPONSOR, in_days=12, name="Helen Marsh")
    asks = shown.split("Suggested asks")[1].split("Balance")[0]
    assert "the next step is yours" in asks, asks
    assert "any news" not in asks and "where things are" not in asks, asks


# --- a fresh-eyes review of this change: what its new rules must not catch ------------------


@pytest.mark.parametrize(
    "answer",
    [
        "she'd decide once she has had the budget meeting",
        "she needs the board's approval first",
        "he needs the rota first thing Monday",
        "wants the first-aid course",
    ],
)
def test_an_answer_that_waits_on_no_one_of_the_user_is_still_chased(answer: str) -> None:
    shown = card(logged(1, A, f"asked about the fuel card — {answer}", 25), in_days=12)
    assert "the next step is yours" not in shown, shown


def test_a_second_open_ask_is_still_followed_up_beside_a_condition() -> None:
    referee = "asked Lerato to be my referee — she said yes but wants to see my draft first"
    shown = _two_asks(referee, "asked Lerato for the fuel card for site visits", 20, first_days=25)
    assert "fuel card" in _suggested(shown), shown


def test_a_chase_of_an_ask_put_off_is_still_followed_up() -> None:
    shown = _two_asks(
        "asked Lerato for a fuel card for site visits — she said 'in January'",
        "fuel card for site visits — still nothing, 3rd time asking",
        9,
    )
    assert "fuel card" in _suggested(shown), shown


@pytest.mark.parametrize(
    ("line", "chase"),
    [
        ("fuel card — still nothing, 3rd time asking", True),
        ("asked Lerato for a new forklift trainer, 3rd time this one has cancelled", False),
        ("can we book the second time slot", False),
        ("third time lucky with the rota", False),
    ],
)
def test_what_reads_as_a_chase(line: str, chase: bool) -> None:
    from coaching.ask_signals import _CHASE

    assert bool(_CHASE.search(line)) is chase


@pytest.mark.parametrize(
    ("word", "small"),
    [("dla", True), ("que", True), ("und", True), ("pour", False), ("vet", False), ("años", False)],
)
def test_small_words_abroad_are_not_english_or_content_words(word: str, small: bool) -> None:
    from coaching.slot_text import foreign_small_word

    assert foreign_small_word(word) is small


@pytest.mark.parametrize(
    "point",
    [
        "¿le digo lo de la situación embarazosa con el cliente?",
        "¿le digo que necesito salir antes los jueves?",
    ],
)
def test_embarrassing_is_not_pregnant_and_going_out_is_not_leaving(point: str) -> None:
    shown = card(logged(1, EntryKind.AGENDA, point, 1))
    assert "yours alone" not in shown and "Thinking of leaving" not in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "how do I tell her?",
        "who will tell them?",
        "who do I report it to?",
        "je sais pas si je dis oui",
        "no sé si contar con él",
        "não sei se conto com ela",
    ],
)
def test_who_and_how_are_not_whether_to_tell(point: str) -> None:
    from coaching.agenda_points import TELL_OR_NOT

    assert not TELL_OR_NOT.search(point), point


@pytest.mark.parametrize(
    "line",
    [
        "asked Carmen to raise the freezer gloves with procurement",
        "asked to move to the new glove supplier",
    ],
)
def test_a_chase_of_ordinary_work_needs_no_word_to_the_manager(line: str) -> None:
    shown = card(logged(1, A, line, 30), role=Role.SKIP)
    assert "your manager" not in shown and "Let your manager know" not in shown, shown


@pytest.mark.parametrize(
    "followup",
    [
        "order Dana's new badge",
        "order form for the new starters — send it over",
        "purchase request for the laptops, for your sign-off",
    ],
)
def test_an_order_for_them_is_still_theirs(followup: str) -> None:
    shown = card(logged(1, EntryKind.FOLLOWUP, followup, 6), name="Dana Kerr")
    assert "not for Dana" not in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "not sure how to put the new racking up safely",
        "como falar inglês melhor nas reuniões?",
    ],
)
def test_a_task_is_not_how_to_say_something(point: str) -> None:
    shown = card(logged(1, EntryKind.AGENDA, point, 1))
    assert "How to say it" not in shown, shown


def test_mag_is_also_a_first_name() -> None:
    from coaching.model import first_name

    assert first_name("Mag Carmody Byrne") == "Mag"


def test_a_dilemma_of_the_users_own_is_not_tested_for_harm() -> None:
    """Round 46: a sponsor's protégée weighing when to say her family may move read "if a
    record is false, it can't wait" under her point."""
    point = "moving to Abuja with the kids next year — do I tell her before the panel?"
    shown = card(logged(1, EntryKind.AGENDA, point, 1), role=Role.SPONSOR)
    assert "To decide:" in shown and "a record is false" not in shown, shown


@pytest.mark.parametrize(
    ("goal", "focus"),
    [
        ("One day Exec Housekeeper. But first my ladies must be safe at work", "Exec Housekeeper"),
        ("someday head chef", "the head chef role"),
    ],
)
def test_when_is_not_part_of_the_goals_focus(goal: str, focus: str) -> None:
    from coaching.focus import derive_focus

    found = derive_focus(goal) or ""
    assert focus in found and "day" not in found.lower(), found


@pytest.mark.parametrize(
    "ask",
    ["uitbetaling van de expo in september?? nog steeds geen geld", "my invoice is still unpaid"],
)
def test_money_owed_in_dutch_or_as_an_invoice_is_settled_before_any_give(ask: str) -> None:
    shown = card(
        logged(1, A, ask, 30),
        logged(2, A, "asked about a place on the fair stand", 20),
        logged(3, EntryKind.GAVE, "ran the glaze workshop for his collectors", 40),
        role=Role.OTHER,
    )
    assert "Open with a give" not in shown and "take on" not in shown, shown


@pytest.mark.parametrize(
    ("ask", "named"),
    [
        ("kurs SEP - pytałem o dofinansowanie, 'zobaczymy'", "the funding"),
        ("pedi liberação pro curso de PICC em janeiro", "the training"),
        ("le pedí que me nomine al premio, cierra 15/12", "the nomination"),
    ],
)
def test_a_chase_names_what_the_ask_was_for(ask: str, named: str) -> None:
    shown = card(logged(1, A, ask, 30), in_days=5)
    assert f"{named} I asked you about" in _suggested(shown), shown


def test_a_promise_to_them_due_just_after_the_1on1_is_agreed_at_it() -> None:
    """Round 46: a cue sheet due the day after the 1:1, and a log due before an inspection
    three days after, went unmentioned."""
    shown = card(logged(1, EntryKind.FOLLOWUP, "send Carmen the cue sheet by Wed 2 Dec", 6))
    assert "just after the 1:1" in shown and "agree at the 1:1" in shown, shown


def test_an_errand_due_just_after_the_1on1_is_not_on_the_card_top() -> None:
    shown = card(logged(1, EntryKind.FOLLOWUP, "get the van MOT booked before 3 Dec", 6))
    assert "just after the 1:1" not in shown, shown


def test_a_quote_keeps_its_currency_sign() -> None:
    from coaching.items import in_quotes

    assert "¥300k" in in_quotes("英語研修の予算お願いした (¥300k, 6名) 🙏")
    assert "₦50k" in in_quotes("asked for the ₦50k module allowance")


def test_how_to_bring_it_up_said_alone_gets_how_to_say_it() -> None:
    shown = card(logged(1, EntryKind.AGENDA, "the Kato thing — how to bring up??", 1))
    # a point that names what it must avoid is told how to say it that way (round 62)
    assert any(how in shown for how in HOW_SAID), shown


@pytest.mark.parametrize(
    "followup",
    ["follow up finance + Dana on the module allowance by 1 Dec", "chase HR re my contract by fri"],
)
def test_a_chase_is_never_handed_over_as_a_promise(followup: str) -> None:
    shown = card(logged(1, EntryKind.FOLLOWUP, followup, 6), name="Dana Kerr", in_days=7)
    assert "I promised" not in shown and "I said I'd send you" not in shown, shown


def test_a_senior_womans_title_goes_with_her_name() -> None:
    shown = card(logged(1, A, "asked about the depot manager post", 30), name="Mama A")
    assert "Mama A," in shown and "Mama," not in shown, shown


def test_a_question_to_ask_with_care_is_not_the_one_to_open_with() -> None:
    shown = card(
        logged(1, A, "asked straight out about contract milking next season", 40),
        logged(2, EntryKind.AGENDA, "where does Liam fit next season?? ask carefully", 1),
    )
    assert "Raise this first" not in shown and "To ask it with care" in shown, shown


def test_a_chased_ask_with_a_day_says_the_day_in_the_line() -> None:
    """Round 46: a consent needed by 15 Dec was chased with "even a rough date would help"."""
    shown = card(logged(1, A, "asked for the hospital consent for the course, closes 4 Dec", 20))
    asks = _suggested(shown).split("Balance")[0]
    assert "by Fri 4 Dec" in asks and "rough date" not in asks, asks


# --- a second fresh-eyes review: what this stop's later rules must not catch ----------------


def test_no_money_this_year_is_no_money_owed() -> None:
    ask = "gevraagd om budget voor de cursus, maar er is geen geld dit jaar"
    shown = card(logged(1, A, ask, 20))
    assert "money you're owed" not in shown and "owes you" not in shown, shown


@pytest.mark.parametrize(
    ("ask", "wrong"),
    [
        ("of course I asked about the rota again", "the training"),
        ("asked to do the intro slides for the board", "the introduction"),
        ("aumento del presupuesto para el área", "the pay rise"),
        ("a day off for my son's course", "the training"),
    ],
)
def test_what_an_ask_was_for_is_not_read_from_a_stray_word(ask: str, wrong: str) -> None:
    shown = card(logged(1, A, ask, 30), in_days=5)
    assert f"{wrong} I asked you about" not in shown, shown


def test_a_mentor_is_not_pressed_with_a_day() -> None:
    shown = card(logged(1, A, "asked for a reference, closes 4 Dec", 20), role=Role.MENTOR)
    assert "I'll need to know by" not in shown and "need an answer by" not in shown, shown


def test_a_month_only_promise_is_not_due_just_after_the_1on1() -> None:
    shown = card(logged(1, EntryKind.FOLLOWUP, "send Carmen the deck in December", 6), in_days=4)
    assert "just after the 1:1" not in shown, shown


def test_what_else_to_say_is_not_whether_to_tell() -> None:
    shown = card(logged(1, EntryKind.AGENDA, "what else should I say about the Q3 numbers?", 1))
    assert "To decide:" not in shown, shown


def test_long_term_care_is_a_field_not_a_when() -> None:
    from coaching.focus import derive_focus

    assert "long-term care" in (derive_focus("Long-term care unit manager") or "").lower()


def test_someone_elses_quoted_promise_in_a_note_is_no_deadline_of_the_users() -> None:
    """Round 47: "Marek znowu 'w przyszłym tygodniu'" (his promise to pay "next week") became
    "one thing is due tomorrow", the card's only ask."""
    note = "Marek again 'next week'. with the other job he owes 16 800 now"
    shown = card(logged(1, EntryKind.NOTE, note, 10), in_days=9)
    assert "due tomorrow" not in shown and "is due" not in shown, shown


#: A talking point, read with the scan, and what its note must and must not say: rounds 45-47
#: and two fresh-eyes reviews of this stop's rules.
SCANNED_POINTS = [
    # "would she have to tell my manager?" of the user's own strain: ask first (round 46)
    ("the crying after visits — do I say about it? would she have to tell my manager?",
     Role.OTHER, "what stays between you two", "regulator"),
    ("my workload worries — does it stay between us?",
     Role.OTHER, "what stays between you two", "regulator"),
    # threatened on the job: a safety plan, not a helpline (round 46)
    ("the Dale Street visit — how do I feel safe going back out there",
     Role.MANAGER, "ask for a plan before you go back", "helpline"),
    ("the tenant who spat at me last week, next inspection is Tuesday",
     Role.MANAGER, "ask for a plan before you go back", "helpline"),
    # ... but not safe at work in general, nor at home
    ("want my team to feel safe raising issues in retros",
     Role.MANAGER, None, "Being threatened on the job"),
    ("stay safe on site with the new crane", Role.MANAGER, None, "Being threatened on the job"),
    ("I don't feel safe going home, my partner hits me",
     Role.MANAGER, None, "Being threatened on the job"),
    # harm to or by someone else keeps the harm test first
    ("do I tell her the resident was left in a wet bed all night? would she have to report it?",
     Role.MANAGER, "it can't wait", "what stays between you two"),
    ("Priya on nights has been sleeping through her checks — do I tell her?",
     Role.MANAGER, "it can't wait", "what stays between you two"),
    # care in asking: never on a task, never over a concern
    ("be careful how we phrase the release notes", Role.MANAGER, None, "To ask it with care"),
    ("someone signs out controlled drugs without a witness — raise it carefully?",
     Role.MANAGER, None, "To ask it with care"),
    # a Dutch line of distress keeps its care note; a bare whether-to-tell gets none
    ("ik kan niet meer, huil elke avond. zeggen of niet?",
     Role.MANAGER, "talk to someone you trust", None),
    ("Antwerpen... zeggen of niet?", Role.MANAGER, "To decide:", "helpline"),
    # a day the work has is no date to keep private
    ("panel date + what will they ask?", Role.MANAGER, None, ":warning:"),
    ("exam date for the SEP", Role.MANAGER, None, ":warning:"),
]  # fmt: skip


@pytest.mark.parametrize(("point", "role", "says", "never"), SCANNED_POINTS)
def test_a_scanned_points_note(point: str, role: Role, says: str | None, never: str | None) -> None:
    shown = card(logged(1, EntryKind.AGENDA, point, 1), role=role, scanner=scan)
    assert says is None or says in shown, shown
    assert never is None or never not in shown, shown
