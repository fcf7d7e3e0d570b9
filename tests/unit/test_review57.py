"""Round 56's reviews (bench/reviews/round56_blind_r1.md, _r2.md) on the cards of sets CW and CX:
answers said with "que" or "fine" in a later note, a quoted answer with the user's three-word
comment after it, "a no for now is fine" on what the goal turns on, a job asked about by its
title, a goal invented from a point, pronouns said to the person's face, a delicate point told
to "make it plainly", and a worry said to be on no point that a point names. Inputs are
invented; assertions are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.model import EntryKind, Role
from coaching.oversharing import scan
from coaching.prep import AVOID_NOTES
from tests.unit.test_review20 import card, logged

A, N, AG, F = EntryKind.ASK, EntryKind.NOTE, EntryKind.AGENDA, EntryKind.FOLLOWUP

#: How the card says how to say it: the plain note, or the one for what the point avoids.
HOW_SAID = ("How to say it", *(note[:40] for note in AVOID_NOTES.values()))


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

from tests.properties import examples  # noqa: E402

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


@settings(max_examples=examples(60), deadline=None)
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


# --- round 57's own faults (sets DA and DB, rendered after the fixes above) ---------------------


def test_an_outside_offers_deadline_never_sets_the_day_to_settle_an_ask_to_them() -> None:
    """Round 57: a Bodrum offer "cevap 15 Aralik'a kadar" made the pay ask "I need an answer by
    Tue 15 Dec", telling the manager the day of an offer they didn't know of."""
    said = card(
        logged(
            1, A, "Carmen'e maas konusunu actim, %20 istedim. 'yilbasindan sonra bakariz' dedi", 52
        ),
        logged(
            2,
            N,
            "Bodrum Resort'tan teklif: Nisan-Ekim sezonu head chef, maas 2 kati. "
            "cevap 15 Aralik'a kadar",
            11,
        ),
        goal="Mart'a kadar zam almak",
    )
    assert "15 Dec" not in said, said


def test_a_note_the_counterpart_does_not_know_of_never_sets_a_day() -> None:
    said = card(
        logged(1, A, "Carmen'e Izmir'e transfer istedigimi soyledim, 'bakariz' dedi", 45),
        logged(
            2,
            N,
            "Izmir'de baska zincirden teklif geldi, 7 Aralik'a kadar cevap istiyorlar. "
            "Carmen bilmiyor",
            6,
        ),
    )
    assert "7 Dec" not in said, said


def test_whether_to_mention_an_offer_in_turkish_gets_the_offer_note() -> None:
    said = card(
        logged(1, AG, "Bodrum teklifini söyleyeyim mi?? pazarlik kozu mu yoksa risk mi", 1),
    )
    assert "Don't use the offer as a threat" in said, said


@pytest.mark.parametrize(
    "point",
    [
        "maas: IK'ya hic iletmemis, bunu sefi kizdirmadan nasil sorarim",
        "インシデント報告の件、主任を飛び越える感じにならないように伝えたい",
    ],
)
def test_how_to_say_it_is_read_in_turkish_and_japanese(point: str) -> None:
    said = card(logged(1, AG, point, 1))
    # a point that names what it must avoid is told how to say it that way (round 62)
    assert any(how in said for how in HOW_SAID), said


def test_a_workplace_accident_in_turkish_is_a_safety_point() -> None:
    said = card(logged(1, AG, "Emre'nin kazasi – eldiven/önlük siparisi onaylansin", 1))
    assert "safety" in said.split("Your talking points")[1].split("Suggested")[0], said


def test_whether_to_report_a_lockout_in_polish_comes_back_to_the_note_that_names_him() -> None:
    """Round 57: "Marek i blokady – … zglaszamy oficjalnie do BHP czy nie?" beside notes of a
    400V board opened with no padlock got "if neither, it can wait"."""
    said = card(
        logged(
            1, N, "Marek znowu otworzyl rozdzielnice bez klodki, 2 zmiana. nic sie nie stalo", 20
        ),
        logged(
            2,
            N,
            "24/11 znowu Marek, widzialem sam. 400V!! nie chce robic donosu ale ktos sie w koncu "
            "zabije",
            2,
        ),
        logged(3, AG, "Marek i blokady – co dalej, zglaszamy oficjalnie do BHP czy nie?", 1),
    )
    point = said.split("Marek i blokady")[1].split("[")[0]
    assert "it can wait" not in point, said
    assert "This comes back to your note of 24 Nov" in point, said


def test_a_promise_due_on_a_polish_weekday_and_date_is_read() -> None:
    said = card(logged(1, F, "protokol pomiarow izolacji dla Carmen do pt 27/11", 9), in_days=1)
    assert "Due tomorrow" in said, said


