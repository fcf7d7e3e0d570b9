"""The ask catalogue: every template reads as a sentence with a dozen real goals; bad data is
refused at load with one line; the goal's focus area and logged items' topics are noun phrases."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime

import pytest

from coaching.catalogue import SLOTS, CatalogueError, catalogue, parse
from coaching.focus import (
    clean_focus,
    derive_deadline,
    derive_focus,
    derive_step,
    is_role,
    is_target,
)
from coaching.items import Reference, plain_text, topic_of

#: Goals as people write them, across professions, with the focus area the card uses (None: the
#: card uses its general phrasings) and the step it names in role slots (None: no role slot).
GOALS: dict[str, tuple[str | None, str | None]] = {
    "Become a senior engineer owning the payments platform": (
        "the payments platform", "the senior engineer role"),
    "I want to become a charge nurse on the cardiac ward within two years": (
        "the charge nurse role", "the charge nurse role"),
    "move into product marketing": ("product marketing", None),
    "become head of the science department": (
        "the science department", "the head of department role"),
    "Get promoted to senior accountant this year": (
        "the senior accountant role", "the senior accountant role"),
    "become a principal data scientist": (
        "the principal data scientist role", "the principal data scientist role"),
    "grow into a design lead for the mobile app": (
        "mobile app design", "the design lead role"),
    "move from support into QA automation": ("QA automation", None),
    # a goal about the work, not a level: the people it is about are the focus
    "Sell more to enterprise customers": ("enterprise customers", None),
    "win more hospital clients": ("hospital clients", None),
    "Get better at public speaking": ("public speaking", None),
    "become an engineering manager": ("people management", "the people manager role"),
    "I'd like to make partner at the firm within 3 years": ("the partner role", "the partner role"),
    "learn Rust": ("Rust", None),
    # verb-led goals: no area to put after "for" ("for write a book"), so general phrasings
    "write a book": (None, None),
    "pass the bar exam": ("the bar exam", None),
    "ship more features": (None, None),
    "publish a paper in Nature": (None, None),
    "teach AP chemistry next year": (None, None),
    "get my CPA license": ("the CPA license", None),
    # role nouns: a job title is a step ("the VP of Engineering role"), never an area; who
    # someone wants to be is the skill
    "be promoted to senior associate": ("the senior associate role", "the senior associate role"),
    "VP of Engineering": ("the VP of Engineering role", "the VP of Engineering role"),
    "public speaker": ("public speaking", None),
    "land a staff engineer role in 2026": ("the staff engineer role", "the staff engineer role"),
    "become a controller": ("the controller role", "the controller role"),
    "become a mentor to juniors": ("mentoring", None),
    "qualify as a chartered accountant": (
        "the chartered accountant role", "the chartered accountant role"),
    "get promoted to sous chef by next summer": ("the sous chef role", "the sous chef role"),
    "become a nurse practitioner": ("the nurse practitioner role", "the nurse practitioner role"),
    "become a school principal": ("the school principal role", "the school principal role"),
    "I want to be a better writer": ("writing", None),
    "become a better leader": ("leadership", None),
    "become an expert in tax law": ("tax law", None),
    "become the go-to person for accessibility": ("accessibility", None),
    # a promotion round is when, not what; the step stays (round 6, finding A)
    "Make partner in the spring partnership round": ("the partner role", "the partner role"),
    # doing the job better: the object after "confident on", cut at "so my ..."
    "Get quicker and more confident on client calls so my advice lands": ("client calls", None),
    # two adjectives before the object; "so I'm ..." ends the clause (round 7, issue 11)
    "Get quicker and neater on first and second fix so I'm trusted on jobs without a supervisor": (
        "first and second fix", None),
    # the object of each verb phrase, not the run of words after the first verb
    "run calving better and cut calf losses this year": ("calving", None),
    "Bring calf losses down and run this spring's calving better than last year's.": (
        "calf losses", None),
    "write a book and sell it better than the last one": (None, None),
    # leading the team the user already has: the skill, and no step to climb
    "Become a manager my five engineers trust": ("people management", None),
    # where the team sits is not what it does
    "Move from the shop floor into the planning team at head office": ("the planning team", None),
    # a stretch project: the package, not the site it sits on
    "Run the platform migration project at the Leeds office": (
        "the platform migration project", None),
    "master Excel modelling": ("Excel modelling", None),
    "be a senior product manager owning growth": ("growth", "the senior product manager role"),
}  # fmt: skip
#: Goals with no clear focus: the card must cope with None (general asks).
VAGUE_GOALS = ("get promoted", "sell more", "do better", "", None)

TOPICS = {
    "point": "the second-in-department post",
    "practice": "write a positioning doc",
    "items": "the intro to the pricing lead (17 Oct) and the QBR slot (11 Nov)",
    "cadence": "every two weeks",
    "win": "the retry dashboard",
    "idea": "moving the payment retries onto the shared job queue",
    "item": "an introduction to the data platform team",
    "priority": "hiring two senior engineers",
    "date": "3 Nov",
    "by": "Tue 15 Dec",
    "due": "It's due tomorrow (Fri) — send it then, not at the 1:1.",
    "name": "Dana",
    "deferral": "after Christmas",
    "answer": "let's see after the audit",
    "said": "“asked cn i go on the NEC4 course…”",
    "day": "Mon 30 Nov",
}
#: Verbs goals open with: never the first word of an area ("for write a book").
GOAL_VERBS = frozenset(
    """
    write pass ship publish teach get be become land make qualify learn master run lead reach
    earn finish launch
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Role nouns: an area never ends on one ("about VP of Engineering", "for public speaker").
ROLE_NOUNS = frozenset(
    """
    speaker engineer controller mentor vp associate manager chef nurse accountant partner
    writer leader director principal practitioner scientist lead
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
#: Claims a reason cannot back with what the card knows: what the counterpart does all day,
#: where they work, whom they backed before.
UNBACKED = re.compile(
    r"(?i)every day|day to day|outside your company|won't get at work|saw the work up close"
    r"|has backed|has handled|already does|works with \{focus\}|has made a step"
)
#: What each slot gives its reason to say (`coaching.asks` fills exactly these).
SLOT_FIELDS = {
    "general": {"name"},
    "target": {"name", "target"},
    "focus": {"name", "focus"},
    "role": {"name", "role"},
    "win": {"name", "win", "ago"},
    "idea": {"name", "idea", "ago"},
    "item": {"name", "item", "date"},
    "dated": {"name", "date"},
    "priority": {"name", "priority", "date"},
    "priority_idea": {"name", "priority", "date"},
    "promise": {"name", "item", "date", "asked", "gave"},
    "promise_sign": {"name", "item", "date"},
    "hiring": {"name", "priority", "date"},
    "both": {"name", "role", "focus"},
    "insider": {"name", "focus"},
    "practice": {"name", "practice"},
    "deadline": {"name", "role", "deadline"},
    "application": {"name", "point"},
    "own": {"name", "point"},
    "report": {"name", "item", "date"},
    "several": {"name", "items"},
    "condition": {"name", "date", "answer"},
    "condition_apply": {"name", "date", "answer"},
    "in_person": {"name", "date", "answer"},
    "habit": {"name", "cadence"},
    "goal": {"name", "item", "date"},
    "lead": {"name"},
    "advice": {"name", "item", "date"},
    "priority_point": {"name", "point", "priority", "date"},
    "promise_link": {"name", "item", "date", "point"},
    "promise_link_dated": {"name", "date"},
    "promise_due": {"name", "item", "date", "due"},
    "redone": {"name", "item", "date"},
    "promise_dated": {"name", "date"},
    "redone_dated": {"name", "date"},
    "fix_item": {"name", "item", "date"},
    "fix_dated": {"name", "date"},
    "deferred": {"name", "date", "deferral"},
    "answered": {"name", "date", "answer"},
    "answered_private": {"name", "date"},
    "dated_said": {"name", "date", "said"},
    "promise_said": {"name", "item", "date"},
    "fix": {"name"},
}
#: Who the card may call the counterpart, by the table a line sits in.
ROLE_WORDS = {"manager": "your manager", "skip": "your skip-level", "mentor": "your mentor",
              "sponsor": "your sponsor"}  # fmt: skip


@pytest.mark.parametrize(("goal", "expected"), GOALS.items())
def test_goals_give_a_short_noun_phrase_and_a_step(
    goal: str, expected: tuple[str | None, str | None]
) -> None:
    assert (derive_focus(goal), derive_step(goal)) == expected


def test_the_goals_span_many_professions_and_shapes() -> None:
    assert len(GOALS) >= 24
    shapes = [focus for focus, _ in GOALS.values()]
    assert sum(f is None for f in shapes) >= 5  # verb-led goals
    assert sum(f is not None and is_role(f) for f in shapes) >= 8  # role goals
    assert sum(f is not None and not is_role(f) for f in shapes) >= 10  # areas


@pytest.mark.parametrize("goal", VAGUE_GOALS)
def test_vague_goals_give_no_focus(goal: str | None) -> None:
    assert derive_focus(goal) is None


def _templates() -> list[tuple[str, str, str, str]]:
    """(where, key, text, kind) for every phrasing and reason in the catalogue."""
    found = []
    for name, purpose in catalogue().items():
        for role, table in purpose.tables.items():
            for key, value in table.items():
                where = f"{name}.{role}.{key}"
                if key in SLOTS:
                    found += [(where, key, text, "ask") for text in value]
                elif key.startswith("why"):
                    lines = value if isinstance(value, list) else [value]
                    found += [(where, key, text, "reason") for text in lines]
    return found


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def _render(text: str, focus: str, step: str, deadline: str = "this year", target: str = "") -> str:
    fill = {**TOPICS, "focus": focus, "role": step, "ago": "5 days ago", "asked": "4 times",
            "gave": "helped them once", "deadline": deadline, "target": target}  # fmt: skip
    return text.format(**fill)


#: How a pasted focus reads: "for the payments platform", "relevant to product marketing",
#: "decisions about design", "the project on X coming up" (review round 4, pattern 1).
def _pasted(area: str) -> re.Pattern[str]:
    phrase = re.escape(area)
    return re.compile(
        rf"(?i)\b(?:relevant to|decisions about|decides about|for|close to) {phrase}\b"
        rf"|{phrase} (?:coming up|are made|is decided)"
    )


def _check_sentence(sentence: str, goal: str, fills: str) -> None:
    assert not re.search(r"(?i)\b(the|a|an|my|your) (the|a|an|my|your)\b", sentence), sentence
    assert not re.search(r"(?i)\brole\s+role\b", sentence), sentence
    if goal.lower() not in fills.lower():  # a goal that *is* a title ("VP of Engineering")
        assert goal.lower() not in sentence.lower(), sentence
    assert "<@" not in sentence and not re.search(r"(?<!\w)@\w", sentence), sentence
    assert "{" not in sentence and "  " not in sentence and " ," not in sentence, sentence
    assert not re.search(r"\b(\w+) \1\b", sentence.lower()), sentence  # "on on", "the the"
    assert sentence[:1].isupper() and sentence.rstrip()[-1] in ".?", sentence
    # no "for write a book": a noun slot never holds a verb
    verbs = "|".join(sorted(GOAL_VERBS))
    assert not re.search(rf"(?i)\b(?:for|about|with|of|on) (?:{verbs})\b", sentence), sentence
    assert _roles_have_their_article(sentence), sentence


def _roles_have_their_article(sentence: str) -> bool:
    """Each "... role" reads back to its "the" before a preposition does: "ready for the staff
    engineer role", not "ready for staff engineer role"."""
    words = re.findall(r"[\w'-]+", sentence.lower())
    for i, word in enumerate(words):
        if word != "role":
            continue
        for before in reversed(words[max(0, i - 6) : i]):
            if before == "the":
                break
            if before in {"for", "to", "against", "towards", "about", "with", "in", "into", "at"}:
                return False
        else:
            return False
    return True


@pytest.mark.parametrize(("goal", "expected"), GOALS.items())
def test_every_template_reads_well_with_every_goal(
    goal: str, expected: tuple[str | None, str | None]
) -> None:
    """Every phrasing and reason, filled as the card fills it: the area in focus slots (only when
    there is one), the step in role slots (only when the goal names one), the rest always."""
    focus = derive_focus(goal)
    step = focus if focus and is_role(focus) else derive_step(goal)
    target = focus if is_target(focus) else None
    area = None if focus is None or is_role(focus) or target else focus
    if area:
        assert area.split()[0].lower() not in GOAL_VERBS, area
        head = re.split(r"(?i) (?:of|to|for) ", area)[0].split()[-1]  # "VP of Engineering"
        assert {head.lower(), area.split()[-1].lower()}.isdisjoint(ROLE_NOUNS), area
    if step:
        assert re.fullmatch(r"the \S.* role", step), step
    deadline = derive_deadline(goal) or "within two years"
    for where, key, text, kind in _templates():
        if ("{focus}" in text and area is None) or ("{role}" in text and step is None):
            continue  # the card never uses this template for this goal
        if "{target}" in text and target is None:
            continue
        if key.endswith("both") and not (area or "").startswith("the "):
            continue  # "which piece of X could I own" only for a thing one can own
        sentence = _render(text, area or "", step or "", deadline, target or "")
        _check_sentence(sentence, goal, f"{area} {step} {target}")
        if area:
            assert not _pasted(area).search(sentence), (where, sentence)
        if kind == "ask":
            assert sentence.startswith("Dana, "), where


def test_every_template_is_rendered_with_many_goals() -> None:
    """The goal list exercises each slot: at least 12 goals fill focus slots and 12 role slots."""
    areas = [f for f, _ in GOALS.values() if f and not is_role(f)]
    steps = [s for _, s in GOALS.values() if s]
    assert len(areas) >= 12 and len(steps) >= 12


def _base_slot(slot: str) -> str:
    """The slot whose reason a variant says: "promise_late_dated" is said with why_promise."""
    return re.sub(r"_(?:late|soon)$", "", slot.removesuffix("_dated"))


def test_reasons_claim_only_what_the_card_knows() -> None:
    """A reason is shown under an ask as its why, so it must be true for the data the card has:
    it uses only what its slot fills, says "fresh" or "right after" only in the reason the code
    picks for a win of a few days, claims nothing about the person the card cannot know, and
    names the person's relation to the user only in that role's own table."""
    for name, purpose in catalogue().items():
        for role, table in purpose.tables.items():
            for key, value in table.items():
                if not key.startswith("why"):
                    continue
                where = f"{name}.{role}.{key}"
                slot = key.removeprefix("why_") if key.startswith("why_") else None
                if slot in SLOT_FIELDS:
                    slots = [slot]
                elif key == "why":  # said for each of its table's slots without its own
                    slots = [  # a dated slot says its item's reason ("promise_dated": why_promise)
                        k
                        for k in table
                        if k in SLOTS
                        and f"why_{k}" not in table
                        and f"why_{_base_slot(k)}" not in table
                    ]
                    slots = slots or ["general"]
                elif key == "why_season":  # before why_focus / why_role / why: any slot
                    slots = ["general", "focus", "role"]
                elif key.startswith("why_season_"):  # the same, said with the goal
                    slots = [key.removeprefix("why_season_")]
                elif key.endswith("_even"):  # the slot's reason when the balance is even
                    slots = [key.removeprefix("why_").removesuffix("_even")]
                else:
                    slots = ["win"]  # why_win_fresh
                for line in value if isinstance(value, list) else [value]:
                    allowed = set.intersection(*(SLOT_FIELDS[s] for s in slots))
                    if name == "offer_help" and slots == ["general"]:
                        allowed |= {"asked", "gave"}
                    assert _fields(line) <= allowed, (where, line)
                    assert not UNBACKED.search(line), (where, line)
                    if key != "why_win_fresh":
                        assert not re.search(r"(?i)fresh|right after", line), (where, line)
                    for other, words in ROLE_WORDS.items():
                        if other != role:  # "Dana is your mentor" only where Dana is one
                            said = re.search(rf"(?i)\b(?:is|from|as) {words}\b", line)
                            assert not said, (where, line)
                    if role in ("mentor", "peer", "all"):
                        assert not re.search(r"(?i)budget|approv|company", line), (where, line)


def test_focus_slots_never_sit_where_only_a_bare_noun_fits() -> None:
    """No "the {focus}", "{focus} role", "a {focus}": any noun phrase must read in the slot."""
    for where, _key, text, _kind in _templates():
        for field in ("focus", "role"):
            assert not re.search(rf"(?i)\b(the|a|an|my)\s+{{{field}}}", text), where
            assert f"{{{field}}} role" not in text and f"{{{field}}}'s" not in text, where


@pytest.mark.parametrize(
    ("goal", "step"),
    [
        ("Become a senior engineer owning the payments platform", "the senior engineer role"),
        ("grow into a design lead for the mobile app", "the design lead role"),
        ("become head of the science department", "the head of department role"),
        ("I want to become a charge nurse on the cardiac ward", "the charge nurse role"),
        ("move into product marketing", None),
        ("Get better at public speaking", None),
    ],
)
def test_the_step_a_goal_names(goal: str, step: str | None) -> None:
    assert derive_step(goal) == step


def test_focus_phrases_are_noun_phrases() -> None:
    for focus in [f for f, _ in GOALS.values() if f]:
        assert clean_focus(focus) == focus  # stable: what we derive, we would accept typed
        assert focus.split()[0].lower() not in {"to", "be", "become", "get", "i", "my"}
        assert focus.split()[-1].lower() not in {"the", "a", "of", "to", "in", "on", "and"}


@pytest.mark.parametrize(
    ("typed", "focus"),
    [
        ("people management", "people management"),
        ("my public speaking", "public speaking"),
        ("  the payments platform ", "the payments platform"),
        ("to be promoted", None),
        ("I want to lead the team and then the department and more", None),
        ("write a book", None),
        ("VP of Engineering", "the VP of Engineering role"),
        ("public speaker", "public speaking"),
        ("staff engineer", "the staff engineer role"),
        ("release engineering", "release engineering"),
        ("change management", "change management"),
    ],
)
def test_a_typed_focus_is_cleaned_or_refused(typed: str, focus: str | None) -> None:
    assert clean_focus(typed) == focus


# --- logged items are referred to, not quoted -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("@dana asked to demo the retry dashboard at the all-hands", "demoing the retry dashboard"),
        ("@dana said the one-pager was great", "the one-pager"),
        ("budget for the AWS course", "the budget for the AWS course"),
        ("asked <@U1|dana> if I could join the platform guild", "joining the platform guild"),
        ("shipped the retry dashboard to all EU customers", "the retry dashboard"),
        ("cut checkout errors by 30% with the new retry logic", "the cut in checkout errors"),
        ("automated the intercompany reconciliation", "the intercompany reconciliation automation"),
        ("asked Dana if I could pair on writing Playwright tests", "pairing on Playwright tests"),
        ("ran the sepsis audit for the ward", "the sepsis audit"),
        ("asked Dana to nominate me for the architecture council",
         "nominating me for the architecture council"),
        ("share the regression test plan with Dana", "the regression test plan"),
        ("asked Dana for an intro to someone on the data platform team",
         "an introduction to someone on the data platform team"),
        ("closed the Northwind renewal a quarter early", "the Northwind renewal"),
        ("hiring two senior engineers this quarter", "hiring two senior engineers"),
        ("reviewed Dana's hiring plan", "Dana's hiring plan"),
    ],
)  # fmt: skip
def test_topic_of_a_log_line(line: str, topic: str) -> None:
    assert topic_of(line, counterpart="Dana") == topic


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("intro: Sam from finance", "an introduction to Sam from finance"),
        ("re: PR #4521", None),  # "#": a note's symbol, so the card names it by its date
        ("wrt the reorg", "the reorg"),
        ("idea: nightly flaky-test report", "the nightly flaky-test report"),
        ("fyi: offsite moved", "the offsite"),
        ("win: migrated billing to Postgres", "the billing migration"),
    ],
)
def test_a_label_before_a_colon_is_not_the_topic(line: str, topic: str | None) -> None:
    assert topic_of(line, counterpart="Dana") == topic


