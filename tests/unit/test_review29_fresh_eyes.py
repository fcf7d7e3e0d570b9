"""A fresh-eyes review of round 29's fixes found them reading too much: ordinary promises to the
counterpart listed as "not for them", other people and plain words taken for a short form of
their name, notes of the wrong kind under dilemmas, figures read as dates. Each line here is one
the review tried; the card must read it as it did before those fixes, or better.

Inputs are invented; assertions are on the card as the user reads it (counterpart: Carmen
Vidal), or on the domain reading where the card cannot show it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from coaching.due import deadline_date, due_date, owed_to_them
from coaching.items import topic_of
from coaching.model import EntryKind, Role
from coaching.oversharing import scan
from coaching.prep import TELL_OR_NOT_NOTE
from tests.unit.test_review20 import AG, NOW, A, F, card, logged

N = EntryKind.NOTE


@pytest.mark.parametrize(
    "line",
    [
        "report needs finishing by fri",
        "deck needs a final pass before I send it to Carmen",
        "Slides: send final version by Fri",
        "Roadmap (draft) - send to Carmen by Fri",
        "send slides (final) by Fri",
        "send minutes @ eod",
        "chase approval",
        "send across the revised deck",
        "get together the Q3 figures",
        "lunch with Carmen fri, bring the figures",
    ],
)
def test_a_promise_or_meeting_with_the_counterpart_is_not_listed_as_for_others(line: str) -> None:
    shown = card(logged(1, F, line, 3))
    assert "Also on your list" not in shown, shown


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("send Dan the numbers", "Daniela Ruiz"),
        ("email Sam the rota", "Samantha Cole"),
        ("send Jo the draft", "Jonathan Price"),
    ],
)
def test_a_name_of_its_own_is_not_a_short_form_of_theirs(line: str, who: str) -> None:
    assert not owed_to_them(line, who)


@pytest.mark.parametrize(
    ("line", "who", "kept"),
    [
        ("asked for car allowance", "Caroline Smith", "car allowance"),
        ("asked Carmen to review my CV", "Carmen Vidal", "my CV"),
        ("asked for the HR policy update", "Hannah Richards", "HR policy"),
    ],
)
def test_words_that_begin_their_name_stay_words_of_the_topic(
    line: str, who: str, kept: str
) -> None:
    assert kept in (topic_of(line, counterpart=who) or ""), topic_of(line, counterpart=who)


@pytest.mark.parametrize(
    "point",
    [
        "should I tell her I can offer to cover Saturday?",
        "should I mention we're expecting delays on the pour?",
        "do I tell him the diagnostics report is late?",
        "do I mention I will walk the site with the inspector?",
        "should i tell Carmen im in for knee surgery too?",
        "the spill-over from the Q3 budget - mention it or not?",
    ],
)
def test_an_ordinary_dilemma_keeps_the_plain_way_to_decide(point: str) -> None:
    shown = card(logged(1, AG, point, 1), role=Role.MANAGER)
    assert " ".join(TELL_OR_NOT_NOTE.split()) in shown, shown
    others = ("raise it early", "theirs to hear early", "yours alone", "Thinking of leaving")
    assert not any(other in shown for other in others), shown


def test_thinking_of_leaving_is_not_an_offer_used_as_leverage() -> None:
    shown = card(logged(1, AG, "should I tell her I'm thinking of leaving?", 1))
    assert "Don't use the offer as a threat" not in shown, shown
    assert "Thinking of leaving is yours to share" in shown, shown


@pytest.mark.parametrize(
    "line", ["cut waste by 1.5% this quarter", "reduce turnaround by 2.5 days", "NPS up 4.5 points"]
)
def test_a_figure_is_not_a_date(line: str) -> None:
    assert deadline_date(line, datetime(2026, 11, 24, 12, tzinfo=UTC), NOW) is None


def test_a_named_deadline_wins_over_the_meetings_day() -> None:
    line = "figures for our call mon, send Carmen the budget by wed"
    logged_at = datetime(2026, 11, 24, 12, tzinfo=UTC)
    assert str(due_date(line, logged_at, NOW)) == "2026-11-25"
    assert str(due_date("send deck before our mtg next fri", logged_at, NOW)) == "2026-12-04"
    assert deadline_date("for the meeting fri: budget, rota", logged_at, NOW) is None


@pytest.mark.parametrize(
    ("line", "not_said"),
    [
        ("asked Carmen if she can cover my shift on Sat", "funding"),
        ("perguntei se ela apresenta a proposta ao diretor", "introduction"),
        ("promised Carmen the marketing & decking work", "March"),
    ],
)
def test_a_topic_shape_reads_only_what_it_says(line: str, not_said: str) -> None:
    assert not_said not in (topic_of(line, counterpart="Carmen Vidal") or "")


def test_someone_who_applied_a_fix_is_no_rival() -> None:
    shown = card(
        logged(1, N, "carm has applied the fix to prod, all good", 5),
        role=Role.PEER,
        goal="contracts manager if stuart moves on",
    )
    assert "made the step to the contracts manager role" in shown, shown


def test_an_unrelated_ask_with_a_reference_number_keeps_the_job_hunting_flag() -> None:
    point = "got an interview at Spire, they need a reference by fri"
    shown = card(
        logged(1, A, "add the PO reference number to the order form", 9),
        logged(2, AG, point, 1),
        scanner=scan,
    )
    assert "job hunting" in shown, shown