def test_an_ask_put_to_hr_is_not_chased_as_theirs() -> None:
    """Round 57: "When you asked on 19 Nov, the answer was 'sef bize bir sey iletmedi'" — HR's
    answer, pinned on the chef."""
    said = card(
        logged(1, A, "IK'ya sordum maas ne oldu diye, 'sef bize bir sey iletmedi' dediler 🤨", 30),
        logged(2, AG, "maas ne oldu? cevap lazim", 1),
    )
    assert (
        "the answer was “sef bize bir sey iletmedi”"
        not in said.split("Carried")[1].split("Your talking points")[1]
    ), said


def test_swahili_is_never_pasted_into_an_english_line() -> None:
    said = card(
        logged(1, F, "kutuma soil data kwa Carmen – nimemaliza 27/40 tu, lab imechelewa", 6),
        logged(2, EntryKind.GAVE, "helped Carmen with the field day", 20),
    )
    assert "kwa" not in said.split("Suggested asks")[1], said


def test_a_promise_the_users_own_point_takes_up_is_not_sent_before_the_meeting() -> None:
    said = card(
        logged(1, F, "send Carmen the soil data for the 40 farms", 6),
        logged(
            2, AG, "ask for an extension on the soil data to 11 Dec – be honest about lab delays", 1
        ),
    )
    assert "before you meet — what you owe comes before a new ask" not in said, said
    assert "what I promised" not in said, said


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("森部長にASTに入れてほしいとお願いした→「検討します」", "検討します"),
        (
            "夜勤を月4→2に減らせないか田中主任に相談→「人が足りないから無理」",
            "人が足りないから無理",
        ),
        ("時短の件、部長にメールで軽く触れた→返信『次の面談で』", "次の面談で"),
        ("山本部長に研修の件相談。『来年度の予算次第』とのこと", "来年度の予算次第"),
    ],
)
def test_a_japanese_answer_is_shown_whole_in_its_brackets(line: str, answer: str) -> None:
    """Round 57: "the answer was “「検討します”", "“返信『次の面談で”", "2に減らせないか…" (an
    arrow between two numbers read as the answer's), and "no answer yet" beside 『…』とのこと."""
    said = card(logged(1, A, line, 30))
    assert f"the answer was “{answer}”" in said, said


def test_a_department_head_is_never_told_a_no_for_now_is_fine() -> None:
    said = card(logged(1, A, "研修の件相談した", 60), name="山本部長", in_days=6)
    assert "A no for now is fine" not in said and "anything I can do" not in said, said


@pytest.mark.parametrize(
    "note",
    [
        "ヒヤリハット 夜勤帯で調製量ミス1件 患者影響なし 報告済",
        "near miss on the dock, forklift reversing w no banksman. already reported",
    ],
)
def test_a_near_miss_already_reported_is_not_raised_as_unraised(note: str) -> None:
    said = card(logged(1, N, note, 12))
    assert "none of your points raises it" not in said, said


def test_a_goal_of_smoother_shift_handovers_is_about_the_work_between_shifts() -> None:
    said = card(
        logged(1, EntryKind.GAVE, "covered the 3am call for Carmen", 20),
        role=Role.PEER,
        goal="smoother shift handovers before the winter peak",
    )
    assert "in your circle" not in said, said


def test_an_ask_is_named_by_the_thing_its_verb_takes() -> None:
    """Round 57: "is there any news on what I asked you about in September?" for "asked Dev if
    his crew can fill the handover sheet by 6pm not 6:45"."""
    said = card(logged(1, A, "asked C if her crew can fill the handover sheet by 6pm not 6:45", 58))
    assert "the handover sheet I asked you about" in said, said


@pytest.mark.parametrize(
    "line",
    [
        "asked if she knows anyone at the bank (ANZ rural?) re herd loan",  # not "the bank"
        "asked for day shifts in Dec. she said she'll check the roster",  # the answer's thing
    ],
)
def test_a_thing_the_ask_does_not_request_does_not_name_it(line: str) -> None:
    said = card(logged(1, A, line, 40))
    assert "the bank I asked" not in said and "the roster I asked" not in said, said


# --- a fresh-eyes review of the above: what the new readings must leave alone -------------------

SAFETY_SAID = "A safety point won't keep"


@pytest.mark.parametrize(
    "point",
    [
        "I'm starting a second degree in data science in Feb - ask about study leave",
        "2. derece kadroya terfi ne zaman? sor",
        "geçen hafta kaza geçirdim (araba), sigorta işleri için cuma izin isteyeceğim",
        "release: fix the medication error banner on iOS before the demo",
        "staff leave the POS terminals without a lock screen - raise with Carmen",
        "jak tak dalej, ktoś zabije ten projekt - porozmawiać o priorytetach",
    ],
)
def test_a_degree_a_car_crash_a_banner_or_a_project_is_no_safety_point(point: str) -> None:
    assert SAFETY_SAID not in card(logged(1, AG, point, 1))


def test_a_family_members_road_accident_is_never_raised_as_a_safety_matter() -> None:
    said = card(logged(1, N, "annem trafik kazası geçirdi, hastanede, pazartesi izin lazım", 10))
    assert "sounds like a safety or integrity matter" not in said, said


