"""Round 36 of blind rating (bench/reviews/round36_blind_r1.md, _r2.md) put first that safety
and safeguarding worries were left without a word: a cold room that had trapped a clerk ("ask
for a yes, a no, or a date"), a night nurse noted smelling of alcohol behind a point that said
only "Kevin??", a teacher messaging pupils at 11pm behind "lo de Rodrigo: ¿se lo digo a Paty?".
Harm said in everyday words (and in Portuguese or Spanish) is a safety point; a worrying note
that a point names only by a person gets the note beside that point; lines that merely share
words with a worry ("asked me not to tell anyone", "Husband's contract ended", stuck in traffic)
stay what they are. Inputs are invented; the scan is the real one; assertions are on the card as
the user reads it."""

from __future__ import annotations

import pytest

from coaching.checklist import CHECKLIST_SHORT
from coaching.model import EntryKind, Role
from coaching.oversharing import scan
from coaching.prep import AVOID_NOTES
from tests.unit.test_review20 import card, logged

N, AG = EntryKind.NOTE, EntryKind.AGENDA
REPORT_TODAY = "report it today"
TIED = "This comes back to your note of"
RAISE_IT = "none of your points raises it"
#: Every way the card brings a worrying note back under the points.
RAISED = (RAISE_IT, "isn't yours to absorb", "how someone is treated at work")

#: How the card says how to say it: the plain note, or the one for what the point avoids.
HOW_SAID = ("How to say it", *(note[:40] for note in AVOID_NOTES.values()))


def note_beside_a_plain_point(note: str) -> str:
    """The card for a worry logged as a note, beside a talking point about something else."""
    return card(logged(1, N, note, 2), logged(2, AG, "rota for December", 1), scanner=scan)


@pytest.mark.parametrize(
    "point",
    [
        "walk-in freezer door - can't wait for maintenance anymore, someone's going to get hurt",
        "câmara fria — não dá mais pra esperar manutenção, alguém vai se machucar",
        "la puerta del congelador otra vez, alguien va a salir herido",
        "loading bay: Ben got trapped in the chiller for 10 min, nobody hurt but",
    ],
)
def test_harm_said_in_everyday_words_is_a_safety_point(point: str) -> None:
    shown = card(logged(1, AG, point, 1), scanner=scan, in_days=5)
    assert REPORT_TODAY in shown, shown


@pytest.mark.parametrize(
    "note",
    [
        "chiller: Léo ficou preso uns 10 min hoje, ninguém machucado mas 😬",
        "east side scaffold - 2 couplers missing, told the contractor. nothing",
        "had me on the board without isolating, tested it anyway and it was live",
        "Marco came in smelling of alcohol again on the late shift",
    ],
)
def test_a_worrying_note_no_point_raises_is_brought_back(note: str) -> None:
    shown = card(logged(1, N, note, 3), logged(2, AG, "rota for December", 1), scanner=scan)
    assert RAISE_IT in shown, shown


@pytest.mark.parametrize(
    ("note", "point"),
    [
        (
            "Kevin (night nurse) came in last night smelling of alcohol, 2nd time. He's going"
            " through a lot at home",
            "raise night staffing again + sponsorship before 11 Dec. Kevin?? still not sure",
        ),
        (
            "Sofi de 4°A me contó q Rodrigo (bio) les manda WA a varias alumnas a las 11pm",
            "lo de Rodrigo: se lo digo a Carmen o va directo a dirección?",
        ),
    ],
)
def test_a_point_that_names_a_worrying_note_gets_it_beside_it(note: str, point: str) -> None:
    shown = card(logged(1, N, note, 5), logged(2, AG, point, 1), scanner=scan)
    assert TIED in shown, shown
    assert shown.index(point[:20]) < shown.index(TIED), shown
    assert RAISE_IT not in shown, shown  # said once, beside the point


def test_a_worrying_note_is_tied_to_one_point_only() -> None:
    shown = card(
        logged(1, N, "Kevin came in smelling of alcohol on nights again", 5),
        logged(2, AG, "Kevin - raise or not?", 2),
        logged(3, AG, "cover for Kevin's leave in Dec", 1),
        scanner=scan,
    )
    assert shown.count(TIED) == 1, shown


