"""Suggested asks: classification, goal topics, and the ranking rules at a fixed `now`."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coaching import asks
from coaching.asks import AskCategory, SuggestedAsk, classify_ask, goal_topic, suggest_asks
from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)

NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)  # a Wednesday in March: not budget season
NAME = "Dana"


def rel(role: Role = Role.MANAGER, rid: int = 1) -> Relationship:
    return Relationship(rid, Person(name=NAME), role)


def entry(
    n: int,
    kind: EntryKind,
    text: str,
    days_ago: float,
    status: EntryStatus = EntryStatus.DONE,
    rid: int | None = 1,
) -> Entry:
    return Entry(n, kind, text, status, NOW - timedelta(days=days_ago), relationship_id=rid)


def ctx(
    *entries: Entry, role: Role = Role.MANAGER, goal: str | None = None, now: datetime = NOW
) -> CoachingContext:
    return CoachingContext(rel(role), entries=tuple(entries), goal=goal, now=now)


def by_category(result: list[SuggestedAsk]) -> dict[AskCategory, SuggestedAsk]:
    return {s.category: s for s in result}


def all_six(c: CoachingContext, **kw: object) -> dict[AskCategory, SuggestedAsk]:
    return by_category(suggest_asks(c, limit=6, **kw))  # type: ignore[arg-type]


# --- classify_ask ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could you intro me to the data team?", AskCategory.INTRODUCTION),
        ("Would you introduce me to Priya?", AskCategory.INTRODUCTION),
        ("Can you connect me with someone in sales?", AskCategory.INTRODUCTION),
        ("Would you mentor me this quarter?", AskCategory.MENTORSHIP),
        ("Could you coach me on negotiation?", AskCategory.MENTORSHIP),
        ("Teach me how you run planning", AskCategory.MENTORSHIP),
        ("I'd love to hear how you approach hiring", AskCategory.MENTORSHIP),
        ("Can I take the data course?", AskCategory.SKILLS),
        ("Is there budget for learning this year?", AskCategory.SKILLS),
        ("Could I go to the conference in May?", AskCategory.SKILLS),
        ("AWS certification", AskCategory.SKILLS),
        ("Introductory course on SQL", AskCategory.SKILLS),
        ("Any feedback on my design doc?", AskCategory.FEEDBACK),
        ("What could I do better in standups?", AskCategory.FEEDBACK),
        ("Can I get your read on an idea?", AskCategory.IDEAS),
        ("Would you look at my proposal?", AskCategory.IDEAS),
        ("Help me pitch the caching plan", AskCategory.IDEAS),
        ("Can I present at the all-hands?", AskCategory.VISIBILITY),
        ("Could I demo the new search?", AskCategory.VISIBILITY),
        ("I'd like to lead the migration", AskCategory.VISIBILITY),
        ("More visible work please", AskCategory.VISIBILITY),
        ("Can I showcase the tool?", AskCategory.VISIBILITY),
        ("Can I have Friday off?", None),
        ("", None),
    ],
)
def test_classify_ask(text: str, expected: AskCategory | None) -> None:
    assert classify_ask(text) == expected


def test_classify_prefers_the_ask_over_the_stage() -> None:
    # "teach me how you present" is a mentorship ask, not a request for a stage.
    assert classify_ask("Can you teach me how you present to execs?") is AskCategory.MENTORSHIP


# --- goal_topic -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("goal", "topic"),
    [
        ("Become a staff engineer in data platform", "data platform"),
        ("move into product management", "product management"),
        ("get better at public speaking", "public speaking"),
        ("I want to get better at public speaking.", "public speaking"),
        ("Improve my skills in negotiation", "negotiation"),
        ("learn Rust", "Rust"),
        ("Kubernetes", "Kubernetes"),
        ("Become a staff engineer", "the staff engineer role"),
        ("I want to become a tech lead by the end of next year", "the tech lead role"),
        ("grow into a management role", "the management role"),
        ("Goal: lead the payments team within 18 months", "the payments team"),
        ("move into the platform team, because I love infra", "the platform team"),
        ("become an expert in distributed systems in 2026", "distributed systems"),
        ("work on my writing", "writing"),
    ],
)
def test_goal_topic(goal: str, topic: str) -> None:
    assert goal_topic(goal) == topic


@pytest.mark.parametrize(
    "goal", [None, "", "   ", "work", "Get promoted in the next cycle", "be happier at work"]
)
def test_goal_topic_none_when_nothing_usable(goal: str | None) -> None:
    assert goal_topic(goal) is None


# --- the catalogue --------------------------------------------------------------------------


def test_catalogue_has_three_wordings_per_family_and_names_the_person() -> None:
    assert set(asks.CATALOGUE) == set(AskCategory)
    for category, families in asks.CATALOGUE.items():
        assert "general" in families, category
        for family, wordings in families.items():
            assert len(wordings) >= 3, (category, family)
            assert len(set(wordings)) == len(wordings), (category, family)
            for wording in wordings:
                assert wording.startswith("{name}, "), wording
                if family == "topic":
                    assert "{topic}" in wording, wording
                if family == "thing":
                    assert "{thing}" in wording, wording


# --- empty history and shape ----------------------------------------------------------------


@pytest.mark.parametrize("limit", [1, 2, 3, 4, 5, 6])
@pytest.mark.parametrize("role", list(Role))
def test_empty_history_gives_exactly_limit(limit: int, role: Role) -> None:
    result = suggest_asks(ctx(role=role), limit=limit)
    assert len(result) == limit
    assert len({s.category for s in result}) == limit
    for s in result:
        assert NAME in s.wording and NAME in s.reason
        assert s.category is not AskCategory.FOLLOW_UP


def test_zero_or_negative_limit_is_empty() -> None:
    assert suggest_asks(ctx(), limit=0) == []
    assert suggest_asks(ctx(), limit=-1) == []


def test_results_are_ranked_by_score() -> None:
    result = suggest_asks(ctx(goal="learn Rust"), limit=6)
    assert [s.score for s in result] == sorted((s.score for s in result), reverse=True)


def test_deterministic() -> None:
    c = ctx(
        entry(1, EntryKind.ASK, "Can I take the data course?", 12, EntryStatus.OPEN),
        entry(2, EntryKind.WIN, "Shipped the billing migration", 3),
        goal="Become a staff engineer in data platform",
    )
    assert suggest_asks(c, limit=6) == suggest_asks(c, limit=6)
    assert suggest_asks(c) == suggest_asks(c, limit=3)


def test_wording_is_stable_within_a_week() -> None:
    monday = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
    friday = datetime(2025, 3, 14, 17, 0, tzinfo=UTC)
    assert [s.wording for s in suggest_asks(ctx(now=monday), limit=6)] == [
        s.wording for s in suggest_asks(ctx(now=friday), limit=6)
    ]


# --- role fit -------------------------------------------------------------------------------


def test_skip_level_leads_with_an_introduction() -> None:
    first = suggest_asks(ctx(role=Role.SKIP))[0]
    assert first.category is AskCategory.INTRODUCTION
    assert first.reason == "Dana is your skip-level — their circle reaches teams you don't see yet."


def test_mentor_leads_with_mentorship() -> None:
    assert suggest_asks(ctx(role=Role.MENTOR))[0].category is AskCategory.MENTORSHIP


def test_manager_with_a_goal_leads_with_training_named_for_the_goal() -> None:
    first = suggest_asks(ctx(role=Role.MANAGER, goal="get better at public speaking"))[0]
    assert first.category is AskCategory.SKILLS
    assert "public speaking" in first.wording
    assert "public speaking" in first.reason


def test_goal_names_x_in_goal_shaped_asks() -> None:
    found = all_six(ctx(role=Role.MENTOR, goal="Become a staff engineer in data platform"))
    for category in (AskCategory.INTRODUCTION, AskCategory.MENTORSHIP, AskCategory.SKILLS):
        assert "data platform" in found[category].wording


def test_goal_raises_goal_shaped_asks() -> None:
    plain = all_six(ctx(role=Role.SKIP))
    with_goal = all_six(ctx(role=Role.SKIP, goal="move into product management"))
    for category in (AskCategory.INTRODUCTION, AskCategory.MENTORSHIP, AskCategory.SKILLS):
        assert with_goal[category].score == plain[category].score + asks.GOAL_BONUS


def test_budget_season_raises_training() -> None:
    november = datetime(2025, 11, 12, 9, 0, tzinfo=UTC)
    found = all_six(ctx(now=november))
    assert found[AskCategory.SKILLS].score == all_six(ctx())[AskCategory.SKILLS].score + 0.5
    assert "budgets" in found[AskCategory.SKILLS].reason


# --- follow up before asking anew -----------------------------------------------------------


def test_open_ask_of_a_week_comes_first_with_its_text() -> None:
    c = ctx(entry(1, EntryKind.ASK, "Can I take the data course?", 12, EntryStatus.OPEN))
    first = suggest_asks(c)[0]
    assert first.category is AskCategory.FOLLOW_UP
    assert first.reason == (
        "You asked Dana about “Can I take the data course” 12 days ago and haven't logged an "
        "answer — follow up before asking anew."
    )
    assert "“Can I take the data course”" in first.wording


@pytest.mark.parametrize(
    ("days", "status"),
    [
        (6, EntryStatus.OPEN),  # still young: give it time
        (30, EntryStatus.DONE),  # answered
        (30, EntryStatus.DISMISSED),  # let go
    ],
)
def test_no_follow_up_unless_open_for_a_week(days: int, status: EntryStatus) -> None:
    c = ctx(entry(1, EntryKind.ASK, "Can I take the data course?", days, status))
    assert AskCategory.FOLLOW_UP not in all_six(c)


def test_follow_up_names_the_oldest_and_counts_the_rest() -> None:
    c = ctx(
        entry(1, EntryKind.ASK, "Intro to Priya in sales", 9, EntryStatus.OPEN),
        entry(2, EntryKind.ASK, "Budget for the data course", 20, EntryStatus.OPEN),
        entry(3, EntryKind.GAVE, "reviewed their deck", 4),  # keeps the balance even
    )
    first = suggest_asks(c)[0]
    assert "Budget for the data course" in first.reason
    assert "20 days ago" in first.reason
    assert "(1 more still waiting.)" in first.reason


def test_follow_up_shortens_a_long_ask() -> None:
    text = "Could you help me find budget for the advanced distributed systems course next spring"
    first = suggest_asks(ctx(entry(1, EntryKind.ASK, text, 8, EntryStatus.OPEN)))[0]
    assert "…”" in first.wording
    assert text not in first.wording


def test_follow_up_never_quotes_a_personal_ask() -> None:
    text = "Can I take Fridays off for my therapy?"
    c = ctx(entry(1, EntryKind.ASK, text, 10, EntryStatus.OPEN))
    first = suggest_asks(c, is_personal=lambda t: "therapy" in t)[0]
    assert first.category is AskCategory.FOLLOW_UP
    assert "therapy" not in first.wording and "therapy" not in first.reason
    assert NAME in first.reason


def test_open_ask_lowers_its_own_category() -> None:
    c = ctx(entry(1, EntryKind.ASK, "Can I take the data course?", 3, EntryStatus.OPEN))
    skills = all_six(c)[AskCategory.SKILLS]
    assert skills.score == all_six(ctx())[AskCategory.SKILLS].score - 2 - 4
    assert "still open" in skills.reason


# --- cool-downs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "text", "days"),
    [
        (AskCategory.MENTORSHIP, "Would you mentor me?", 60),
        (AskCategory.FEEDBACK, "Any feedback on my doc?", 30),
        (AskCategory.VISIBILITY, "Could I present at the review?", 60),
    ],
)
def test_cooldowns(category: AskCategory, text: str, days: int) -> None:
    baseline = all_six(ctx())[category].score
    recent = all_six(ctx(entry(1, EntryKind.ASK, text, days - 1)))[category]
    settled = all_six(ctx(entry(1, EntryKind.ASK, text, days + 1)))[category]
    assert recent.score < baseline
    assert "Lower on the list" in recent.reason and NAME in recent.reason
    assert settled.score == baseline


def test_a_recent_feedback_ask_is_not_suggested_first() -> None:
    c = ctx(entry(1, EntryKind.ASK, "Any feedback on my doc?", 5))
    result = suggest_asks(c, limit=6)
    assert result[-1].category is AskCategory.FEEDBACK


# --- wins and ideas -------------------------------------------------------------------------


def test_a_recent_win_makes_visibility_lead_and_is_named() -> None:
    c = ctx(entry(1, EntryKind.WIN, "Shipped the billing migration", 3))
    first = suggest_asks(c)[0]
    assert first.category is AskCategory.VISIBILITY
    assert "“Shipped the billing migration”" in first.wording
    assert first.reason.startswith("You logged a win 3 days ago")


def test_feedback_right_after_a_delivery() -> None:
    with_win = all_six(ctx(entry(1, EntryKind.WIN, "Shipped the billing migration", 2)))
    feedback = with_win[AskCategory.FEEDBACK]
    assert feedback.score == all_six(ctx())[AskCategory.FEEDBACK].score + 1
    assert "right after a delivery" in feedback.reason
    assert "billing migration" in feedback.wording


def test_an_old_win_does_not_count() -> None:
    c = ctx(entry(1, EntryKind.WIN, "Shipped the billing migration", 45))
    assert all_six(c) == all_six(ctx())


def test_an_idea_note_is_brought_to_the_table() -> None:
    c = ctx(entry(1, EntryKind.NOTE, "idea: a nightly cost report per team", 5))
    ideas = all_six(c)[AskCategory.IDEAS]
    assert "a nightly cost report per team" in ideas.wording
    assert ideas.reason.startswith("You noted an idea 5 days ago")
    assert ideas.score == all_six(ctx())[AskCategory.IDEAS].score + 1.5


def test_personal_wins_and_notes_are_never_quoted() -> None:
    c = ctx(
        entry(1, EntryKind.WIN, "Finally finished my divorce paperwork", 2),
        entry(2, EntryKind.NOTE, "idea: tell the team about my divorce", 2),
    )
    result = suggest_asks(c, limit=6, is_personal=lambda t: "divorce" in t)
    assert all("divorce" not in s.wording and "divorce" not in s.reason for s in result)


# --- balance --------------------------------------------------------------------------------


def test_lean_give_raises_asks_and_says_why() -> None:
    gave = [entry(n, EntryKind.GAVE, "reviewed their deck", n) for n in range(1, 4)]
    generous = suggest_asks(ctx(*gave), limit=6)
    baseline = by_category(suggest_asks(ctx(), limit=6))
    for s in generous:
        assert s.score == baseline[s.category].score + 0.5
    assert "You've helped Dana 3 times lately" in generous[0].reason
    assert all("You've helped" not in s.reason for s in generous[1:])


def test_lean_take_puts_offering_help_first() -> None:
    asked = [
        entry(n, EntryKind.ASK, text, 40 + n)
        for n, text in enumerate(["Intro to Priya?", "Any feedback?", "Course budget?"], 1)
    ]
    result = suggest_asks(ctx(*asked), limit=6)
    first = result[0]
    assert first.category is AskCategory.IDEAS
    assert first.wording in {w.format(name=NAME) for w in asks.OFFER_HELP}
    assert first.reason.startswith("You've asked Dana 3 times lately")
    baseline = by_category(suggest_asks(ctx(), limit=6))
    for s in result[1:]:
        assert s.score <= baseline[s.category].score - 1


def test_offer_help_outranks_a_follow_up() -> None:
    asked = [
        entry(1, EntryKind.ASK, "Intro to Priya?", 40),
        entry(2, EntryKind.ASK, "Course budget?", 10, EntryStatus.OPEN),
    ]
    categories = [s.category for s in suggest_asks(ctx(*asked))]
    assert categories[:2] == [AskCategory.IDEAS, AskCategory.FOLLOW_UP]


# --- scoping --------------------------------------------------------------------------------


def test_entries_of_another_relationship_are_ignored() -> None:
    elsewhere = entry(1, EntryKind.ASK, "Can I take the data course?", 12, EntryStatus.OPEN, rid=2)
    assert suggest_asks(ctx(elsewhere), limit=6) == suggest_asks(ctx(), limit=6)


def test_a_mention_label_is_used_when_no_name() -> None:
    c = CoachingContext(Relationship(7, Person(user_id="U123"), Role.SKIP), now=NOW)
    assert all("<@U123>" in s.wording and "<@U123>" in s.reason for s in suggest_asks(c))


# --- property: always `limit` distinct, well-formed suggestions -----------------------------

_TEXTS = [
    "Could you intro me to Priya?",
    "Would you mentor me?",
    "Budget for the data course",
    "Any feedback on my doc?",
    "idea: cache the search results",
    "Can I present at the review?",
    "Can I leave early on Friday?",
    "Shipped the billing migration",
    "my kid is sick",
    "",
    "   ",
    "x" * 300,
]

entries_st = st.lists(
    st.builds(
        lambda n, kind, text, minutes, status, rid: Entry(
            n, kind, text, status, NOW - timedelta(minutes=minutes), relationship_id=rid
        ),
        st.integers(min_value=1, max_value=10_000),
        st.sampled_from(list(EntryKind)),
        st.one_of(st.sampled_from(_TEXTS), st.text(max_size=80)),
        st.integers(min_value=-60 * 24 * 10, max_value=60 * 24 * 400),
        st.sampled_from(list(EntryStatus)),
        st.sampled_from([1, 1, 1, None, 2]),
    ),
    max_size=30,
)
goals_st = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "Become a staff engineer in data platform",
            "move into product management",
            "get better at public speaking",
            "work",
            "",
        ]
    ),
    st.text(max_size=80),
)


@settings(max_examples=300, deadline=None)
@given(
    entries=entries_st,
    role=st.sampled_from(list(Role)),
    goal=goals_st,
    limit=st.integers(min_value=1, max_value=6),
    month=st.integers(min_value=1, max_value=12),
    personal=st.booleans(),
)
def test_always_limit_distinct_well_formed(
    entries: list[Entry], role: Role, goal: str | None, limit: int, month: int, personal: bool
) -> None:
    now = NOW.replace(month=month)
    c = CoachingContext(rel(role), entries=tuple(entries), goal=goal, now=now)
    is_personal = (lambda t: "sick" in t or "Friday" in t) if personal else (lambda t: False)
    result = suggest_asks(c, limit=limit, is_personal=is_personal)
    assert len(result) == limit
    assert len({s.category for s in result}) == limit
    for s in result:
        assert s.wording.strip() and s.reason.strip()
        assert NAME in s.wording and NAME in s.reason
        assert not re.search(r"\{[a-z_]+\}", s.wording)  # every placeholder filled
        assert "\n" not in s.reason
        if personal:
            assert "sick" not in s.wording + s.reason
    assert result == suggest_asks(c, limit=limit, is_personal=is_personal)
