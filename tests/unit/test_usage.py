"""The usage table stays in step with the parser: every example it shows is a valid command."""

from __future__ import annotations

from datetime import date

import pytest

from coaching.commands import Help, ScheduleModal, UnknownCommand, parse_command, parse_dm
from coaching.usage import (
    DM_EXAMPLES,
    NAMES,
    USAGE,
    all_examples,
    example_for,
    example_with,
    help_lines,
    usage_for,
)

TODAY = date(2025, 3, 5)
PREFIX = "/oneonone "


@pytest.mark.parametrize("example", all_examples())
def test_every_example_parses(example):
    assert example.startswith(PREFIX)
    result = parse_command(example[len(PREFIX) :], today=TODAY)
    assert not isinstance(result, UnknownCommand | ScheduleModal)


@pytest.mark.parametrize("example", all_examples())
def test_every_example_is_for_its_own_subcommand(example):
    name = example[len(PREFIX) :].split()[0]
    assert example in (usage_for(name).example, *usage_for(name).more)


@pytest.mark.parametrize("example", DM_EXAMPLES)
def test_dm_examples_parse(example):
    parse_dm(example, today=TODAY)


def test_the_table_covers_design_section_2():
    assert set(NAMES) == {
        "help", "prep", "schedule", "list", "skip", "cancel", "agenda", "log",
        "followups", "history", "goal", "settings", "calendar", "export", "forget",
        "language",  # beyond §2: the lines to say, in the language the 1:1 is held in
    }  # fmt: skip
    for row in USAGE:
        assert row.synopsis.startswith(f"{PREFIX}{row.name}")
        assert row.description.endswith(".")
        assert len(row.description) <= 100


def test_help_lines_list_every_subcommand_once():
    lines = help_lines()
    assert [synopsis.split()[1] for synopsis, _, _ in lines] == list(NAMES)
    assert all(example == example_for(s.split()[1]) for s, _, example in lines)


def test_help_for_one_topic_shows_all_its_examples():
    lines = help_lines("schedule")
    assert len(lines) == 1 + len(usage_for("schedule").more)
    assert parse_command("help schedule", today=TODAY) == Help("schedule")


def test_example_with_prefers_an_example_that_shows_the_word():
    assert " monthly " in example_with("schedule", "monthly")
    assert " once " in example_with("schedule", "once")
    assert example_with("schedule", "nothing-like-this") == example_for("schedule")
