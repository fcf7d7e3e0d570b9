"""Round 52's reviews (bench/reviews/round52_blind_r1.md, _r2.md) put "answered asks shown as
unanswered" second among the cards' faults: an answer told after an arrow and followed by the
user's own comment, told as what they will do ("she'll support but D has to sign", "ele vai
levar pra diretoria"), said in the present ("dice q sí"), or quoted in Japanese brackets was
read as no answer, and the card told the user to chase a yes. Inputs are invented; assertions
are on the card as the user reads it."""

from __future__ import annotations

import pytest

from coaching.balance import Balance, Give, balance_nudge
from coaching.model import EntryKind, Role
from tests.unit.test_review20 import card, logged

A = EntryKind.ASK


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        (
            "pedí a Leti si me firma la carta p/ la beca → dice q sí pero q antes lo hablemos. "
            "nervios la vdd",
            "sí pero q antes lo hablemos",
        ),
        ("pytałem o dwóch ludzi z Opola -> 'może jednego od 9.12'. za mało i za późno", "może"),
        (
            'Weber gefragt wg. Meisterkurs (Start April) → "grundsätzlich ja, hängt am Budget", '
            "Entscheidung im Januar",
            "grundsätzlich ja",
        ),
        (
            "asked Carmen re the CIPD course for spring intake. she'll back it but HR has to sign.",
            "she'll back it but HR has to sign",
        ),
        (
            "asked C to stop late bookings on Fridays, we cannae turn them. he's up for trialling "
            "it thru Dec",
            "he's up for trialling it thru Dec",
        ),
        (
            "pedi pra Carmen apoiar 2 estagiários pro inventário. ela vai levar pra diretoria",
            "ela vai levar pra diretoria",
        ),
        (
            "perguntei pra Carmen se conhece alguém no Senai. disse q vai falar c o Dr. Paulo",
            "vai falar c o Dr. Paulo",
        ),
        (
            "poprosiłam Carmen o etat na zastępstwo. kazała napisać uzasadnienie",
            "kazała napisać uzasadnienie",
        ),
        ("Carmenさんに棚卸の応援をお願いした。「シフト見てみる」とのこと", "シフト見てみる"),
        (
            "asked C if the company will pay for my exam. she'll 'take it to Riaan' 👍 waiting",
            "she'll take it to Riaan",
        ),
        (
            "Carmen dijo que me pasaría el contacto en la Fundación - todavía nada",
            "me pasaría el contacto en la Fundación",
        ),
    ],
)
def test_an_answer_told_on_the_asks_line_is_said_back_not_chased(line: str, answer: str) -> None:
    said = card(logged(1, A, line, 20))
    assert "no answer yet" not in said and "no answer is logged" not in said, said
    assert f"the answer was “{answer}" in said, said


@pytest.mark.parametrize(
    "line",
    [
        "asked Carmen if she'll read my statement",  # the ask, not an answer
        "asked Carmen if he can take over the rota. will chase",
        "asked Carmen for a day off in Jan -> chase next wk. ugh",
        "reminded Carmen about the intro - 'this week'. still nothing",
    ],
)
def test_an_ask_whose_line_gives_no_answer_still_has_none(line: str) -> None:
    said = card(logged(1, A, line, 20))
    assert "the answer was" not in said, said


F, AG = EntryKind.FOLLOWUP, EntryKind.AGENDA


def test_a_promise_due_after_the_meeting_is_not_asked_for_before_it() -> None:
    """Round 53: "obiecałem E RFC o alert ownership do 2.12", the 1:1 the next day, got "Send Ewa
    your follow-up from 11 Nov before you meet" — days before it was due, and "do 2.12" (by 2
    December, in Polish) was read as no day at all."""
    said = card(
        logged(1, F, "obiecałem C RFC o alert ownership do 2.12", 15),
        logged(2, A, "pytałem C o budżet na konferencję", 27),
        logged(3, EntryKind.GAVE, "pomogłem C z migracją", 20),
        in_days=1,
    )
    assert "before you meet" not in said, said
    assert "by Wed 2 Dec" in said, said


