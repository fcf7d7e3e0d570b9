"""Malformed `/oneonone` commands over signed HTTP (issue 3, must-show 3).

Each one gets HTTP 200 and an ephemeral reply that says what was wrong and shows a correct
example (one that our own parser reads), never the generic apology, and nothing is stored.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from coaching.commands import UnknownCommand, parse_command
from coaching.errors import InputError
from handlers.errors import SORRY
from storage.models import Base
from tests.properties import examples
from tests.slack.capture_helpers import entries
from tests.slack.conftest import DANA

#: Wed 25 Nov 2026, 15:00 in New York (Alice's zone): `once today 10:00` has already passed.
NOW = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)
D = f"<@{DANA}|dana>"
EXAMPLE = re.compile(r"`(/oneonone(?: [^`]*)?)`")

#: (command text, words the reply must contain, lower-cased). One row per distinct mistake.
BAD: list[tuple[str, tuple[str, ...]]] = [
    # --- schedule: the person
    ("schedule weekly tue 10:00", ("who is the 1:1 with",)),
    ("schedule <#C0GENERAL|general> weekly tue 10:00", ("channel, not a person",)),
    ("schedule <!here> weekly tue 10:00", ("group, not a person",)),
    (f"schedule {D} <@UBOB00001> weekly tue 10:00", ("one person per 1:1",)),
    ("schedule <@> weekly tue 10:00", ("couldn't read the mention",)),
    ("schedule Dana Maria Lopez de Vega weekly tue 10:00", ("long for one",)),
    ("schedule <https://example.com|example> weekly tue 10:00", ("link, not a person",)),
    # --- schedule: the cadence
    (f"schedule {D}", ("how often",)),
    (f"schedule {D} daily tue 10:00", ("`daily`", "isn't a cadence")),
    (f"schedule {D} weeky tue 10:00", ("did you mean `weekly`",)),
    # --- schedule: the day
    (f"schedule {D} weekly 10:00", ("which day",)),
    (f"schedule {D} weekly funday 10:00", ("funday",)),
    (f"schedule {D} biweekly", ("which day",)),
    (f"schedule {D} monthly tue 10:00", ("which `tue` of the month",)),
    (f"schedule {D} monthly fifth tue 10:00", ("fifth",)),
    (f"schedule {D} monthly first 10:00", ("which day",)),
    (f"schedule {D} monthly", ("which week of the month",)),
    # --- schedule: once
    (f"schedule {D} once", ("which day",)),
    (f"schedule {D} once 2026-11-20 10:00", ("in the past",)),
    (f"schedule {D} once 2025-01-01 10:00", ("in the past",)),
    (f"schedule {D} once 2027-02-30 10:00", ("isn't a date on the calendar",)),
    (f"schedule {D} once someday 10:00", ("i need a date",)),
    (f"schedule {D} once today 10:00", ("already be over",)),
    # --- schedule: the time
    (f"schedule {D} weekly tue", ("what time",)),
    (f"schedule {D} weekly tue 25:00", ("past the end of the day",)),
    (f"schedule {D} weekly tue 10:75", ("more than 59 minutes",)),
    (f"schedule {D} weekly tue 13pm", ("13pm",)),
    (f"schedule {D} weekly tue noonish", ("i need a time",)),
    # --- schedule: length and role
    (f"schedule {D} weekly tue 10:00 for 2m", ("too short",)),
    (f"schedule {D} weekly tue 10:00 for 9h", ("too long",)),
    (f"schedule {D} weekly tue 10:00 for ages", ("i need a length",)),
    (f"schedule {D} weekly tue 10:00 for", ("how long",)),
    (f"schedule {D} weekly tue 10:00 as boss", ("`boss`", "isn't a role")),
    (f"schedule {D} weekly tue 10:00 as", ("who are they to you",)),
    (f"schedule {D} weekly tue 10:00 for 30m for 45m", ("twice",)),
    (f"schedule {D} weekly tue 10:00 please", ("didn't understand", "please")),
    # --- skip / cancel / history / prep: the person, and nothing scheduled
    ("skip", ("who is this about",)),
    (f"skip {D}", ("no 1:1 series with", "to skip")),
    (f"skip {D} tomorrow", ("only a person", "tomorrow")),
    ("skip <#C0GENERAL|general>", ("channel, not a person",)),
    ("cancel", ("who is this about",)),
    (f"cancel {D}", ("no 1:1 series with", "to cancel")),
    (f"cancel {D} now", ("only a person",)),
    ("history", ("who is this about",)),
    (f"history {D}", ("nothing logged with",)),
    (f"history {D} everything", ("only a person",)),
    (f"prep {D}", ("nothing with",)),
    (f"prep {D} now", ("only a person",)),
    ("prep <!channel>", ("group, not a person",)),
    # --- agenda / log / goal: empty or misplaced text
    ("agenda", ("what should go on the agenda",)),
    (f"agenda {D}", ("what should go on the agenda",)),
    ("agenda the Q3 roadmap", ("no 1:1 scheduled yet",)),
    ("log", ("nothing to log",)),
    (f"log {D}", ("nothing to log",)),
    ("log win:", ("nothing after `win:`",)),
    (f"log {D} ask:   ", ("nothing after `ask:`",)),
    (f"log {D} agenda: the roadmap", ("go in with `agenda`",)),
    ("log " + "x" * 3001, ("3001 characters",)),
    ("goal", ("what's your goal",)),
    ("goal    ", ("what's your goal",)),
    # --- settings
    ("settings colour blue", ("isn't a setting",)),
    ("settings led 1h", ("did you mean `lead`",)),
    ("settings lead", ("when should i remind you",)),
    ("settings lead 24", ("a unit",)),
    ("settings lead 0m", ("too close",)),
    ("settings lead 8d", ("too far ahead",)),
    ("settings lead 1d 1h", ("separate lead times with commas",)),
    ("settings lead 1d,12h,2h,1h", ("at most 3",)),
    ("settings lead soon", ("i need a length",)),
    ("settings lead 1h lead 2h", ("twice",)),
    ("settings quiet 20:00", ("a start and an end",)),
    ("settings quiet 20:00-20:00", ("different times",)),
    ("settings quiet 25:00-08:00", ("past the end of the day",)),
    ("settings nudges maybe", ("either `on` or `off`",)),
    ("settings nudges", ("either `on` or `off`",)),
    # --- commands that take nothing, and unknown commands
    ("list all", ("doesn't take anything after it", "all")),
    ("followups dana", ("doesn't take anything after it",)),
    ("export now", ("doesn't take anything after it",)),
    ("forget dana", ("doesn't take anything after it",)),
    # --- language
    ("language", ("name the person",)),
    ("language spanish", ("name the person",)),
    (f"language {D} klingon", ("not `klingon`", "spanish")),
    (f"language {D} <@UBOB00001> english", ("only a person",)),
    ("language dana brazilian portuguese", ("i don't know `dana brazilian` yet",)),
    ("scedule @dana weekly tue 10:00", ("don't know the command", "did you mean `schedule`")),
    ("frobnicate", ("don't know the command", "help")),
    (f"{D}", ("don't know the command", "did you mean `prep`")),
    ("@dana", ("don't know the command", "did you mean `prep`")),
]


def _counts(engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
            if table.name != "users"
        }


def _all_text(reply: dict[str, Any]) -> str:
    """The fallback text and every text in the blocks, as the user reads them."""
    texts = [reply.get("text") or ""]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str):
                texts.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(reply.get("blocks") or [])
    return "\n".join(texts)


def _examples(text: str) -> list[str]:
    """The examples a reply offers: its `Try:` line, else the help card's `e.g.` examples, else
    any complete command in code style (the help card's synopses are not examples)."""
    for pattern in (r"Try: `([^`]*)`", r"_e\.g\._ `([^`]*)`"):
        found = re.findall(pattern, text)
        if found:
            return found
    return [match.group(1) for match in EXAMPLE.finditer(text)]


def _assert_example_parses(example: str) -> None:
    assert example.startswith("/oneonone"), example
    try:
        parsed = parse_command(example.removeprefix("/oneonone"), today=TODAY)
    except InputError as error:  # pragma: no cover - the failure message is the point
        pytest.fail(f"the example {example!r} does not parse: {error}")
    assert not isinstance(parsed, UnknownCommand), example


def test_the_table_has_at_least_forty_distinct_mistakes():
    texts = [text for text, _ in BAD]
    assert len(set(texts)) == len(texts) >= 40


@pytest.fixture
def at_now(clock):
    clock.current = NOW
    return clock


@pytest.mark.parametrize(("text", "words"), BAD, ids=[text[:60] for text, _ in BAD])
def test_malformed_command_gets_problem_and_example_and_stores_nothing(
    alice, sqlite_engine, at_now, text, words
):
    before = _counts(sqlite_engine)
    reply = alice.raw_command(text)
    assert reply.status == 200, (reply.status, reply.text)
    payload = reply.json()
    assert payload["response_type"] == "ephemeral"
    shown = _all_text(payload)
    assert SORRY not in shown, f"{text!r} hit the generic apology"
    assert "Traceback" not in shown
    for word in words:
        assert word in shown.lower(), (text, word, shown)
    examples = _examples(shown)
    assert examples, f"no example in the reply to {text!r}: {shown}"
    for example in examples:
        _assert_example_parses(example)
    assert _counts(sqlite_engine) == before, f"{text!r} stored something"


def test_skip_and_cancel_with_a_person_known_but_nothing_scheduled(alice, sqlite_engine, at_now):
    alice.command(f"log {D} gave: reviewed the hiring plan")  # the relationship exists
    before = _counts(sqlite_engine)
    for verb in ("skip", "cancel"):
        shown = _all_text(alice.command(f"{verb} {D}"))
        assert f"no 1:1 series with <@{DANA.lower()}> to {verb}" in shown.lower()
        _assert_example_parses(re.search(r"Try: `([^`]*)`", shown).group(1))
    assert _counts(sqlite_engine) == before


# --- property tests --------------------------------------------------------------------------

SUBCOMMANDS = [
    "", "help", "prep", "schedule", "list", "ls", "skip", "cancel", "agenda", "log",
    "followups", "history", "goal", "settings", "export", "forget", "usage", "?", "language",
]  # fmt: skip
FRAGMENTS = [
    D, f"<@{DANA}>", "<@W0ENT>", "<@>", "<#C1|x>", "<!here>", "<https://a.b|a>", "@dana",
    "Dana Smith", "weekly", "biweekly", "monthly", "once", "fortnightly", "daily", "first",
    "last", "fifth", "tue", "tuesday", "sun", "today", "tomorrow", "fri", "2026-11-24",
    "2026-12-01", "2027-02-30", "9999-12-31", "0001-01-01", "10:00", "3:30pm", "9", "am", "pm",
    "25:00", "0:00", "23:59", "12am", "for", "45m", "1h30m", "1.5h", "0m", "99999m", "as",
    "mentor", "skip-level", "skip", "level", "my", "at", "on", "the", "lead", "1d,1h",
    "1d", "24", ",", ",,", "quiet", "20:00-08:00", "22-7", "to", "nudges", "on", "off",
    "ask:", "gave:", "win:", "followup:", "note:", "agenda:", "&lt;", "&amp;", "&gt;",
    "`", "*", "_", "~", ">", "<", "|", "\n", "\t", "é", "日本", "🏆", "\u200b",
    "english", "español", "auto", "tiếng", "việt", "klingon",
]  # fmt: skip
PROPERTY = settings(
    max_examples=examples(100),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
_PRINTABLE = st.characters(blacklist_categories=("Cs",))


def _assert_helpful(alice, text: str) -> None:
    reply = alice.raw_command(text)
    assert reply.status == 200, (text, reply.status, reply.text)
    payload = reply.json()
    assert payload["response_type"] == "ephemeral"
    assert isinstance(payload.get("text"), str) and payload["text"].strip()
    assert SORRY not in _all_text(payload), f"{text!r} hit the generic apology"


@PROPERTY
@given(text=st.text(_PRINTABLE, max_size=200))
def test_arbitrary_text_always_gets_an_ephemeral_answer(alice, at_now, text):
    _assert_helpful(alice, text)


@PROPERTY
@given(
    first=st.sampled_from(SUBCOMMANDS),
    rest=st.lists(st.sampled_from(FRAGMENTS), max_size=8),
)
def test_grammar_fragments_always_get_an_ephemeral_answer(alice, at_now, first, rest):
    _assert_helpful(alice, " ".join([first, *rest]))


def test_a_typed_name_with_angle_brackets_is_shown_as_typed_not_as_markup(alice, at_now):
    """Slack escapes what the user typed; a name must not come back as a live @here or link."""
    reply = alice.command("schedule &lt;!here&gt; Ops weekly tue 10:00")
    shown = _all_text(reply)
    assert "<!here>" not in shown
    assert "&lt;!here&gt; Ops" in shown
    listing = _all_text(alice.command("list"))
    assert "<!here>" not in listing and "&lt;!here&gt; Ops" in listing


def test_a_command_that_says_payload_is_still_a_command(alice, at_now, sqlite_engine):
    """Bolt took any form body containing the word for an interaction and dropped it."""
    _assert_helpful(alice, "payload")
    reply = alice.command(f"log {D} ask: review the payload schema")
    assert "Logged" in reply["text"]
    assert [e.text for e in entries(sqlite_engine)] == ["review the payload schema"]
