"""The ask catalogue: every template reads as a sentence with a dozen real goals; bad data is
refused at load with one line; the goal's focus area and logged items' topics are noun phrases."""

from __future__ import annotations

import re
import string
from datetime import UTC, datetime

import pytest

from coaching.catalogue import SLOTS, CatalogueError, catalogue, parse
from coaching.focus import clean_focus, derive_focus, derive_step, is_role
from coaching.items import Reference, plain_text, topic_of

#: A dozen goals as people write them, across professions, with the focus the card should use.
GOALS: dict[str, str] = {
    "Become a senior engineer owning the payments platform": "the payments platform",
    "I want to become a charge nurse on the cardiac ward within two years": (
        "the charge nurse role"
    ),
    "move into product marketing": "product marketing",
    "become head of the science department": "leading the science department",
    "Get promoted to senior accountant this year": "the senior accountant role",
    "become a principal data scientist": "the principal data scientist role",
    "grow into a design lead for the mobile app": "design on the mobile app",
    "move from support into QA automation": "QA automation",
    "Get better at public speaking": "public speaking",
    "become an engineering manager": "people management",
    "I'd like to make partner at the firm within 3 years": "the partner role",
    "learn Rust": "Rust",
}
#: Goals with no clear focus: the card must cope with None (general asks).
VAGUE_GOALS = ("get promoted", "Sell more to enterprise customers", "do better", "", None)

TOPICS = {
    "win": "the retry dashboard",
    "idea": "moving the payment retries onto the shared job queue",
    "item": "an introduction to the data platform team",
    "priority": "hiring two senior engineers",
    "date": "3 Nov",
    "name": "Dana",
}


@pytest.mark.parametrize(("goal", "focus"), GOALS.items())
def test_a_dozen_goals_give_a_short_noun_phrase(goal: str, focus: str) -> None:
    assert derive_focus(goal) == focus


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


def _render(text: str, focus: str, step: str) -> str:
    fill = {**TOPICS, "focus": focus, "role": step, "ago": "5 days ago", "asked": "4 times",
            "gave": "helped them once"}  # fmt: skip
    return text.format(**fill)


def _check_sentence(sentence: str, goal: str) -> None:
    assert not re.search(r"(?i)\b(the|a|an|my|your) (the|a|an|my|your)\b", sentence), sentence
    assert not re.search(r"(?i)\brole role\b|\brole\s+role\b", sentence), sentence
    assert goal.lower() not in sentence.lower(), sentence
    assert "<@" not in sentence and not re.search(r"(?<!\w)@\w", sentence), sentence
    assert "{" not in sentence and "  " not in sentence, sentence
    assert not re.search(r"\b(\w+) \1\b", sentence.lower()), sentence  # "on on", "the the"
    assert sentence[:1].isupper() and sentence.rstrip()[-1] in ".?", sentence


@pytest.mark.parametrize(("goal", "focus"), GOALS.items())
def test_every_template_reads_well_with_every_goal(goal: str, focus: str) -> None:
    """The goal's focus fills focus slots (a role focus fills role slots); the step it names
    ("the senior engineer role"), or a stand-in step, fills role slots."""
    step = focus if is_role(focus) else (derive_step(goal) or "the team lead role")
    area = None if is_role(focus) else focus
    for where, _key, text, kind in _templates():
        uses_focus = "{focus}" in text
        if uses_focus and area is None:
            continue
        sentence = _render(text, area or "", step)
        _check_sentence(sentence, goal)
        if kind == "ask":
            assert sentence.startswith("Dana, "), where


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
    for focus in [*GOALS.values()]:
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
        ("cut checkout errors by 30% with the new retry logic", "cutting checkout errors"),
        ("asked Dana for an intro to someone on the data platform team",
         "an introduction to the data platform team"),
        ("closed the Northwind renewal a quarter early", "the Northwind renewal"),
        ("hiring two senior engineers this quarter", "hiring two senior engineers"),
        ("reviewed Dana's hiring plan", "Dana's hiring plan"),
    ],
)  # fmt: skip
def test_topic_of_a_log_line(line: str, topic: str) -> None:
    assert topic_of(line, counterpart="Dana") == topic


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
