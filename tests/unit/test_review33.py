"""Round 33 of blind rating (bench/reviews/round33_blind_r1.md, _r2.md): the user's call to book
her mother's rehab intake was offered to her manager as "here's what I promised" and listed as
carried forward for him. A follow-up that names a matter of the user's own life, and not the
counterpart, is a private errand: it stays on the user's list, never handed over. A Sunday 1:1
in Amman was "a weekend slot": the weekend is the user's country's. Inputs are invented; the
scan is the real one; assertions are on the card as the user reads it."""

from __future__ import annotations

from datetime import time

import pytest

from coaching.checklist import CHECKLIST_SHORT
from coaching.model import Cadence, CadenceKind, EntryKind, Role, SeriesSpec
from coaching.oversharing import scan
from tests.unit.test_review20 import card, logged

A, F, AG = EntryKind.ASK, EntryKind.FOLLOWUP, EntryKind.AGENDA
NOT_FOR = "Also on your list, not for Carmen"


@pytest.mark.parametrize(
    "errand",
    [
        "book rehab intake call for dad at the clinic - mon",
        "ring the divorce lawyer back about the hearing date",
        "book my therapist sessions via EAP by fri",
        "pick up the kids from nursery thu, swap shift",
    ],
)
def test_a_private_errand_is_never_handed_to_them(errand: str) -> None:
    shown = card(logged(1, F, errand, 3), scanner=scan)
    assert "what I promised" not in shown and "I said I'd send" not in shown, shown
    assert "You promised" not in shown, shown
    assert "before the 1:1" not in shown and "before you go in" not in shown, shown
    listed_after = shown.index(NOT_FOR)
    assert shown.rindex(errand) > listed_after, shown


def test_a_work_promise_beside_it_is_still_delivered() -> None:
    shown = card(
        logged(1, F, "book rehab intake call for dad at the clinic - mon", 3),
        logged(2, F, "send Carmen the capacity numbers by fri", 2),
        scanner=scan,
    )
    assert "here's the capacity numbers I promised" in shown, shown
    # the errand, due Monday, may also head the card as the user's own reminder
    assert shown.index("capacity numbers") < shown.index(NOT_FOR) < shown.rindex("rehab"), shown


def test_a_personal_line_that_names_them_stays_theirs() -> None:
    """ "send Carmen my sick note" is owed to her, however personal: it is listed as hers."""
    shown = card(
        logged(1, F, "send Carmen the GP sick note for my surgery by fri", 2), scanner=scan
    )
    assert NOT_FOR not in shown, shown


@pytest.mark.parametrize(
    ("weekday", "tz", "weekend"),
    [
        (6, "Asia/Amman", False),  # Sunday: the first day of the week in Jordan
        (4, "Asia/Amman", True),  # Friday
        (5, "Asia/Dhaka", False),  # Saturday: an ordinary working day in Bangladesh
        (5, "Europe/London", True),
        (6, "UTC", True),
    ],
)
def test_a_weekend_slot_is_the_weekend_where_the_user_lives(
    weekday: int, tz: str, weekend: bool
) -> None:
    series = SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=weekday), time(10, 0), tz=tz)
    shown = card(role=Role.SKIP, series=(series,))
    assert ("can read as social" in shown) is weekend, shown


@pytest.mark.parametrize(("in_days", "today"), [(11, True), (1, False)])
def test_a_safety_point_is_not_held_for_a_1_1_days_away(in_days: int, today: bool) -> None:
    """Round 33: roofers working without harnesses since October, left to a 1:1 11 days off."""
    point = logged(1, AG, "lads on block C roof w/o harness again, near miss tues", 1)
    shown = card(point, in_days=in_days, scanner=scan)
    assert ("report it today" in shown) is today, shown
    assert ("won't keep 11 days" in shown) is today, shown
    assert ("raise it early" in shown) is not today, shown


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("mandar a Carmen el informe, se lo prometí el lunes", False),
        ("promised Carmen on Monday I'd send the deck", False),
        ("told her on Mon I'd send the numbers", False),
        ("promised the deck on Monday", True),
        ("promised to send Carmen the numbers on Monday", True),
    ],
)
def test_the_day_a_promise_was_made_is_not_its_deadline(line: str, due: bool) -> None:
    """Round 33: "se lo prometí el lunes" (I promised her on Monday) was "Due Mon 30 Nov"."""
    shown = card(logged(1, F, line, 1), in_days=7)
    assert ("Due Mon 30 Nov" in shown) is due, shown