def test_a_worry_beside_a_colleagues_home_life_is_raised_without_it() -> None:
    """Drink on shift is the 1:1's business; his wife leaving is not: the card quotes the one."""
    note = "Kevin came in smelling of alcohol again. his wife left him, he's in a bad way"
    shown = card(logged(1, N, note, 5), logged(2, AG, "rota for December", 1), scanner=scan)
    assert RAISE_IT in shown and "smelling of alcohol" in shown, shown
    assert "wife" not in shown, shown


@pytest.mark.parametrize(
    "line",
    [
        "Arjun told me in confidence he's struggling. asked me not to tell anyone",
        "Husband's contract ended. One salary now. Programme = unpaid Fridays.",
        "ficou preso no trânsito 2h, cheguei atrasado na reunião",
        "my kids call me when they're home alone after school",
        "texted the students the homework reminder at 5pm",
        "I could have killed him for that typo lol",
    ],
)
def test_lines_that_only_share_words_with_a_worry_stay_quiet(line: str) -> None:
    for kind in (N, AG):
        shown = card(logged(1, kind, line, 2), scanner=scan, role=Role.MANAGER)
        assert RAISE_IT not in shown and REPORT_TODAY not in shown, (kind, shown)
        assert "a concern about the work" not in shown, (kind, shown)


# --- titles and initials are not names ("You've helped Sister 4 times", "the RS") ------------

G, F = EntryKind.GAVE, EntryKind.FOLLOWUP


@pytest.mark.parametrize("name", ["Sister Achieng", "Profe Hernán", "Brother Tomás"])
def test_a_title_said_with_the_name_stays_with_it(name: str) -> None:
    title = name.split()[0]
    shown = card(
        logged(1, G, "covered the night shift rota for the ward", 9),
        logged(2, EntryKind.ASK, "asked for the course sponsorship", 8),
        logged(3, F, f"promised {title} {name.split()[1][0]} a one-page handover template", 20),
        name=name,
    )
    assert f"helped {name}" in shown, shown
    assert f"helped {title} " not in shown.replace(f"helped {name}", ""), shown
    assert f"{name} {name.split()[1][0]} " not in shown, shown  # "Sister Achieng A a one-page"


def test_a_persons_initials_are_not_a_job_title() -> None:
    shown = card(
        logged(1, G, "rebar schedule revised, sent to RS", 9),
        logged(2, EntryKind.ASK, "asked RS about the site in-charge post", 8),
        name="RS",
        role=Role.SKIP,
    )
    assert "the RS" not in shown and "helped RS" in shown, shown
    assert "the GM" in card(logged(1, G, "sent the GM the rota", 9), name="GM", role=Role.SKIP)


# --- a mentor's give is the follow-through, not a piece of their work -------------------------


def test_a_mentor_is_not_offered_a_piece_of_their_work() -> None:
    asks = [
        logged(i, EntryKind.ASK, f"asked about the exam prep, part {i}", 20 - i) for i in (1, 2)
    ]
    shown = card(*asks, logged(3, G, "sent the notes from the call", 15), role=Role.MENTOR)
    assert "a piece I could take on" not in shown, shown
    assert "what you did with the advice" in shown, shown
    manager = card(*asks, logged(3, G, "sent the notes from the call", 15), role=Role.MANAGER)
    assert "a piece I could take on" in manager, manager


# --- promises to someone else are not handed to the counterpart --------------------------------

FOR_THEM = "here's what I promised"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("mandar escala dez pro RH até 30/11", "Renata"),
        ("prometi ao chef Paulo o food cost do menu de Natal até 30/11", "Inês"),
        (
            "Promised the Waitoa planning team our December tanker forecast by Friday 4 Dec.",
            "Aroha",
        ),
        ("obiecałam Oli review jej pierwszego memo przed poniedziałkiem", "Marek"),
    ],
)
def test_a_promise_to_someone_else_is_not_handed_over(line: str, name: str) -> None:
    shown = card(logged(1, F, line, 3), name=name, scanner=scan)
    assert FOR_THEM not in shown and "You promised" not in shown, shown
    assert f"not for {name}" in shown, shown