@pytest.mark.parametrize(("gave", "asked"), [(0, 1), (1, 2), (1, 4)])
def test_the_balance_line_asks_where_a_promise_not_yet_due_stands(gave: int, asked: int) -> None:
    """The same promise named by the balance line, when no ask already makes it."""
    give = Give("promise", "the alert RFC", due_after="Wed 2 Dec")
    line = balance_nudge(Balance(gave=gave, asked=asked), on_card=True, give=give, name="Ewa")
    assert line is not None and "before you meet" not in line, line
    assert line.startswith(
        "The alert RFC is due Wed 2 Dec, after you meet: tell Ewa where it stands"
    ), line


def test_a_promise_due_before_the_meeting_is_still_sent_first() -> None:
    said = card(
        logged(1, F, "obiecałem C RFC o alert ownership do 27.11", 15),
        logged(2, A, "pytałem C o budżet na konferencję", 27),
        logged(3, EntryKind.GAVE, "pomogłem C z migracją", 20),
        in_days=5,
    )
    assert "after you meet: tell Carmen" not in said, said


@pytest.mark.parametrize(
    "line",
    [
        "szkolenie WMS moduł 2 - termin do 4.12",  # a training of the user's own
        "wniosek o specjalizacje - ZLOZYC!! do 30.11",  # an application of their own
        "wysłać kosztorys do spółdzielni do 4.12",  # sent to the co-op, not to them
    ],
)
def test_a_dated_task_of_the_users_own_is_no_promise_to_them(line: str) -> None:
    said = card(logged(1, F, line, 8), in_days=10)
    assert "I promised" not in said and "here's what I" not in said, said
    assert "Also on your list, not for Carmen" in said, said


def test_an_answer_putting_it_off_to_a_month_in_polish_is_not_chased() -> None:
    """Round 53: "'zobaczymy w styczniu'" (we'll see in January) was chased in November."""
    line = "pytałem C o budżet na konferencję - 'zobaczymy w styczniu'"
    said = card(logged(1, A, line, 27))
    assert "any news" not in said and "circling back" not in said, said


def test_a_worry_about_the_work_read_weakly_as_distress_gets_no_helpline() -> None:
    """Round 53: "hosp fitout - am i on it or not" (distress 0.20, from no word at all) got the
    care note and a helpline."""
    from coaching.oversharing import scan

    said = card(logged(1, AG, "hosp fitout - am i on it or not", 2), scanner=scan)
    assert "helpline" not in said, said


def test_an_answer_owed_before_the_meeting_asks_for_their_view_in_time() -> None:
    """Round 53: "responder a trading até 4/12", the mentor on the 5th, was "get it done by then,
    not at the 1:1": the card never said the 1:1 came a day too late to help decide."""
    said = card(logged(1, F, "responder a trading até 30/11", 6), in_days=5)
    assert "if you want Carmen Vidal's view first, ask for a short call now" in said, said
    plain = card(logged(1, F, "promised Carmen the rota by 30/11", 6), in_days=5)
    assert "short call" not in plain, plain


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("owe C 2 revised reflections by 30 Nov", "the 2 revised reflections"),
        ("send Carmen 3 story ideas from this wks planning list", "the 3 story ideas"),
    ],
)
def test_a_promise_of_a_counted_thing_names_it(line: str, named: str) -> None:
    """Round 53: "owe Mere 2 revised reflections" was "here's what I promised" — the count hid
    the thing from the naming."""
    said = card(logged(1, F, line, 8), in_days=6)
    assert named in said and "here's what I promised" not in said, said


def test_a_counted_win_is_not_named_by_its_count() -> None:
    said = card(logged(1, EntryKind.WIN, "3 new hires all passed competency check", 4))
    assert "the 3 new hires" not in said, said


def test_how_to_say_it_is_a_question_for_a_mentor() -> None:
    """Round 53: a mentor asked "como falar c/ Marcão antes de decidir?" was told to put "the one
    thing you're asking them to agree" — how to say it is what a mentor is for."""
    point = logged(1, AG, "como falar c/ Marcão antes de decidir?", 2)
    mentor = card(point, role=Role.MENTOR, name="Valdir")
    assert "This is one to ask Valdir straight out — “How would you put it" in mentor, mentor
    manager = card(point, role=Role.MANAGER, name="Valdir")
    assert "How to say it: two plain sentences" in manager, manager


