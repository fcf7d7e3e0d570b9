"""Round 50's reviews (bench/reviews/round50_blind_r1.md, _r2.md): on six of twelve cards the
counterpart's stated priority — the natural give — went unused, because a priority written
as notes are written ("Dr A wants CHV data quality report b4 donor visit", "N rolling out pt
education in Feb") named no topic; a document of "guidance" was chased as "the mentoring";
and a point asking whether the user would present was offered as a problem to fix. Inputs are
invented; assertions are on the card as read, or on the name the card gives a line."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coaching.agenda_points import points_of
from coaching.ask_signals import AskCategory, classify_ask
from coaching.due import due_date
from coaching.items import topic_of
from coaching.model import EntryKind, Role
from coaching.oversharing import scan
from coaching.slot_text import confident
from tests.unit.test_review20 import NOW, card, logged

P, A, AG = EntryKind.PRIORITY, EntryKind.ASK, EntryKind.AGENDA


@pytest.mark.parametrize(
    ("line", "who", "topic"),
    [
        ("Dr A wants CHV data quality report b4 donor visit in Jan", "Dr. Achieng", "CHV data"),
        ("H wants prelim data for the DFG renewal by Jan", "Prof. Hartmann", "prelim data"),
        ("M ma'am wants Marathwada proposal ready for donor mtg", "Meera", "Marathwada proposal"),
        ("K rolling out the new e-prescribing system across wards in Feb", "Kiri", "e-prescribing"),
        ("Sam is launching the loyalty app in January", "Sam", "loyalty app"),
        ("J busy with the Q1 budget, stressed", "Jo", "Q1 budget"),
        ("c wants more pro bono work for the rankings", "Claire", "pro bono"),
        ("AH wants more women on the shortlist for the chair", "Alan", "more women"),
    ],
)
def test_a_priority_written_as_a_quick_note_is_named(line: str, who: str, topic: str) -> None:
    named = topic_of(line, counterpart=who)
    assert named and topic in named, named


@pytest.mark.parametrize(
    "line",
    [
        "Dana wants me to lead the retro next sprint",
        "Dana wants Priya to take the demo",
        "Dana wants everyone in by 8 on Mondays",
        "Dana wants it done before Christmas",
    ],
)
def test_who_they_want_it_from_is_never_the_priority(line: str) -> None:
    named = topic_of(line, counterpart="Dana") or ""
    assert not named.startswith(("me ", "Priya", "everyone", "it ")), named


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("asked her for the DHIS2 indicator guidance she mentioned at kickoff", "DHIS2"),
        ("asked about the leadership course Dana recommended", "leadership course"),
    ],
)
def test_who_brought_a_thing_up_is_left_off_its_name(line: str, topic: str) -> None:
    named = topic_of(line, counterpart="Dana") or ""
    assert topic in named and "mentioned" not in named and "recommended" not in named, named


def test_a_note_opening_with_who_mentioned_it_keeps_its_thing() -> None:
    named = topic_of(
        "Dr K mentioned the internal fellowship round 'you should think about it'",
        counterpart="Dr. Kemp",
    )
    assert named != "Dr", named


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("asked her for the DHIS2 indicator guidance", None),
        ("asked for the new safeguarding guidance doc", None),
        ("asked for some guidance on my promotion case", AskCategory.MENTORSHIP),
        ("asked if she'd give me guidance on the chartership route", AskCategory.MENTORSHIP),
    ],
)
def test_guidance_is_mentoring_only_when_it_is_given(line: str, kind: AskCategory | None) -> None:
    assert classify_ask(line) is kind


def test_a_priority_named_in_initials_becomes_the_give() -> None:
    shown = card(
        logged(1, P, "Dr A wants CHV data quality report b4 donor visit in Jan", 20),
        logged(2, A, "asked her for the DHIS2 indicator guidance she mentioned at kickoff", 20),
        name="Dr. Achieng",
        role=Role.OTHER,
        in_days=13,
    )
    assert "the CHV data quality report" in shown, shown
    assert "the DHIS2 indicator guidance" in shown and "mentoring" not in shown, shown


@pytest.mark.parametrize(
    ("point", "an_issue"),
    [
        ("donor mtg - will I present Jalna part? confirm", False),
        ("can I lead the Q1 review? pls", False),
        ("near miss on the scaffold, want to talk about the exclusion zone", True),
        ("rota again?? third week running", True),
    ],
)
def test_a_point_asking_for_the_users_own_part_is_no_problem_to_fix(
    point: str, an_issue: bool
) -> None:
    assert bool(points_of([point]).issues()) is an_issue


# --- a note that weighs telling them something ----------------------------------------------

N = EntryKind.NOTE
WEIGHS = "you weren't sure whether to raise this"


@pytest.mark.parametrize(
    "note",
    [
        "Kuba 2x spóźniony w tym tyg, czuć było od niego... nie wiem czy mówić M., to jego kuzyn",
        "Tiago de novo c piadinha na frente do cliente. nao sei se falo, é primo do V",
        "dunno whether to tell M about Kuba turning up late, it's his cousin",
        "not sure if I should mention the offer from Elektrobud to Marek",
    ],
)
def test_a_note_weighing_whether_to_tell_gets_a_way_to_decide(note: str) -> None:
    shown = card(logged(1, N, note, 6), name="Marek")
    assert WEIGHS in shown and "To decide" in shown, shown


def test_a_note_about_a_colleague_puts_harm_first_and_one_about_the_user_does_not() -> None:
    """Harm first unless the scan is sure the note is the user's own life: a note of drink on
    a site in words no reading knows still gets the test that says it can't wait."""
    about_him = card(
        logged(1, N, "Kuba 2x spóźniony, czuć było od niego... nie wiem czy mówić M.", 6),
        name="Marek",
    )
    pregnant = "14 wks. due ~early June. panel is March. not sure if I should tell him"
    mine = card(logged(1, N, pregnant, 6), name="Marek", private=pregnant)
    assert "if someone could be hurt" in about_him, about_him
    unread = card(
        logged(1, N, "Kuba again this morning, reeked. not sure if I should tell M", 6),
        name="Marek",
    )
    assert "if someone could be hurt" in unread, unread
    assert WEIGHS in mine and "if someone could be hurt" not in mine, mine