@pytest.mark.parametrize(
    "line",
    [
        "She said no to the conference",
        "don't tell the team about the reorg",
        "no luck with the conference",
        "yes to the offsite",
        "not sure about the reorg",
        "can't make Thursday",
        "thanks for the intro to Priya",
        "why the deploy failed",
        "How to price the enterprise tier",
        "Sam from finance",
        "ok",
    ],
)
def test_a_line_that_is_not_about_a_thing_has_no_topic(line: str) -> None:
    """A reply, a mood, a question or a bare name takes no "the": the card uses the date alone
    ("what I asked you on 3 Nov") rather than "the no to the conference"."""
    assert topic_of(line, counterpart="Dana") is None


def test_topics_turn_to_the_right_voice() -> None:
    ref = Reference("Dana's hiring plan", "3 Nov")
    assert ref.to_counterpart("Dana") == "your hiring plan"
    assert Reference("feedback on my design doc", "3 Nov").to_user() == (
        "feedback on your design doc"
    )


def test_mentions_read_as_names() -> None:
    assert plain_text("sent <@U1|dana> and <@U2> the notes", {"U2": "Sam Lee"}) == (
        "sent Dana and Sam Lee the notes"
    )
    assert plain_text("pinged @dana about <https://x.example|the doc>") == (
        "pinged Dana about the doc"
    )


