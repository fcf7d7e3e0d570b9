"""Round 23 of blind rating (bench/reviews/round23_blind_r1.md, _r2.md): the user's own dated
point ("… cliente precisa saber até seg") was replaced by a placeholder ask ("one thing is due on
Mon 30 Nov"), with an offer to take work off the manager's plate beside it; an ask the user had
asked again was chased by its old answer; someone who wrote "cant keep going like this" was
asked for legwork; "a no for now is fine" was said of a referee; an ask answered "after the 3rd"
was chased before the 3rd.

Inputs are invented; assertions are on the card as the user reads it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from coaching.model import EntryKind, Role
from coaching.oversharing import Category, Flag
from tests.said import outside_quotes
from tests.unit.test_review20 import AG, A, card, logged

N = EntryKind.NOTE
OFFERS_OF_WORK = ("legwork", "take off", "pick up", "could I own", "piece of it I could own")


def test_the_users_own_dated_point_is_raised_first_in_their_words_with_no_placeholder() -> None:
    shown = card(
        logged(1, AG, "desconto 12% - Marcelo aprovou ou nao?? cliente precisa saber até seg", 1),
        logged(2, A, "asked for the leads from the fair", 40),
        logged(3, A, "asked for the conference in jan", 30),
        in_days=1,
    )
    assert "Due Mon 30 Nov, in four days: raise this first and leave with a decision" in shown
    assert "one thing is due" not in shown and "something due" not in shown
    assert not any(offer in shown for offer in OFFERS_OF_WORK), shown


def test_a_dated_point_that_falls_before_the_meeting_says_to_message_now() -> None:
    shown = card(
        logged(1, AG, "desconto 12% - aprovou ou nao?? preciso saber até seg", 1), in_days=6
    )
    assert "Due Mon 30 Nov, in four days, before you meet: send a short message today" in shown


@pytest.mark.parametrize(
    "again", ["pedi 12% de novo pro Santa Clara", "asked again for 12% for Santa Clara"]
)
def test_an_ask_asked_again_is_not_chased_by_its_old_answer(again: str) -> None:
    shown = card(
        logged(1, A, "pedi 12% de desconto pro Hospital Santa Clara, ele disse 'max 8%'", 110),
        logged(2, A, again, 5),
    )
    assert "max 8%”" not in shown.split("Suggested asks")[-1], shown


@pytest.mark.parametrize(
    "strain",
    [
        "doing two jobs since sept, cant keep going like this",
        "honestly burnt out, covering nights again",
        "não aguento mais essa escala",
    ],
)
def test_someone_stretched_thin_is_not_asked_to_take_more_on(strain: str) -> None:
    shown = card(
        logged(1, N, strain, 3),
        logged(2, A, "asked about the mileage rate", 60),
        logged(3, A, "asked for a new laptop", 50),
        logged(4, A, "asked to skip the audit rota", 40),
    )
    asks = shown.split("Suggested asks")[-1]
    assert any(plain in asks for plain in ("help me plan", "Where does each")), asks
    assert "Open with a give" not in shown and "no need to offer more work" in shown, shown
    assert not any(offer in asks for offer in OFFERS_OF_WORK), asks
    assert "no for now" not in asks


def test_the_counterpart_being_swamped_is_not_the_user_stretched() -> None:
    shown = card(
        logged(1, N, "Raj looked swamped all week, stayed late twice", 3),
        logged(2, A, "asked about the mileage rate", 60),
    )
    assert "help me plan" not in shown, shown  # the plain follow-ups are for the stretched


def test_a_referee_is_chased_plainly_not_with_a_no_is_fine() -> None:
    for days in (20, 21, 22, 23, 24, 25, 26):  # every rotation of the phrasings
        shown = card(
            logged(1, A, "asked Declan to be my referee for the PO competition", days),
            name="Declan Byrne",
        )
        asks = shown.split("Suggested asks")[-1]
        assert "no for now" not in asks and "legwork" not in asks, asks
        assert "reference" in asks or "referee" in asks, asks


@pytest.mark.parametrize(
    "answer", ["she said 'after the 3rd, sorry'", "she said not till the 10th"]
)
def test_an_ask_put_off_to_a_day_not_yet_come_waits(answer: str) -> None:
    shown = card(logged(1, A, f"asked Carmen to confirm the allocation key, {answer}", 12))
    asks = shown.split("Suggested asks")[-1]
    assert "allocation key" not in asks and "last week" not in asks, asks


def test_an_ask_put_off_to_a_day_gone_by_is_chased() -> None:
    shown = card(
        logged(1, A, "asked Carmen to confirm the allocation key, she said after the 20th", 12)
    )
    assert "“after the 20th”" in shown, shown


def test_a_note_naming_the_first_calls_own_day_is_not_a_deadline() -> None:
    shown = card(
        logged(1, N, "matched w Prof Marsh thru the fellowship. first call mon 30th 2pm UK", 9),
        role=Role.MENTOR,
        in_days=4,
    )
    assert "due on Mon 30 Nov" not in shown and "sets the day" not in shown, shown


def test_a_deadline_on_the_meetings_day_still_counts() -> None:
    shown = card(logged(1, AG, "abstract due mon 30th, before our call", 1), in_days=4)
    assert "Mon 30 Nov" in shown, shown


def test_an_answer_too_long_to_quote_whole_is_cut_at_a_clause_not_mid_word() -> None:
    line = (
        "Asked Carmen how to handle the PA matter. She said write everything down, copy the "
        "HOLGA on the final report, don't fight in the open. Will do."
    )
    shown = card(logged(1, A, line, 45))
    assert "“write everything down, copy the HOLGA on the final report”" in shown, shown
    assert "report, d”" not in shown


@pytest.mark.parametrize(
    "line",
    [
        "Asked Carmen how to handle the PA matter. She said write everything down. Will do.",
        "asked C whether I should apply for the panel. she said go for it",
    ],
)
def test_advice_already_given_is_not_chased(line: str) -> None:
    asks = card(logged(1, A, line, 45), role=Role.MENTOR).split("Suggested asks")[-1]
    assert "any news" not in asks and "where does" not in asks and "legwork" not in asks, asks


def test_an_abstract_for_a_conference_is_not_handed_to_the_mentor() -> None:
    shown = card(
        logged(1, EntryKind.FOLLOWUP, "Abstract for ASCON conference - due 4 Dec. not started", 6),
        role=Role.MENTOR,
        in_days=16,
    )
    assert "here's what I promised" not in shown and "You promised" not in shown, shown
    assert "Due Fri 4 Dec" in shown, shown


def test_an_ask_with_a_date_close_is_chased_for_an_answer() -> None:
    for days in range(20, 27):  # every rotation of the phrasings
        shown = card(
            logged(1, A, "pedi pra ele falar com o eng Paulo sobre o cronograma", days),
            logged(2, AG, "falar do prazo da UTI - shaft do 4º tem que estar livre até 4/12", 1),
        )
        asks = shown.split("Suggested asks")[-1]
        assert "no for now" not in asks and "legwork" not in asks, asks


def test_a_promise_in_portuguese_is_named_by_its_date_not_pasted() -> None:
    shown = card(logged(1, EntryKind.FOLLOWUP, "mandar lista dos cabos pro Carmen", 18))
    assert "lista dos cabos" not in outside_quotes(shown), shown


@pytest.mark.parametrize("role", [Role.OTHER, Role.PEER])
def test_a_goal_about_two_teams_working_together_asks_about_the_work_between_them(
    role: Role,
) -> None:
    goal = "get repairs and tenant services actually talking to each other"
    shown = card(
        logged(1, AG, "shared calendar? whos owning the damp cases??", 1), role=role, goal=goal
    )
    asks = shown.split("Suggested asks")[-1]
    assert "team" in asks and ("mine" in asks or "our two teams" in asks or "our teams" in asks)
    assert "development options" not in asks and "who would be useful for me to know" not in asks


def test_a_manager_is_not_asked_what_their_team_needs_from_mine() -> None:
    goal = "get repairs and tenant services actually talking to each other"
    shown = card(role=Role.MANAGER, goal=goal)
    assert "your team need from mine" not in shown and "our two teams" not in shown


@pytest.mark.parametrize(
    ("owed", "role"),
    [
        ("owe HR the trainee feedback forms for Jia Hui + Arjun — due 'end Oct'", Role.SPONSOR),
        ("sepsis 6 bundle audit for the unit, 20 charts, CNM3 wants it by fri 27 nov", Role.MENTOR),
        (
            "ring Mick re relief milking rota over xmas - promised him an answer by 1st Dec",
            Role.SKIP,
        ),
        ("promised Luca (LD) I'd chase his invoice from september", Role.SPONSOR),
        ("RSU wants the december overtime rota by 1 dic, I said yes", Role.SPONSOR),
        ("send Atty Cruz the list of repeat plate numbers — promised last week", Role.SKIP),
        ("chase supplier credit note, told stores I'd update them by wed", Role.OTHER),
        ("finish + submit application — closes Tue 15 Dec", Role.MENTOR),
    ],
)
def test_work_owed_to_someone_else_is_not_handed_to_the_counterpart(owed: str, role: Role) -> None:
    shown = card(logged(1, EntryKind.FOLLOWUP, owed, 6), role=role)
    assert "what I promised" not in shown and "You promised" not in shown, shown
    assert "Send Carmen" not in shown and "sorry for the wait" not in shown, shown


@pytest.mark.parametrize(
    "point",
    ["IVF / Jan flexibility — maybe?? decide by tmrw", "paternité ?? décider avant jeudi prochain"],
)
def test_a_decision_of_the_users_own_is_not_pressed_on_the_counterpart(point: str) -> None:
    shown = card(logged(1, AG, point, 0.5), role=Role.SPONSOR)
    assert "raise this first" not in shown and "send a short message today" not in shown, shown
    assert "due today" not in shown.lower(), shown


def test_a_private_dated_point_is_never_made_an_ask() -> None:
    private = "chemo starts mon, need to sort cover by fri"
    shown = card(logged(1, AG, private, 1), private=private)
    asks = shown.split("Suggested asks")[-1]
    assert "Fri" not in asks and "raise this first" not in shown, shown


def test_no_tell_your_manager_when_the_user_stands_in_for_them() -> None:
    win = logged(2, EntryKind.WIN, "unallocated cases down to 23 from 41", 5)
    acting = logged(1, N, "Graham off sick again, Morag asked me to act up 'for a few weeks'", 80)
    told = ("hear it from you first", "going round them", "with them on board")
    assert not any(line in card(acting, win, role=Role.SKIP) for line in told)
    asking = logged(1, A, "asked if I could act up as team lead while Graham is off", 80)
    assert any(line in card(asking, win, role=Role.SKIP) for line in told)


def test_how_an_ask_was_put_is_not_part_of_what_it_was_about() -> None:
    shown = card(logged(1, A, "asked C straight out about a profit share", 40))
    assert "straight out" not in outside_quotes(shown), shown
    assert "a profit share" in shown, shown


def test_an_answer_owed_is_not_money_owed() -> None:
    line = (
        "C said she'd check if the programme comes w/ a salary band review - owes me this since Oct"
    )
    shown = card(logged(1, A, line, 35), logged(2, AG, "salary band review??", 1), role=Role.OTHER)
    assert "money you're owed" not in shown, shown


def test_a_mentor_is_where_a_move_is_weighed_not_a_job_hunting_flag() -> None:
    point = "tbh half thinking of leaving dentistry. should i even say that to her"
    job_hunt = [Flag(Category.JOB_HUNT, ("leaving dentistry",), None, 0.9)]
    scanner = lambda t: job_hunt if t == point else []  # noqa: E731
    assert "job hunting" not in card(logged(1, AG, point, 1), role=Role.MENTOR, scanner=scanner)
    assert "job hunting" in card(logged(1, AG, point, 1), role=Role.MANAGER, scanner=scanner)


@pytest.mark.parametrize("torn", ["the and submit application", "the Atty Cruz the list"])
def test_a_phrase_torn_from_its_clause_is_not_said(torn: str) -> None:
    from coaching.slot_text import confident

    assert not confident(torn)


@pytest.mark.parametrize(
    ("owed", "who"),
    [
        ("owe S the xmas forecast from all 14 shop mgrs - got 9/14, chase Stockport, Hyde", "Sam"),
        ("owe DW a 1 pager on how we'd cut points failure delay mins by fri 27th", "Deborah"),
    ],
)
def test_work_handed_first_to_the_counterpart_stays_theirs(owed: str, who: str) -> None:
    from coaching.due import owed_to_them

    assert owed_to_them(owed, who)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("mandar a Bea el one-pager con las 2 evidencias ANTES del 4 dic", "2026-12-04"),
        ("process controller job finally posted tue 24/11, closes mon 7/12!!", "2026-12-07"),
        ("Marcus: picture lock Fri 4/12 no matter what", "2026-12-04"),
        ("Nov-Zahlen bis 4. Dez an Controlling", "2026-12-04"),
    ],
)
def test_a_day_written_the_way_other_languages_and_weekdays_write_it(line: str, day: str) -> None:
    from coaching.due import deadline_date
    from tests.unit.test_review20 import NOW

    assert str(deadline_date(line, NOW, NOW)) == day


@pytest.mark.parametrize("line", ["4 out of 5 done", "on avg 4/5 per shift", "24/7 cover"])
def test_counts_are_still_no_days(line: str) -> None:
    from coaching.due import deadline_date
    from tests.unit.test_review20 import NOW

    assert deadline_date(line, NOW, NOW) is None


def test_a_safety_gap_the_user_wonders_whether_to_raise_is_never_told_it_can_wait() -> None:
    point = "the test records thing - do I tell DW or sort it quietly first w Jas + Marek??"
    shown = card(logged(1, AG, point, 1), role=Role.SKIP)
    assert "it can wait" not in shown and "raise early" in shown, shown
    plain = card(logged(1, AG, "do i mention spire or not", 1), role=Role.SKIP)
    assert "it can wait" in plain


@pytest.mark.parametrize(
    ("line", "logged", "day"),
    [
        ("grant report due 11/15", "2026-10-23", "2026-11-15"),
        ("EOM close — accruals in by 11/27", "2026-11-18", "2026-11-27"),
        ("raport do piątku!!", "2026-10-21", "2026-10-23"),
        ("Shukravaar tak deck ready karna hai", "2026-11-03", "2026-11-06"),
        ("15 Aralık'a kadar bütçe onayı", "2026-11-20", "2026-12-15"),
        ("NDA redlines back to legal in 2 wks", "2026-10-28", "2026-11-11"),
        ("eod tmrw: final grades", "2026-11-25", "2026-11-26"),
    ],
)
def test_days_as_people_type_them(line: str, logged: str, day: str) -> None:
    from coaching.due import deadline_date
    from tests.unit.test_review20 import NOW

    at = datetime.combine(date.fromisoformat(logged), time(12), tzinfo=UTC)
    assert str(deadline_date(line, at, NOW)) == day


def test_a_past_day_is_no_deadline_and_a_word_like_a_month_is_no_month() -> None:
    from coaching.due import deadline_date
    from tests.unit.test_review20 import NOW

    def read(line: str, logged: str) -> date | None:
        at = datetime.combine(date.fromisoformat(logged), time(12), tzinfo=UTC)
        return deadline_date(line, at, NOW)

    assert read("shipped v2.3 on 10/19, retro went ok", "2026-10-23") is None
    assert read("julebord 11.12., ingenting", "2026-11-20") == date(2026, 12, 11)  # not 11 Jul
    assert read("report due 20/11 - late!!", "2026-11-22") == date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "who", "owed"),
    [
        ("renew my BLS cert", "Grace Adeyemi", False),
        ("finish the Excel pivot training", "Kemal Aydın", False),
        ("JV still needs to approve my overtime", "Jens Vermeulen", False),
        ("enviar al cliente la minuta del contrato", "Lucía Fernández", False),
        ("send the wedding coordinator the final headcount, cc ma'am", "Maricel Santos", False),
        ("wysłać Darrenowi listę uszkodzonych palet z wtorku", "Darren", True),
        ("promised ma'am the transport vendor comparison (3 vendors) by 30 Nov", "Meenakshi", True),
        ("send Dana the Q3 deck", "Dana Smith", True),
    ],
)
def test_whom_a_follow_up_is_for(text: str, who: str, owed: bool) -> None:
    from coaching.due import owed_to_them

    assert owed_to_them(text, who) is owed


def test_a_note_read_as_personal_only_weakly_leads_no_card() -> None:
    from coaching.oversharing import Category, Flag

    note = "audiencia del divorcio movida al jueves 3 de dic 10am, tengo que pedir el día"
    weak = [
        Flag(Category.FAMILY, ("divorcio",), None, 0.26),
        Flag(Category.LEGAL, ("audiencia",), None, 0.15),
    ]
    shown = card(logged(1, N, note, 4), role=Role.PEER, scanner=lambda t: weak if t == note else [])
    assert "Thu 3 Dec" not in shown.split("Suggested asks")[-1], shown


def test_a_note_of_an_events_day_with_nothing_to_ready_is_no_stake() -> None:
    event = card(
        logged(1, N, "GP heute abend, Premiere Sa 28.11. seit 6 wach", 0.1), role=Role.MENTOR
    )
    assert "Sat 28 Nov" not in event.split("Suggested asks")[-1], event
    ready = "CRA monitoring visit Tue 1/12 9am — source docs need to be ready"
    assert "Tue 1 Dec" in card(logged(1, N, ready, 2), role=Role.SPONSOR)


def test_a_sponsors_card_asks_to_be_put_forward_and_still_uses_the_win() -> None:
    shown = card(
        logged(1, EntryKind.FOLLOWUP, "send Carmen the Q3 tender summary", 20),
        logged(2, A, "asked for the budget for the export desk", 60),
        logged(3, EntryKind.WIN, "signed the VeloNova contract, 400 TEU a year", 20),
        role=Role.SPONSOR,
        goal="become branch manager in Antwerp when Karel retires",
    )
    asks = shown.split("Suggested asks")[-1].split("Balance")[0]
    forward = ("speak up for me", "make the case", "put me forward", "mention the")
    assert any(word in asks for word in forward), asks
    assert "your win of" in shown or "VeloNova" in asks, shown
