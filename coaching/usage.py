"""Interim usage table (replaced by the parser branch)."""

from __future__ import annotations

USAGE: tuple[tuple[str, str, str], ...] = (
    ("prep [@person]", "Prepare for your next 1:1", "/oneonone prep @dana"),
    ("help", "This help", "/oneonone help"),
)


def help_lines() -> list[tuple[str, str, str]]:
    return list(USAGE)