@pytest.mark.parametrize(
    "point",
    [
        "Marek i LOTO - jak to powiedziec zeby nie wyszlo ze donosze na szwagra",
        "cómo saco lo de los descuadres con M sin q parezca q voy a por J",
        "how do i handle the fuel thing - O first or straight to the whistleblower line?",
        "Lenkzeiten... wie sag ich das ohne Jens reinzureiten?",
    ],
)
def test_a_fear_of_telling_on_someone_gets_how_to_raise_a_worry(point: str) -> None:
    """Round 53: three points about a colleague's safety or honesty got no word at all: their
    notes were in words no reading knows, but the user's own fear of telling on someone says
    what kind of matter it is."""
    from coaching.oversharing import scan

    said = card(logged(1, AG, point, 2), scanner=scan)
    assert "raise it as a concern" in said, said


@pytest.mark.parametrize("point", ["grass cutting contract for the depot", "rat out of the store"])
def test_words_near_telling_on_are_not_it(point: str) -> None:
    from coaching.oversharing import scan

    said = card(logged(1, AG, point, 2), scanner=scan)
    assert "raise it as a concern" not in said, said


def test_an_answer_by_their_initial_that_waits_on_an_event_is_not_chased() -> None:
    """Round 53: "… od lutego? K: pogadamy jak bedziesz mial SEP" (we'll talk once you have your
    licence) was chased as unanswered; "SEP" is a licence, not September."""
    line = "czy moge isc na brygadziste od lutego? C: pogadamy jak bedziesz mial SEP"
    said = card(logged(1, A, line, 20))
    assert "no answer" not in said and "circling back" not in said, said
    assert "the answer was “pogadamy jak bedziesz mial SEP”" in said, said


def test_a_mentor_is_not_told_to_put_it_right_first() -> None:
    """Round 53: beside a colleague smelling of drink before home visits, "if the work is yours
    to run, put it right first and talk it through after" read as "handle it yourself"."""
    said = card(
        logged(1, EntryKind.NOTE, "S smelt of booze again at 0830 handover. 2nd time", 12),
        logged(2, AG, "S - wat do i do. do I HAVE to report?", 1),
        role=Role.MENTOR,
        name="Mere",
    )
    assert "put it right first" not in said, said


def test_an_ask_three_weeks_old_is_not_a_couple_of_weeks_old() -> None:
    """Round 53: an ask of 1 Nov was "a couple of weeks ago" on 26 Nov."""
    said = card(logged(1, A, "asked Carmen if she can show me Power BI on a saturday", 24))
    assert "a couple of weeks ago" not in said, said
    assert "a few weeks ago" in said, said


@pytest.mark.parametrize(
    "line",
    [
        "mes animatrices doivent saisir les fiches KoBo avant le 30/11 - promis à C",
        "rendre le rapport à C pour le 30/11",
        "envoyer à C le budget d'ici le 30/11",
    ],
)
def test_a_french_day_after_its_article_is_read(line: str) -> None:
    """Round 53: "avant le 30/11" was read as no day, so forms due after the 1:1 were "send it
    before you meet"."""
    said = card(logged(1, F, line, 12), in_days=1)
    assert "Mon 30 Nov" in said, said


def test_a_share_is_no_day() -> None:
    said = card(logged(1, F, "envoyer à C les notes pour le 3/4 des élèves", 5), in_days=3)
    assert "Apr" not in said and "3 Mar" not in said, said


def test_a_korean_promise_to_them_by_a_day_is_theirs_and_dated() -> None:
    """Round 53: "리스트 12/3까지 이사님께" (the list to the director by 3 Dec) was read as no day
    and as no one's, and the card offered "which of your priorities could I help move" instead."""
    said = card(
        logged(1, F, "제주 로컬 공급처 리스트 12/3까지 이사님께", 9), name="이사님", in_days=14
    )
    assert "Due Thu 3 Dec, before the 1:1" in said, said
    assert "which of your priorities" not in said, said


def test_a_japanese_day_with_made_is_read_month_first() -> None:
    said = card(logged(1, F, "POP案を森田さんに 11/30までに送る", 9), name="森田さん", in_days=10)
    assert "Mon 30 Nov" in said, said


# A fresh-eyes review of this round's rules found the lines below misread; each is now held.


