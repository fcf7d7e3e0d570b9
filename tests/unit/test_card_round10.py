"""Coaching round 10 (issue 11): copy outside the office — empty states that fit any trade."""

from __future__ import annotations

import re

import pytest

from coaching.model import Role
from handlers.views.prep import _EXAMPLE_POINT

_OFFICE = re.compile(r"(?i)\b(review|group|team|stakeholders?|deck|roadmap|demo|sprint|okrs?)\b")


@pytest.mark.parametrize("role", list(Role))
def test_the_empty_agenda_example_fits_any_workplace(role: Role) -> None:
    example = _EXAMPLE_POINT[role]
    assert not _OFFICE.search(example), example
    assert example[0].islower() and "  " not in example