@pytest.mark.parametrize(
    "answer",
    [
        "personalmente no lo veo este año",
        "pessoalmente acho que não vale",
        "only if it's in person, not online",
        "approved, but it must be the f2f one",
    ],
)
def test_personally_or_a_courses_format_is_no_ask_to_talk_in_person(answer: str) -> None:
    said = card(
        logged(1, A, f"asked Carmen to fund the leadership course, she said '{answer}'", 30)
    )
    assert "face to face" not in said and "this 1:1 is the place" not in said, said


@pytest.mark.parametrize(
    ("ask", "note"),
    [
        (
            "asked Carmen if I can move to the day shift rota in January",
            "Carmen said my day shift handover notes were fine, good feedback",
        ),
        (
            "pedí a Carmen el turno fijo de mañanas desde enero",
            "Carmen dice q el turno de noche va fatal",
        ),
        (
            "asked Carmen if I can move to the day shift rota",
            "Carmen said she's fine now after the flu",
        ),
    ],
)
def test_something_else_they_said_answers_no_ask(ask: str, note: str) -> None:
    said = card(logged(1, A, ask, 40), logged(2, N, note, 10))
    assert "later," not in said, said


@pytest.mark.parametrize(
    "ask",
    [
        "asked Carmen about a course - 'Advanced Excel' on LinkedIn Learning",
        "asked Carmen if 'Team Lead' post is open",
    ],
)
def test_a_quoted_name_with_words_after_it_is_no_answer(ask: str) -> None:
    said = card(logged(1, A, ask, 30))
    assert "the answer was" not in said and "answered" not in said, said


@pytest.mark.parametrize(
    "note",
    [
        "Lisbon conference early-bird closes 30 Nov, I don't know if budget is still there",
        "Lisbon conference early-bird: kimse bilmiyor, closes 30 Nov",
    ],
)
def test_a_deadline_in_a_note_the_user_is_unsure_about_still_sets_the_day(note: str) -> None:
    said = card(
        logged(1, A, "asked Carmen to approve the budget for the Lisbon conference", 30),
        logged(2, N, note, 10),
    )
    assert "30 Nov" in said.split("Suggested asks")[1], said


@pytest.mark.parametrize(
    "point",
    [
        "ofertę od Jungheinricha na wózki - negocjacje ceny, kto podpisuje?",
        "Nivea'dan teklif geldi, kozmetik reyonu için raf alanı istiyorlar",
        "en RRHH me ofrecieron cambiar al turno de mañana - ¿negociar el plus?",
        "候補者にオファーを出す予定、給与交渉の余地は？",
    ],
)
def test_a_suppliers_quote_or_an_internal_move_gets_no_outside_offer_note(point: str) -> None:
    assert "Don't use the offer as a threat" not in card(logged(1, AG, point, 1))


@pytest.mark.parametrize(
    "ask",
    [
        "asked Carmen about my missing overtime from Oct - she emailed payroll, said she'd sort it",
        "asked Carmen to approve my flexible working; she checked with HR and will confirm",
        "Carmen wegen der Spätschicht nach mehr Personal gefragt",
    ],
)
def test_an_ask_of_theirs_that_mentions_hr_is_still_theirs_to_answer(ask: str) -> None:
    said = card(logged(1, A, ask, 30))
    assert "Carmen" in said.split("Suggested asks")[1].split("Balance")[0].split("1.")[1], said
    assert "I asked you about" in said or "about" in said.split("Suggested asks")[1], said


@pytest.mark.parametrize(
    ("owed", "point"),
    [
        (
            "send Carmen the floor plans for the warehouse extension",
            "warehouse extension - ask who signs off the budget",
        ),
        ("send Carmen the agenda for the team offsite", "postpone the team offsite to Feb?"),
    ],
)
def test_a_point_that_is_no_ask_for_more_time_leaves_the_promise_to_send(
    owed: str, point: str
) -> None:
    said = card(logged(1, F, owed, 12), logged(2, AG, point, 1))
    assert "promised" in said.split("Suggested asks")[1], said


def test_a_point_about_someones_course_is_not_tied_to_a_worry_about_them() -> None:
    said = card(
        logged(1, N, "Marcos le gritó a la becaria delante de todos otra vez", 10),
        logged(2, AG, "hablar del curso de Excel de Marcos para enero", 1),
    )
    point = said.split("curso de Excel")[1].split("[")[0]
    assert "comes back to your note" not in point, said


@pytest.mark.parametrize(
    "note",
    [
        "near miss with Tom on the hoist - I did the Datix; Tom hasn't reported back to me since",
        "Beinaheunfall mit Jonas am Stapler, im System eingetragen. Jonas hat sich nicht gemeldet",
    ],
)
def test_a_near_miss_already_on_record_is_not_told_to_be_reported(note: str) -> None:
    said = card(logged(1, N, note, 10), logged(2, AG, "raise the thing with Tom and Jonas?", 1))
    assert "belongs in the incident system" not in said, said


