"""Round 6 of the coaching review (issue 11): asks that fit the goal and the person.

Which open ask leads (the one the goal hangs on, not the oldest), what a sponsor is offered after
a win, the asks for a goal about leading one's own team, the counterpart who is neither manager
nor peer, and a promise tied to what the counterpart said. Each test builds a small history the
way a user would log it and reads the suggestions the card would show.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

import pytest

from coaching.ask_signals import AskCategory
from coaching.asks import SuggestedAsk, every_candidate, suggest_asks
from coaching.items import topic_of
from coaching.model import (
    Cadence,
    CadenceKind,
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
    SeriesSpec,
)

NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)
NAME = "Dana"
OPEN, DONE = EntryStatus.OPEN, EntryStatus.DONE


def entry(n: int, kind: EntryKind, text: str, days_ago: float, status: EntryStatus = DONE) -> Entry:
    return Entry(n, kind, text, status, NOW - timedelta(days=days_ago), relationship_id=1)


def ctx(
    *entries: Entry,
    role: Role = Role.MANAGER,
    goal: str | None = None,
    title: str | None = None,
    series: tuple[SeriesSpec, ...] = (),
    now: datetime = NOW,
) -> CoachingContext:
    relationship = Relationship(1, Person(name=NAME), role, title=title)
    return CoachingContext(relationship, entries=entries, goal=goal, now=now, series=series)


def three_weeks(**kw: object) -> list[SuggestedAsk]:
    """Every ask weighed on three weekly cards: each phrasing of a slot shows on one of them."""
    return [
        ask
        for week in range(3)
        for ask in every_candidate(
            ctx(now=NOW + timedelta(weeks=week), **kw),  # type: ignore[arg-type]
            first=True,
        )
    ]


def said(result: list[SuggestedAsk]) -> str:
    return " ".join(f"{a.wording} {a.reason}" for a in result)


# --- B: the open ask the goal hangs on leads ------------------------------------------------

STRETCH = "Run the platform migration project at the Leeds office"


def test_an_open_ask_that_is_the_goal_leads_even_when_young() -> None:
    c = ctx(
        entry(1, EntryKind.ASK, "intro to someone in finance", 40, OPEN),
        entry(2, EntryKind.ASK, "asked to run the platform migration project", 3, OPEN),
        entry(3, EntryKind.GAVE, "covered Dana's on-call week", 20),
        entry(4, EntryKind.GAVE, "reviewed Dana's hiring plan", 12),
        goal=STRETCH,
    )
    first = suggest_asks(c)[0]
    assert first.category is AskCategory.FOLLOW_UP
    assert "running the platform migration project" in first.wording
    assert "finance" not in first.wording
    assert "goal" in first.reason


def test_a_fresh_win_is_named_as_the_case_for_the_goal_ask() -> None:
    c = ctx(
        entry(1, EntryKind.ASK, "asked to run the platform migration project", 9, OPEN),
        entry(2, EntryKind.WIN, "shipped the billing cutover with no downtime", 5),
        goal=STRETCH,
    )
    first = suggest_asks(c)[0]
    assert first.category is AskCategory.FOLLOW_UP
    assert "makes the case for it" in first.reason and "billing cutover" in first.reason


def test_the_goal_ask_is_followed_up_alone_not_beside_an_older_one() -> None:
    c = ctx(
        entry(1, EntryKind.ASK, "asked for intro to the CFO at the client", 50, OPEN),
        entry(2, EntryKind.ASK, "asked if he'd write the nomination letter for partner", 9, OPEN),
        role=Role.SPONSOR,
        goal="Make partner in the spring partnership round",
    )
    follow = next(a for a in suggest_asks(c) if a.category is AskCategory.FOLLOW_UP)
    assert "the nomination letter for partner" in follow.wording
    assert "CFO" not in follow.wording


def test_a_follow_up_that_cannot_be_named_still_says_where_to_look() -> None:
    c = ctx(entry(1, EntryKind.ASK, "time off for my divorce hearing", 10, OPEN))
    first = suggest_asks(c, is_personal=lambda text: "divorce" in text)[0]
    # named so Dana can place it (when it was asked), never by a bare date (round 12)
    assert not re.search(r"\d", first.wording) and "request from" not in first.wording
    assert "Carried forward" in first.reason and "divorce" not in said([first])


# --- C: a sponsor after a win is given material to advocate with ----------------------------


def test_a_sponsor_is_offered_a_write_up_of_the_win_when_the_balance_leans_on_asks() -> None:
    asks_made = tuple(
        entry(i, EntryKind.ASK, f"asked for help with thing {i}", 20 + i) for i in range(1, 6)
    )
    c = ctx(
        *asks_made,
        entry(9, EntryKind.WIN, "won the Halden arbitration", 6),
        role=Role.SPONSOR,
        goal="Make partner in the spring partnership round",
    )
    give = suggest_asks(c)[0]
    assert give.category is AskCategory.OFFER_HELP and "Halden arbitration" in give.wording
    assert re.search(r"note|three lines|paragraph", give.wording)
    assert "reuse on your side" not in give.wording


# --- A and F: a goal about leading one's own team -------------------------------------------

TEAM_GOAL = "Become a manager my five engineers trust"


def test_a_peer_lead_is_asked_how_they_lead_for_a_team_leading_goal() -> None:
    c = ctx(role=Role.PEER, goal=TEAM_GOAL, title="analytics lead")
    text = said(suggest_asks(c))
    assert re.search(r"(?i)\bteam\b", text) and re.search(r"(?i)\blead", text)
    assert not re.search(r"(?i)next level|promot", text)


@pytest.mark.parametrize("role", [Role.MENTOR, Role.MANAGER])
def test_a_team_leading_goal_gets_leadership_asks_not_level_talk(role: Role) -> None:
    mentorship = next(
        a
        for a in every_candidate(ctx(role=role, goal=TEAM_GOAL))
        if a.category is AskCategory.MENTORSHIP
    )
    assert re.search(r"(?i)\bteam\b|\blead", mentorship.wording)
    assert not re.search(r"(?i)next level|promot|criteria", mentorship.wording)


def test_a_skill_goal_never_asks_a_mentor_about_the_next_level() -> None:
    goal = "Get quicker and more confident on client calls so my advice lands"
    for ask in three_weeks(role=Role.MENTOR, goal=goal):
        assert not re.search(r"(?i)next level|the step I'm facing|promot", ask.wording), ask


# --- F: someone who is neither a peer nor in the user's line --------------------------------


def test_an_other_counterpart_gets_no_peer_trade() -> None:
    for ask in three_weeks(role=Role.OTHER, title="HR business partner"):
        assert not re.search(
            r"(?i)on mine|return the favour|do the same for you|my side", ask.wording
        ), ask


def test_a_peer_series_is_not_asked_to_be_used_for_work() -> None:
    series = (SeriesSpec(Cadence(CadenceKind.BIWEEKLY, weekday=2), time(16, 0)),)
    habits = [
        a for a in three_weeks(role=Role.PEER, series=series) if a.category is AskCategory.HABIT
    ]
    assert len(habits) == 3
    for habit in habits:
        assert "every two weeks" in habit.wording and "for work" not in habit.wording


# --- D: a promise tied to what they said ----------------------------------------------------


def test_a_promise_is_framed_by_what_the_counterpart_said_about_it() -> None:
    c = ctx(
        entry(1, EntryKind.NOTE, "she said the board wants churn numbers by segment", 30),
        entry(2, EntryKind.FOLLOWUP, "send Dana my churn analysis", 5, OPEN),
        role=Role.SKIP,
    )
    first = suggest_asks(c)[0]
    assert first.category is AskCategory.OFFER_HELP and "churn analysis" in first.wording
    # what she said is a clause: the user is pointed to the note, never pasted in brackets
    # (round 7, D_04) nor "what Dana said on <date>" (round 12)
    assert "note of" in first.reason and "(" not in first.reason and "said on" not in first.reason


# --- E: log lines named as a reader would say them ------------------------------------------


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        (
            "got the drainage redesign approved by the council first time",
            "getting the drainage redesign approved",
        ),
        ("closed out the level 4 pour with no snags", "the level 4 pour"),
        (
            "asked to second-chair the Ortega appeal argument",
            "second-chairing the Ortega appeal argument",
        ),
        ("asked if she'd write the sponsor memo for counsel", "the sponsor memo for counsel"),
        ("send Dana my matter list + billables by Fri", "my matter list and billables"),
        ("could Dana sit in on one of my ward rounds?", "sitting in on one of my ward rounds"),
        (
            "Dana cares most about antimicrobial stewardship data",
            "the antimicrobial stewardship data",
        ),
        (
            "Dana: zero lost-time incidents this quarter, above everything",
            "zero lost-time incidents",
        ),
        ("asked her to raise my name at the partners' comp meeting", "raising my name"),
    ],
)
def test_log_lines_become_noun_phrases(line: str, topic: str) -> None:
    assert topic_of(line, counterpart=NAME) == topic


# --- using what notes say: advice they gave, reported back ----------------------------------


def test_advice_they_gave_a_few_weeks_ago_is_reported_back() -> None:
    c = ctx(
        entry(1, EntryKind.NOTE, "tip from Dana: open with the one decision, then the data", 16),
        entry(2, EntryKind.GAVE, "reviewed Dana's conference talk", 10),
        role=Role.MENTOR,
    )
    feedback = next(a for a in suggest_asks(c) if a.category is AskCategory.FEEDBACK)
    assert "opening with the one decision" in feedback.wording
    assert "tip from" not in feedback.wording


def test_advice_noted_in_a_private_line_is_not_named() -> None:
    c = ctx(entry(1, EntryKind.NOTE, "Dana suggested I see a therapist about the stress", 16))
    text = said(every_candidate(c, is_personal=lambda t: "therapist" in t))
    assert "therapist" not in text


# --- D: a point that touches the priority they named ----------------------------------------


def test_a_point_on_their_stated_priority_is_raised_with_an_offer_to_own_the_fix() -> None:
    c = ctx(
        entry(1, EntryKind.PRIORITY, "Dana: zero customer churn this quarter, above all", 20, OPEN),
        entry(2, EntryKind.GAVE, "covered Dana's standup", 9),
        entry(
            3, EntryKind.AGENDA, "the Acme renewal is wobbling, want to talk it through", 1, OPEN
        ),
    )
    asks = suggest_asks(c)
    idea = next(a for a in asks if a.category is AskCategory.IDEAS)
    assert "the Acme renewal" in idea.wording and "own" in idea.wording
    assert "zero customer churn" in idea.reason


def test_a_favour_asked_in_a_point_is_not_taken_for_their_priority() -> None:
    c = ctx(
        entry(1, EntryKind.PRIORITY, "Dana: cutting agency shifts on nights", 20, OPEN),
        entry(2, EntryKind.AGENDA, "Could I swap my night shifts next month?", 1, OPEN),
    )
    assert all(
        a.category is not AskCategory.IDEAS or "shift" not in a.wording for a in every_candidate(c)
    )
