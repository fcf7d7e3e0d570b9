"""What a new user trips on in `oneonone shell` (issue 15, items 8 and 9): the real shell,
in-process on the shared fake Slack, checked in what it prints and in the database."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import select

from bot.shell import Shell
from storage.db import make_engine, make_session_factory, transaction
from storage.models import Entry, Relationship

START = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)  # Wed 09:00 in New York


@contextmanager
def shell_on(url: str) -> Iterator[Callable[[str], str]]:
    """A shell in New York on the database at `url`; yields `type(line) -> what it printed`."""
    out = io.StringIO()
    shell = Shell(database_url=url, tz="America/New_York", start=START, out=out)

    def type_line(line: str) -> str:
        start = out.tell()
        shell.handle(line)
        return out.getvalue()[start:]

    try:
        yield type_line
    finally:
        shell.close()


def entries(url: str) -> list[tuple[str, str, str | None]]:
    engine = make_engine(url)
    try:
        with transaction(make_session_factory(engine)) as session:
            query = select(Entry.kind, Entry.text, Relationship.counterpart_name).outerjoin(
                Relationship, Relationship.id == Entry.relationship_id
            )
            return [tuple(row) for row in session.execute(query)]
    finally:
        engine.dispose()


def test_dm_headers_are_in_the_users_zone_and_names_survive_a_restart(tmp_path):
    url = f"sqlite:///{tmp_path / 'shell.db'}"
    with shell_on(url) as type_line:
        type_line("/oneonone schedule @dana weekly wed 11:00")
        nudge = type_line(":advance 1h")
    assert "[DM from 1:1 Coach, Wed 25 Nov 10:00 America/New_York]" in nudge
    assert "UTC" not in nudge

    with shell_on(url) as type_line:
        listing = type_line("/oneonone list")
        card = type_line("/oneonone prep")
    assert "@dana" in listing and "@UDANA" not in listing
    assert "1:1 with Dana" in card and "@UDANA" not in card


def test_react_with_the_emoji_itself_logs_and_links_the_mentioned_person(tmp_path):
    url = f"sqlite:///{tmp_path / 'shell.db'}"
    with shell_on(url) as type_line:
        type_line("/oneonone schedule @dana weekly thu 10:00")
        pinned = type_line(":react 📌 @dana: can you send me the capacity numbers")
        won = type_line(":react 🏆 shipped the billing migration")
    assert "took note" not in pinned and "Logged a follow-up with @dana" in pinned
    assert "Logged a win" in won
    assert sorted(entries(url)) == [
        ("followup", "<@UDANA0000|dana>: can you send me the capacity numbers", "dana"),
        ("win", "shipped the billing migration", None),
    ]