@pytest.mark.parametrize(
    "point",
    [
        "pazar günü dükkanı açayım mı? ciro düşük",
        "zgłaszam urlop na święta czy nie? grafik jeszcze otwarty",
    ],
)
def test_opening_a_shop_or_putting_in_for_leave_is_no_whether_to_tell(point: str) -> None:
    assert "To decide:" not in card(logged(1, AG, point, 1))


@pytest.mark.parametrize(
    "point",
    ["言い方を変えると、来期の予算が足りない", "yeni şubeyi nasıl açarım, bütçe yeterli mi?"],
)
def test_in_other_words_or_opening_a_branch_is_no_how_to_say(point: str) -> None:
    assert "How to say it" not in card(logged(1, AG, point, 1))


def test_a_name_that_is_also_a_swahili_word_is_still_said() -> None:
    said = card(logged(1, A, "asked Carmen for an intro to Leo in finance", 30))
    assert "Leo in finance" in said.split("Suggested asks")[1], said


@pytest.mark.parametrize(
    "line",
    [
        "poprosiłam Carmen o uwagi do pt 3/4 raportu z audytu",
        "wysłać Carmen poprawki do pt 2/1 procedury BHP",
    ],
)
def test_a_numbered_point_is_no_weekday_and_date(line: str) -> None:
    said = card(logged(1, A, line, 10))
    carried = said.split("Carried forward")[1].split("Your talking points")[0]
    assert "Mar" not in carried and "Jan" not in carried, said


def test_hours_billed_for_work_never_done_is_an_integrity_worry_tied_to_the_point() -> None:
    """Round 57: "Bruno pediu pra eu lançar 6h no cliente Ribeiro de uma pesquisa que eu não
    fiz" got only "two plain sentences" beside "como falar do Bruno …?"."""
    said = card(
        logged(
            1,
            N,
            "<@U07|bruno.s> pediu pra eu lançar 6h no cliente Ribeiro de uma pesquisa que eu não "
            "fiz, 'arredonda, todo mundo faz'. não lancei",
            8,
        ),
        logged(
            2, AG, "como falar do Bruno sem parecer q to me justificando pelas horas baixas?", 1
        ),
    )
    point = said.split("como falar do Bruno")[1].split("[")[0]
    assert "This comes back to your note of 18 Nov (“Bruno S. pediu" in point, said


def test_a_point_asking_to_keep_it_between_them_is_told_to_ask_that_first() -> None:
    said = card(
        logged(1, AG, "Agrivale: ficar ou ir? pedir pra ficar entre nós", 1), role=Role.MENTOR
    )
    assert "Ask first whether it can stay between you two" in said, said


def test_an_offer_with_pay_beside_it_in_portuguese_sets_no_day_for_an_ask_to_them() -> None:
    said = card(
        logged(1, A, "perguntei pra Carmen se ela conhecia alguem na Agrivale, disse q ia ver", 80),
        logged(
            2,
            N,
            "proposta da Agrivale: +40% e carro, mas base em Sorriso MT. resposta ate 4/12",
            9,
        ),
        role=Role.MENTOR,
        goal="decidir ate dezembro se fico na coop ou aceito a Agrivale",
    )
    assert "4 Dec" not in said, said


def test_an_answer_putting_it_off_to_the_next_budget_in_swahili_notes_is_a_deferral() -> None:
    """Round 56: "akasema 'tuone next budget'" was chased as "where that has got to"."""
    said = card(
        logged(
            1,
            A,
            "nimeuliza Carmen motorbike fuel allowance iongezwe, petrol imepanda akasema "
            "'tuone next budget'",
            17,
        )
    )
    assert "put it off (next budget)" in said, said


# --- round 58's findings on CY and CZ ------------------------------------------------------------


def test_a_threat_from_a_service_user_gets_the_safety_plan_beside_the_point_naming_him() -> None:
    """Round 58: "parler de M. B. et du parking — protection fonctionnelle ?" was told "This is
    the ask your goal turns on … what you'd bring"; the threat note was tied to a point about
    Friday hours by the word "vendredi"."""
    said = card(
        logged(
            1,
            N,
            "usager (M. B.) m'a menacée à l'accueil: 'je sais où vous garez votre voiture'",
            31,
        ),
        logged(2, N, "recroisé M. B. sur le parking vendredi soir. j'ose plus partir seule", 6),
        logged(3, AG, "80% : si refus, quelles options ? (horaires décalés le vendredi ?)", 2),
        logged(
            4,
            AG,
            "parler de M. B. et du parking — protection fonctionnelle ? sans passer pour celle "
            "qui craque",
            1,
        ),
        goal="passer à 80% dès janvier pour m'occuper de mon père",
        role=Role.OTHER,
    )
    first = said.split("80% : si refus")[1].split("[")[0]
    second = said.split("parler de M. B.")[1].split("[")[0]
    assert "comes back" not in first, said
    assert "Being threatened on the job is a safety matter" in second, said
    assert "goal turns on" not in said, said


def test_a_shout_is_no_threat_to_plan_a_way_home_around() -> None:
    said = card(
        logged(1, N, "Sato senpai shouted at me again in front of the team", 12),
        logged(2, AG, "the Sato thing - raise it?", 1),
    )
    assert "where you park" not in said, said