def test_a_promise_to_them_by_title_and_name_is_still_theirs() -> None:
    shown = card(logged(1, F, "send chef Inês the costings by fri", 3), name="Inês", scanner=scan)
    assert FOR_THEM in shown or "You promised" in shown, shown


# --- the goal's focus is what, not how ("the LEA first go") ----------------------------------


@pytest.mark.parametrize(
    ("goal", "focus"),
    [
        ("pass my LEA first go in March", "the LEA"),
        ("pass the AM2 first time", "the AM2"),
        ("pass the AM2 at the first attempt", "the AM2"),
    ],
)
def test_how_a_goal_is_to_be_met_is_not_its_focus(goal: str, focus: str) -> None:
    shown = card(logged(1, G, "sent the test sheets", 5), goal=goal, role=Role.MENTOR)
    assert "first go" not in shown and "first time" not in shown and "first attempt" not in shown
    assert focus in shown or "goal" in shown, shown


def test_a_tagalog_promotion_goal_is_never_pasted_as_a_noun() -> None:
    goal = "Ma-promote as supervisor this cycle, or decide by Dec 15 kung tatanggapin ko yung offer"
    shown = card(logged(1, G, "reviewed 3 files for her", 5), goal=goal, role=Role.SPONSOR)
    assert "Ma-promote" not in shown and "ma-promote" not in shown.lower(), shown


# --- live electrical work is a safety point, never a wellbeing one (round 37) ----------------


@pytest.mark.parametrize(
    "point",
    [
        "the live work thing?? if I say it the foreman will know it was me",
        "foreman had us working live on the DB again",
    ],
)
def test_live_electrical_work_is_a_safety_point(point: str) -> None:
    shown = card(logged(1, AG, point, 1), scanner=scan, in_days=5)
    assert REPORT_TODAY in shown and "helpline" not in shown, shown


@pytest.mark.parametrize(
    "line", ["got a shock when I saw the bill", "we work live on the radio show on fridays"]
)
def test_a_shock_or_live_that_is_not_electrical_stays_quiet(line: str) -> None:
    shown = card(logged(1, AG, line, 1), scanner=scan, in_days=5)
    assert REPORT_TODAY not in shown, shown


# --- round 37's reviews (after the rating): secrets, hands laid on people, records made later -


W = EntryKind.WIN


@pytest.mark.parametrize(
    "win",
    [
        "passed my CBT 🎉 (nobody at work knows. don't mention o)",
        "got the offer from the Dubai clinic - keeping it quiet for now",
        "IELTS 8.0!! between us",
    ],
)
def test_a_win_the_user_keeps_secret_is_never_cited(win: str) -> None:
    shown = card(
        logged(1, EntryKind.ASK, "asked her to put my name forward for the periop nomination", 20),
        logged(2, W, win, 5),
        logged(3, G, "covered 3 nights on the ward", 10),
        goal="get onto the perioperative programme",
        scanner=scan,
    )
    assert "your win" not in shown.lower() and win[:12] not in shown, shown


def test_a_short_point_that_shares_a_telling_word_carries_the_note() -> None:
    shown = card(
        logged(1, N, "nights again. 2 of us for 30. a pt fell in bay C, no injury. form done", 9),
        logged(2, AG, "raise the night staffing w/ numbers (the fall)", 2),
        scanner=scan,
    )
    assert TIED in shown and RAISE_IT not in shown, shown


def test_a_worry_in_the_users_own_private_life_is_not_raised_as_work() -> None:
    note = "my ex keeps turning up at my flat, harassing me and the kids"
    shown = card(logged(1, N, note, 3), logged(2, AG, "rota for December", 1), scanner=scan)
    assert RAISE_IT not in shown and "isn't yours to absorb" not in shown, shown


def test_a_card_that_raises_a_worrying_note_closes_on_the_facts() -> None:
    shown = card(
        logged(1, N, "SR slapped a woman in labour bc she wasnt pushing well", 3),
        logged(2, AG, "rota for December", 1),
        scanner=scan,
    )
    assert "Stick to what you saw and when" in shown, shown
    assert CHECKLIST_SHORT not in shown, shown


# --- money owed is chased for a date, not as a favour (round 37) -----------------------------


