"""Suggested asks: role-aware, from the catalogue, with true reasons, never pasting log lines."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coaching import asks
from coaching.ask_signals import AskCategory, classify_ask
from coaching.asks import SuggestedAsk, every_candidate, rotate, suggest_asks
from coaching.catalogue import catalogue
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
from tests.properties import examples

NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)  # a Wednesday in March: not budget season
NAME = "Dana"
GOAL = "Become a senior engineer owning the payments platform"


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


def everything(c: CoachingContext, **kw: object) -> dict[AskCategory, SuggestedAsk]:
    """Every ask the card weighed, by purpose (the first of each)."""
    found: dict[AskCategory, SuggestedAsk] = {}
    for ask in every_candidate(c, **kw):  # type: ignore[arg-type]
        found.setdefault(ask.category, ask)
    return found


def text_of(result: list[SuggestedAsk]) -> str:
    return " ".join(f"{a.wording} {a.reason}" for a in result)


# --- classify_ask ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could you intro me to someone on the data team?", AskCategory.INTRODUCTION),
        ("asked Dana to connect me with the platform lead", AskCategory.INTRODUCTION),
        ("would you mentor me on system design?", AskCategory.MENTORSHIP),
        ("asked Olu if I could pair on writing Playwright tests", AskCategory.MENTORSHIP),
        ("budget for the AWS course", AskCategory.SKILLS),
        ("asked to go to the conference in May", AskCategory.SKILLS),
        ("feedback on my design doc", AskCategory.FEEDBACK),
        ("could you put my name forward for the redesign lead?", AskCategory.ADVOCACY),
        ("would you back me at calibration?", AskCategory.ADVOCACY),
        ("pitch my idea for the on-call rota", AskCategory.IDEAS),
        ("can I present the churn model at the QBR?", AskCategory.VISIBILITY),
        ("lunch on Friday?", None),
    ],
)
def test_classify_ask(text: str, expected: AskCategory | None) -> None:
    assert classify_ask(text) is expected


# --- must show 1: cards differ by role ------------------------------------------------------

WIN = entry(1, EntryKind.WIN, "shipped the retry dashboard to all EU customers", 4)


def _asks_for(role: Role, *logged: Entry) -> list[SuggestedAsk]:
    return suggest_asks(ctx(*logged, role=role, goal=GOAL))


def test_cards_for_the_same_user_and_goal_differ_by_role() -> None:
    cards = {role: _asks_for(role, WIN) for role in (Role.MANAGER, Role.SKIP, Role.MENTOR)}
    cards[Role.SPONSOR] = _asks_for(Role.SPONSOR, WIN)
    wordings = {role: {a.wording for a in card} for role, card in cards.items()}
    for one in wordings:
        for other in wordings:
            if one is not other:
                assert wordings[one].isdisjoint(wordings[other]), (one, other)


@pytest.mark.parametrize("history", [(), (WIN,)])
def test_the_mentors_asks_never_mention_budget_or_approval(history: tuple[Entry, ...]) -> None:
    for now in (NOW, NOW.replace(month=11)):  # in and out of budget season
        card = suggest_asks(ctx(*history, role=Role.MENTOR, goal=GOAL, now=now), limit=9)
        assert re.search(r"(?i)budget|approv|sign[- ]off|expense", text_of(card)) is None


def test_no_mentor_phrasing_in_the_catalogue_mentions_budget_or_approval() -> None:
    for purpose in catalogue().values():
        for slot in ("general", "focus", "role", "win", "idea", "item", "dated", "priority"):
            for text in purpose.phrasings(Role.MENTOR, slot) or ():
                assert not re.search(r"(?i)budget|approv|sign[- ]off", text), text


@pytest.mark.parametrize("role", [Role.SKIP, Role.SPONSOR])
def test_skip_level_and_sponsor_get_visibility_or_advocacy_when_a_win_is_logged(
    role: Role,
) -> None:
    card = _asks_for(role, WIN)
    kinds = {a.category for a in card}
    assert kinds & {AskCategory.VISIBILITY, AskCategory.ADVOCACY}
    shown = next(a for a in card if a.category in (AskCategory.VISIBILITY, AskCategory.ADVOCACY))
    assert "the retry dashboard" in shown.wording  # the win by topic, not its log line


@pytest.mark.parametrize("goal", [None, GOAL, "Become a staff engineer"])
@pytest.mark.parametrize("history", [(), (WIN,)])
def test_the_managers_asks_include_skills_or_stretch_work(
    goal: str | None, history: tuple[Entry, ...]
) -> None:
    card = suggest_asks(ctx(*history, role=Role.MANAGER, goal=goal))
    assert {a.category for a in card} & {AskCategory.SKILLS, AskCategory.VISIBILITY}


@pytest.mark.parametrize("role", list(Role))
def test_only_purposes_the_role_can_give_are_suggested(role: Role) -> None:
    """Design §4's table: no training asks to a mentor, no advocacy from a peer ..."""
    offered = set(everything(ctx(WIN, role=role, goal=GOAL)))
    allowed = {
        AskCategory(name)
        for name, purpose in catalogue().items()
        if purpose.fits(role) > 0 and name not in ("follow_up", "offer_help")
    }
    assert offered <= allowed
    if role is not Role.MANAGER:
        assert AskCategory.SKILLS not in offered


