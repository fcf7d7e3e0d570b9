"""Round 8 of the coaching review (issue 11): a promise still open is an action before the 1:1,
never a claim that it was sent, and a day named in the log line ("by Fri") is read and said."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coaching.ask_signals import AskCategory
from coaching.asks import suggest_asks
from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)

#: Thursday 26 Nov 2026, 08:30 UTC.
NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
NAME = "Helena"


def _card(text: str, logged_days_ago: float) -> str:
    owed = Entry(
        1, EntryKind.FOLLOWUP, text, EntryStatus.OPEN, NOW - timedelta(days=logged_days_ago), 1
    )
    relationship = Relationship(1, Person(name=NAME), Role.SPONSOR)
    asks = suggest_asks(CoachingContext(relationship, entries=(owed,), goal=None, now=NOW))
    promise = next(a for a in asks if a.category is AskCategory.OFFER_HELP)
    return f"{promise.wording} {promise.reason}"


@pytest.mark.parametrize(
    ("text", "days_ago", "said"),
    [
        # logged Mon 23 Nov: "by Fri" is Fri 27 Nov, tomorrow — before a 1:1 next week
        ("send Helena my matter list by Fri", 3, "due tomorrow (Fri)"),
        # logged Mon 23 Nov: "by Wed" was Wed 25 Nov, yesterday
        ("send the grant budget to Helena by Wed", 3, "was due yesterday — send it today"),
        # logged Thu 19 Nov: "by Mon" was Mon 23 Nov
        ("send Helena the rota draft by Mon", 7, "was due Mon 23 Nov — send it today"),
        # "by Thursday" typed on a Thursday is next Thursday (for today people say "today")
        ("send Helena the rota draft by Thursday", 0, "due Thu 3 Dec"),
        ("send Helena the rota draft today", 0, "due today"),
        ("send Helena the rota draft by tomorrow", 0, "due tomorrow (Fri)"),
        # a rework of their input, promised for a day now past
        ("redo the impact section with her structure, send by Wed", 3, "was due yesterday"),
    ],
)
def test_a_day_in_the_promise_is_read_and_said(text: str, days_ago: int, said: str) -> None:
    assert said in _card(text, days_ago)


@pytest.mark.parametrize(
    "text",
    [
        "send Helena the list of flaky checkout bugs",
        "send Helena my matter list by Fri",
        "share the NMS audit summary with Helena",
    ],
)
def test_an_open_promise_is_not_said_to_be_sent(text: str) -> None:
    card = _card(text, 3)
    assert "as promised" not in card and "in your inbox" not in card
    assert "I've sent" not in card and "I've put" not in card
    assert "send" in card.lower()  # the reason says what to do before the 1:1
