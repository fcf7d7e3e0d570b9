"""Round 16 of blind rating (bench/reviews/round16_blind_r1.md, _r2.md): a month that only says
when something happens read as a deadline ("one thing is due in December"), and asks that offer
a favour back to someone the user already gives far more to.

Inputs are invented across trades; assertions are on what the user reads."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from coaching.due import deadline_date, due_date
from coaching.model import EntryKind, Role
from coaching.oversharing import scan_shown
from tests.unit.test_fix14b import card, gave, logged, suggested

NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
LOGGED = NOW - timedelta(days=3)


@pytest.mark.parametrize(
    "line",
    [
        "want to ask if i can go w her to the trial plots in dec",
        "ask again if i can present the plan myself in jan",
        "could I shadow the night team during march",
    ],
)
def test_a_month_that_only_says_when_something_happens_is_no_deadline(line: str) -> None:
    assert deadline_date(line, LOGGED, NOW) is None


@pytest.mark.parametrize(
    "line",
    [
        "applications close in dec",
        "the lifting ops exam in Jan",
        "asked for study leave for the tax paper in Dec",
        "by march",
    ],
)
def test_a_month_with_a_deadline_word_still_is_one(line: str) -> None:
    assert deadline_date(line, LOGGED, NOW) is not None


def test_a_promise_in_a_month_is_still_due_then() -> None:
    assert due_date("send the stock valuation in dec", LOGGED, NOW) is not None


_OFFERS_BACK = re.compile(r"(?i)return the favour|do the same for you")


def test_an_ask_to_someone_you_already_give_far_more_offers_nothing_back() -> None:
    """Seven gives, one ask: an ask that adds "happy to return the favour" undersells it."""
    shown = card(
        *(gave(n) for n in range(10, 17)),
        logged(EntryKind.WIN, "got my concept note for the wellcome call through to round 2", 8, 2),
        logged(EntryKind.ASK, "asked for the county visit numbers for my bid", 40, 3),
        role=Role.PEER,
        meeting_in=1,
    )
    asks = suggested(shown)
    assert asks.strip()
    assert not _OFFERS_BACK.search(asks), asks


@pytest.mark.parametrize(
    "point",
    [
        "denise - HR or handle it myself?",
        "deck status + ask again if i can present myself in jan",
        "taught myself the new till system over the weekend",
        "I'll chase the scaffold invoice myself if accounts won't",
    ],
)
def test_a_work_point_that_says_myself_gets_no_care_note(point: str) -> None:
    """The model had learnt "myself" from the self-harm rows (round 16): a work point saying it
    got "please talk to someone you trust today"."""
    assert not any(flag.needs_care for flag in scan_shown(point))


@pytest.mark.parametrize(
    "point",
    ["I keep thinking about hurting myself", "honestly whats the point of any of it anymore"],
)
def test_a_point_of_distress_still_gets_the_care_note(point: str) -> None:
    assert any(flag.needs_care for flag in scan_shown(point))