@pytest.mark.parametrize(
    ("entries", "why"),
    [
        (
            (
                logged(1, N, "not sure if I should mention the offer from Elektrobud", 6),
                logged(2, AG, "the Elektrobud offer - do I mention it or not?", 1),
            ),
            "a point weighs it already",
        ),
        ((logged(1, N, "not sure if I should mention the offer from Elektrobud", 45),), "old"),
    ],
)
def test_a_weighing_note_is_said_once_and_only_while_it_is_live(entries: tuple, why: str) -> None:
    shown = card(*entries, name="Marek")
    assert WEIGHS not in shown, (why, shown)


@pytest.mark.parametrize(
    "line",
    [
        "not sure if she likes it",
        "não sei se falo bem inglês",
        "I dont know if the report is ready",
    ],
)
def test_a_doubt_about_something_else_is_no_weighing(line: str) -> None:
    assert WEIGHS not in card(logged(1, N, line, 3), name="Marek")


# --- their priority, when its words fit no sentence -----------------------------------------


def _asking_card(role: Role) -> str:
    return card(
        logged(1, P, "Marek chce zamknąć Bonarkę do 15/12, klient ciśnie", 10),
        logged(2, A, "asked Marek about the SEP course fee", 30),
        logged(3, A, "asked for Friday afternoons off in January", 20),
        logged(4, EntryKind.GAVE, "covered Saturday at the Nowak job", 25),
        name="Marek",
        role=role,
    )


def test_a_priority_in_another_language_is_pointed_at_by_the_users_note() -> None:
    shown = _asking_card(Role.MANAGER)
    assert "help with the priority you noted on 16 Nov (“Marek chce" in shown, shown
    assert "Nothing of Marek's is logged" not in shown, shown


def test_a_mentor_is_not_offered_help_with_their_work_for_it() -> None:
    shown = _asking_card(Role.MENTOR)
    assert "the priority you noted" not in shown, shown


# --- a date read the way the same line writes its others ------------------------------------