def test_when_to_tell_of_maternity_leave_is_the_users_own_news() -> None:
    said = card(
        logged(1, AG, "AST専任 — 4月の人事、産休のことはいつどう伝える?", 2), role=Role.SKIP
    )
    assert "Whether and when to share news like this is yours alone" in said, said


def test_whether_to_tell_of_a_named_colleague_in_japanese_weighs_harm_first() -> None:
    said = card(logged(1, AG, "川口さんのこと、部長に言うべき?主任が先?", 2))
    assert "if someone could be hurt or treated badly" in said, said


def test_what_they_need_for_their_review_is_no_debt_of_theirs() -> None:
    """Round 58: "Get what Priya owes you settled first" of "owe Priya the fuel numbers … she
    needs them for her review 3/12"."""
    said = card(
        logged(
            1,
            F,
            "owe Carmen the fuel numbers from the trailer trial - she needs them for her "
            "review 3/12",
            12,
        ),
        role=Role.PEER,
    )
    assert "owes you" not in said, said
    assert "fuel numbers" in said.split("Suggested asks")[1], said


def test_a_reply_from_the_one_their_side_said_must_decide_settles_the_ask() -> None:
    said = card(
        logged(
            1,
            A,
            "asked if she can lend 2 drivers for Black Friday wk. prob yes but her ops mgr has "
            "to OK",
            21,
        ),
        logged(2, N, "her ops mgr OK'd 1 driver (Kev) not 2. fine, agency for the other", 17),
        role=Role.PEER,
    )
    assert "the answer was “OK'd 1 driver (Kev) not 2”" in said, said
    assert "where that has got to" not in said, said


def test_a_brew_owed_is_not_sent_as_a_promise() -> None:
    said = card(logged(1, F, "owe Carmen a brew and a proper thanks for the wrap thing lol", 38))
    assert "here's a brew" not in said and "Send a brew" not in said, said


def test_being_shortlisted_is_no_work_to_present_to_leadership() -> None:
    said = card(
        logged(1, EntryKind.WIN, "scholarship shortlist!! interview 15 Jan", 6), role=Role.MENTOR
    )
    assert "presented" not in said and "so the impact lands" not in said, said


def test_an_answer_to_talk_when_they_meet_in_swahili_makes_the_1_1_the_place() -> None:
    said = card(
        logged(1, A, "nimemuuliza Carmen kama anaijua NGO ile, akasema 'tuongee tukikutana'", 10),
        in_days=2,
        role=Role.MENTOR,
    )
    assert "this 1:1 is the place" in said, said


def test_a_promise_made_to_someone_else_is_not_handed_to_them() -> None:
    """Round 58: "Krzysiek, here's what I promised" of an incident report promised to p. Ewa
    from BHP."""
    said = card(
        logged(1, F, "obiecalem p. Ewie z BHP ze do pt 27.11 wysle opis zdarzenia z 5.11", 20)
    )
    assert "here's what I promised" not in said and "I promised" not in said, said


# --- a second fresh-eyes review: what round 58's readings must leave alone -----------------------


@pytest.mark.parametrize(
    "owed",
    [
        "Tom's PO stuck — he needs Carmen to approve it by Fri 27 Nov",
        "interns' contracts — they need Carmen to sign by Fri 27 Nov",
    ],
)
def test_what_someone_needs_them_to_do_is_still_theirs(owed: str) -> None:
    said = card(logged(1, F, owed, 10))
    assert "I promised" not in said, said


@pytest.mark.parametrize(
    "point",
    [
        "the dad on the estate threatened me on visits — keep it between us for now?",
        "I stay quiet in big meetings — want to speak up more at the Q1 review",
        "como dividir o plantão de dezembro entre nós dois",
        "acceso a la info confidencial del cliente para el nuevo",
    ],
)
def test_between_us_only_where_it_asks_to_keep_it_and_never_over_a_threat(point: str) -> None:
    said = card(logged(1, AG, point, 1))
    assert "Ask first whether it can stay between you two" not in said, said
    if "threatened" in point:
        assert "concern about the work" in said or "Being threatened" in said, said


@pytest.mark.parametrize(
    "note",
    [
        "Dev threatened me with a PIP if Q4 numbers slip",
        "customer threatened me with a one-star review because the parcel was late",
        "promo panel went for me over the external candidate!! starting Jan",
        "w zeszłym roku groziło mi zwolnienie, teraz jest ok",
    ],
)
def test_a_pip_a_review_or_good_news_is_no_threat_to_plan_around(note: str) -> None:
    said = card(logged(1, N, note, 3), logged(2, AG, "Q4 numbers and delivery delays?", 1))
    assert "where you park" not in said and "sounds like a safety" not in said, said


@pytest.mark.parametrize(
    "note",
    [
        "need to log my hours for last week — I didn't do the timesheet on Friday, oops",
        "preciso lançar minhas horas de ontem no sistema, não fiz ainda",
    ],
)
def test_a_forgotten_timesheet_is_no_billing_fraud(note: str) -> None:
    assert "sounds like a safety or integrity matter" not in card(logged(1, N, note, 3))


