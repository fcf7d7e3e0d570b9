"""Issue 11: the card leads with what is at stake this week (`coaching.stakes`), read on the
rendered card, on situations invented here across trades (a lab, a law firm, a depot, a school,
a farm shop, a site, a surgery...), never on the persona files.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)
from coaching.prep import Meeting, build_prep
from handlers.views.prep import prep_message
from tests.unit.test_card_round9 import texts

#: Thursday 26 Nov 2026, 08:30 UTC.
NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
OPEN, DONE = EntryStatus.OPEN, EntryStatus.DONE
A, G, F, P, AG, N, W = (
    EntryKind.ASK,
    EntryKind.GAVE,
    EntryKind.FOLLOWUP,
    EntryKind.PRIORITY,
    EntryKind.AGENDA,
    EntryKind.NOTE,
    EntryKind.WIN,
)


def entry(n: int, kind: EntryKind, text: str, days_ago: float, status: EntryStatus = OPEN) -> Entry:
    return Entry(n, kind, text, status, NOW - timedelta(days=days_ago), relationship_id=1)


def card(
    *entries: Entry,
    name: str = "Ines Obi",
    role: Role = Role.MANAGER,
    goal: str | None = None,
    meeting_in: timedelta = timedelta(days=5),
) -> str:
    """The whole card as the user reads it."""
    relationship = Relationship(1, Person(user_id="U7", name=name), role)
    ctx = CoachingContext(relationship, entries=entries, goal=goal, now=NOW)
    meeting = Meeting(1, NOW + meeting_in, "soon")
    built = build_prep(ctx, meeting=meeting, scanner=lambda text: [])
    return "\n".join(texts(prep_message(built)["blocks"]))


def suggestions(text: str) -> list[tuple[str, str]]:
    """(what to say, why) for each suggested ask, in order."""
    section = text.split("*Suggested asks*", 1)[1]
    lines = [line.strip() for line in section.splitlines() if line.strip()]
    out: list[tuple[str, str]] = []
    for line in lines:
        if re.match(r"^\d\. \*", line):
            out.append((line, ""))
        elif line.startswith("_") and out and not out[-1][1]:
            out[-1] = (out[-1][0], line)
    return out


def lopsided(start: int = 50) -> tuple[Entry, ...]:
    """A run of answered asks and one give: the balance leans to asking."""
    done = [
        entry(start + i, A, text, 20 + i * 7, DONE)
        for i, text in enumerate(
            ["asked for a day off", "asked to swap a shift", "asked for a new headset"]
        )
    ]
    return (*done, entry(start + 9, G, "covered the Monday late for them", 40, DONE))


# --- 1. a deadline this week, in a point about an open ask ---------------------------------


def test_a_deadline_in_a_point_leads_with_the_ask_it_is_about() -> None:
    text = card(
        entry(1, A, "asked Priya to co-sign the centrifuge bid", 20),
        entry(2, A, "asked for a standing desk", 60),
        entry(3, AG, "centrifuge bid closes Fri - need her signature", 1),
        name="Priya Shah",
    )
    (first, why), *_ = suggestions(text)
    assert "centrifuge" in first or "20 days" in why or "6 Nov" in first
    assert "tomorrow" in why and "standing desk" not in first


def test_a_deadline_before_the_1_1_says_to_message_now() -> None:
    text = card(
        entry(1, A, "asked the Friends to match the school garden grant", 14),
        entry(2, AG, "match funding - need an answer before the 30th", 2),
        name="Maud Lyle",
        role=Role.OTHER,
        meeting_in=timedelta(days=8),
    )
    (_, why), *_ = suggestions(text)
    assert "Sun 29 Nov" in why and "in three days" in why  # "before the 30th" (round 19)
    assert "send a short message today" in why


def test_a_deadline_that_may_have_passed_is_checked_not_ignored() -> None:
    text = card(
        entry(1, A, "asked the parish council to match the playground bid", 20),
        entry(2, AG, "playground bid match - needed by 21 Nov", 10),
        name="Cllr Dawes",
        role=Role.OTHER,
    )
    (_, why), *_ = suggestions(text)
    assert "Sat 21 Nov, five days ago" in why and "still stands" in why


# --- 2. promises owed, dated and overdue -----------------------------------------------------


def test_an_overdue_promise_leads_even_on_a_lopsided_card() -> None:
    text = card(
        *lopsided(),
        entry(1, P, "clearing the returns backlog", 5),
        entry(2, F, "send Ines the bundle index by Tue", 5),
        name="Ines Obi",
    )
    (first, why), *_ = suggestions(text)
    assert "bundle index" in first and "Tue 24 Nov" in why and "send it today" in why


def test_an_item_due_today_is_the_give_though_it_names_no_verb() -> None:
    text = card(
        entry(1, F, "Year 10 moderation sample for Kay today", 0.2),
        entry(2, P, "getting the mock results in on time", 3),
        name="Kay Adebayo",
    )
    (first, why), *_ = suggestions(text)
    assert "due today" in why
    assert "could I help" not in first.lower()


def test_a_promise_due_after_the_1_1_does_not_jump_the_queue() -> None:
    text = card(
        entry(1, F, "send Ines the pallet list by 18 Dec", 1),
        entry(2, A, "asked about the forklift licence course", 12),
        name="Ines Obi",
    )
    (first, _), *_ = suggestions(text)
    assert "forklift" in first


# --- 3. the ask the goal hangs on, beside an older trivial one -------------------------------


def test_the_goal_ask_is_chased_before_an_older_small_one() -> None:
    text = card(
        entry(1, A, "asked for a new chair for the back office", 70),
        entry(2, A, "asked for a wider van for the Thursday round", 50),
        entry(3, A, "asked about running the Harrogate shop when it opens", 21),
        goal="Be trusted to run the Harrogate shop on my own by summer",
        name="Tess Marr",
    )
    (first, why), *_ = suggestions(text)
    assert "Harrogate" in first and "chair" not in first and "van" not in first
    assert "goal" in why


@pytest.mark.parametrize(
    ("again", "said"),
    [
        # one logged ask and a point that plans to raise it again: never "twice" (round 12)
        ((AG, "Ripon again?? I need a real answer"), "points again"),
        ((A, "Ripon site - asked again, still nothing"), "asked twice"),
    ],
)
def test_asked_again_says_so_plainly(again: tuple, said: str) -> None:
    text = card(
        entry(1, A, "asked for a bigger pot plant order", 80),
        entry(2, A, "asked about leading the Ripon site", 25),
        entry(3, *again, 1),
        goal="Lead the Ripon site when it opens",
        name="Tess Marr",
    )
    (first, why), *_ = suggestions(text)
    assert "Ripon" in first and said in why
    assert ("twice" in why) is (said == "asked twice")


def test_the_counterparts_name_in_the_goal_ties_no_ask_to_it() -> None:
    text = card(
        entry(1, A, "asked Ken for the new van", 60),
        entry(2, A, "asked Ken about a pay review", 40),
        goal="Be ready to run both crews when Ken retires",
        name="Ken Moss",
    )
    assert "your goal hangs on the new van" not in text.lower()
    assert "the step your goal needs is the new van" not in text.lower()


# --- 4. exam season: the study leave before another give ---------------------------------------


def test_study_leave_for_the_exam_comes_before_another_give() -> None:
    text = card(
        *lopsided(),
        entry(1, P, "getting the Fenwick audit signed off", 9),
        entry(2, A, "asked for study leave for the tax paper in Dec", 80),
        entry(3, AG, "study leave - need a yes or no this time", 1),
        goal="Pass my CTA exams first time",
        name="Rob Hale",
        meeting_in=timedelta(days=1),
    )
    (first, why), *rest = suggestions(text)
    assert "could I help" not in first and "pair of hands" not in first
    assert "December" in why and "another way in" not in why
    assert any("Fenwick" in said for said, _ in rest)  # the give still has its place, second


# --- 5. a fresh win with someone who decides on the work --------------------------------------


def test_a_fresh_win_reaches_a_sponsors_card() -> None:
    text = card(
        entry(1, W, "won the Dunmore logistics tender", 3, DONE),
        goal="Make head of bids within two years",
        name="Carla Wynn",
        role=Role.SPONSOR,
    )
    assert "Dunmore logistics tender" in text.split("*Suggested asks*", 1)[1]


# --- 6. a dispute: ask for the fix, whatever the date -------------------------------------------


def test_a_dispute_still_asks_for_the_fix_not_help() -> None:
    text = card(
        entry(1, A, "asked for the retention payment on the Elm St job", 35),
        entry(2, AG, "still no reply on retention - need it sorted by Fri", 1),
        name="Gary Platt",
        role=Role.OTHER,
    )
    said = [w for w, _ in suggestions(text)]
    assert said and not any("help" in w.lower() and "could i" in w.lower() for w in said)
    assert any("settled" in w or "sorted" in w or "agree" in w for w in said)


# --- 7. a dated line with no ask behind it ----------------------------------------------------


def test_a_one_pager_due_tomorrow_in_a_point_is_flagged() -> None:
    text = card(
        entry(1, AG, "the one-pager on the night rota change due tomorrow", 0.1),
        entry(2, A, "asked about the Level 3 course", 30),
        name="Erik Vos",
        role=Role.SPONSOR,
    )
    (first, why), *_ = suggestions(text)
    assert "tomorrow" in first and "tomorrow" in why


def test_a_far_off_date_does_not_lead() -> None:
    text = card(
        entry(1, AG, "budget bids close by 20 Dec", 1),
        entry(2, A, "asked about the Level 3 course", 30),
        name="Erik Vos",
    )
    (first, _), *_ = suggestions(text)
    assert "Level 3" in first


def test_a_slot_in_a_proposal_is_not_a_deadline() -> None:
    text = card(
        entry(1, AG, "can we trial a supervisor walkthrough at 12:30 on Fri?", 1),
        entry(2, A, "asked for 20 rooms ready by 1pm", 30),
        name="Lucia Ferro",
        role=Role.PEER,
    )
    assert "walkthrough" not in suggestions(text)[0][0]


# --- 8. one voice --------------------------------------------------------------------------------


def test_only_the_first_suggestion_says_to_open_with_it() -> None:
    text = card(
        entry(1, AG, "the one-pager on the float change due tomorrow", 0.1),
        entry(2, F, "send Erik the shift swap list", 3),
        name="Erik Vos",
    )
    found = suggestions(text)
    assert len(found) >= 2
    assert not any("open the 1:1 with this" in why for _, why in found[1:])


def test_no_suggestion_is_made_twice() -> None:
    text = card(
        entry(1, A, "asked about the Harrogate shop", 21),
        entry(2, AG, "Harrogate shop - need an answer by Fri", 1),
        goal="Run the Harrogate shop",
        name="Tess Marr",
    )
    said = [w for w, _ in suggestions(text)]
    assert len(said) == len(set(said))
    assert sum("Harrogate" in w for w in said) <= 2


# --- 9. the goal's own date ---------------------------------------------------------------------


def test_a_date_in_the_goal_leads_with_what_it_takes() -> None:
    text = card(
        entry(1, A, "asked for a new locker", 30),
        goal="Apply for the charge nurse post before applications close on 4 Dec",
        name="Sue Kemp",
    )
    (first, why), *_ = suggestions(text)
    assert "charge nurse post" in first and "Fri 4 Dec" in first
    assert "a week tomorrow" in why and "locker" not in first


def test_a_goal_date_months_off_changes_nothing() -> None:
    text = card(
        entry(1, A, "asked about the HGV course", 30),
        goal="Get my HGV licence by end of June",
        name="Sue Kemp",
    )
    (first, _), *_ = suggestions(text)
    assert "June" not in first


def test_what_is_still_owed_is_delivered_first_and_named() -> None:
    text = card(
        entry(1, F, "still owe Dev the pallet count for bay 4", 4),
        entry(2, A, "asked about the team leader course", 20),
        name="Dev Rana",
        meeting_in=timedelta(hours=6),
    )
    (first, why), *_ = suggestions(text)
    assert "pallet count" in first and "pallet count" in why
    assert "still owe" not in first