# --- must show 2: never a raw log line, a mention or the goal sentence ----------------------

RAW = (
    entry(1, EntryKind.ASK, "<@UDANA1|dana> asked to demo the retry dashboard at the all-hands", 12,
          EntryStatus.OPEN),
    entry(2, EntryKind.WIN, "@dana said the one-pager was great at the staff meeting", 3),
    entry(3, EntryKind.NOTE, "idea: move the payment retries onto the shared job queue", 5),
    entry(4, EntryKind.PRIORITY, "hiring two senior engineers this quarter", 9, EntryStatus.OPEN),
    entry(5, EntryKind.FOLLOWUP, "send <@UDANA1> the incident write-up", 10, EntryStatus.OPEN),
)  # fmt: skip


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("lean_take", [False, True])
def test_no_ask_contains_a_raw_log_line_a_mention_or_the_goal(role: Role, lean_take: bool) -> None:
    extra = tuple(
        entry(10 + i, EntryKind.ASK, f"asked for thing {i}", 20 + i, EntryStatus.DONE)
        for i in range(4 if lean_take else 0)
    )
    c = CoachingContext(rel(role), entries=RAW + extra, goal=GOAL, now=NOW)
    result = suggest_asks(c, limit=9)
    for ask in result:
        for e in RAW:
            assert e.text not in ask.wording and e.text not in ask.reason
            assert e.text[:30] not in ask.wording
        assert "<@" not in ask.wording + ask.reason and "@dana" not in ask.wording.lower()
        assert GOAL.lower() not in (ask.wording + ask.reason).lower()
        assert "“" not in ask.wording  # refers to items, never quotes them


def test_an_open_ask_is_followed_up_by_topic_and_date() -> None:
    result = suggest_asks(ctx(*RAW))
    owed, follow = result[0], result[1]  # what the user owes comes first (see below)
    assert owed.category is AskCategory.OFFER_HELP and "the incident write-up" in owed.wording
    assert follow.category is AskCategory.FOLLOW_UP
    assert "demoing the retry dashboard" in follow.wording + follow.reason
    assert "28 Feb" in follow.wording + follow.reason  # 12 days before 12 Mar


def test_a_praise_log_is_not_asked_back_to_the_person_who_gave_it() -> None:
    # "@dana said the one-pager was great": the topic is the one-pager, said to Dana as such
    card = everything(ctx(RAW[1], role=Role.SKIP))
    shown = " ".join(a.wording for a in card.values())
    assert "the one-pager" in shown and "said" not in shown


# --- reasons are true -----------------------------------------------------------------------


@pytest.mark.parametrize("days", [0, 1, 2, 3, 4, 12, 29])
def test_right_after_only_within_a_few_days(days: int) -> None:
    win = entry(1, EntryKind.WIN, "shipped the retry dashboard", days)
    for role in Role:
        reasons = " ".join(a.reason for a in everything(ctx(win, role=role)).values())
        if re.search(r"right after|fresh|just (?:shipped|delivered)", reasons):
            assert days <= asks.RIGHT_AFTER_DAYS, reasons
        if "You logged a win" in reasons:
            assert f"You logged a win {asks.ago(days)} (the retry dashboard)" in reasons


def test_budget_season_is_only_claimed_in_budget_season() -> None:
    for weeks in range(3):  # every phrasing, and the reason that goes with it
        march = NOW + timedelta(weeks=weeks)
        out = everything(ctx(goal=GOAL, now=march))[AskCategory.SKILLS].reason
        assert not re.search(r"\byear\b", out)
        nov = everything(ctx(goal=GOAL, now=march.replace(month=11)))[AskCategory.SKILLS].reason
        assert re.search(r"\byear\b", nov)