def test_someone_elses_boss_approving_answers_no_ask() -> None:
    said = card(
        logged(
            1, A, "asked Carmen to fund my Lisbon trip — prob yes but her boss has to approve", 21
        ),
        logged(2, N, "Nina moving to the Berlin office — her boss approved the transfer", 10),
    )
    assert "later," not in said, said


@pytest.mark.parametrize(
    "owed",
    [
        "owe Carmen the dinner rota for December by Fri 27 Nov",
        "owe Carmen the coffee machine quotes by Fri 27 Nov",
        "owe Carmen a thank-you and the signed contract by Fri 27 Nov",
    ],
)
def test_a_thing_named_after_food_or_a_thanks_with_it_is_still_a_promise(owed: str) -> None:
    assert "I promised" in card(logged(1, F, owed, 10)) or "promised" in card(
        logged(1, F, owed, 10)
    )


@pytest.mark.parametrize(
    "note",
    [
        "oferta de Lucía (candidata backend): sueldo 42k, necesito el OK de Carmen antes del "
        "jueves 3/12",
        "proposta da Ambev: +12% no volume, Carmen precisa aprovar o preço até 3/12",
    ],
)
def test_a_hiring_or_sales_offer_keeps_its_day(note: str) -> None:
    said = card(
        logged(1, A, "asked Carmen to approve the offer and the price", 20), logged(2, N, note, 2)
    )
    assert "3 Dec" in said, said


@pytest.mark.parametrize(
    "point",
    [
        "should I tell the team about Ana's maternity leave cover before it's announced?",
        "田中さんの産休のこと、チームに言うべき?",
    ],
)
def test_a_colleagues_maternity_leave_is_not_the_users_news(point: str) -> None:
    assert "Whether and when to share news like this is yours alone" not in card(
        logged(1, AG, point, 1)
    )


def test_a_promise_named_with_a_product_is_still_to_them() -> None:
    said = card(logged(1, F, "promised Figma mockups to Carmen by Fri 27 Nov", 10))
    assert "promised" in said.split("Suggested asks")[1], said


def test_a_yes_starting_next_month_is_no_deferral() -> None:
    said = card(
        logged(
            1, A, "le pedí a Carmen el aumento — dijo que sí, aprobado, effective next month", 20
        )
    )
    assert "put it off" not in said, said


def test_work_of_the_users_that_was_picked_is_still_theirs_to_present() -> None:
    said = card(logged(1, EntryKind.WIN, "my talk got accepted to KubeCon EU", 4), role=Role.MENTOR)
    assert "my talk" in said or "your talk" in said, said


@pytest.mark.parametrize(
    "point", ["来期の目標、田中課長に先に言うべき?", "山田先輩に手伝ってもらったこと、言うべき?"]
)
def test_telling_someone_in_japanese_is_no_worry_about_them(point: str) -> None:
    assert "if someone could be hurt or treated badly" not in card(logged(1, AG, point, 1))


def test_a_dotted_acronym_is_no_ones_initials() -> None:
    said = card(
        logged(1, N, "Tom made another racist joke at lunch. told H.R.? not yet", 5),
        logged(2, AG, "H.R. training budget for Q1?", 1),
    )
    budget = said.split("H.R. training budget")[1].split("[")[0]
    assert "comes back to your note" not in budget, said


# --- round 59's findings on DC and DD ------------------------------------------------------------


def test_a_rota_owed_to_them_in_polish_dative_is_theirs() -> None:
    said = card(
        logged(1, F, "wysłać Carmenowi grafik zmiany B na grudzień do pt", 6), name="Carmen"
    )
    assert "not for Carmen" not in said, said


def test_a_declined_polish_name_is_them() -> None:
    said = card(
        logged(1, F, "wysłać Zbyszkowi grafik zmiany B na grudzień + urlopy świąteczne do pt", 6),
        name="Zbyszek",
    )
    assert "not for Zbyszek" not in said, said


def test_two_asks_sharing_only_said_and_their_name_are_not_asked_twice() -> None:
    said = card(
        logged(
            1, A, "pytałem Zbyszka o dofinansowanie kursu IWS, powiedział 'zobaczymy w 2027'", 78
        ),
        logged(2, A, "zgłosiłem Zbyszkowi temat Darka i pomiarów, powiedział 'ogarnę'", 31),
        logged(3, AG, "IWS - jest decyzja? zapisy na kurs wiosenny do 15.12", 1),
        name="Zbyszek",
        goal="kurs IWS w 2026 i awans na mistrza",
    )
    assert "asked twice" not in said, said


def test_whether_to_take_a_gas_check_to_the_safety_body_is_a_safety_gap() -> None:
    said = card(
        logged(1, N, "Darek wszedł do zbiornika bez pomiaru gazu, to jest niebezpieczne", 5),
        logged(2, AG, "pomiary gazu - zgłaszać oficjalnie do BHP czy Zbyszek to załatwi?", 1),
        name="Zbyszek",
    )
    point = said.split("pomiary gazu")[1].split("[")[0]
    assert "safety" in point and "it can wait" not in point, said
    assert "none of your points raises it" not in said, said


