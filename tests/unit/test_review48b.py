"""Round 48's reviews (bench/reviews/round48_blind_r1.md, _r2.md): days written the Spanish
way went unread ("antes del vie 27", "cierra el 3/12"), a letter still awaited from them was put
at the top as the user's to hand over, a "carta de referencia" was chased with "a no for now is
fine", and an audit finding the user reported herself got the stock "it can wait". Inputs are
invented; assertions are on the card as read."""

from __future__ import annotations

import pytest

from coaching.ask_signals import touches
from coaching.focus import derive_deadline, derive_focus
from coaching.model import EntryKind, Role
from coaching.oversharing import Category, Flag
from tests.unit.test_review20 import card, logged

A, F, AG = EntryKind.ASK, EntryKind.FOLLOWUP, EntryKind.AGENDA


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("yo: presupuesto (2 pág) - mandarle borrador antes del vie 27", "Due tomorrow"),
        ("informe trimestral - entregar antes del 27", "Due tomorrow"),
    ],
)
def test_a_day_written_the_spanish_way_puts_a_promise_at_the_top(line: str, said: str) -> None:
    shown = card(logged(1, F, line, 9), name="Marta")
    assert said in shown.split("Carried forward")[0], shown


def test_a_closing_date_after_el_is_read() -> None:
    shown = card(logged(1, A, "pedí la beca a Marta... cierra el 3/12!!", 4), name="Marta")
    assert "Thu 3 Dec" in shown, shown


@pytest.mark.parametrize(
    "line",
    [
        "carta de Marta... todavía nada. cierra el 3/12!!",
        "declaração da Marta - ainda nada, fecha 3/12",
        "Zeugnis von Marta - noch nichts, bis 3.12.",
    ],
)
def test_a_letter_still_awaited_from_them_is_not_the_users_to_hand_over(line: str) -> None:
    shown = card(logged(1, F, line, 4), name="Marta")
    assert "just after the 1:1" not in shown and "what I promised" not in shown, shown


def test_a_reference_letter_asked_in_spanish_is_chased_plainly() -> None:
    shown = card(
        logged(1, A, "pedí carta de referencia p la convocatoria - dijo sí, 'next wk'", 21)
    )
    assert "the reference I asked you about" in shown, shown
    assert "A no for now is fine" not in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "lo del hallazgo de la auditoría: ¿lo menciono yo en la entrevista o no?",
        "the audit finding on my site - do I mention it before she decides?",
    ],
)
def test_whether_to_mention_something_on_record_is_said_first_by_the_user(point: str) -> None:
    shown = card(logged(1, AG, point, 1), name="Marta")
    assert "it will reach them anyway — better from you" in shown, shown
    assert "it can wait" not in shown, shown


def test_a_premiere_noted_with_its_day_is_no_deadline_to_agree() -> None:
    shown = card(logged(1, EntryKind.NOTE, "el 3/12 estreno. respirá.", 0.5), name="Marta")
    assert "due on Thu 3 Dec" not in shown and "sets the day" not in shown, shown


def _carried(shown: str) -> str:
    return shown.split("Carried forward")[1].split("Your talking points")[0]


def _chasing(role: Role, in_days: int = 13) -> str:
    """A card whose own point chases traffic counts promised "this week" seven weeks ago."""
    return card(
        logged(1, A, "asked K for the traffic counts from the ring road - 'sure, this week'", 50),
        logged(2, EntryKind.GAVE, "drew the consultation boards for Kasia", 30),
        logged(3, EntryKind.GAVE, "covered Kasia at the district meeting", 20),
        logged(4, AG, "traffic counts - need an actual date, not 'soon'", 1),
        role=role,
        name="Kasia",
        in_days=in_days,
    )


def test_a_point_chasing_a_peer_is_the_ask_and_keeps_its_advice() -> None:
    """Round 48, both reviewers: "who have you found useful to know?" to a peer who owes the
    user overdue data, as the card's one ask."""
    shown = _chasing(Role.PEER)
    assert "useful to know" not in shown, shown
    assert "Your own points are the asks this time" in shown, shown
    assert "the answer was “sure, this week”" in shown, shown  # the point's advice stays


