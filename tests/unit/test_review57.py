"""Round 56's reviews (bench/reviews/round56_blind_r1.md, _r2.md) on the cards of sets CW and CX:
answers said with "que" or "fine" in a later note, a quoted answer with the user's three-word
comment after it, "a no for now is fine" on what the goal turns on, a job asked about by its
title, a goal invented from a point, pronouns said to the person's face, a delicate point told
to "make it plainly", and a worry said to be on no point that a point names. Inputs are
invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from tests.unit.test_review20 import card, logged

A, N, AG, F = EntryKind.ASK, EntryKind.NOTE, EntryKind.AGENDA, EntryKind.FOLLOWUP


@pytest.mark.parametrize(
    ("ask", "note", "answer"),
    [
        (
            "pedí a Carmen q me firme lo del curso de paliativos, dice q lo mira",
            "lo del curso: carmen dice q dirección acepta 50% de las horas 👍 falta x escrito",
            "dirección acepta 50% de las horas",
        ),
        (
            "asked if i can shadow her on-call wk in Dec to learn the runbook",
            "C said shadow on-call fine but after cutover, so Jan",
            "shadow on-call fine but after cutover, so Jan",
        ),
    ],
)
def test_a_later_note_telling_what_they_said_answers_the_ask(
    ask: str, note: str, answer: str
) -> None:
    said = card(logged(1, A, ask, 40), logged(2, N, note, 12))
    assert f"the answer was “{answer}" in said, said
    assert "no answer yet" not in said, said


@pytest.mark.parametrize(
    "note",
    [
        "Carmen said the team did great this month",  # praise, no reply to anything
        "Carmen dijo que estaba cansada",  # "dijo que" with no shared words
    ],
)
def test_a_later_note_of_what_they_said_about_something_else_answers_nothing(note: str) -> None:
    said = card(
        logged(1, A, "asked Carmen if I can do the NEBOSH course in Jan", 30),
        logged(2, N, note, 10),
    )
    assert "no answer yet" in said and "later," not in said, said


def test_a_quoted_answer_with_a_three_word_comment_after_it_is_the_answer() -> None:
    said = card(
        logged(
            1,
            A,
            "asked C (corridor chat) if Fleet Mgr role will be advertised internal first. "
            "'HR will decide' – not a no",
            25,
        )
    )
    assert "the answer was “HR will decide”" in said, said


def test_a_job_asked_about_is_named_by_its_title() -> None:
    """Round 56: "is there any news on what I asked you about a few weeks ago?" for the Fleet
    Manager job the user came for."""
    said = card(
        logged(1, A, "asked C (corridor chat) if Fleet Mgr role will be advertised internally", 25),
        in_days=12,
    )
    assert "the Fleet Manager role I asked you about" in said, said


def test_what_the_goal_turns_on_is_chased_without_inviting_a_no() -> None:
    """Round 56: "A no for now is fine — I'd rather know" on the job the user's goal is."""
    said = card(
        logged(1, A, "asked C in the corridor if Fleet Manager goes to internals first", 25),
        goal="Get Carmen to back me for Fleet Manager when Brian moves in Q1",
        in_days=12,
    )
    assert "Your goal rides on it" in said, said
    assert "A no for now is fine" not in said, said


def test_a_point_about_cross_team_impact_in_a_promo_case_is_no_goal_of_two_teams() -> None:
    """Round 56: "Your goal is the two teams working well together" for a user with no goal,
    from "offer to write up the recon perf thing for his promo doc? (cross-team impact)"."""
    said = card(
        logged(1, AG, "offer to write up the recon for her promo doc? (cross-team impact)", 2),
        role=Role.PEER,
    )
    assert "Your goal is the two teams" not in said, said


def test_a_point_about_two_teams_with_no_such_goal_is_not_called_the_goal() -> None:
    point = logged(1, AG, "who owns what between our teams on the damp cases??", 2)
    said = card(point, role=Role.PEER)
    assert "Your goal is the two teams" not in said, said
    assert "Your points are about the work between your two teams" in said, said


# --- letters a case-blind pattern treats as one ------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

#: Words the readers look up in tables after a case-blind match: months, short words, parts.
_WORDS = (
    "aralık kasım mayıs nisan ekim dic dez déc grudnia mgr asst dept sr wk abt ch 2 sect 4 "
    "take over run my me i our mine socia jefa gerente by 3 until 12 owe send report pay"
)
_LOOKED_UP = _WORDS.split()
_SAME_TO_A_PATTERN = {"i": "ıİI", "s": "ſS", "k": "\u212aK"}