def test_a_yes_no_and_a_date_is_no_dating() -> None:
    point = logged(1, AG, "honorarium / backpay – get a yes/no and a date", 1)
    assert "leave it out" not in card(point, scanner=scan)


def test_wanting_them_to_hear_it_first_ties_the_worry_and_is_no_favouritism() -> None:
    said = card(
        logged(
            1,
            N,
            "Cllr B rang me directly AGAIN about the Moortown extension, 2nd time, wants it "
            "'sorted before xmas'. not logged w MO yet",
            10,
        ),
        logged(2, AG, "Cllr B – make sure Carmen hears it from me first", 1),
        scanner=scan,
    )
    assert "favouritism" not in said, said
    assert "This comes back to your note of 16 Nov" in said, said


def test_an_answer_promised_for_december_in_japanese_waits() -> None:
    said = card(
        logged(1, A, "夜勤1名増員をお願いした→予算次第、12月に回答とのこと", 60), role=Role.SKIP
    )
    assert "is there any news" not in said and "what's the latest" not in said, said


def test_the_skip_levels_circle_is_said_without_their_name_twice() -> None:
    said = card(role=Role.SKIP, name="山本GM")
    assert "山本GM's circle" not in said, said


def test_a_point_sharing_words_with_a_promise_leaves_its_balance_line() -> None:
    """Round 60: "Send Mr. Otieno your follow-up from 6 Nov before you meet" was dropped because
    a point about the seafood restaurant's head chef job shared "seafood restaurant" with the
    menu proposal owed."""
    said = card(
        logged(
            1, F, "send Carmen the seafood restaurant menu proposal + costing before the 1:1", 20
        ),
        logged(2, A, "asked Carmen for food cost training", 75),
        logged(3, A, "asked Carmen for leave 18-28 Dec", 12),
        logged(
            4,
            AG,
            "head chef of the seafood restaurant — what's the process, when do they decide?",
            2,
        ),
        in_days=6,
    )
    assert "menu proposal" in said.split("Suggested asks")[1], said


def test_a_swahili_request_for_an_extension_is_more_time_asked() -> None:
    said = card(
        logged(1, F, "send Carmen the methods draft for the trial paper", 25),
        logged(2, AG, "methods draft — naomba extension hadi 7/12?", 1),
        in_days=2,
        role=Role.MENTOR,
    )
    assert "before you meet — what you owe comes before a new ask" not in said, said


# --- a third fresh-eyes review: round 59's readings must leave these alone -----------------------


@pytest.mark.parametrize(
    ("owed", "name"),
    [
        ("Any chance mum's chemo moves to Fri? call the oncology nurse by Thu", "Ana Souza"),
        ("send Paula the handover notes by fri", "Paul Smith"),
        ("send Daniela the Q4 numbers by Monday", "Daniel Nowak"),
        ("send Annie the onboarding checklist by fri", "Anna Kowalska"),
    ],
)
def test_a_name_that_looks_declined_but_is_english_or_someone_else_is_not_them(
    owed: str, name: str
) -> None:
    said = card(logged(1, F, owed, 3), name=name)
    assert "I promised" not in said, said


@pytest.mark.parametrize(
    ("note", "point"),
    [
        (
            "forklift brakes broken again in bay 2 - nearly hit Ola, nobody reported it",
            "H&S induction dates for the two new starters",
        ),
        (
            "scaffold on block C missing toe boards, lads still working on it",
            "can I go on the OHS cert course in Feb?",
        ),
    ],
)
def test_a_safety_body_named_in_passing_covers_no_safety_note(note: str, point: str) -> None:
    said = card(logged(1, N, note, 3), logged(2, AG, point, 1))
    assert "none of your points raises it" in said, said


@pytest.mark.parametrize(
    "point",
    [
        "it's dangerous to promise the client a Q1 go-live we can't hit",
        "es peligroso prometerle fechas al cliente sin hablar con IT",
        "no es peligroso, pero el cliente se queja del ruido del compresor",
        "site boiler serviced Fri - no gas check needed till March, can we move the audit?",
        "confined space no longer on my ticket - can I renew it in Jan?",
    ],
)
def test_a_figure_of_speech_or_a_routine_gas_line_is_no_safety_point(point: str) -> None:
    assert SAFETY_SAID not in card(logged(1, AG, point, 1))


def test_a_heads_up_about_a_rota_carries_no_worry() -> None:
    said = card(
        logged(1, N, "Priya said the site manager grabbed her arm in the yard", 3),
        logged(2, AG, "give Priya a heads-up about the Dec rota change", 1),
    )
    assert "comes back to your note" not in said.split("heads-up")[1].split("[")[0], said