@pytest.mark.parametrize(("role", "now"), [(Role.PEER, True), (Role.MENTOR, False)])
def test_a_chase_on_a_point_far_from_the_1_1_is_sent_now(role: Role, now: bool) -> None:
    """Unless it is a favour asked again of a mentor or sponsor, asked lightly."""
    shown = _chasing(role)
    assert ("The 1:1 is 13 days away — send a short message now." in shown) is now, shown


def test_how_to_raise_it_in_polish_gets_how_to_say_it() -> None:
    point = "jak poruszyć tę analizę na sterującym i nie spalić współpracy?"
    shown = card(logged(1, AG, point, 1), name="Kasia")
    assert "How to say it:" in shown, shown


def test_a_reading_to_finish_is_the_users_own_study_not_a_promise_to_hand_over() -> None:
    shown = card(logged(1, F, "finish the reflective practice reading before next session", 12))
    assert "what I promised" not in shown and "I said I'd send" not in shown, shown


def test_whether_supervision_goes_further_is_asked_first() -> None:
    point = "bring up the regional job?? supposed to be a safe space but she talks to my manager"
    shown = card(logged(1, AG, point, 1), role=Role.OTHER, name="Huia")
    assert "ask what stays between you two" in shown, shown


def test_whom_to_tell_first_is_a_dilemma_not_favouritism() -> None:
    point = "mention D?? or go to Carol first. not sure"
    favour = [Flag(Category.FAVOURITISM, (), "open to everyone", 0.5, hedged=True)]
    shown = card(logged(1, AG, point, 1), scanner=lambda t: favour if t == point else [])
    assert "favouritism" not in shown, shown
    assert "To decide:" in shown, shown


def test_mockery_noted_with_its_date_and_time_comes_back_beside_the_point_naming_them() -> None:
    shown = card(
        logged(
            1,
            EntryKind.NOTE,
            "J said again 'can't understand a word u say' in front of the family. wrote date n"
            " time down",
            12,
        ),
        logged(2, AG, "mention J?? or go to Carol first. not sure", 1),
        name="Deborah",
    )
    assert "This comes back to your note of 14 Nov" in shown, shown


def test_the_counterparts_own_initial_ties_no_worry_to_a_point() -> None:
    shown = card(
        logged(1, EntryKind.NOTE, "near miss with the reach truck in block C, R was told", 10),
        logged(2, AG, "ULCV Thursday: 410 reefers, 375 plugs working → raise w/ R!!", 1),
        name="Rafał",
    )
    assert "This comes back to your note" not in shown, shown


def _supervised(role: Role, title: str) -> str:
    return card(
        logged(1, A, "asked H for names of people doing the supervisor certificate", 30),
        logged(2, EntryKind.GAVE, "sent Huia the article on tikanga she wanted", 20),
        role=role,
        name="Huia",
        title=title,
    )


@pytest.mark.parametrize(
    ("role", "title", "kept"),
    [
        (Role.OTHER, "external professional supervisor", False),
        (Role.MENTOR, "clinical supervisor", False),
        (Role.MANAGER, "team coordinator: schedules, supervision and contracts", True),
    ],
)
def test_supervision_of_practice_keeps_no_give_and_take(role: Role, title: str, kept: bool) -> None:
    """Round 48: a contracted supervisor was "owed" gives, like a boss."""
    shown = _supervised(role, title)
    assert ("You've helped Huia" in shown) is kept, shown
    assert ("no give and take to keep" in shown) is not kept, shown


# --- the fresh-eyes review of round 48's rules ----------------------------------------------


