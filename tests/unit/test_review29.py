"""Round 29 of blind rating (bench/reviews/round29_blind_r1.md, _r2.md): follow-ups owed to
people named in lower case ("email anna @ rabo …", "gary (QS) needs …", "chase bruce, …") were
handed to the counterpart as "what I promised"; every card listed other people's follow-ups
among this meeting's business; a short form of a name ("fi") stayed in an ask's topic; "b4 the
4th" named no day; a near miss, skipped breaks and an unpaid crew that may walk were told "it can
wait".

Inputs are invented; assertions are on the card as the user reads it (counterpart: Carmen
Vidal, `tests.unit.test_review20.card`)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coaching.due import deadline_date
from coaching.model import EntryKind, Role
from coaching.oversharing import scan
from tests.said import outside_quotes
from tests.unit.test_review20 import AG, NOW, A, F, card, logged

N, P = EntryKind.NOTE, EntryKind.PRIORITY
SPONSOR = Role.SPONSOR
HANDED = ("what I promised", "I said I'd send", "I promised", "Send Carmen")


@pytest.mark.parametrize(
    "line",
    [
        "email anna @ rabo the draft budget + herd numbers by tues 1st",
        "gary (QS) needs the variation for the extra scaffold lift by mon",
        "HR (Sanne) needs copy of my first aid cert — still not sent",
        "final pay calc for the leaver — remind bruce, he asked me twice",
        "ring sarah (vet) re the lame heifers",
        "send grazyna the concrete cube results lvl 3 — lab late again",
        "get taras copies of the oct timesheets so he can show the sub owner",
        "grazyna wants cube results + pour plan lvl 4 before handover",
    ],
)
def test_a_follow_up_for_someone_named_in_lower_case_is_not_handed_to_them(line: str) -> None:
    shown = card(logged(1, F, line, 3), logged(2, A, "asked for the pruning course", 50))
    assert not any(said in shown for said in HANDED), shown
    assert "Also on your list, not for Carmen Vidal:" in shown, shown


def test_follow_ups_for_others_come_after_this_meetings_business_under_their_own_line() -> None:
    shown = card(
        logged(1, F, "send Mick the rota for december", 20),
        logged(2, F, "send CV the overtime figures", 10),
        logged(3, A, "asked about the team lead course", 30),
    )
    carried = shown.split("Carried forward")[1].split("Your talking points")[0]
    others = carried.index("Also on your list, not for Carmen Vidal:")
    assert carried.index("overtime figures") < others < carried.index("the rota for december")
    assert carried.index("team lead course") < others, carried


def test_a_follow_up_with_nobody_else_in_it_has_no_line_for_others() -> None:
    shown = card(logged(1, F, "send CV the overtime figures", 10))
    assert "Also on your list" not in shown, shown


def test_a_short_form_of_their_name_is_them_not_part_of_the_topic() -> None:
    shown = card(logged(1, A, "asked carm how stuart runs interviews, she went quiet", 12))
    assert "how stuart runs interviews" in shown.split("Suggested asks")[-1], shown
    assert "carm" not in shown.split("Suggested asks")[-1], shown


def test_a_short_form_of_their_name_as_recipient_is_a_promise_to_them() -> None:
    shown = card(logged(1, F, "timesheet to carm for the recharge", 15))
    assert "Also on your list" not in shown, shown


def test_b4_a_date_is_before_it() -> None:
    shown = card(logged(1, A, "asked CV to go thru my cashflow budget b4 the 4th. no reply yet", 9))
    assert "going through my cashflow budget" in shown, shown
    assert "Thu 3 Dec" in shown, shown


def test_a_priority_said_as_name_big_on_is_what_they_are_big_on() -> None:
    shown = card(
        logged(1, P, "carmen big on people skills not just stock skills", 40),
        logged(2, A, "asked for the herd course", 50),
        logged(3, A, "asked about the open day", 45),
        logged(4, A, "asked for a new quad", 44),
    )
    assert "the big on" not in shown, shown


@pytest.mark.parametrize(
    "point",
    [
        "do i bring up the near-miss on the dosing calc? it was a colleague's",
        "do i tell her they made us skip our second break again this week",
        "do i tell CV about the effluent thing? if council fines us its my name",
        "do i mention the fake dates in the shipping report before the audit?",
    ],
)
def test_a_safety_or_compliance_dilemma_is_never_told_it_can_wait(point: str) -> None:
    shown = card(logged(1, AG, point, 1))
    assert "it can wait" not in shown, shown
    # the 1:1 is five days off: raised early, or a safety point reported today
    assert ("raise" in shown and "early" in shown) or "report it today" in shown, shown


def test_a_risk_to_the_work_is_theirs_to_hear_early() -> None:
    shown = card(
        logged(
            1, AG, "do i tell CV the subbie crew hasnt been paid? if they walk the pour is dead", 1
        )
    )
    assert "it can wait" not in shown, shown
    assert "A risk to work they count on is theirs to hear early" in shown, shown


def test_an_ordinary_dilemma_still_gets_the_way_to_decide() -> None:
    shown = card(logged(1, AG, "do i mention the rota mix-up from last week?", 1))
    assert "To decide:" in shown, shown


def test_a_promise_due_the_day_they_meet_is_finished_the_day_before() -> None:
    shown = card(logged(1, F, "promised CV the winter concreting plan (2 options) by tue", 1))
    assert "here's the winter concreting plan" in shown, shown
    assert "not at the 1:1" not in shown, shown
    assert "the day you meet — finish it by Mon 30 Nov" in shown, shown


def test_a_handover_verb_before_a_particle_names_no_one() -> None:
    shown = card(logged(1, F, "send over the overtime figures to CV", 4))
    assert "Also on your list" not in shown, shown


def test_a_role_named_in_another_language_is_said_in_english() -> None:
    goal = "socia en 2027. no quiero ser la que hace todo el trabajo otro año más"
    shown = card(
        logged(1, EntryKind.WIN, "closed the wind farm permit", 3), role=SPONSOR, goal=goal
    )
    asks = outside_quotes(shown.split("Suggested asks")[-1])
    assert "socia" not in asks and " en 2027" not in asks, asks
    assert "the partner role" in asks, asks


@pytest.mark.parametrize(
    "goal", ["Crew Lead werden. ideally onshore", "pasar a instructora TCP en 2027"]
)
def test_a_goal_in_another_language_gives_no_focus_to_paste(goal: str) -> None:
    shown = card(
        logged(1, EntryKind.WIN, "rewrote the rescue procedure", 3), role=SPONSOR, goal=goal
    )
    asks = outside_quotes(shown.split("Suggested asks")[-1])
    assert "werden" not in asks and "pasar" not in asks, asks


def test_vietnamese_typed_without_marks_is_not_pasted_into_an_ask() -> None:
    shown = card(
        logged(1, P, "audit cua Cindy (buyer US) doi len 3/12. planning la phan cua em", 8),
        logged(2, A, "asked about the planning course", 50),
    )
    assert "cua Cindy" not in outside_quotes(shown), shown


@pytest.mark.parametrize(
    ("line", "named"),
    [
        (
            "Asked CV if her lab can pay for a 2nd CTD technician (~9 days at sea)",
            "funding for a 2nd CTD technician",
        ),
        (
            "asked carmen if i can sit in on the rate negotiation for xmas/valentines season",
            "sitting in on the rate negotiation",
        ),
        (
            "asked CV to be my reference for the educator posting. she said 'let me think'",
            "a reference for the educator posting",
        ),
        (
            "perguntei se ela me apresenta ao Marcelo Viana. 'vou ver' — não voltou ainda",
            "an introduction to Marcelo Viana",
        ),
    ],
)
def test_an_ask_said_in_a_common_shape_is_named_not_left_as_a_placeholder(
    line: str, named: str
) -> None:
    shown = card(logged(1, A, line, 20))
    asks = shown.split("Suggested asks")[-1]
    assert named in asks, asks
    assert "what I asked you about" not in asks and "bing" not in asks, asks


def test_a_promise_due_before_our_meeting_on_a_day_is_due_that_day() -> None:
    shown = card(
        logged(1, F, "promised CV the oct+nov excursion report, cost per truck, b4 our mtg tue", 1)
    )
    assert "Due Tue 1 Dec" in shown or "the day you meet" in shown, shown
    assert "here's the October and November excursion report" in shown, shown


def test_whether_to_mention_something_is_not_the_question_the_goal_turns_on() -> None:
    shown = card(
        logged(1, AG, "do i mention the mwenda/otieno thing or just show the logger data??", 1),
        goal="logistics manager when Otieno retires in march",
    )
    assert "the question your goal turns on" not in shown, shown


def test_a_role_typed_short_in_the_goal_is_the_role() -> None:
    shown = card(
        logged(1, EntryKind.WIN, "cut reefer losses by 4%", 3),
        role=SPONSOR,
        goal="logistics mgr by march",
    )
    assert "the logistics manager role" in shown, shown


def test_a_point_sharing_only_their_name_with_an_old_promise_is_not_about_it() -> None:
    shown = card(
        logged(1, F, "gui chi Carmen OTD report moi thu 2 truoc 10h", 70),
        logged(2, AG, "ke chi Carmen chuyen Huy doi ghi ETD 5/12? audit 3/12 ma so ao la chet", 1),
    )
    assert "You've owed this since" not in shown, shown


def test_should_i_tell_in_vietnamese_is_a_dilemma_not_the_goals_ask() -> None:
    shown = card(
        logged(1, AG, "co nen noi chi Carmen minh co bau truoc khi nhan lead tam thoi ko?", 1),
        goal="planning lead tam thoi",
    )
    assert "the ask your goal turns on" not in shown, shown
    assert "Whether and when to share news like this is yours alone" in shown, shown


@pytest.mark.parametrize(
    ("point", "note"),
    [
        (
            "should I tell her about the pregnancy before she decides on the acting job??",
            "Whether and when to share news like this is yours alone",
        ),
        (
            "conto pra ela q tô pensando em sair? ela conhece o Paulo há 30 anos",
            "Thinking of leaving is yours to share when you choose",
        ),
        (
            "do i tell carmen im goin for contracts mgr too. feels sneaky not to",
            "Better they hear it from you than from someone else",
        ),
        (
            "¿le digo a CV de la oferta? could be leverage justo antes del comité",
            "Don't use the offer as a threat",
        ),
        ("dean thing. raise it or leave it", "To decide:"),
    ],
)
def test_a_dilemma_gets_the_way_to_decide_that_fits_what_it_is(point: str, note: str) -> None:
    offer = "oferta" in point  # weighed as leverage with someone who decides: the offer note
    shown = card(logged(1, AG, point, 1), role=Role.SPONSOR if offer else Role.MENTOR)
    assert note in shown, shown


def test_a_peer_going_for_the_same_job_is_not_asked_for_introductions_to_it() -> None:
    shown = card(
        logged(1, N, "contracts mgr job up internal, closes 11th dec. heard carm's applyin", 10),
        logged(2, EntryKind.GAVE, "lent Carmen my sparky for 2 days", 30),
        role=Role.PEER,
        goal="contracts manager if stuart moves on",
    )
    assert "introduce me" not in shown and "made the step" not in shown, shown


def test_a_reference_already_asked_of_them_is_not_flagged_as_job_hunting() -> None:
    shown = card(
        logged(
            1, A, "asked CV to be my reference for the educator posting. she said 'let me think'", 9
        ),
        logged(
            2, AG, "reference for educator job at the other hospital — need answer b4 sunday", 1
        ),
        scanner=scan,
    )
    assert "job hunting" not in shown, shown
    point = "reference for educator job at the other hospital — need answer b4 sunday"
    alone = card(logged(2, AG, point, 1), scanner=scan)
    assert "job hunting" in alone, alone  # the scan reads it so when nothing was asked of them


def test_a_task_about_someone_named_first_with_who_they_are_is_not_for_the_counterpart() -> None:
    shown = card(logged(1, F, "Jomar (new grad, my preceptee) — finish his wk 8 eval, due fri", 3))
    assert "Also on your list, not for Carmen Vidal:" in shown, shown
    assert not any(said in shown for said in HANDED), shown


@pytest.mark.parametrize(
    ("line", "theirs"),
    [
        ("Budget: send CV the q4 numbers by fri", True),
        ("Carmen: the rota for december, by fri", True),
    ],
)
def test_a_heading_before_a_colon_is_no_one(line: str, theirs: bool) -> None:
    shown = card(logged(1, F, line, 30))
    assert ("Also on your list" not in shown) is theirs, shown


def test_a_dotted_date_after_a_deadline_word_needs_no_closing_dot() -> None:
    logged_at = datetime(2026, 11, 25, 12, tzinfo=UTC)
    line = "course again — real yes or no, exam registration closes 15.12"
    assert deadline_date(line, logged_at, NOW) == date(2026, 12, 15)
    assert deadline_date("price 15.12 eur", logged_at, NOW) is None


def test_a_dotted_date_after_a_german_weekday_is_no_deadline() -> None:
    shown = card(logged(1, AG, "investor visit do 3.12, wer macht das, ich oder Kai??", 1))
    assert "Thu 3 Dec" not in shown, shown


def test_a_win_is_told_to_a_mentor_as_something_to_advise_on_not_a_case() -> None:
    shown = card(
        logged(1, EntryKind.WIN, "3wk submission rate 91% best weve had", 10),
        logged(2, A, "asked CV to go through my cashflow budget", 9),
        logged(3, EntryKind.GAVE, "covered CV's calf rearing talk at the discussion group", 40),
        role=Role.MENTOR,
    )
    assert "best case for what you're asking" not in shown, shown
    assert "something concrete to advise on" in shown, shown