def test_a_date_is_read_the_way_the_same_line_writes_its_others() -> None:
    line = "B6 closes 11/12. finish supporting statement + send to Joy by 30/11!!"
    shown = card(logged(1, EntryKind.FOLLOWUP, line, 16), name="Joy")
    assert "12 Nov" not in shown and "late" not in shown, shown


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("B6 closes 11/12, statement to Joy by 30/11", "2026-12-11"),
        ("fixed 3/20 defects, rest by 12/1", "2026-12-01"),  # a count is no way of writing
        ("24/7 cover till 12/1", "2026-12-01"),
        ("OSCE mock 14/12 stations passed, resit by 12/1", "2026-12-01"),
        ("Fri 12/4 deadline, holiday from 22/12", "2026-12-04"),  # the weekday decides first
    ],
)
def test_only_a_date_that_can_be_read_one_way_sets_the_order(line: str, day: str) -> None:
    assert str(due_date(line, NOW - timedelta(days=16), NOW)) == day


# --- a head word cut short names nothing ----------------------------------------------------


@pytest.mark.parametrize("phrase", ["the dok", "the ch", "the pt"])
def test_a_head_word_cut_short_is_not_said_aloud(phrase: str) -> None:
    assert not confident(phrase)


@pytest.mark.parametrize("phrase", ["the app", "the SOP", "the rota", "the gym"])
def test_codes_and_short_words_still_are(phrase: str) -> None:
    assert confident(phrase)


def test_a_promise_named_by_a_clipped_word_is_named_by_its_date() -> None:
    shown = card(
        logged(
            1, EntryKind.FOLLOWUP, "dok. powykonawcza do 4.12 - obiecalem Nowakowi. mam 60%", 24
        ),
        logged(2, A, "asked Nowak for two more people on the cable pulls", 10),
        name="Nowak",
    )
    assert "the dok" not in shown, shown


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "asked Bríd would she read my statement for the ANP post - she said of course, send it",
            "Bríd",
        ),
        (
            "asked Morag to sponsor me for the programme - she said happy to, send me something",
            "Morag",
        ),
    ],
)
def test_a_yes_that_asks_the_user_to_send_puts_the_next_step_with_the_user(
    line: str, name: str
) -> None:
    shown = card(logged(1, A, line, 20), name=name)
    yours = "the next step is yours" in shown or "the next move is yours" in shown
    assert yours and "A no for now is fine" not in shown, shown


# --- the fresh-eyes review of this change ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "who", "topic"),
    [
        ("Selin hoca wants the tender docs by Friday", "Selin", "the tender docs"),
        ("d busy with the audit", "Dana", "the audit"),
    ],
)
def test_a_priority_after_a_word_of_respect_or_a_lone_initial_is_named(
    line: str, who: str, topic: str
) -> None:
    assert topic_of(line, counterpart=who) == topic


@pytest.mark.parametrize(
    "line",
    [
        "Dana is busy with IVF appts",
        "Dana is preparing for her mum's surgery",
        "Dana busy with her wedding",
    ],
)
def test_their_private_life_is_no_priority_to_offer_help_with(line: str) -> None:
    shown = card(logged(1, P, line, 5), name="Dana")
    assert "IVF" not in shown.split("Carried forward")[1], shown
    assert "surgery" not in shown.split("Carried forward")[1], shown
    assert "wedding" not in shown.split("Carried forward")[1], shown


@pytest.mark.parametrize(
    "note",
    [
        "not sure if I should report Dana to HR for the comments in standup",
        "dunno whether to tell my partner about the Leeds offer",
        "not sure if I report to Tom or Dana after the reorg",
        "unsure if I should raise prices for the Q2 renewals",
        "nie wiem czy mówić po angielsku na prezentacji",
        "no sé si lo digo bien en inglés",
    ],
)
def test_no_weighing_of_telling_someone_else_or_of_something_else(note: str) -> None:
    assert WEIGHS not in card(logged(1, N, note, 4), name="Dana")


def test_a_weighing_settled_by_a_later_line_is_not_brought_back() -> None:
    shown = card(
        logged(1, N, "not sure if I should mention the Leeds offer to Dana", 9),
        logged(2, N, "told Dana about the Leeds offer, she was fine", 2),
        name="Dana",
    )
    assert WEIGHS not in shown, shown


def test_a_weighing_note_shows_beside_a_point_weighing_something_else() -> None:
    shown = card(
        logged(1, N, "Kuba 2x spóźniony, czuć było od niego... nie wiem czy mówić M.", 6),
        logged(2, AG, "my leave dates in Feb - do I mention it now or not?", 1),
        name="Marek",
    )
    assert WEIGHS in shown and "if someone could be hurt" in shown, shown