def test_a_chase_point_typed_with_emphasis_keeps_its_chase_advice() -> None:
    shown = card(
        logged(1, A, "asked for the pay rise promised at my review - 'next quarter'", 60),
        logged(2, AG, "bring up the pay rise again??", 1),
    )
    assert "the answer was “next quarter”" in shown, shown
    assert "it can wait" not in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "mention the forklift brakes again?? 2nd time they failed",
        "raise the overtime budget for Dec??",
        "bring up my promotion case??",
    ],
)
def test_emphasis_alone_is_no_dilemma(point: str) -> None:
    assert "it can wait" not in card(logged(1, AG, point, 1)), point


@pytest.mark.parametrize(
    ("point", "note"),
    [
        ("do I mention the job offer or not? the audit is next week anyway", "thinking of leaving"),
        ("mention my audition for the orchestra or not?", None),
        ("finding the night shifts really hard - tell her or not?", None),
    ],
)
def test_on_record_is_read_after_the_news_it_might_be_and_only_from_its_own_words(
    point: str, note: str | None
) -> None:
    shown = card(logged(1, AG, point, 1))
    assert "it will reach them anyway" not in shown, shown
    if note:
        assert note in shown.lower(), shown


@pytest.mark.parametrize(
    "line",
    [
        "mandar a Carmen el resumen, lo hablamos el 12/11",
        "la reunión fue el 12/11",
        "pedí refuerzos: el 1/3 del turno de noche está de baja",
        "Carmen está de vacaciones hasta el 30",
        "preparare le mie 10 slide per la riunione",
    ],
)
def test_past_days_fractions_and_absences_are_no_deadlines(line: str) -> None:
    shown = card(logged(1, F, line, 14), logged(2, A, "asked about the rota", 9))
    top = shown.split("Carried forward")[0]
    assert "Overdue" not in top and "Due " not in top, shown
    assert " · " not in _carried(shown) and "still open_" in _carried(shown), shown


def test_a_date_after_el_is_day_first() -> None:
    shown = card(logged(1, F, "entregar a Carmen la memoria anual el 12/1", 3))
    assert "Due Tue 1 Dec" not in shown, shown
    assert "Tue 12 Jan" in _carried(shown), shown


@pytest.mark.parametrize(
    "note",
    [
        "can't understand a word of the new SAP manual",
        "logged date and time of each outage for the vendor",
    ],
)
def test_ordinary_notes_are_no_conduct_matter(note: str) -> None:
    shown = card(logged(1, EntryKind.NOTE, note, 5), logged(2, A, "asked about the rota", 9))
    assert "isn't yours to absorb" not in shown, shown


def test_a_letter_in_an_abbreviation_is_no_ones_initial() -> None:
    shown = card(
        logged(1, EntryKind.NOTE, "P&L review: J shouted at me in front of the team", 5),
        logged(2, AG, "P&L training - can I get on the Q1 course?", 1),
    )
    assert "This comes back to your note" not in shown, shown


@pytest.mark.parametrize(
    "line",
    [
        "finish chapter 2 draft for Carmen by Mon",
        "finish the training module for Carmen's new starters by Mon",
        "revise the budget for Carmen by Mon",
    ],
)
def test_work_to_finish_for_them_is_still_a_promise(line: str) -> None:
    shown = card(logged(1, F, line, 5))
    assert "send it today" in shown.split("Carried forward")[0] or "You promised" in shown, shown


def test_the_users_own_unfinished_work_is_no_chase() -> None:
    shown = card(logged(1, F, "presentación para Carmen: todavía nada hecho, para el lunes", 5))
    assert "You promised" in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "new PM starts Mon, he reports to my manager too - who owns the backlog now?",
        "how do we make retros a safe space for the juniors?",
    ],
)
def test_an_org_chart_fact_is_no_question_of_confidence(point: str) -> None:
    assert "what stays between you two" not in card(logged(1, AG, point, 1), role=Role.PEER)


@pytest.mark.parametrize("title", ["Head of Banking Supervision", "Senior occupational therapist"])
def test_a_job_title_is_no_supervision_of_practice(title: str) -> None:
    assert "no give and take to keep" not in _supervised(Role.MENTOR, title)