@pytest.mark.parametrize(
    "line",
    [
        "reply to the recruiter (Ana) by 4 dec",
        "confirm extra tandoor with Minh Phát for the gala",
        "get Tom to countersign the hot-works permit",
        # round 34: a name after who they are, a title, "I'll", "if"
        "promised junior merch Sumaiya I'd check her costing sheet before she sends to buyer",
        "send Chef Rui the Natal banquet costings, he wants food cost < 28%",
        "promised Ada I'll rework the Dec stocktake rota so she's not on nights",
        "roster: ask Paolo if he can swap Dec 31 shift",
        # round 35: a word of respect after the name, and a day after it
        "finish review points on Karim Textiles file - promised Sabbir vai by 30 Nov",
        "pegar o drone de volta antes de 4/12",  # the user's own drone, to get back
    ],
)
def test_a_line_for_someone_else_is_never_handed_to_them(line: str) -> None:
    """Round 33: "here's the confirm extra tandoor with Minh Phát I promised" to a GM; the
    learned reading (`coaching.owed_model`) stops what the word rules let through."""
    shown = card(logged(1, F, line, 3), scanner=scan)
    assert "I promised" not in shown and "You promised" not in shown, shown
    assert "I said I'd send" not in shown, shown
    assert shown.rindex(line[:25]) > shown.index(NOT_FOR), shown  # listed as someone else's


@pytest.mark.parametrize(
    ("point", "concern"),
    [
        ("fire exit by line 4 still blocked with cartons, how to raise w/o burning Rakib", True),
        ("boss signed the inspection sheets for 14 farms nobody visited", True),
        ("told to log the near misses as housekeeping before the client audit", True),
        pytest.param(
            "Kayla's ex turned up at the branch again at close, she was shaking",
            True,
            marks=pytest.mark.xfail(
                reason="known miss: a colleague's safety said as an event (the reading 0.52)",
                strict=True,
            ),
        ),
        ("fire drill moved to thursday, can you cover the roll call", False),
        ("audit went fine, two small findings on labelling", False),
        ("want to lead the Q1 tender, how do I show I'm ready", False),
    ],
)
def test_a_worry_said_in_everyday_words_is_told_how_to_raise(point: str, concern: bool) -> None:
    """Round 34: a blocked fire exit, inspections signed for visits nobody made, near misses
    logged as housekeeping, an abusive ex at the branch: no word on any of them. The learned
    concern reading (`coaching.concerns`) finds what the word families missed."""
    shown = card(logged(1, AG, point, 1), in_days=1, scanner=scan)
    said = any(
        words in shown
        for words in ("a concern about the work", "raise it as a concern", "A safety point")
    )
    assert said is concern, shown


@pytest.mark.parametrize(("role", "told"), [(Role.PEER, False), (Role.MENTOR, True)])
def test_a_rota_agreed_between_peers_is_not_sent_to_the_manager(role: Role, told: bool) -> None:
    """Round 34: two sous-chefs sharing out the holiday services were told "Time off or a rota
    change … is your manager's call"; peers agree swaps before the manager signs them off."""
    point = logged(1, AG, "xmas rota: 2 services each? last yr I did 3 of 4", 1)
    shown = card(point, logged(2, A, "asked if she'd cover my sat", 20), role=role)
    manager = ("manager's call", "decided by your manager", "belongs with your manager")
    assert any(words in shown for words in manager) is told, shown


# --- A fresh-eyes review of this change (stop 27) ----------------------------------------------


def test_a_pronoun_does_not_make_a_private_errand_theirs() -> None:
    shown = card(
        logged(1, F, "book rehab intake call for mama, drive her there mon", 3), scanner=scan
    )
    assert "I promised" not in shown and "You promised" not in shown, shown


