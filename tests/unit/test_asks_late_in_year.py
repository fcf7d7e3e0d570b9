"""Round 8 of the coaching review (issue 11): "this year" in a goal, read with five weeks left in
the year, says what is true — the year's decisions are likely made — instead of "plan back"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coaching.asks import every_candidate
from coaching.model import CoachingContext, Person, Relationship, Role

GOAL = "Get promoted to senior accountant this year"


def _deadline_reasons(now: datetime) -> list[str]:
    relationship = Relationship(1, Person(name="Ruth"), Role.MANAGER)
    ctx = CoachingContext(relationship, entries=(), goal=GOAL, now=now)
    return [a.reason for a in every_candidate(ctx, first=False) if "this year" in a.wording]


def test_this_year_with_five_weeks_left_says_the_decisions_are_likely_made() -> None:
    reasons = _deadline_reasons(datetime(2026, 11, 26, 8, 30, tzinfo=UTC))
    assert reasons
    assert all("5 weeks left in the year" in r and "next one" in r for r in reasons)


@pytest.mark.parametrize("month", [3, 7])
def test_this_year_early_on_is_a_plan(month: int) -> None:
    reasons = _deadline_reasons(datetime(2026, month, 2, 8, 30, tzinfo=UTC))
    assert reasons
    assert not any("left in the year" in r for r in reasons)