def test_follow_up_names_the_other_ask_still_waiting() -> None:
    result = suggest_asks(
        ctx(
            entry(1, EntryKind.ASK, "budget for the AWS course", 20, EntryStatus.OPEN),
            entry(2, EntryKind.ASK, "feedback on my design doc", 9, EntryStatus.OPEN),
            entry(3, EntryKind.GAVE, "reviewed the hiring plan", 15),
        )
    )
    assert result[0].category is AskCategory.FOLLOW_UP
    # both still waiting are named, each with its date, in one follow-up
    assert "the budget for the AWS course (20 Feb)" in result[0].wording
    assert "and feedback on my design doc (3 Mar)" in result[0].wording
    assert "Neither has an answer logged" in result[0].reason


@pytest.mark.parametrize(
    ("days", "status"), [(6, EntryStatus.OPEN), (30, EntryStatus.DONE), (3, EntryStatus.OPEN)]
)
def test_no_follow_up_unless_open_for_a_week(days: int, status: EntryStatus) -> None:
    c = ctx(entry(1, EntryKind.ASK, "budget for the AWS course", days, status))
    assert AskCategory.FOLLOW_UP not in everything(c)


def test_a_personal_ask_is_followed_up_by_date_only() -> None:
    c = ctx(entry(1, EntryKind.ASK, "time off for my divorce hearing", 10, EntryStatus.OPEN))
    result = suggest_asks(c, is_personal=lambda text: "divorce" in text)
    assert result[0].category is AskCategory.FOLLOW_UP
    assert "divorce" not in result[0].wording + result[0].reason
    assert "2 Mar" in result[0].wording + result[0].reason


def test_an_open_ask_lowers_its_kind_and_says_why() -> None:
    c = ctx(entry(1, EntryKind.ASK, "intro to the data team lead", 3, EntryStatus.OPEN),
            role=Role.SKIP)  # fmt: skip
    intro = everything(c)[AskCategory.INTRODUCTION]
    assert "still open" in intro.reason
    assert suggest_asks(c)[0].category is not AskCategory.INTRODUCTION


# --- reciprocity ----------------------------------------------------------------------------


def _lean_take(*more: Entry) -> CoachingContext:
    logged = tuple(
        entry(i, EntryKind.ASK, f"asked for help with thing {i}", 10 + i) for i in range(1, 5)
    )
    return ctx(*logged, *more, role=Role.SPONSOR)


def test_lean_take_proposes_their_stated_priority_first() -> None:
    priority = entry(9, EntryKind.PRIORITY, "hiring two senior designers", 5, EntryStatus.OPEN)
    first = suggest_asks(_lean_take(priority))[0]
    assert first.category is AskCategory.OFFER_HELP
    assert "hiring two senior designers" in first.wording
    assert "as a priority on 7 Mar" in first.reason


def test_lean_take_without_a_priority_offers_what_is_owed_then_a_win() -> None:
    owed = entry(9, EntryKind.FOLLOWUP, "send Dana the churn numbers", 6, EntryStatus.OPEN)
    first = suggest_asks(_lean_take(owed))[0]
    assert first.category is AskCategory.OFFER_HELP and "the churn numbers" in first.wording
    win = entry(9, EntryKind.WIN, "shipped the new onboarding flow", 6)
    first = suggest_asks(_lean_take(win))[0]
    assert first.category is AskCategory.OFFER_HELP and "the new onboarding flow" in first.wording


def test_lean_take_with_nothing_known_offers_help_in_general_and_says_the_counts() -> None:
    first = suggest_asks(_lean_take())[0]
    assert first.category is AskCategory.OFFER_HELP
    assert "4 times" in first.reason  # the count; the balance line says the rest


def test_gave_counts_whoever_started_it() -> None:
    """`gave` is what the user did for them: volunteered help leans the balance to give, so the
    card asks (three asks, no offer of help) and leaves the counts to the balance line."""
    gifts = tuple(entry(i, EntryKind.GAVE, "volunteered to review the plan", i) for i in range(4))
    card = suggest_asks(ctx(*gifts))
    assert len(card) == 3 and AskCategory.OFFER_HELP not in {a.category for a in card}
    assert not any("You've helped" in a.reason for a in card)


# --- variety and rotation -------------------------------------------------------------------