def test_an_unpaid_invoice_is_chased_for_a_date_not_with_an_offer() -> None:
    shown = card(
        logged(1, EntryKind.ASK, "asked when invoice 0142 (advance) gets paid, she'll check", 40),
        logged(2, G, "sent the revised spreads a day early", 10),
        role=Role.OTHER,
        name="Caro",
        scanner=scan,
    )
    assert "the payment I asked you about" in shown, shown
    assert "anything I can do to move it" not in shown and "A no for now is fine" not in shown
    assert "a date" in shown, shown


def test_beside_a_worry_the_card_does_not_send_the_user_to_their_manager_first() -> None:
    entries = (
        logged(1, N, "foreman had us working live on the DB again, no lockout padlocks", 4),
        logged(2, EntryKind.ASK, "asked who pays for my SEP licence course", 20),
        logged(3, AG, "SEP course money", 1),
    )
    shown = card(*entries, role=Role.SKIP, scanner=scan)
    informed = ("hear it from you first", "going round them", "with them on board")
    assert not any(words in shown for words in informed), shown
    calm = card(entries[1], entries[2], role=Role.SKIP, scanner=scan)
    assert any(words in calm for words in informed), calm


def test_a_day_off_asked_for_is_not_chased_with_a_no_for_now_is_fine() -> None:
    shown = card(
        logged(1, EntryKind.ASK, "asked for a day off 19/12 for my daughter's graduation", 16),
        logged(2, G, "covered the Penha store on sunday", 11),
        scanner=scan,
    )
    assert "A no for now is fine" not in shown and "a no for now" not in shown.lower(), shown


# --- a fresh-eyes review of this change: lines that only look like worries ------------------


@pytest.mark.parametrize(
    "line",
    [
        "nearly killed it in the demo!",
        "nobody was hurt by the feedback, it went fine",
        "alguém vai morrer de tédio nessa reunião",
        "locked in the lift contract with Otis",
        "live panel on Thursday - I'm speaking",
        "our live numbers are shocking",
        "fire extinguishers missing from the asset register export",
        "morale is high on nights since the new rota",
        "ward smells of alcohol gel after the deep clean",
        "under the influence of the new director we changed the rota",
        "will sort the timesheets later",
        "soften the warnings in the email to the client",
        "I'm over my hours again, 52 this week",
        "new starters no longer feel isolated since the buddy scheme",
        "shook her hand and signed the deal",
        "hit a patient satisfaction score of 92% this month",
        "children's ward lighting checked at midnight",
        "texted the kids club parents at 11pm about the snow closure",
    ],
)
def test_a_line_that_only_looks_like_a_worry_stays_quiet(line: str) -> None:
    for kind in (N, AG):
        shown = card(logged(1, kind, line, 2), scanner=scan)
        for said in (RAISE_IT, REPORT_TODAY, "a concern about the work", "how someone is treated"):
            assert said not in shown, (kind, said, shown)


def test_a_clear_distress_line_keeps_the_care_note_beside_harm_words() -> None:
    line = "I can't go on like this, I'm falling apart. if nobody was hurt why do I feel like this"
    shown = card(logged(1, AG, line, 1), scanner=scan)
    assert REPORT_TODAY not in shown, shown


@pytest.mark.parametrize(
    "win",
    [
        "no one knows the billing migration like me now - documented it all",
        "split the on-call rota between us and ops, went smoothly",
        "won Secret Santa bake-off for the team",
    ],
)
def test_a_win_that_only_sounds_secret_is_not_hidden(win: str) -> None:
    """The win still makes the case for an open nomination ask, as an open win does."""
    shown = card(
        logged(1, EntryKind.ASK, "asked her to put my name forward for the periop nomination", 20),
        logged(2, W, win, 5),
        logged(3, G, "covered 3 nights on the ward", 10),
        goal="get onto the perioperative programme",
        scanner=scan,
    )
    assert "win" in shown.lower(), shown


def test_a_point_that_only_shares_a_name_is_not_given_the_worry() -> None:
    shown = card(
        logged(1, N, "Kevin came in smelling of alcohol again on the late shift", 4),
        logged(2, AG, "Kevin's leave cover in Dec", 1),
        scanner=scan,
    )
    assert TIED not in shown and RAISE_IT in shown, shown


