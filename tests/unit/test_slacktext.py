"""Slack's escaped text read back into tokens and into what the user typed."""

from __future__ import annotations

import pytest

from coaching.model import Person
from coaching.slacktext import clean_text, first_person_in, mention_person, tokens


def test_bracketed_tokens_stay_whole_even_with_spaces():
    assert tokens("a <@U1|dana smith> b") == ["a", "<@U1|dana smith>", "b"]


@pytest.mark.parametrize(
    ("raw", "typed"),
    [
        ("R&amp;D", "R&D"),
        ("&lt;b&gt;", "<b>"),
        ("&amp;lt;", "&lt;"),
        ("<#C1|general>", "#general"),
        ("<#C1>", "<#C1>"),
        ("<https://a.io/x?y=1&amp;z=2>", "https://a.io/x?y=1&z=2"),
        ("<https://a.io|a.io>", "a.io"),
        ("<mailto:a@b.io|a@b.io>", "a@b.io"),
        ("<!here>", "@here"),
        ("<!channel>", "@channel"),
        ("<!subteam^S1|@design>", "@design"),
        ("<@U1|dana>", "<@U1|dana>"),
        ("  padded  ", "padded"),
    ],
)
def test_clean_text(raw, typed):
    assert clean_text(raw) == typed


def test_mention_person():
    assert mention_person("<@U1>") == Person(user_id="U1")
    assert mention_person("<@W9|x&amp;y>") == Person(user_id="W9", name="x&y")
    assert mention_person("<@U1|>") == Person(user_id="U1")
    assert mention_person("<#C1|general>") is None
    assert mention_person("@dana") is None


def test_first_person_in_is_positional():
    assert first_person_in("<@U1> and @sam") == Person(user_id="U1")
    assert first_person_in("@sam, and <@U1>") == Person(name="sam")
    assert first_person_in("mail a@b.io") is None
    assert first_person_in("<mailto:a@b.io|a@b.io>") is None
    assert first_person_in("@") is None