@pytest.mark.parametrize(
    "line",
    [
        "need to ask Carmen for Friday off. she'll probably say no tbh",  # a guess, not asked
        "asked Carmen if Tom can join the project. he wants to move teams anyway",  # Tom's wish
        "asked Carmen to approve Lea's leave. she needs it for her wedding",
        "pedi folga pra Carmen na sexta. ela vai viajar semana que vem",  # her news
        "asked C for 2 more people. he's up for promotion so not a good time",
        "le pregunté a Carmen por el aumento, a ver qué dice el lunes",  # what she will say
        "zobaczymy co mówi szef",
        "Carmenさんに「来月休みたい」って言った",  # the user's own words
    ],
)
def test_no_answer_is_read_where_the_line_gives_none(line: str) -> None:
    said = card(logged(1, A, line, 10))
    assert "the answer was" not in said and "Carmen Vidal answered" not in said, said


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("asked Carmen about cover for my leave -> Dr. Silva will do it", "Dr. Silva will do it"),
        ("asked C about the budget -> HR approval pending", "HR approval pending"),
    ],
)
def test_an_answer_keeps_its_title_and_its_pending(line: str, answer: str) -> None:
    said = card(logged(1, A, line, 10))
    assert f"“{answer}”" in said, said


@pytest.mark.parametrize(
    "line",
    [
        "send Carmen the pricing memo - we raise the price by 1.10",  # a price
        "obiecałem Carmen grafik, zmiana od 7.00 do 10.10",  # hours
        "obiecałem Carmen raport, sprzedaż wzrośnie do 1.12 mln",  # a sum
    ],
)
def test_a_number_with_a_dot_is_no_day(line: str) -> None:
    said = card(logged(1, F, line, 5), in_days=9)
    assert "Overdue" not in said and "Due " not in said and "Oct" not in said, said


@pytest.mark.parametrize(
    "line",
    ["wysłać raport do Carmen do piątku", "przesłać Carmen poprawki do prezentacji"],
)
def test_do_before_a_thing_or_a_day_names_no_one_else(line: str) -> None:
    said = card(logged(1, F, line, 5), in_days=9)
    assert "not for Carmen" not in said, said


@pytest.mark.parametrize(
    "line",
    [
        "reply to landlord about the lease by 30/11",
        "send Carmen the decision log by 30/11",
        "accept the Teams invite for the offsite by 30/11",
    ],
)
def test_only_an_answer_to_an_offer_asks_for_their_view_first(line: str) -> None:
    said = card(logged(1, F, line, 5), in_days=5)
    assert "short call" not in said, said


@pytest.mark.parametrize(
    "point",
    [
        "load balancer migration - am I on it or not",
        "voy a por el ascenso este año, qué necesito?",
        "grass on the car park verge needs cutting before the open day",
        "update DOB in payroll, mine is wrong",
        "falar com os donos da loja sobre o horário de dezembro",
        "plan for the whistleblowing policy refresh - my team owns it",
        "chivas regal for the client gift - budget ok?",
    ],
)
def test_words_like_telling_on_someone_are_not_it(point: str) -> None:
    from coaching.oversharing import scan

    said = card(logged(1, AG, point, 2), scanner=scan)
    assert "raise it as a concern" not in said, said


def test_how_to_tell_the_mentor_themselves_is_not_a_question_for_them() -> None:
    point = logged(1, AG, "como falar pro Valdir que quero encerrar a mentoria?", 2)
    said = card(point, role=Role.MENTOR, name="Valdir")
    assert "ask Valdir straight out" not in said, said


def test_an_ask_about_a_wage_is_named_as_pay_not_an_opportunity() -> None:
    """Round 53: "asked L about Kyle getting lead hand wage now so he sticks around" was chased
    as "the opportunity I asked you about last month"."""
    said = card(logged(1, A, "asked C about Kyle getting lead hand wage now so he sticks", 26))
    assert "the opportunity" not in said and "the pay question I asked you about" in said, said


def test_a_point_naming_them_is_not_the_ask_the_goal_turns_on() -> None:
    """Round 54: "Vikram wala matter Rohit se kaise uthaun?" shared only "Rohit" and "wala" with
    a goal about Rohit's breakfast timing, and was told it was "the ask your goal turns on"."""
    goal = "Rohit ke saath breakfast timing wala jhagda settle karna"
    point = logged(1, AG, "Vikram wala matter Rohit se kaise uthaun? Pooja ka naam NAHI lena", 1)
    said = card(point, goal=goal, name="Rohit")
    assert "the ask your goal turns on" not in said, said
    assert "How to say it" in said, said