def test_a_conduct_worry_asked_as_a_dilemma_is_never_told_it_can_wait() -> None:
    shown = card(logged(1, AG, "do I tell her the site lead is bullying the apprentices?", 1))
    assert "it can wait" not in shown and "a concern about the work" in shown, shown


@pytest.mark.parametrize(
    "line",
    ["promised deck on Friday", "promised Carmen slides on Friday", "agreed deadline on Fri"],
)
def test_a_deadline_said_after_a_promise_of_a_thing_stands(line: str) -> None:
    assert "Due tomorrow" in card(logged(1, F, line, 1), in_days=7), line


@pytest.mark.parametrize(
    ("line", "theirs"),
    [
        ("finish the slides with Carmen's feedback by fri", True),
        ("fix the login bug with Python 3.12 by fri", True),
        ("send signed NDA - fri", True),
        ("redo the Excel model by fri", True),
        ("chase the Jira tickets by fri", True),
        ("agree the Dec rota with Ana by fri", False),
    ],
)
def test_a_product_a_number_or_their_own_name_is_nobody_else(line: str, theirs: bool) -> None:
    shown = card(logged(1, F, line, 1), in_days=7)
    assert (NOT_FOR in shown) is not theirs, shown


@pytest.mark.parametrize(("alias", "weekend"), [("Asia/Calcutta", False), ("Asia/Dacca", False)])
def test_an_old_name_of_a_zone_has_its_countrys_weekend(alias: str, weekend: bool) -> None:
    series = SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=5), time(10, 0), tz=alias)
    assert ("can read as social" in card(role=Role.SKIP, series=(series,))) is weekend


def test_a_quote_is_not_cut_at_a_title_or_a_list_marker() -> None:
    line = "need to check with Dr. Smith and the ward manager about the winter rota for the weeks"
    shown = card(logged(1, A, line, 40))
    assert "“need to check with Dr…”" not in shown, shown


@pytest.mark.parametrize(
    ("point", "flagged"),
    [
        ("Valdir intro - ask directly, with a date", False),
        ("need a firm date for the promo panel", False),
        ("went on a date with Mark from accounts, awkward now", True),
    ],
)
def test_a_date_to_agree_is_no_evening_out(point: str, flagged: bool) -> None:
    """Round 35: "ask directly, with a date" was told it "shares something personal"."""
    shown = card(logged(1, AG, point, 1), scanner=scan)
    assert (":warning:" in shown) is flagged, shown


@pytest.mark.parametrize(
    ("point", "reminder"),
    [
        ("fire exit by line 4 still blocked with cartons, how to raise w/o burning Rakib", True),
        ("want to lead the Q1 tender, how do I show I'm ready", False),
    ],
)
def test_a_card_with_a_worry_reminds_of_facts_not_of_value(point: str, reminder: bool) -> None:
    """Round 35: "Keep it about the work, and about your value" beside a blocked fire exit."""
    shown = card(logged(1, AG, point, 1), in_days=1, scanner=scan)
    assert ("Stick to what you saw and when" in shown) is reminder, shown
    assert (CHECKLIST_SHORT in shown) is not reminder, shown


def test_a_weekday_with_its_day_number_is_that_date() -> None:
    """Round 35: "tiene q ser antes del viernes 4!!" was read as tomorrow (Fri 27 Nov)."""
    shown = card(
        logged(1, AG, "firma del formato del diplomado, tiene q ser antes del viernes 4!!", 1)
    )
    assert "tomorrow" not in shown and "Fri 27 Nov" not in shown, shown


def test_a_late_promise_listed_as_someone_elses_is_not_for_before_the_1_1() -> None:
    """The fresh-eyes review: a late line the card lists as someone else's was still "send it
    today, before you go in", by the word rules alone."""
    line = "reply to the recruiter (Ana) by fri 20th"
    shown = card(logged(1, F, line, 12))
    assert NOT_FOR in shown and "before you go in" not in shown, shown
    assert "it's late" in shown, shown