@st.composite
def _odd_case_line(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_LOOKED_UP), min_size=1, max_size=8))
    out = []
    for word in words:
        out.append(
            "".join(
                draw(st.sampled_from(c + _SAME_TO_A_PATTERN.get(c.lower(), c.upper())))
                for c in word
            )
        )
    return " ".join(out)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(list(EntryKind)), _odd_case_line()), max_size=4))
def test_a_card_is_built_whatever_case_its_letters_are_typed_in(lines: list) -> None:
    """Round 57's personas: "rapor 3 aralik'a kadar" crashed the card (a table looked up by
    the `.lower()` of a word the pattern matched case-blind). The card must come out, with the
    user's own line on it."""
    entries = [logged(n, kind, text, 3 + n) for n, (kind, text) in enumerate(lines, start=1)]
    said = card(*entries, goal=lines[0][1] if lines else None)
    assert "1:1 with Carmen Vidal" in said, said


def test_a_turkish_month_typed_without_its_dotless_i_is_read() -> None:
    said = card(logged(1, F, "Carmen'e rapor taslağını 3 aralik'a kadar göndereceğim", 10))
    assert "Thu 3 Dec" in said, said


# --- the delicate point in the user's own agenda -------------------------------------------------


def test_how_to_raise_a_near_miss_is_not_the_ask_the_goal_turns_on() -> None:
    """Round 56: "lo de J. y la heparina — cómo lo planteo …" beside a goal about training
    hours was told "This is the ask your goal turns on — make it plainly"."""
    said = card(
        logged(
            1,
            AG,
            "lo de J. y la heparina — cómo lo planteo sin q sea personal. proponer formación "
            "doble chequeo para todo el equipo?",
            3,
        ),
        goal="quiero q me apoyen con las horas de formación del máster para todo el equipo",
    )
    assert "goal turns on" not in said, said


def test_whether_to_tell_them_now_or_later_is_weighed_not_made_plainly() -> None:
    said = card(
        logged(1, AG, "voyage - tell C now?? or just ask to be shore-based lead w/o saying why", 2),
        goal="keep a lead role on the March voyage",
    )
    assert "goal turns on" not in said, said
    assert "To decide:" in said, said


def test_a_near_miss_logged_in_spanish_comes_back_beside_the_point_that_names_its_person() -> None:
    """Round 56: the heparin near miss in a note was read as nothing, and the point naming J.
    got only "two plain sentences"."""
    said = card(
        logged(
            1,
            N,
            "12/11 casi-incidente: J. no hizo doble chequeo heparina, la bomba iba mal programada. "
            "no lo he notificado todavia",
            14,
        ),
        logged(2, AG, "lo de J. y la heparina — cómo lo planteo sin q sea personal?", 3),
    )
    point = said.split("lo de J. y la heparina")[1].split("[")[0]
    assert "This comes back to your note of 12 Nov" in point, said
    assert "belongs in the incident system" in point, said


def test_a_point_saying_how_to_report_carries_the_note_that_names_the_same_person() -> None:
    """Round 56: "none of your points raises it" beside "falar da APR assinada e do Marcão —
    como reportar sem perder o emprego"."""
    said = card(
        logged(
            1,
            N,
            "hj o Marcão (encarregado) mandou trocar disjuntor do QD energizado pq 'loja nao "
            "pode parar'. fiz c medo. nao tinha luva classe 0 no almox",
            22,
        ),
        logged(2, AG, "falar da APR assinada e do Marcão — como reportar sem perder o emprego", 2),
        role=Role.MENTOR,
    )
    assert "none of your points raises it" not in said, said
    assert "This comes back to your note of 4 Nov" in said, said


@pytest.mark.parametrize(
    "ask",
    [
        "perguntei pra Carmen por zap se falo c a Jaqueline do SESMT. ela so respondeu "
        "'conversamos pessoalmente'",
        "asked C whether I should flag the overtime thing to HR - 'let's talk when we meet'",
    ],
)
def test_an_answer_asking_to_talk_in_person_makes_the_1_1_the_place(ask: str) -> None:
    """Round 56: "conversamos pessoalmente" was chased with "send a short message now"."""
    said = card(logged(1, A, ask, 15), in_days=13, role=Role.MENTOR)
    assert "send a short message now" not in said, said
    assert "this 1:1 is the place" in said or "Open ask" in said.split("Suggested")[0], said


def test_the_in_person_answer_is_taken_up_at_the_1_1() -> None:
    ask = "perguntei pra Carmen se falo c a Jaqueline. ela so respondeu 'conversamos pessoalmente'"
    said = card(logged(1, A, ask, 15), in_days=13, role=Role.MENTOR)
    assert "answered “conversamos pessoalmente” — so this 1:1 is the place" in said, said