def test_how_to_word_something_gets_no_helpline() -> None:
    """Round 54: "how to bring up the Rohit thing w/o sounding like cribbing" (distress 0.26,
    on "sounding like") got the care note and a helpline."""
    from coaching.oversharing import scan

    point = logged(1, AG, "how to bring up the Rohit thing w/o sounding like cribbing", 1)
    said = card(point, scanner=scan)
    assert "helpline" not in said, said


N = EntryKind.NOTE


def test_an_ask_answered_in_a_later_note_is_not_chased_as_unanswered() -> None:
    """Rounds 53 and 54: "Marisa contesta lo del turno: RRHH dice q desde febrero si" two weeks
    after the ask, and the card still chased it as "what I asked you about last month"."""
    said = card(
        logged(1, A, "pedido a Carmen turno fijo d mañanas desde enero", 52),
        logged(2, N, "Carmen contesta lo del turno: RRHH dice q desde febrero si, enero no", 18),
    )
    assert "no answer" not in said, said
    assert "the answer was “RRHH dice q desde febrero si, enero no”" in said, said


def test_a_later_answer_putting_it_off_is_not_chased() -> None:
    said = card(
        logged(1, A, "perguntei pra Carmen se a unidade de Sinop abre mesmo", 26),
        logged(2, N, "Carmen respondeu no zap: Sinop só dps do orçamento, fim de jan", 10),
    )
    assert "circling back" not in said and "any news" not in said, said


@pytest.mark.parametrize(
    "note",
    [
        "asked Carmen again about the course",  # the user chasing, not their reply
        "Tom said no to the course, he's not going",  # someone else's reply
        "Carmen said no to the offsite budget",  # a reply about something else
        "I said yes to Carmen about the course",  # the user's own words
    ],
)
def test_a_later_note_that_is_not_their_reply_answers_nothing(note: str) -> None:
    said = card(
        logged(1, A, "asked Carmen if I can do the NEBOSH course in Jan", 30),
        logged(2, N, note, 10),
    )
    assert "⟶" not in said and "no answer yet" in said, said


def test_today_in_a_question_is_no_deadline() -> None:
    """Round 54: "Homa Bay per diems... raise w P today? facts only" became "the Homa Bay per
    diems is due yesterday"."""
    said = card(logged(1, AG, "Homa Bay per diems... raise w C today? facts only", 1))
    assert "due yesterday" not in said and "due today" not in said, said


def test_a_promise_an_ask_hands_over_is_not_sent_again_by_the_balance_line() -> None:
    """Round 54: the same deliverable in the hourglass, the carried list, an ask and then
    "Send Peter your follow-up from 4 Nov before you meet" in the balance."""
    said = card(
        logged(1, F, "owe C Nairobi M&E framework draft + logframe by 30/11", 22),
        logged(2, A, "asked C if he can get support letters from the county", 18),
        logged(3, A, "asked C if we can merge the 2 budgets into one line", 5),
        logged(4, EntryKind.GAVE, "covered the county meeting for C", 30),
        in_days=14,
    )
    assert "here's what I promised" in said, said
    assert "before you meet — it's the give you already promised" not in said, said
    assert "what you owe comes before a new ask" not in said, said


@pytest.mark.parametrize(
    ("point", "again"),
    [
        ("ask what she'd need to see from me for Abuja", False),  # "Mrs" on both is no one
        ("salário Campinas: levar número (quero 12k)", False),  # a place shared, nothing else
        ("Sentosa again", True),
        ("PV-Kolonne + Auto - endlich antwort?", True),
    ],
)
def test_on_your_points_again_only_when_the_point_is_the_same_ask(point: str, again: bool) -> None:
    """Round 54: "It's on your points again" where the point shared only a title or a place."""
    asks = {
        "ask what she'd need to see from me for Abuja": "emailed Mrs A for approval 2nd generator",
        "salário Campinas: levar número (quero 12k)": "pedi pra ver as entrevistas de Campinas",
        "Sentosa again": "asked C about Sentosa outlet, any chance to be considered for head chef",
        "PV-Kolonne + Auto - endlich antwort?": "ab Jan eigene PV-Kolonne + Firmenwagen?",
    }
    said = card(
        logged(1, A, asks[point], 40),
        logged(2, AG, point, 1),
        goal="eigene PV-Kolonne leiten" if "Kolonne" in point else "be considered for head chef",
    )
    # the same ask is said as such beside the ask, or (when the ask can name it only as "what
    # I asked you about") under the point itself (round 62)
    on_point = said[said.index(point) :][: len(point) + 60]
    repeated = "on your points again" in said or "You first asked on 17 Oct" in on_point
    assert repeated is again, said