def test_accepting_a_project_is_no_question_of_telling() -> None:
    point = "no sé si digo que sí al proyecto de Lima o no, ¿qué harías tú?"
    assert "To decide:" not in card(logged(1, AG, point, 1))


# --- round 49's reviews ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "focus"),
    [
        (
            "Country Director in 2-3 years. I want to run the whole thing.",
            "the Country Director role",
        ),
        (
            "Regional WASH lead in 2-3 yrs, then maybe my own consultancy.",
            "the Regional WASH lead role",
        ),
        ("In 5 Jahren freischaffende Lichtdesignerin, eigene Produktionen, gern auch Oper.", None),
    ],
)
def test_a_span_of_years_is_when_not_what_and_a_goal_abroad_gets_no_focus(
    goal: str, focus: str | None
) -> None:
    """Round 49: "who do you turn to about 5 Jahren freischaffende Lichtdesignerin?", and a
    focus of "2-3 years"."""
    assert derive_focus(goal) == focus


def test_a_nurses_title_goes_with_her_name() -> None:
    shown = card(
        logged(1, A, "pedi a carta de recomendação à Enf.ª Helena", 30), name="Enf.ª Helena"
    )
    assert "*Enf.ª, " not in shown and "Enf.ª Helena" in shown, shown


@pytest.mark.parametrize(
    ("goal", "focus"),
    [
        ("qualify into the employment team Sept 2027", "the employment team"),
        ("get moved to day shift by feb", "a move to day shift"),
        ("partner track by 35, and lead at least one public project", "partner track"),
        ("Pass the kaigo fukushishi exam in Jan so I can stay", "the kaigo fukushishi exam"),
        ("get to an equity partnership on the farm within 3 seasons", "the farm"),
        ("Ops Manager by mid-2027, maybe the new Kano hub role", "the Ops Manager role"),
        (
            "kuwa fleet supervisor by mid-2027, na kumaliza CILT diploma",
            "the fleet supervisor role",
        ),
        ("back to full hours by Feb without ending up back on the sick", None),
        ("become HSE Manager for the Lagos region by mid-2027", "HSE for the Lagos region"),
    ],
)
def test_no_time_age_or_return_is_read_as_the_focus(goal: str, focus: str | None) -> None:
    """Round 49's scan of every blind card's focus: "partner track by 35", "Feb", "the farm
    within 3 seasons", "the sick" ("is there someone you'd point me to on the sick?")."""
    assert derive_focus(goal) == focus


@pytest.mark.parametrize(
    ("goal", "said"),
    [
        ("get the band 6 on ward 18 when it goes out in jan", "by January"),
        ("band 7 in jan", "in January"),
        ("section lead on the ejisu stretch by jan", "by January"),
    ],
)
def test_a_month_typed_short_is_said_in_full(goal: str, said: str) -> None:
    assert derive_deadline(goal) == said


# --- round 50's reviews ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "said"), [("Meera ma'am", "Meera ma'am, "), ("Seu Valdir", "Seu Valdir, ")]
)
def test_words_of_respect_go_with_the_name(name: str, said: str) -> None:
    shown = card(logged(1, A, "asked for the budget for the HACCP course", 30), name=name)
    assert f"*{said}" in shown, shown


def test_the_users_own_not_yet_is_no_part_of_their_answer() -> None:
    shown = card(
        logged(1, A, "intro to the Tata Trusts PO — she said she'll connect, abhi tak nahi", 18)
    )
    assert "abhi tak nahi" not in shown.split("Carried forward")[1].split("”")[1], shown
    assert "“she'll connect”" in shown, shown


def test_a_comment_still_awaited_is_a_chase_not_a_promise() -> None:
    shown = card(logged(1, F, "ch.2 comments from Carmen still nothing. 7 wks.", 3))
    assert "what I promised" not in shown and "I said I'd send" not in shown, shown