def test_two_worries_about_one_person_are_both_said() -> None:
    shown = card(
        logged(1, N, "Kevin came in smelling of alcohol again on the late shift", 6),
        logged(2, N, "Kevin grabbed her arm when she questioned the dose", 4),
        logged(3, AG, "Kevin - raise or not?", 1),
        scanner=scan,
    )
    assert TIED in shown and (RAISE_IT in shown or "how someone is treated" in shown), shown


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("mandar escala dez pro RH até 30/11", "Renata Honda"),
        ("send the laptop list to IT by Friday", "Ian Tan"),
    ],
)
def test_a_department_is_not_the_counterpart_by_initials(line: str, name: str) -> None:
    shown = card(logged(1, F, line, 3), name=name, scanner=scan)
    assert FOR_THEM not in shown and f"not for {name}" in shown, shown


# --- round 38's reviews (after the rating) ----------------------------------------------------


def test_a_substance_reading_with_no_word_for_one_is_not_shown() -> None:
    point = "ask him how he handles the nights after a bad call. still not sleeping properly"
    shown = card(logged(1, AG, point, 1), scanner=scan, role=Role.PEER)
    assert "drink or drugs" not in shown, shown
    assert "sort this for good" not in shown, shown  # their own sleep is no complaint to settle


@pytest.mark.parametrize(
    "point",
    [
        "the live work thing. how do i say it without sounding like a sook",
        "lo del trabajo en vivo... cómo se lo digo sin que piense que me estoy rajando",
        "costing for Q1 - how do I ask for more time without looking slow?",
    ],
)
def test_asking_how_to_say_it_gets_a_line_to_say(point: str) -> None:
    shown = card(logged(1, AG, point, 1), scanner=scan)
    # a point that names what it must avoid is told how to say it that way (round 62)
    assert any(how in shown for how in HOW_SAID), shown


def test_asking_them_for_something_is_not_a_promise_handed_over() -> None:
    line = "pedir copia del diagrama unifilar actualizado antes del lunes"
    shown = card(logged(1, F, line, 2), name="Don Beto", scanner=scan)
    assert FOR_THEM not in shown and "You promised" not in shown, shown


def test_a_refund_owed_is_chased_plainly() -> None:
    shown = card(
        logged(1, EntryKind.ASK, "asked about the refund for the spoiled milk delivery", 30),
        logged(2, G, "sent the winter menu photos", 10),
        role=Role.OTHER,
        name="Kang 팀장님",
        scanner=scan,
    )
    assert "A no for now is fine" not in shown and "Kang 팀장님," in shown, shown


def test_people_turned_away_from_what_they_are_owed_is_a_worry_the_point_carries() -> None:
    note = (
        "front desk again today, Karen's lot sent a Roma family away without taking a homeless"
        " application. 3rd time I've seen it"
    )
    shown = card(
        logged(1, N, note, 3),
        logged(2, AG, "the front desk thing - raise w Carmen or go to Paul first?", 1),
        scanner=scan,
        role=Role.SPONSOR,
    )
    assert TIED in shown, shown


def test_a_user_who_writes_in_another_language_is_told_which_language_the_asks_are_in() -> None:
    """Spanish has a phrasebook now (tests/unit/test_phrasebook.py): the lines are drafted in it,
    and the card says so; it never says they are in English."""
    lines = [
        "pedí a R revisar mi sueldo ahora que llevo cuatro sucursales",
        "le mandé el reporte de mermas de octubre, dijo que lo revisa",
        "quiero proponer la apertura de la quinta sucursal en enero",
        "el inventario de diciembre tiene que estar listo antes del viernes",
    ]
    shown = card(*(logged(i, N, line, 10 - i) for i, line in enumerate(lines, 1)), scanner=scan)
    assert "drafted in Spanish" in shown and "drafted in English" not in shown, shown
    english = [
        "plot 9 handover zero snags on electrics, site mgr emailed dave direct",
        "covered Mark's callout sat night at the care home, fire alarm fault",
        "dave seemed stressed mon, van leases up for renewal + 2 lads off",
        "send dave as-built drawings + test sheets for st marys school job",
    ]
    terse = card(*(logged(i, N, line, 10 - i) for i, line in enumerate(english, 1)), scanner=scan)
    assert "another language" not in terse, terse