_NEBOSH = "asked Carmen if I can do the NEBOSH course in Jan"


@pytest.mark.parametrize(
    ("ask", "note"),
    [
        (_NEBOSH, "Carmen hasn't replied about the course"),
        ("le pedí a Carmen el curso de NEBOSH para enero", "Carmen no contestó lo del curso"),
        ("pytałam Carmen o kurs NEBOSH w styczniu", "Carmen nie odpisała ws. NEBOSH"),
        (_NEBOSH, "Carmen approved Tom's NEBOSH course, mine still pending"),
        ("asked Carmen about cover for my leave", "Carmen came back from leave today"),
        ("asked Carmen for budget for the xmas do", "Carmen's boss said no to the budget"),
        ("Carmen gefragt wegen Urlaub im Januar", "Carmen hat geantwortet wegen der Inventur"),
    ],
)
def test_a_later_note_that_is_no_reply_of_theirs_to_this_ask_answers_nothing(
    ask: str, note: str
) -> None:
    """A fresh-eyes review of the later-note reading: not yet replied, someone else's thing,
    someone else's reply, a return from leave, a shared filler word."""
    said = card(logged(1, A, ask, 30), logged(2, N, note, 10))
    assert "no answer yet" in said and "later," not in said, said


@pytest.mark.parametrize(
    ("ask", "note", "answer"),
    [
        (_NEBOSH, "Carmen approved the course 🎉", "approved the course"),
        ("pytałam Carmen o kurs NEBOSH", "Carmen odpisała w sprawie kursu: tak, od lutego", "tak"),
        (
            "Carmen gefragt wegen NEBOSH-Kurs",
            "Carmen hat zugesagt, Kurs ist gebucht",
            "hat zugesagt",
        ),
        (_NEBOSH, "NEBOSH course: Carmen said yes!", "yes"),
        (_NEBOSH, "Carmen turned down the course, no budget till April", "turned down the course"),
    ],
)
def test_a_later_reply_is_read_with_its_verdict(ask: str, note: str, answer: str) -> None:
    said = card(logged(1, A, ask, 30), logged(2, N, note, 10))
    assert f"the answer was “{answer}" in said, said


def test_a_yes_in_a_later_note_settles_the_ask() -> None:
    said = card(logged(1, A, _NEBOSH, 30), logged(2, N, "Carmen approved the course 🎉", 10))
    assert "move it along" not in said and "where that has got to" not in said, said


def test_a_later_note_answers_only_the_ask_it_is_about() -> None:
    said = card(
        logged(1, A, _NEBOSH, 40),
        logged(2, A, "asked Carmen if Jess can go on the forklift course", 30),
        logged(3, N, "Carmen said yes to Jess's forklift course, starts 5 Jan", 10),
    )
    assert "NEBOSH course in Jan” — _40 days ago, no answer yet" in said, said


def test_the_someone_thing_carries_its_worry_and_covers_that_persons_notes() -> None:
    """Round 54: "the Rick thing. tell Sheila or go to the safety rep?" beside a foreman who
    had apprentices land wires in a live panel and a shock nobody wrote up was told "if
    neither, it can wait", and the card then said no point raised the live panel."""
    said = card(
        logged(
            1, N, "foreman (Rick) had us land wires in a live panel again at the Pembina job", 29
        ),
        logged(
            2, N, "Rick again. Tyler (1st yr) got bit off a shared neutral. nobody wrote it up", 15
        ),
        logged(
            3,
            AG,
            "the Rick thing. tell Carmen or go to the safety rep? dont want Tyler in trouble",
            3,
        ),
    )
    assert "it can wait" not in said, said
    assert "This comes back to your note of" in said, said
    assert "none of your points raises it" not in said, said


