"""What a new user trips on in `oneonone shell` (issue 15, items 8 and 9): the real shell,
in-process on the shared fake Slack, checked in what it prints and in the database."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from sqlalchemy import select

from bot.shell import Shell
from storage.db import make_engine, make_session_factory, transaction
from storage.models import Entry, Relationship

START = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)  # Wed 09:00 in New York


def open_shell(url: str) -> tuple[Shell, io.StringIO]:
    out = io.StringIO()
    return Shell(database_url=url, tz="America/New_York", start=START, out=out), out


def said(shell: Shell, out: io.StringIO, line: str) -> str:
    start = out.tell()
    shell.handle(line)
    return out.getvalue()[start:]


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
    shell, out = open_shell(url)
    try:
        said(shell, out, "/oneonone schedule @dana weekly thu 10:00")
        nudge = said(shell, out, ":advance 1d")
    finally:
        shell.close()
    assert "[DM from 1:1 Coach, Thu 26 Nov 09:00 America/New_York]" in nudge
    assert "UTC" not in nudge

    shell, out = open_shell(url)
    try:
        listing = said(shell, out, "/oneonone list")
        card = said(shell, out, "/oneonone prep")
    finally:
        shell.close()
    assert "@dana" in listing and "@UDANA" not in listing
    assert "1:1 with Dana" in card and "@UDANA" not in card


def test_react_with_the_emoji_itself_logs_and_links_the_mentioned_person(tmp_path):
    url = f"sqlite:///{tmp_path / 'shell.db'}"
    shell, out = open_shell(url)
    try:
        said(shell, out, "/oneonone schedule @dana weekly thu 10:00")
        pinned = said(shell, out, ":react 📌 @dana: can you send me the capacity numbers")
        won = said(shell, out, ":react 🏆 shipped the billing migration")
    finally:
        shell.close()
    assert "took note" not in pinned and "Logged a follow-up with @dana" in pinned
    assert "Logged a win" in won
    assert sorted(entries(url)) == [
        ("followup", "<@UDANA0000|dana>: can you send me the capacity numbers", "dana"),
        ("win", "shipped the billing migration", None),
    ]
