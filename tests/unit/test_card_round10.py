"""Coaching round 10 (issue 11): copy outside the office — empty states that fit any trade."""

from __future__ import annotations

import re

import pytest

from coaching.items import topic_of
from coaching.model import Role
from handlers.views.prep import _EXAMPLE_POINT

_OFFICE = re.compile(r"(?i)\b(review|group|team|stakeholders?|deck|roadmap|demo|sprint|okrs?)\b")


@pytest.mark.parametrize("role", list(Role))
def test_the_empty_agenda_example_fits_any_workplace(role: Role) -> None:
    example = _EXAMPLE_POINT[role]
    assert not _OFFICE.search(example), example
    assert example[0].islower() and "  " not in example


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        # whoever was asked, by role, is not the topic; what they were asked for is
        ("asked the site agent to sign off my NVQ log book", "signing off my NVQ log book"),
        ("asked the head chef for a tasting slot", "a tasting slot"),
        ("asked my line manager about the winter rota", "the winter rota"),
        ("asked her to check my care plans", "checking my care plans"),
        # a request keeps what it is for, rather than stopping at a bare noun
        ("asked Sue to sign off funding for my Level 5 diploma", "funding for my Level 5 diploma"),
        ("asked for an intro to the GC at Northwind", "an introduction to the GC"),
    ],
)
def test_a_request_line_gives_what_was_asked_for_as_its_topic(line: str, topic: str) -> None:
    found = topic_of(line, counterpart="Sue")
    assert found is not None and found.endswith(topic), found