def test_one_win_and_at_most_two_focus_asks_per_card() -> None:
    for role in Role:
        card = suggest_asks(ctx(WIN, role=role, goal=GOAL, now=NOW.replace(month=11)))
        assert sum("the retry dashboard" in a.wording for a in card) <= 1
        assert sum("the payments platform" in a.wording for a in card) <= 2


def test_consecutive_weekly_biweekly_and_monthly_cards_differ() -> None:
    options = ("a", "b", "c")
    for gap in (1, 2, 4, 5):
        for start in range(30):
            now = NOW + timedelta(weeks=start)
            key = f"1:feedback:general:{start}"
            assert rotate(options, key, now) != rotate(options, key, now + timedelta(weeks=gap))


def test_same_card_within_a_week_and_deterministic() -> None:
    c = ctx(WIN, goal=GOAL)
    assert suggest_asks(c) == suggest_asks(c)
    later = ctx(WIN, goal=GOAL, now=NOW + timedelta(days=1))  # Thursday, same week
    assert [a.wording for a in suggest_asks(c)] == [a.wording for a in suggest_asks(later)]


def test_entries_of_another_relationship_are_ignored() -> None:
    other = entry(1, EntryKind.ASK, "budget for the AWS course", 20, EntryStatus.OPEN, rid=2)
    assert AskCategory.FOLLOW_UP not in everything(ctx(other))


def test_zero_or_negative_limit_is_empty() -> None:
    assert suggest_asks(ctx(), limit=0) == [] and suggest_asks(ctx(), limit=-1) == []


_KINDS = st.sampled_from([k for k in EntryKind if k is not EntryKind.AGENDA])
_TEXTS = st.sampled_from(
    [
        "asked <@U1|dana> for an intro to the data team",
        "shipped the billing migration",
        "idea: what if we cached pricing",
        "feedback on my RFC",
        "my kid is sick",
        "",
        "?!",
        "asked about it",
    ]
)


@settings(max_examples=examples(150), deadline=None)
@given(
    role=st.sampled_from(list(Role)),
    logged=st.lists(
        st.tuples(_KINDS, _TEXTS, st.integers(0, 120), st.sampled_from(list(EntryStatus))),
        max_size=12,
    ),
    goal=st.sampled_from([None, GOAL, "move into product management", "get promoted", ""]),
)
def test_one_to_three_distinct_well_formed_asks(
    role: Role, logged: list[tuple[EntryKind, str, int, EntryStatus]], goal: str | None
) -> None:
    entries = tuple(entry(i, k, t, d, s) for i, (k, t, d, s) in enumerate(logged, start=1))
    result = suggest_asks(ctx(*entries, role=role, goal=goal))
    assert 1 <= len(result) <= 3
    assert len({a.category for a in result}) == len(result)
    for ask in result:
        assert ask.wording.startswith(f"{NAME}, ") and ask.wording.rstrip()[-1] in "?."
        assert "{" not in ask.wording + ask.reason and "  " not in ask.wording
        assert ask.reason[:1].isupper() and "<@" not in ask.wording + ask.reason


# --- the card agrees with the balance and the open items (review round 4, pattern 3) ---------

NOV = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # late in the year


def _card(
    *logged: Entry,
    role: Role = Role.MANAGER,
    title: str | None = None,
    goal: str | None = GOAL,
    now: datetime = NOW,
    **kw: object,
) -> list[SuggestedAsk]:
    relationship = Relationship(1, Person(name=NAME), role, title=title)
    c = CoachingContext(relationship, entries=logged, goal=goal, now=now)
    return suggest_asks(c, **kw)  # type: ignore[arg-type]


ASKED_A_LOT = tuple(
    entry(10 + i, EntryKind.ASK, f"asked for help with thing {i}", 10 + i) for i in range(5)
)


def test_lopsided_balance_gives_first_and_asks_once_at_most() -> None:
    card = _card(*ASKED_A_LOT)
    assert card[0].category is AskCategory.OFFER_HELP
    assert len(card) <= 2


def test_lopsided_balance_with_a_favour_on_the_agenda_only_gives() -> None:
    """The user's own point already asks a favour: the card gives, and says to raise it."""
    shadow = entry(30, EntryKind.AGENDA, "Could I shadow the charge nurse on a weekend shift?", 1,
                   EntryStatus.OPEN)  # fmt: skip
    card = _card(*ASKED_A_LOT, shadow)
    assert [a.category for a in card] == [AskCategory.OFFER_HELP]
    # the point is the one ask: no "keep new asks for another week" beside it (round 8, A_05)
    assert "talking point as the one ask" in card[0].reason
    assert "keep new asks" not in card[0].reason