@pytest.mark.parametrize(
    "point",
    [
        "should I tell Mark I've got an interview with BHP next week or not?",
        "do I tell Niamh I applied for the HSE CNM2 post in Galway?",
    ],
)
def test_a_job_at_a_company_named_like_a_safety_body_is_no_safety_gap(point: str) -> None:
    assert "A safety or compliance gap" not in card(logged(1, AG, point, 1))


def test_putting_in_for_leave_in_polish_is_no_whether_to_tell() -> None:
    point = logged(
        1, AG, "zgłaszam do kierownika urlop na grudzień, czy Ewa może mnie zastąpić?", 1
    )
    assert "To decide:" not in card(point)


def test_a_real_date_is_still_dating() -> None:
    point = logged(
        1,
        AG,
        "going on a new date with Leo from the warehouse tonight lol - does Carmen need to know?",
        1,
    )
    assert "personal" in card(point, scanner=scan), card(point, scanner=scan)


def test_an_ask_for_a_pay_rise_asked_again_is_still_asked_twice() -> None:
    said = card(
        logged(1, A, "asked Pedro for a pay rise", 40),
        logged(2, A, "asked Pedro again about the pay rise", 20),
        name="Pedro Alves",
        goal="get a pay rise this year",
    )
    assert "You've asked twice now" in said, said


@pytest.mark.parametrize(
    "ask",
    [
        "asked Carmen if I can lead the Osaka team, she said '4月に決めた体制のまま'",
        "asked Carmen for a raise, she said '9月に上げたばかり'",
    ],
)
def test_a_past_month_in_a_japanese_answer_is_no_put_off(ask: str) -> None:
    """Chased as answered, not left to wait for next April or September."""
    assert "ask where that has got to" in card(logged(1, A, ask, 30))


# --- round 60's findings on DE and DF ------------------------------------------------------------


@pytest.mark.parametrize(
    ("point", "said_note"),
    [
        ("zam konusunu ilk görüşmede açmalı mıyım? 🤔", "To decide:"),
        ("S先輩の件…森先生に相談していいのか、それとも倫理窓口?", "a record is false"),
        ("hỏi chị Mai báo sự cố tủ lạnh 2 thế nào, có cần nêu tên ai ko", "How to say it"),
    ],
)
def test_whether_and_how_to_raise_it_in_turkish_japanese_and_vietnamese(
    point: str, said_note: str
) -> None:
    assert said_note in card(logged(1, AG, point, 1))


@pytest.mark.parametrize(
    "point",
    [
        "pencereyi açmalı mıyım diye sordu müşteri",  # no "-mıyım" of the user's own: a customer
        "hỏi chị Mai lịch trực tuần sau",  # asking the rota, no "how"
    ],
)
def test_a_plain_question_in_turkish_or_vietnamese_is_no_dilemma(point: str) -> None:
    said = card(logged(1, AG, point, 1))
    assert "To decide:" not in said and "How to say it" not in said, said


# --- a fourth fresh-eyes review ------------------------------------------------------------------


@pytest.mark.parametrize(
    "point",
    [
        "the ramp at dock 3 is cracked - it's dangerous for the night crew",
        "la rampa del muelle 3 está rota, es muy peligroso para el turno de noche",
        "Kuba went down the manhole on site 4 with no gas check – 2nd time",
    ],
)
def test_a_hazard_said_dangerous_or_a_skipped_gas_check_is_a_safety_point(point: str) -> None:
    assert SAFETY_SAID in card(logged(1, AG, point, 1))


@pytest.mark.parametrize(
    "point",
    [
        "pedirle el aumento ahora que hay recortes es peligroso, pero no puedo esperar a marzo",
        "báo cáo doanh số tháng 11 thế nào rồi?",
        "NTTさんの件、値引きのこと言うべき?",
    ],
)
def test_a_career_risk_a_sales_report_or_a_client_is_no_safety_or_harm_matter(point: str) -> None:
    said = card(logged(1, AG, point, 1))
    assert SAFETY_SAID not in said and "How to say it" not in said, said
    assert "if someone could be hurt or treated badly" not in said, said


def test_whether_to_report_to_bhp_or_fix_it_ourselves_is_weighed() -> None:
    said = card(logged(1, AG, "zgłaszamy do BHP czy sami naprawiamy tę barierkę?", 1))
    assert "A safety or compliance gap" in said, said


def test_asking_whom_they_report_to_covers_no_safety_note() -> None:
    said = card(
        logged(1, N, "scaffold on block C missing toe boards, lads still working on it", 3),
        logged(2, AG, "after the reorg do I report to you or to the EHS manager?", 1),
    )
    assert "none of your points raises it" in said, said


@pytest.mark.parametrize(
    "answer", ["12月に回答いただけるそうです", "12月中に検討したい", "1月に決めたいとのこと"]
)
def test_a_japanese_answer_promised_for_a_month_waits(answer: str) -> None:
    ask = f"asked Carmen about leading the Osaka team, she said '{answer}'"
    said = card(logged(1, A, ask, 30))
    assert "ask where that has got to" not in said and "the answer was" in said, said
