"""The Markdown journal, pure: months newest first, people, sections, outcomes and links."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from coaching.journal import render_journal, section_of
from coaching.model import Entry, EntryKind, EntryStatus

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def entry(i, kind, text, *, days_ago=0, rel=1, status=EntryStatus.OPEN, link=None, done=None):
    return Entry(
        id=i,
        kind=kind,
        text=text,
        status=status,
        created_at=NOW - timedelta(days=days_ago),
        relationship_id=rel,
        permalink=link,
        done_at=done,
    )


def test_sections_by_month_and_person_with_links_and_outcomes():
    entries = [
        entry(1, EntryKind.WIN, "shipped <@UDANA0001|dana>'s migration", days_ago=40),
        entry(
            2,
            EntryKind.ASK,
            "budget for a course",
            days_ago=39,
            status=EntryStatus.DONE,
            done=NOW - timedelta(days=30),
        ),
        entry(3, EntryKind.ASK, "intro to the data team", rel=None, link="https://x/p1"),
        entry(4, EntryKind.NOTE, "got feedback on the doc &amp; the plan", rel=2),
    ]
    md = render_journal(entries, {1: "Dana", 2: "Lee"}, tz="UTC", now=NOW, goal="staff eng")
    assert md.index("## November 2026") < md.index("## October 2026")
    assert "**Goal:** staff eng" in md
    assert "@dana's migration" in md
    assert "budget for a course — _came through on Mon 26 Oct_" in md
    assert "intro to the data team — _still waiting for an answer_ ([message](https://x/p1))" in md
    assert "feedback on the doc & the plan" in md
    assert md.index("### Lee") < md.index("### Not tied to one person")


def test_section_of():
    assert section_of(entry(1, EntryKind.WIN, "intro done")) == "Wins"
    assert section_of(entry(1, EntryKind.ASK, "Would you introduce me?")) == "Introductions"
    assert section_of(entry(1, EntryKind.GAVE, "reviewed a plan")) == "What you gave"


def test_empty_journal_says_how_to_start():
    md = render_journal([], {}, tz="UTC", now=NOW)
    assert "Nothing logged yet" in md