def test_an_open_ask_due_a_follow_up_leads_and_new_asks_wait() -> None:
    waiting = entry(1, EntryKind.ASK, "asked for an intro to someone on the data team", 12,
                    EntryStatus.OPEN)  # fmt: skip
    card = _card(waiting, role=Role.MENTOR, meeting_at=NOW + timedelta(days=13))
    assert card[0].category is AskCategory.FOLLOW_UP and len(card) <= 2
    assert "13 days away" in card[0].reason and "message now" in card[0].reason
    soon = _card(waiting, role=Role.MENTOR, meeting_at=NOW + timedelta(hours=3))
    assert "message now" not in soon[0].reason


def test_something_owed_is_delivered_first_not_asked_about() -> None:
    owed = entry(1, EntryKind.FOLLOWUP, "send Dana the list of flaky checkout bugs", 8,
                 EntryStatus.OPEN)  # fmt: skip
    waiting = entry(2, EntryKind.ASK, "asked if I could pair on writing Playwright tests", 8,
                    EntryStatus.OPEN)  # fmt: skip
    card = _card(owed, waiting, role=Role.PEER)
    assert card[0].category is AskCategory.OFFER_HELP and "the list of flaky checkout bugs" in (
        card[0].wording
    )
    assert "what form" not in card[0].wording and "before the 1:1" in card[0].reason
    assert card[1].category is AskCategory.FOLLOW_UP and len(card) <= 3
    assert "pairing on Playwright tests" in card[1].wording  # a topic, not "on writing"
    assert all(a.category not in (AskCategory.FOLLOW_UP, AskCategory.OFFER_HELP) for a in card[2:])


def test_a_reminder_to_chase_is_not_mistaken_for_something_owed() -> None:
    reminder = entry(1, EntryKind.FOLLOWUP, "check in with Dana about the budget", 8,
                     EntryStatus.OPEN)  # fmt: skip
    assert all("promised" not in a.reason for a in _card(reminder))


def test_first_one_on_one_agrees_a_cadence_and_an_agenda_habit() -> None:
    relationship = rel(Role.MANAGER)
    spec = SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=1), time(10, 0))
    c = CoachingContext(relationship, goal=GOAL, now=NOW, series=(spec,))
    card = suggest_asks(c, first=True)
    habit = next(a for a in card if a.category is AskCategory.HABIT)
    # the rhythm they set, checked rather than asked afresh (round 34: "how often would you
    # like to catch up" on a monthly series); no office ritual of an agenda the day before
    assert "weekly" in habit.wording and "agenda" not in habit.wording
    assert "how often" not in habit.wording
    assert "first 1:1" in habit.reason
    assert all(a.category is not AskCategory.HABIT for a in suggest_asks(c))


def test_own_questions_on_the_agenda_mean_fewer_suggestions() -> None:
    point = entry(1, EntryKind.AGENDA, "What would you need to see before the promotion round?",
                  1, EntryStatus.OPEN)  # fmt: skip
    assert len(_card(point, role=Role.SPONSOR)) == 2
    assert len(_card(role=Role.SPONSOR)) == 3


# --- the user's own data (pattern 2) ----------------------------------------------------------


def test_a_goal_with_a_deadline_late_in_the_year_asks_about_timing_first() -> None:
    card = _card(goal="Get promoted to senior accountant this year", now=NOV)
    assert card[0].category is AskCategory.MENTORSHIP
    assert "the senior accountant role this year" in card[0].wording


def test_a_goal_about_the_work_never_asks_about_levels() -> None:
    for role in Role:
        for weeks in range(3):
            now = NOW + timedelta(weeks=weeks)
            card = _card(role=role, goal="Sell more to enterprise customers", now=now)
            text = " ".join(a.wording for a in card)
            assert not re.search(r"(?i)\blevel\b|promot", text), text


def test_a_noted_idea_goes_to_the_mentor_to_test() -> None:
    idea = entry(1, EntryKind.NOTE, "idea: move the payment retries onto the shared job queue", 6)
    card = _card(idea, role=Role.MENTOR)
    assert any(
        a.category is AskCategory.IDEAS
        and "moving the payment retries onto the shared job queue" in a.wording
        for a in card
    )