# --- a bad catalogue stops start-up with one clear line -------------------------------------

SHIPPED = (
    __import__("importlib.resources").resources.files("coaching").joinpath("asks.toml").read_text()
)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("[skills]", "[skillz]", 1), "[skillz] is not a purpose"),
        (lambda t: t + "\n[ideas.sponsor]\nwhy = 'x {name}'\ngeneral = ['{name}, a?', "
         "'{name}, b?', '{name}, c?']\n", "[ideas.sponsor] is written for a role the purpose"),
        (lambda t: t.replace("  \"{name}, what's one habit I should change this quarter?\",\n", ""),
         "[feedback.mentor] general needs exactly 3 phrasings"),
        (lambda t: t.replace("{name}, who's one person outside our team I should know?",
                             "{name}, who's one person outside {focus} I should know?"),
         "[introduction.manager] general uses {focus}, not allowed there"),
        (lambda t: t.replace("fit = { manager = 0.9 }", "fit = { boss = 0.9 }"),
         "[skills] fit names an unknown role 'boss'"),
        (lambda t: t.replace("[advocacy]", "[advocacy", 1), "not valid TOML"),
    ],
)  # fmt: skip
def test_a_bad_catalogue_is_refused_with_one_line(change, message: str) -> None:
    with pytest.raises(CatalogueError) as caught:
        parse(change(SHIPPED))
    text = str(caught.value)
    assert message in text and "\n" not in text and text.startswith("ask catalogue:")