def test_a_yes_that_says_they_will_send_is_still_theirs() -> None:
    line = "asked Morag for the sponsorship template - she said happy to send it over next week"
    shown = card(logged(1, A, line, 12), name="Morag")
    assert "the next step is yours" not in shown, shown


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("asked Dana if she mentioned me to the panel", "the panel"),
        ("asked whether she recommended me for the Band 7", "the Band 7"),
    ],
)
def test_a_question_about_the_mentioning_keeps_its_thing(line: str, topic: str) -> None:
    assert topic_of(line, counterpart="Dana") == topic


@pytest.mark.parametrize("phrase", ["my cv", "the pr", "the kpi"])
def test_codes_typed_in_lower_case_are_still_said(phrase: str) -> None:
    assert confident(phrase)


@pytest.mark.parametrize(
    "line",
    [
        "asked for the NICE guidance on sepsis screening",
        "asked her to send the WHO guidance on CHV supervision",
        "asked for some guidance templates for the audit",
    ],
)
def test_a_guidance_document_is_never_mentoring(line: str) -> None:
    assert classify_ask(line) is not AskCategory.MENTORSHIP


def test_a_complaint_put_as_am_i_is_still_an_issue() -> None:
    point = "Q1 rota: am I the only one doing Xmas nights? third year running"
    assert points_of([point]).issues()


def test_a_peer_with_real_business_gets_no_stock_who_should_i_know() -> None:
    shown = card(
        logged(1, A, "asked Hafiz if he can take over the poly liaison next yr", 20),
        logged(2, AG, "poly liaison - need yes/no before workplan goes in on 11/12", 2),
        name="Hafiz",
        role=Role.PEER,
    )
    assert "useful to know" not in shown and "get to know" not in shown, shown


def test_a_peer_with_nothing_open_may_still_be_asked_about_their_circle() -> None:
    shown = card(
        logged(1, EntryKind.GAVE, "covered Hafiz's Tuesday lab", 20),
        name="Hafiz",
        role=Role.PEER,
        goal="become head of science",
    )
    assert "in your circle" in shown, shown


def test_an_answer_after_a_label_cut_short_is_read() -> None:
    line = "prosilem M o 2 ludzi do ciagniecia kabli w B. odp: moze z Legnicy po 30.11, nic pewnego"
    shown = card(logged(1, A, line, 39), name="Marek")
    assert "No answer logged" not in shown and "no answer yet" not in shown, shown


# --- round 52's reviews ---------------------------------------------------------------------


def test_a_status_note_about_test_sheets_is_no_safety_warning() -> None:
    shown = card(logged(1, N, "Lwazi says test sheets done tmrw hopefully", 1), name="Pieter")
    assert "safety or integrity matter" not in shown, shown
    gap = card(logged(1, N, "fire door inspection logs not done for 6 weeks", 1), name="Pieter")
    assert "safety or integrity matter" in gap, gap


@pytest.mark.parametrize(
    ("point", "cared"),
    [
        ("the S thing?? maybe. dont want it to look like im targeting him", False),
        ("the S thing?? feel like quitting, can't cope", True),
    ],
)
def test_a_point_naming_a_worry_by_an_initial_carries_it_beside_any_care(
    point: str, cared: bool
) -> None:
    """Round 52 showed a helpline instead of the worry; the worry comes back now, and a sure
    reading of distress keeps its care note beside it."""
    shown = card(
        logged(1, N, "S. came in smelling of booze again this morning. 2nd time. not live work", 9),
        logged(2, AG, point, 0.5),
        name="Pieter",
        scanner=scan,
    )
    assert "This comes back to your note of" in shown, shown
    if cared:
        assert "talk to someone you trust" in shown, shown


def test_a_worry_with_a_mentor_names_no_regulator() -> None:
    shown = card(
        logged(1, AG, "rows 40-60 identical counts across 3 dates - copy paste or filled in?", 1),
        name="Dr Kemp",
        role=Role.MENTOR,
    )
    assert "regulator" not in shown and "inspectorate" not in shown, shown


def test_a_day_hoped_for_in_a_note_is_no_deadline_to_settle() -> None:
    shown = card(logged(1, N, "Lwazi says test sheets done tmrw hopefully", 1), name="Pieter")
    assert "due today" not in shown and "sets the day" not in shown, shown


