"""Card12 (issue 11): a card that agrees with itself and warns only when it should — read on the
card the user gets (the real builder, the real Block Kit view, the shell's text renderer).

Histories are invented here, from trades and settings not in the persona files: a bakery, a
ferry crew, a law library, a dairy, a call centre, a florist's, a lab, a bus depot.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.blocktext import Renderer
from coaching.asks import ago
from coaching.balance import DEFAULT_WINDOW
from coaching.checklist import (
    CHECKLIST,
    CHECKLIST_SHORT,
    CHECKLIST_SHORT_BY_ROLE,
    HAS_A_SAY,
    Causes,
    checklist_reasons,
)
from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)
from coaching.oversharing import Category, Flag
from coaching.prep import Meeting, build_prep
from coaching.reframes import FOR_ABOVE, FOR_MENTOR, FOR_PEER, for_role, private_life
from handlers.views.prep import prep_message
from tests.properties import examples

NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)


def entry(
    n: int,
    kind: EntryKind,
    text: str,
    days_ago: float = 5,
    status: EntryStatus = EntryStatus.OPEN,
) -> Entry:
    return Entry(n, kind, text, status, NOW - timedelta(days=days_ago), relationship_id=1)


def card(
    *entries: Entry,
    role: Role = Role.MANAGER,
    name: str = "Nadia Kerr",
    first: bool = False,
    flags: dict[str, Flag] | None = None,
) -> str:
    """The card as the user reads it in the shell, one line per rendered line."""
    flags = flags or {}
    relationship = Relationship(1, Person(user_id="U5", name=name), role)
    ctx = CoachingContext(relationship, entries=entries, goal=None, now=NOW)
    meeting = Meeting(1, NOW + timedelta(days=2), "Sat 28 Nov 10:00", first=first)
    built = build_prep(
        ctx, meeting=meeting, scanner=lambda text: [flags[text]] if text in flags else []
    )
    return Renderer(lambda user_id: None).message(prep_message(built))


def flat(text: str) -> str:
    return " ".join(text.split())


def checklist_line(text: str) -> str:
    return flat(text).split("*Before")[-1]


# --- 1. one source for counts and ages ---------------------------------------------------------

_GIVES = (
    "covered the Saturday bake",
    "swapped onto the late ferry crossing",
    "indexed the tax law journals",
    "did the 5am milking for her",
)
_ASKS = (
    "asked about the HND in food science",
    "asked to shadow the chief officer",
    "asked for a desk in the reading room",
)
_OTHERS = (
    (EntryKind.NOTE, "the new proving cabinet is in"),
    (EntryKind.WIN, "passed the STCW refresher"),
    (EntryKind.PRIORITY, "Nadia wants the cold room audit tidy before Christmas"),
)

_history = st.lists(
    st.tuples(
        st.sampled_from(("gave", "ask", "other")),
        st.integers(min_value=0, max_value=200),
        st.sampled_from(tuple(EntryStatus)),
        st.integers(min_value=0, max_value=9),
    ),
    max_size=14,
)


def _entries(history: list[tuple[str, int, EntryStatus, int]]) -> tuple[Entry, ...]:
    made = []
    for n, (kind, days, status, pick) in enumerate(history, start=1):
        if kind == "gave":
            made.append(entry(n, EntryKind.GAVE, _GIVES[pick % 4], days, status))
        elif kind == "ask":
            made.append(entry(n, EntryKind.ASK, _ASKS[pick % 3], days, status))
        else:
            other_kind, text = _OTHERS[pick % 3]
            made.append(entry(n, other_kind, text, days, status))
    return tuple(made)


_SPOKEN = {"once": 1, "twice": 2}


def _said_count(word: str) -> int:
    return _SPOKEN.get(word) or int(word)


def _balance(text: str) -> str:
    found = re.search(r"\*Balance\* (.*?) ─", flat(text))
    assert found, text
    return found.group(1)


@settings(max_examples=examples(60), deadline=None)
@given(_history)
def test_the_balance_counts_are_the_logged_gives_and_asks_in_the_window(
    history: list[tuple[str, int, EntryStatus, int]],
) -> None:
    entries = _entries(history)
    in_window = [e for e in entries if NOW - e.created_at <= DEFAULT_WINDOW]
    gave = sum(1 for e in in_window if e.kind is EntryKind.GAVE)
    asked = sum(1 for e in in_window if e.kind is EntryKind.ASK)
    line = _balance(card(*entries))
    helped = re.search(r"helped Nadia (once|twice|\d+(?= times))", line)
    asked_said = re.search(r"asked (?:Nadia )?(once|twice|\d+(?= times))", line)
    assert (_said_count(helped.group(1)) if helped else 0) == gave, line
    assert (_said_count(asked_said.group(1)) if asked_said else 0) == asked, line


_AGE = re.compile(r"\b(?:today|yesterday|\d+ days ago|about \d+ months ago|\d+ weeks?)\b")


@settings(max_examples=examples(40), deadline=None)
@given(
    st.integers(min_value=0, max_value=300),
    st.lists(st.integers(min_value=0, max_value=80), max_size=4),
)
def test_every_age_on_the_card_is_said_one_way(stale: int, gives: list[int]) -> None:
    """The carried line and an ask's reason about the same open ask say the same phrase
    (`coaching.asks.ago`), never "12 weeks" beside "about 2 months"."""
    entries = (
        entry(1, EntryKind.ASK, "asked Nadia for a slot on the cake decorating course", stale),
        *(
            entry(10 + n, EntryKind.GAVE, _GIVES[n % 4], d, EntryStatus.DONE)
            for n, d in enumerate(gives)
        ),
    )
    text = flat(card(*entries))
    assert not re.search(r"\b\d+ weeks?\b", text), text
    if stale >= 7:  # the age at which the asks chase it (FOLLOW_UP_AFTER)
        assert f"— _{ago(stale)}, no answer yet_" in text, text
    else:
        assert "no answer yet" not in text, text
    for said in re.findall(r"ask (?:from|of \w+ from) ((?:about \d+ months|\d+ days) ago)", text):
        assert said == ago(stale), text


# --- 2. the checklist, only with cause -----------------------------------------------------------

_WORK_POINTS = (
    "which ovens should we replace first next year?",
    "the spring timetable for the Islay crossing",
    "can I run the Tuesday induction for new callers?",
    "how do you price a wedding order over 200 stems?",
)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("point", _WORK_POINTS)
def test_a_plain_work_agenda_gets_the_one_line_reminder(role: Role, point: str) -> None:
    text = card(entry(1, EntryKind.AGENDA, point), role=role)
    reminder = CHECKLIST_SHORT_BY_ROLE.get(role, CHECKLIST_SHORT)
    assert f"*Before you go in:* {reminder}" in flat(text)
    assert not any(q in text for q in CHECKLIST)


def test_near_identical_cards_show_the_same_checklist() -> None:
    """Two cards that differ only in the work point's wording and the person's name."""
    one = card(entry(1, EntryKind.AGENDA, _WORK_POINTS[0]), name="Nadia Kerr")
    two = card(entry(1, EntryKind.AGENDA, _WORK_POINTS[1]), name="Owen Pryce")
    assert checklist_line(one) == checklist_line(two)


def test_a_personal_point_brings_only_the_questions_it_causes() -> None:
    point = "my mum's dementia is getting worse and I'm her carer at weekends"
    flags = {point: Flag(Category.FAMILY, ("dementia",), "Things need me.", 0.9)}
    text = flat(card(entry(1, EntryKind.AGENDA, point), role=Role.MENTOR, flags=flags))
    assert "*Before you go in, run point 1 past these:*" in text  # round 14: names the point
    assert "Do you trust this person with it?" in text
    # round 12: with a mentor the question is trust; "a meeting you are not in" fits the line
    assert "repeated in a meeting you are not in?" not in text
    assert "Could it look like favouritism?" not in text
    manager = flat(card(entry(1, EntryKind.AGENDA, point), role=Role.MANAGER, flags=flags))
    assert "repeated in a meeting you are not in?" in manager


def test_a_first_1_1_shows_the_frame_questions() -> None:
    text = flat(card(role=Role.MANAGER, first=True))
    assert "*Before a first 1:1:* Work-focused? · Does it show your value?" in text
    assert "favouritism" not in text and "trust this person" not in text


@given(
    st.builds(
        Causes,
        personal=st.booleans(),
        sensitive=st.booleans(),
        favouritism=st.booleans(),
        hours=st.booleans(),
        drift=st.booleans(),
        first=st.booleans(),
    ),
    st.sampled_from(list(Role)),
)
def test_every_question_names_its_cause(causes: Causes, role: Role) -> None:
    reasons = checklist_reasons(causes, role)
    assert all(why for _, why in reasons)
    assert bool(reasons) == causes.any
    asked = [q for q, _ in reasons]
    if "Could it look like favouritism?" in asked:
        assert causes.favouritism or ((causes.hours or causes.drift) and role in HAS_A_SAY)
    if "Would you be fine hearing this repeated in a meeting you are not in?" in asked:
        assert causes.personal or causes.sensitive


# --- 3. flags: a colleague's private life, and rewrites that fit the role ----------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Owen keeps missing the 6am bake, reckon his marriage is on the rocks", "Owen's marriage"),
        ("heard Mrs Achebe is pregnant, that's why the rota is a mess", "Mrs Achebe's pregnancy"),
        ("the deck crew say Callum is having an affair with the purser", "Callum's love life"),
        ("my team lead is drinking on shift, everyone knows", "your team lead's drinking"),
        ("someone in accounts is getting divorced and it shows", "your colleague's marriage"),
    ],
)
def test_gossip_about_a_private_life_is_named_and_left_out(text: str, said: str) -> None:
    rewrite = private_life(text)
    assert rewrite is not None and rewrite.startswith(f"Leave {said} out")
    assert "say how the work is affected" in rewrite


def test_the_card_says_it_firmly_on_a_named_colleagues_marriage() -> None:
    point = "Owen keeps cancelling the team huddle, think his marriage is falling apart"
    hedged = Flag(Category.GOSSIP, ("marriage",), private_life(point), 0.45, cued=True, hedged=True)
    text = flat(card(entry(1, EntryKind.AGENDA, point), role=Role.SKIP, flags={point: hedged}))
    assert "Leave Owen's marriage out" in text
    assert "might read as gossip" not in text and "if so" not in text


@pytest.mark.parametrize(
    "text",
    [
        "Priya takes credit for the whole rota redesign",
        "Sam and Jo go for drinks after the late shift without inviting me",
        "apparently the Leeds depot is closing next year",
    ],
)
def test_work_gossip_without_a_private_life_keeps_its_rewrite(text: str) -> None:
    assert private_life(text) is None


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (Role.MANAGER, None),
        (Role.OTHER, None),
        (Role.MENTOR, FOR_MENTOR["mental_health"]),
        (Role.SKIP, FOR_ABOVE),
        (Role.SPONSOR, FOR_ABOVE),
        (Role.PEER, FOR_PEER),
    ],
)
def test_a_personal_rewrite_fits_who_the_1_1_is_with(role: Role, expected: str | None) -> None:
    point = "I freeze up before the Monday call-centre briefing, my anxiety is bad"
    base = "I do my best in meetings when I can prepare — how could we make that easier?"
    flags = {point: Flag(Category.MENTAL_HEALTH, ("anxiety",), base, 0.9)}
    text = flat(card(entry(1, EntryKind.AGENDA, point), role=role, flags=flags))
    assert (expected or base) in text
    if role is not Role.MANAGER:
        assert "keep my work on track" not in text


def test_a_need_of_any_length_is_left_out_with_a_skip_level() -> None:
    """Round 47: even a hint ("something may affect my work for a longer stretch") to someone
    above the manager invites the guessing it means to avoid."""
    long = "I may need a lighter load for a longer stretch — can we plan my work around that now?"
    said = for_role("health", long, "skip") or ""
    assert said.startswith("Leave it out here") and "longer stretch" not in said
    assert for_role("gossip", "How can I make sure my part is visible?", "skip") == (
        "How can I make sure my part is visible?"
    )


# --- 4. balance advice always has something to act on ------------------------------------------


def test_a_little_ahead_on_asks_with_nothing_of_theirs_says_how_to_ask() -> None:
    entries = (
        entry(1, EntryKind.GAVE, "covered the Sunday florist delivery", 20, EntryStatus.DONE),
        entry(2, EntryKind.ASK, "asked about the RHS level 2 course", 15),
        entry(3, EntryKind.ASK, "asked to run the window display", 8),
    )
    line = _balance(card(*entries, role=Role.MANAGER))
    assert "“What's taking most of your time at the moment" in line
    assert "`priority:`" in line


@pytest.mark.parametrize(
    ("role", "give"),
    [
        (Role.SKIP, "What helps Nadia most from you is news they can use"),
        (Role.SPONSOR, "What helps Nadia most from you is news they can use"),
        (Role.OTHER, "“Is there anything you need from me before we meet next?”"),
        (Role.MENTOR, "tell Nadia what you did with the advice"),
    ],
)
def test_only_a_manager_or_peer_is_offered_a_piece_of_their_work(role: Role, give: str) -> None:
    """Round 45: a tax adviser, a college supervisor, a regional director and a sponsor were
    each asked "is there a piece I could take on?"."""
    entries = (
        entry(1, EntryKind.GAVE, "covered the Sunday florist delivery", 20, EntryStatus.DONE),
        entry(2, EntryKind.ASK, "asked about the RHS level 2 course", 15),
        entry(3, EntryKind.ASK, "asked to run the window display", 8),
    )
    line = _balance(card(*entries, role=role))
    assert give in line, line
    assert "a piece I could take on" not in line, line


def test_a_little_ahead_on_asks_names_their_priority() -> None:
    entries = (
        entry(1, EntryKind.GAVE, "ran the centrifuge calibration for Nadia", 20),
        entry(2, EntryKind.ASK, "asked about the mass spec training", 15),
        entry(3, EntryKind.ASK, "asked to present at lab meeting", 8),
        entry(4, EntryKind.PRIORITY, "the ISO audit in January", 6),
    )
    line = _balance(card(*entries, role=Role.PEER))
    assert "the ISO audit in January" in line or "ISO audit" in flat(card(*entries))


def test_what_is_owed_is_the_give_before_their_priority() -> None:
    entries = (
        entry(1, EntryKind.GAVE, "swapped a rest day with Nadia", 30, EntryStatus.DONE),
        entry(2, EntryKind.ASK, "asked about the PCV instructor course", 20),
        entry(3, EntryKind.ASK, "asked for the route 42 rota", 10),
        entry(4, EntryKind.PRIORITY, "Nadia wants the depot's lost-mileage down", 6),
        entry(5, EntryKind.FOLLOWUP, "send Nadia the defect sheet for bus 214", 3),
    )
    text = flat(card(*entries, role=Role.OTHER))
    assert "lost-mileage" not in _balance(text)
    assert text.index("the defect sheet for bus 214") < text.index("*Balance*")


def test_an_ask_chased_by_a_talking_point_is_aged_one_way() -> None:
    text = flat(
        card(
            entry(1, EntryKind.ASK, "asked Nadia for a slot on the cake decorating course", 84),
            entry(2, EntryKind.AGENDA, "still keen on the cake decorating course?", 1),
        )
    )
    assert "open 84 days" not in text and "about 2 months" not in text
    assert "about 3 months ago" in text  # 84 days, said the same way wherever it is said


def test_another_relationships_gives_do_not_count_here() -> None:
    """The balance line counts the entries every other section reads (this relationship's)."""
    mine = entry(1, EntryKind.GAVE, "covered the Saturday bake", 10, EntryStatus.DONE)
    theirs = Entry(
        2, EntryKind.GAVE, "did the 5am milking", EntryStatus.DONE, NOW - timedelta(days=3), 2
    )
    line = _balance(card(mine, theirs))
    assert line.startswith("You've helped Nadia once")


@pytest.mark.parametrize(
    "owed",
    ["still owe her the coursework moderation sample", "need to get back to her on that"],
)
def test_an_owed_promise_without_a_clear_topic_is_named_by_its_date(owed: str) -> None:
    entries = (
        entry(1, EntryKind.GAVE, "lent her my tide tables", 30, EntryStatus.DONE),
        entry(2, EntryKind.ASK, "asked about the yachtmaster course", 20),
        entry(3, EntryKind.FOLLOWUP, owed, 5),
    )
    shown = card(*entries, role=Role.SKIP)
    line = _balance(shown)
    # Named once, by its date: by the balance line, or by the first ask when the promise leads
    # the card (the stakes put what is owed first), and then the line does not repeat it.
    first = flat(shown).split("*Suggested asks*", 1)[1].split(" 2. ", 1)[0]
    by_line = "Send Nadia your follow-up from 21 Nov before you meet" in line
    by_ask = "Still owed from 21 Nov" in first
    assert by_line != by_ask, (line, first)


@pytest.mark.parametrize(
    ("asked", "another_way"),
    [
        ("asked Nadia for a place on the cake decorating course", True),
        ("asked Nadia to shadow the head baker for a day", True),
        ("asked Nadia for study leave before the March exams", False),
        ("asked Nadia for 2 more hands on the early bake", False),
    ],
)
def test_another_way_in_is_not_stapled_to_an_ask(asked: str, another_way: bool) -> None:
    """Round 12: "your own talking point chases your ask… ask for another way in" was stapled to
    whichever ask came first, unrelated to it; advice on the user's points belongs with the
    points, so no ask's reason carries it, whatever the ask (`another_way`: round 10's
    expectation, kept to show the cases)."""
    text = flat(
        card(
            entry(1, EntryKind.ASK, asked, 130),
            entry(2, EntryKind.AGENDA, f"still waiting on this: {asked.split(' ', 2)[2]}", 1),
        )
    )
    asks = text.split("*Suggested asks*", 1)[1]
    assert "another way in" not in asks, (another_way, text)
    # round 13: said beside the point that chases it, for an ask with another route
    points = text.split("*Suggested asks*", 1)[0]
    assert ("another way in" in points) is another_way, text


def test_an_ask_put_off_to_a_later_time_is_not_shown_as_unanswered() -> None:
    """Carried forward says what the log says: "she said after xmas" is an answer, with a
    later time, not "no answer yet" (round-13 review; the asks already read it so)."""
    text = flat(
        card(
            entry(
                1, EntryKind.ASK, "asked Nadia about the pastry course - she said after xmas", 40
            ),
            entry(2, EntryKind.ASK, "asked Nadia for a day on the ovens", 30),
        )
    )
    carried = text.split("*Carried forward*", 1)[1].split("*Your talking points*", 1)[0]
    assert (
        "pastry course - she said after xmas” — _40 days ago; the answer was “after Christmas”_"
        in carried
    )
    assert carried.count("no answer yet") == 1  # the other ask still has none