def test_a_guessed_worry_with_someone_outside_the_line_names_no_regulator() -> None:
    shown = card(logged(1, AG, "Ross - does AH say something or do I", 1), role=Role.OTHER)
    assert "inspectorate" not in shown, shown
    assert "Ask how they would raise it, and with whom." in shown, shown


@pytest.mark.parametrize(("backing", "asked"), [(True, False), (False, True)])
def test_a_sponsor_who_said_they_back_the_user_is_not_asked_for_backing_again(
    backing: bool, asked: bool
) -> None:
    """Rounds 47 and 50: "could I tell you what I'm aiming for? I'd value your backing" to a
    sponsor who had written "you should apply, I'll back you"."""
    said = "she wrote: 'you should apply for the country role, I'll back you'"
    other = "she wrote: 'the country role opens in February'"
    shown = card(
        logged(1, EntryKind.NOTE, said if backing else other, 30),
        role=Role.SPONSOR,
        goal="Become the country coordinator",
        name="Marta",
    )
    suggested = shown.split("Suggested asks")[1]
    for_backing = (
        "I'd value your backing",
        "what I'm aiming for",
        "keep my name",
        "make the case for",
    )
    assert any(words in suggested for words in for_backing) is asked, shown


def test_a_certificate_left_out_of_the_kind_still_ties_a_chase_to_its_ask() -> None:
    """The final review: the paperwork words were taken out of every line's words, so "chase
    the police certificate" no longer met the ask it chases."""
    assert touches("chase the police certificate for the visa", "asked for the police certificate")


# --- the final review of the whole change ---------------------------------------------------


@pytest.mark.parametrize(
    "point",
    [
        "do i say anything about the disciplinary Priya is going through?",
        "tell Mark about the complaint the family made about the new guy on nights?",
    ],
)
def test_someone_elses_record_is_never_the_users_to_say_first(point: str) -> None:
    shown = card(logged(1, AG, point, 1))
    assert "better from you" not in shown, shown
    assert "To decide:" in shown, shown


def test_a_sentence_opening_is_no_one_at_work() -> None:
    shown = card(logged(1, AG, "This is getting to me — does it stay between us?", 1))
    assert "ask what stays between you two" in shown, shown


def test_hearsay_of_harassment_gets_no_concern_note_from_the_hurt_words() -> None:
    shown = card(logged(1, AG, "apparently Raj harassed the new girl at the party", 1))
    assert "raise it as a concern" not in shown, shown


def test_a_share_or_a_sum_after_hasta_el_is_no_day() -> None:
    shown = card(
        logged(1, F, "pedir subida hasta el 15% para todos", 3), logged(2, A, "asked re rota", 9)
    )
    assert "Dec" not in _carried(shown) and "Due" not in shown.split("Carried forward")[0], shown


@pytest.mark.parametrize(
    ("said", "backed"),
    [
        ("he'll back me for the country role", True),
        ("hope she will back me for the country role", False),
    ],
)
def test_backing_said_with_a_contraction_counts_and_a_hope_does_not(
    said: str, backed: bool
) -> None:
    shown = card(
        logged(1, EntryKind.NOTE, said, 30),
        role=Role.SPONSOR,
        goal="Become the country coordinator",
        name="Marta",
    )
    assert ("make the case for" in shown.split("Suggested asks")[1]) is not backed, shown


def test_a_chase_for_gear_is_no_career_move_whatever_else_is_open() -> None:
    """The final review: the chased ask was passed down and never read, so any open career ask
    put "tell your manager first" beside a chase for winter gloves."""
    shown = card(
        logged(1, A, "asked for winter gloves for the yard crew", 40),
        logged(2, A, "asked about the secondment to the planning team", 3),
        role=Role.SKIP,
        name="Dana",
        goal="Become the yard supervisor",
    )
    suggested = shown.split("Suggested asks")[1]
    assert "gloves" in suggested, shown
    assert "Unless your manager" not in suggested and "tell them you're raising" not in suggested