def test_a_line_that_opens_by_chasing_is_not_a_second_thing_open() -> None:
    shown = card(
        logged(1, A, "asked P if company will pay for my MIE course. he'll 'take it to Riaan'", 23),
        logged(2, A, "chased P re MIE funding - 'still with Riaan'. closes 15 Jan!!", 8),
        name="Pieter",
    )
    assert "two things I asked about" not in shown, shown


def test_a_chase_of_another_thing_is_not_merged_into_an_older_ask() -> None:
    shown = card(
        logged(1, A, "asked Dana for budget for the Excel course", 23),
        logged(2, A, "chased Dana re sign-off on my Leeds trip", 8),
        name="Dana",
    )
    assert "Leeds" in shown.split("Suggested asks")[1], shown


# --- the second fresh-eyes review -----------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "MAR charts unsigned for 3 nights",
        "test sheets pre-filled by Jan before the readings",
        "CD register out by 2 ampoules again",
        "fridge temp logs blank since Tues",
        "no fire drill records this yr",
    ],
)
def test_a_record_with_a_gap_is_still_a_worry(note: str) -> None:
    assert "safety or integrity matter" in card(logged(1, N, note, 2), name="Pieter")


@pytest.mark.parametrize(
    "note",
    ["Lwazi says test sheets done later today", "Zanele has the test sheets thing under control"],
)
def test_records_named_without_a_gap_are_no_worry(note: str) -> None:
    assert "safety or integrity matter" not in card(logged(1, N, note, 2), name="Pieter")


def test_plan_b_is_no_one_a_worry_comes_back_to() -> None:
    shown = card(
        logged(1, N, "B shouted at the new apprentice again, in front of everyone", 5),
        logged(2, AG, "Plan B. if the Q1 budget gets cut - which projects go?", 1),
        name="Pieter",
    )
    assert "This comes back to your note of" not in shown, shown


@pytest.mark.parametrize(
    "note",
    [
        "funding bid closes tmrw 5pm 🤞 still need the budget sheet done",
        "client demo moved to Fri 27 Nov - hopefully we're ready",
    ],
)
def test_a_day_set_from_outside_stays_a_deadline_whatever_the_hope(note: str) -> None:
    from coaching.stakes import _hoped_for

    assert not _hoped_for(note)


def test_who_is_responsible_is_no_answer() -> None:
    from coaching.answers import logged_answer

    assert logged_answer("prosiłem Marka o szkolenie SEP - osoba odp: Nowak z kadr") == ""


def test_an_outsider_with_real_business_gets_no_stock_networking_either() -> None:
    shown = card(
        logged(1, A, "asked Kasia to split the Oliwa lease costs 50/50", 20),
        logged(2, AG, "Oliwa lease - need her answer before we sign on the 10th", 2),
        name="Kasia",
        role=Role.OTHER,
        goal="Chcę prowadzić piekarnię sama za 5 lat",
    )
    assert "get to know" not in shown and "useful to know" not in shown, shown


@pytest.mark.parametrize(
    ("point", "harm_first"),
    [
        ("est-ce que je parle de S. ?? comment sans la griller", True),
        ("do I tell G about Donna & the rota changes??", True),
        ("¿le cuento a Claire lo de Chile? me siento desleal", False),
        ("do I tell P about the Addis interview?? she is my sponsor", False),
    ],
)
def test_a_point_weighing_telling_about_someone_puts_harm_first(
    point: str, harm_first: bool
) -> None:
    """Round 52: "est-ce que je parle de S. ??", of a colleague's unreported medication error,
    was told "if neither, it can wait"."""
    shown = card(logged(1, AG, point, 1), name="Nathalie")
    assert ("if someone could be hurt" in shown) is harm_first, shown


def test_a_promise_to_them_by_a_word_of_respect_and_their_initial_is_theirs() -> None:
    line = "reflective piece for meds mgmt competency - due to Ma'am S 30/11"
    shown = card(logged(1, EntryKind.FOLLOWUP, line, 22), name="Ma'am Siobhan")
    assert "not for Ma'am Siobhan" not in shown, shown


def test_a_chase_sharing_only_days_and_months_is_not_merged() -> None:
    shown = card(
        logged(1, A, "asked Dana about the December rota and my Monday slot", 23),
        logged(2, A, "chased Dana re the Monday slot in December for the lab demo", 8),
        name="Dana",
    )
    assert "two things I asked about" in shown or "lab demo" in shown, shown