def test_the_shipped_catalogue_loads() -> None:
    assert parse(SHIPPED).keys() == catalogue().keys()


def test_start_up_refuses_a_bad_catalogue(monkeypatch, capsys) -> None:
    from bot import cli
    from coaching import catalogue as module

    def broken() -> None:
        raise CatalogueError("ask catalogue: [skills.manager] general needs exactly 3 phrasings")

    monkeypatch.setattr(module, "catalogue", broken)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s" * 32)
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    assert cli.main(["run"]) == cli.EXIT_CONFIG
    err = capsys.readouterr().err.strip()
    assert err == "oneonone: ask catalogue: [skills.manager] general needs exactly 3 phrasings"


NOW = datetime(2026, 11, 26, tzinfo=UTC)


@pytest.mark.parametrize(
    ("goal", "deadline"),
    [
        ("Make counsel in the March promotion round", "in the March promotion round"),
        ("get promoted to senior nurse in the next review cycle", "in the next review cycle"),
    ],
)
def test_a_promotion_round_is_the_deadline_not_the_focus(goal: str, deadline: str) -> None:
    """ "Make counsel in the March promotion round": the step is counsel, the round is when —
    and the month keeps its capital."""
    assert derive_deadline(goal) == deadline
    assert derive_focus(goal) == derive_step(goal)