@pytest.mark.parametrize(
    "note", ["the live panel demo for the apprentices went well", "got bitten by a dog on the run"]
)
def test_live_and_bit_in_other_senses_are_no_worry(note: str) -> None:
    said = card(logged(1, N, note, 5), logged(2, AG, "rota for Dec", 1))
    assert "safety or integrity matter" not in said, said


def test_a_user_who_writes_in_japanese_is_told_the_lines_are_in_japanese() -> None:
    """Round 54: two Japanese cards got English lines and no word of it: a line without spaces
    had too few "words" to judge. Japanese has a phrasebook now: the lines are drafted in it."""
    said = card(
        logged(1, A, "小林さんにオンコールの件を相談した、来週返事くれるって", 20),
        logged(2, N, "障害対応の振り返り資料、まだ半分しかできていない", 10),
        logged(3, AG, "オンコールの負担について相談したい、チーム全体の話として", 2),
        name="小林さん",
    )
    assert "drafted in Japanese" in said, said


def test_whether_to_tell_a_mentor_of_an_offer_is_weighed_not_asked() -> None:
    """Round 54: "conto da proposta pro seu A? ele é conselheiro …" was "the ask your goal turns
    on — make it plainly"; and "prometi p 30/11" was read as no day."""
    said = card(
        logged(1, F, "devo pro C a planilha de custo por saca, prometi p 30/11", 21),
        logged(2, AG, "conto da proposta pro C? ele é conselheiro, pode chegar na diretoria", 2),
        role=Role.MENTOR,
        goal="decidir se aceito a proposta da multi em Campinas",
    )
    assert "the ask your goal turns on" not in said, said
    assert "To decide:" in said and "Due Mon 30 Nov" in said, said


def test_a_quote_inside_the_users_own_question_is_no_answer() -> None:
    """Round 54: "is 'reasonable additional hours' normal??" was "Bryce answered “reasonable
    additional hours”" — wording from the user's contract."""
    line = "ask C to look at my employment agreement re overtime - is 'reasonable hours' normal??"
    said = card(logged(1, A, line, 9))
    assert "the answer was" not in said, said


def test_signatures_in_one_hand_are_a_worry_and_a_lease_format_is_not() -> None:
    """Round 54: a per-diem claim with "~15 signatures look same handwriting" got no word."""
    note = "per diem claimed for 40 ppl, ~15 signatures look same handwriting?? called 2 ppl"
    said = card(logged(1, N, note, 13), logged(2, AG, "per diems... raise w C? facts only", 1))
    assert "a worry about safety, honesty or how someone is treated" in said, said
    calm = card(
        logged(1, N, "the signatures for the lease all look the same format now", 13),
        logged(2, AG, "lease renewal timing", 1),
    )
    assert "worry about safety" not in calm and "integrity matter" not in calm, calm


def test_when_to_tell_in_japanese_weighs_telling() -> None:
    """Weighed as the news it is (round 58: a pregnancy is the user's to share when ready, not
    "if both, say it early")."""
    said = card(logged(1, AG, "妊娠のこといつ言う?安定期まで待つ?昇格の話の前に言うべき?", 2))
    assert "Whether and when to share news like this is yours alone" in said, said


# A second fresh-eyes review of this stop's rules (53443d7..6696dc3) found these; each held.


def test_a_how_to_say_point_with_distress_in_it_keeps_its_care_note() -> None:
    from coaching.oversharing import scan

    said = card(logged(1, AG, "how to bring up that i'm at breaking point", 1), scanner=scan)
    assert "talk to someone you trust" in said, said


@pytest.mark.parametrize(
    "note",
    [
        "got bit by the caching bug again in prod, lost half a day",
        "good ideas in the retro but nobody wrote it up",
        "I'm on the live panel for the careers fair, nervous",
    ],
)
def test_work_words_near_the_new_safety_words_are_no_worry(note: str) -> None:
    said = card(logged(1, N, note, 5), logged(2, AG, "rota for Dec", 1))
    assert "safety or integrity matter" not in said, said


def test_a_point_ties_only_the_notes_of_the_person_it_shares() -> None:
    said = card(
        logged(1, N, "Rick had us land wires in a live panel again", 29),
        logged(2, N, "Tyler says Dean the site super was drunk on the job Fri, smelled it", 12),
        logged(3, AG, "the Rick thing - tell Carmen? dont want Tyler in trouble", 3),
    )
    assert "live panel" in said, said  # the Rick note is still on the card, tied or not