# --- a second fresh-eyes review: lines that only look like worries, how-to questions --------


@pytest.mark.parametrize(
    "line",
    [
        "did anyone die? no. so why the 3 page postmortem for a typo",
        "if the demo crashes again someone will die lol",
        "preparar las demos en vivo para el cliente del jueves",
        "das ganze Team steht unter Spannung wegen des Launches",
        "asked me to present to the board before the site goes live",
        "isolating the flaky test takes too long, need better CI",
        "no time to isolate the root cause before release",
        "the courier guy was waiting at my door with the parcel at 8",
        "finance threatened to cut the travel budget",
        "his ex came up in conversation at lunch",
        "sent away a black cab because it was too expensive",
        "our travellers' expense claims denied again by finance",
        "gas leak at home last night, engineer coming tomorrow so I'll be late",
    ],
)
def test_review_two_lines_that_only_look_like_worries_stay_quiet(line: str) -> None:
    for kind in (N, AG):
        shown = card(logged(1, kind, line, 2), scanner=scan)
        for said in (RAISE_IT, REPORT_TODAY, "a concern about the work", "how someone is treated"):
            assert said not in shown, (kind, said, shown)


@pytest.mark.parametrize(
    "point",
    [
        "how to raise prices for the Q2 renewals",
        "how do I bring up the staging server after the patch",
        "how to tell if the model is overfitting",
    ],
)
def test_a_how_to_about_the_work_gets_no_script(point: str) -> None:
    assert "How to say it" not in card(logged(1, AG, point, 1), scanner=scan)


def test_a_peer_complaint_about_a_team_is_still_a_complaint() -> None:
    shown = card(
        logged(1, AG, "Sam's team broke the stress tests again, need a fix", 1),
        role=Role.PEER,
        name="Sam",
        scanner=scan,
    )
    assert "sort this for good" in shown or "agree one fix" in shown or "one fix" in shown, shown


def test_a_note_of_what_happened_today_is_no_deadline() -> None:
    shown = card(
        logged(1, N, "front desk again today, the queue was out the door by 9", 2),
        logged(2, AG, "rota for December", 1),
        scanner=scan,
    )
    assert "one thing is due" not in shown, shown


def test_a_private_sentence_before_a_worry_is_not_quoted() -> None:
    note = "his wife left him. Kevin came in smelling of alcohol again on the late shift"
    shown = card(logged(1, N, note, 3), logged(2, AG, "rota for December", 1), scanner=scan)
    assert RAISE_IT in shown and "wife" not in shown, shown


# --- round 39's reviews (after the rating) ----------------------------------------------------


def test_a_terse_point_carries_its_note_and_is_not_offered_as_work_to_own() -> None:
    shown = card(
        logged(1, N, "paint shop extractor fan broken since sept, painting with the door open", 9),
        logged(2, AG, "raise the fan. again. with photos", 2),
        scanner=scan,
    )
    assert TIED in shown and "if I owned it" not in shown, shown


def test_a_name_typed_in_lower_case_in_the_point_still_ties_the_note() -> None:
    shown = card(
        logged(1, N, "foreman (Dale) said skip LOTO on the 2nd floor panel, no time", 5),
        logged(2, AG, "ask gord what im supposed to do when dale says that", 1),
        scanner=scan,
        role=Role.MENTOR,
    )
    assert TIED in shown and RAISE_IT not in shown, shown


def test_a_change_to_numbers_they_rely_on_is_theirs_to_hear_early() -> None:
    point = "tell him about otousan / fewer days open?? affects the revenue numbers"
    shown = card(logged(1, AG, point, 1), scanner=scan, role=Role.OTHER)
    assert "it can wait" not in shown and "theirs to hear early" in shown, shown


# --- round 40's reviews (after the rating) ----------------------------------------------------


@pytest.mark.parametrize(("name", "said"), [("la Dra. C", "Dra. C"), ("Pani Ewa", "Pani Ewa")])
def test_an_article_or_a_polish_title_is_not_a_name(name: str, said: str) -> None:
    shown = card(logged(1, G, "sent the dataset and the figures", 9), name=name, scanner=scan)
    assert f"helped {said}" in shown, shown