def test_an_application_on_the_agenda_becomes_an_offer_to_read_it() -> None:
    points = (
        entry(1, EntryKind.AGENDA, "How did you handle your first year leading a department?", 4,
              EntryStatus.OPEN),
        entry(2, EntryKind.AGENDA, "Should I apply for the second-in-department post in January?",
              1, EntryStatus.OPEN),
    )  # fmt: skip
    card = _card(*points, role=Role.MENTOR, goal="become head of the science department")
    assert "application" in card[0].wording and "the second-in-department post" in card[0].wording
    assert not any(a.wording.split(", ", 1)[1].lower().startswith("how did you") for a in card)


def test_feedback_asked_weeks_ago_is_reported_back_on() -> None:
    asked = entry(1, EntryKind.ASK, "asked Dana for feedback on my discovery calls", 15)
    card = _card(asked, goal="Sell more to enterprise customers")
    report = next(a for a in card if a.category is AskCategory.FEEDBACK)
    assert "my discovery calls" in report.wording and "feedback" in report.wording


def test_a_peer_in_the_target_field_is_asked_to_show_the_job() -> None:
    """Their title says they do the job: shadow or review, never "someone close to" it."""
    point = entry(1, EntryKind.AGENDA, "How do you write a positioning doc?", 3, EntryStatus.OPEN)
    card = _card(point, role=Role.PEER, title="Product Marketing Manager",
                 goal="move into product marketing")  # fmt: skip
    text = " ".join(f"{a.wording} {a.reason}" for a in card)
    assert "write a positioning doc" in card[0].wording
    assert "close to product marketing" not in text and "who do you turn to" not in text
    plain = _card(point, role=Role.PEER, title="Account Executive",
                  goal="move into product marketing")  # fmt: skip
    assert "write a positioning doc" not in " ".join(a.wording for a in plain)


def test_the_head_of_the_field_is_not_asked_who_decides_in_it() -> None:
    card = everything(
        CoachingContext(
            Relationship(1, Person(name=NAME), Role.SPONSOR, title="Head of Design"),
            goal="grow into a design lead for the mobile app",
            now=NOW,
        )
    )
    assert AskCategory.INTRODUCTION not in card


# --- skip-levels and sponsors protect the manager (pattern 7) ---------------------------------


@pytest.mark.parametrize("history", [(), (WIN,)])
def test_a_skip_level_is_never_asked_to_back_a_promotion_around_the_manager(
    history: tuple[Entry, ...],
) -> None:
    idea = entry(9, EntryKind.NOTE, "idea: a shared feature store for the pricing models", 9)
    for weeks in range(3):
        now = NOW + timedelta(weeks=weeks)
        for ask in every_candidate(ctx(*history, idea, role=Role.SKIP, goal=GOAL, now=now)):
            said = f"{ask.wording} {ask.reason}".lower()
            assert not re.search(r"backing me|back me for", said), said
            if ask.category in (AskCategory.IDEAS, AskCategory.ADVOCACY) or (
                ask.category is AskCategory.VISIBILITY and ask.wording.count("demo")
            ):
                assert "manager" in said, said


def test_a_mentor_who_already_holds_the_step_shows_the_job() -> None:
    point = entry(1, EntryKind.AGENDA, "How do you prepare a case presentation?", 2,
                  EntryStatus.OPEN)  # fmt: skip
    card = _card(point, role=Role.MENTOR, title="Nurse Practitioner",
                 goal="become a nurse practitioner")  # fmt: skip
    text = " ".join(a.wording for a in card)
    assert "prepare a case presentation" in card[0].wording
    assert "already in the nurse practitioner role" not in text and "is really like" not in text
    # a principal engineer is not taken for the senior engineer the user wants to be
    other = _card(role=Role.MENTOR, title="Principal Engineer", goal=GOAL)
    assert not any(a.wording.count("shadow") for a in other)


def test_a_distressed_or_personal_talking_point_is_never_named_in_an_ask() -> None:
    """Distress is not oversharing, but it is never a topic to "own" or build on either."""
    from coaching.prep import build_prep

    points = (
        entry(1, EntryKind.AGENDA, "honestly I don't see the point of anything anymore", 1,
              EntryStatus.OPEN),
        entry(2, EntryKind.AGENDA, "dentist appointment on Friday morning", 1, EntryStatus.OPEN),
    )  # fmt: skip
    card = build_prep(ctx(*points, goal=GOAL), meeting=None)
    said = " ".join(f"{a.wording} {a.reason}" for a in card.asks).lower()
    assert "see the point" not in said and "dentist" not in said