@pytest.mark.parametrize(
    "line",
    ["C wants the incident report today?! ok doing it at lunch", "C needs the audit pack by EOD??"],
)
def test_a_deadline_asked_in_disbelief_is_still_due(line: str) -> None:
    said = card(logged(1, F, line, 0.2), in_days=3)
    assert "Due today" in said, said


def test_falo_do_x_is_raising_an_ask_not_weighing_telling() -> None:
    said = card(logged(1, AG, "falo do aumento com a C agora ou espero a avaliação?", 1))
    assert "if neither, it can wait" not in said, said


@pytest.mark.parametrize(
    "line",
    ["mandar pro C o ranking, loja subiu pra 3/12 na regional", "send C the deck, p 1/2 done"],
)
def test_a_score_after_pra_or_p_is_no_day(line: str) -> None:
    said = card(logged(1, F, line, 3), in_days=5)
    assert "Thu 3 Dec" not in said and "2 Jan" not in said, said


def test_a_quote_then_a_reaction_of_its_own_is_still_the_answer() -> None:
    line = "asked C about the team lead role: 'after the restructure'. seriously?"
    said = card(logged(1, A, line, 20))
    assert "the answer was “after the restructure”" in said, said


def test_agreeing_to_think_about_it_settles_nothing() -> None:
    said = card(
        logged(1, A, _NEBOSH, 30), logged(2, N, "Carmen agreed to think about the course", 10)
    )
    assert "NEBOSH" in said.split("Suggested asks")[-1], said


def test_a_course_that_names_pay_is_still_the_training() -> None:
    said = card(logged(1, A, "asked Carmen if I can do the payroll & wages course in Jan", 30))
    assert "the pay question" not in said, said


@pytest.mark.parametrize(
    "point", ["the Leeds thing - do I mention it?", "the Teams thing - do i say something?"]
)
def test_a_place_or_a_tool_in_the_x_thing_is_no_one(point: str) -> None:
    said = card(logged(1, AG, point, 1))
    assert "if someone could be hurt or treated badly" not in said, said


def test_whom_to_tell_first_is_weighed_and_never_sent_as_a_dated_ask() -> None:
    """Round 55: "the Dean thing. raise w Craig or Priya/HR first?? … + roster due tmrw" became
    "Craig, with the Dean thing due today, what do you need from me before then?", and notes of
    a boss saying "log it as housekeeping not a near miss" were no worry."""
    said = card(
        logged(
            1,
            N,
            "near miss aisle 14, told Dean, he said 'log it as housekeeping not a near miss'",
            25,
        ),
        logged(2, AG, "the Dean thing. raise w Carmen or HR first?? + roster due tmrw", 1),
    )
    assert "the Dean thing due" not in said, said
    assert "a worry about safety, honesty or how someone is treated" in said, said


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("owe C the nights roster for peak (7 Dec - 3 Jan), said by Fri 27th", "Due tomorrow"),
        ("relief milker 23 dec - 2 jan, asked C to ok budget", "Wed 23 Dec"),
    ],
)
def test_a_span_is_what_the_work_covers_unless_no_other_day_is_said(line: str, day: str) -> None:
    """Round 55: "the nights roster for peak (7 Dec - 3 Jan), said by Fri 27th" was due 7 Dec."""
    kind = F if line.startswith("owe") else A
    said = card(logged(1, kind, line, 20), in_days=12)
    assert day in said, said


def test_a_german_promise_for_a_talk_is_theirs_and_raising_or_not_is_weighed() -> None:
    """Round 55: "Fr B versprochen: Text für Vortrag … bis 4.12." was "not for Frau Brandt"
    ("für Vortrag" read as a person), and "Rehn ansprechen?? oder erstmal …" was "the ask your
    goal turns on"."""
    said = card(
        logged(1, F, "Fr C versprochen: Text für Vortrag Tag d. Handwerks bis 4.12.", 20),
        logged(2, AG, "Rehn ansprechen?? oder erstmal nur allgemein fragen wie sie das sieht", 2),
        name="Frau Carmen",
        goal="Werkstattleitung nach dem Meister, Rehn oder hier",
    )
    assert "not for Frau Carmen" not in said, said
    assert "the ask your goal turns on" not in said and "To decide:" in said, said