def test_how_to_say_it_has_no_placeholders() -> None:
    for point in ("the live work thing. how do i say it", "the rota - how do i say it?"):
        shown = card(logged(1, AG, point, 1), scanner=scan)
        assert "How to say it" in shown and "<day>" not in shown and " X " not in shown, shown


#: Worries logged in plain notes, one list for the rounds that found them (36–41): each is
#: brought back under the points.
WORRIES_IN_NOTES = [
    "the registrar grabbed her arm when she questioned the dose, in front of the patients",
    "SR slapped a woman in labour bc she wasnt pushing well",
    "boss told me to tell the driver keep driving, fix the log later",
    "foreman wants me to stamp my ID on Andrius welds",
    "prof asked me to drop the station that didn't recover from the poster",
    "comms want to play down the E. coli breaches in the summer report",
    "ambulance 14 went out with the defib battery on red AGAIN. someone is going to die",
    "had me do the board swap at the flat live again. said isolating takes too long",
    "el ingeniero otra vez que no hay tiempo p/ bloquear y etiquetar, que le demos en vivo",
    "same guy was by my car at 6pm yesterday, said he hopes I do the right thing",
    "oxygen blender on cot 4 still leaking. logged w biomed 2x, nobody came",
    "Grant wants the Owhiro Bay section as 'fair' not 'poor' before the vote",
    "sr Albano bruise on left forearm again after the morning visit. 2nd time",
    "Tom surfaced way too fast last dive, skipped his safety stop. skipper didnt log it",
    "paint shop extractor fan broken since sept, painting with the door open",
    "gaz said just work it live at the cafe, cant cut power before lunch rush",
    "walk-in left open all night, 9°C at 7am. told me use the bacalhau anyway",
    "R quitó 4 muestras del transecto 3 del análisis. no está en métodos",
    "overtime this month 31 hrs pero payslip says 18",
    "night staffing: me alone w 38 pts again. 1:38 is not safe",
    "Kevo wrote 6am obs in the chart that he didnt take, I saw him",
    "Chef will dass ich die Verteilung abnehme und unterschreibe, war nicht mal dabei",
    "Fabrício gritando com o Davi na frente de todo mundo, chamou de 'retardado'",
    "Patil asking me to sign MB for 1.2 km on the stretch. I checked, max 800m laid",
    "Tomek told Andriy to drive another 2h past his limit 'tacho we fix later'",
    "told Wasyl to just finish the route, he'd be way over his 9h, tacho will show it",
    "transect sheets: rows 40-60 identical counts across 3 dates. someone filled gaps",
]
#: Everyday lines sharing those worries' words: each stays quiet.
LOOKALIKES = [
    "I pushed him to apply for the lead role",
    "she grabbed her coffee and ran to the huddle",
    "kicked him off the project channel by mistake lol",
    "sign off Tom's work on friday",
    "fill in the timesheet later today",
    "tone down the intro slide for the board",
    "my monitor is broken again, IT ticket raised",
    "she wants the logo as 'blue' not 'green'",
    "budget cuts on the child care programme",
    "my bruise on the left knee from football",
    "it's not safe to assume the client will pay",
    "the draft is not in the methods section yet, will add tonight",
    "removed 4 samples without labels from the freezer inventory list",
    "overtime approved: 12 hrs paid for 12",
    "the crowd went mental in front of the stage",
    "only 3 modules done so far, asked me to sign the timesheet",
    "serve the soup anyway, it's fine at 70°C",
    "went over her limit on the company card for the offsite",
    "we filled the gaps in the rota for xmas",
]


@pytest.mark.parametrize("note", WORRIES_IN_NOTES)
def test_a_worry_in_a_note_is_raised(note: str) -> None:
    shown = note_beside_a_plain_point(note)
    assert any(words in shown for words in RAISED), shown


@pytest.mark.parametrize("line", LOOKALIKES)
def test_an_everyday_line_with_a_worrys_words_stays_quiet(line: str) -> None:
    shown = note_beside_a_plain_point(line)
    assert not any(words in shown for words in RAISED), shown
