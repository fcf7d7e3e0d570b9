"""The bot's one source of "now", so tests and `oneonone shell` can move time."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
