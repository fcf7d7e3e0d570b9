"""Checklist and optics: a gentle note only when the log or the cadence gives a reason."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coaching.checklist import CHECKLIST, OPTICS_SAMPLE, optics_note
from coaching.model import CoachingContext, Entry, EntryKind, EntryStatus, Person, Relationship

NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)
DANA = Relationship(1, Person(name="Dana"))


def is_personal(text: str) -> bool:
    return text.startswith("personal")


def entries(
    personal: int, work: int, *, days_ago: int = 5, rid: int | None = 1
) -> tuple[Entry, ...]:
    texts = ["personal: weekend plans"] * personal + ["work: roadmap review"] * work
    return tuple(
        Entry(n, EntryKind.NOTE, t, EntryStatus.DONE, NOW - timedelta(days=days_ago), rid)
        for n, t in enumerate(texts, 1)
    )


def ctx(
    logged: tuple[Entry, ...] = (), meetings: dict[int, float] | None = None
) -> CoachingContext:
    return CoachingContext(DANA, entries=logged, now=NOW, meetings_per_month=meetings or {})


def test_checklist_matches_the_design() -> None:
    assert CHECKLIST == (
        "Work-focused?",
        "Would you be fine hearing this repeated in a meeting you are not in?",
        "Do you trust this person with it?",
        "Could it look like favouritism?",
        "Does it show your value?",
    )


def test_nothing_to_say_for_a_quiet_or_work_focused_log() -> None:
    assert optics_note(ctx(), is_personal=is_personal) is None
    assert optics_note(ctx(entries(1, 5)), is_personal=is_personal) is None


def test_mostly_personal_log_gets_a_gentle_note_that_says_why() -> None:
    note = optics_note(ctx(entries(3, 1)), is_personal=is_personal)
    assert note is not None
    assert "Dana" in note
    assert "3 of 4" in note
    assert "meetings you're not in" in note  # protect your frame: why it matters
    assert "Bring one work question or idea" in note  # one thing to do
    for harsh in ("don't", "never", "stop", "mistake", "wrong", "!"):
        assert harsh not in note.lower()


def test_half_personal_is_not_mostly() -> None:
    assert optics_note(ctx(entries(2, 2)), is_personal=is_personal) is None


def test_too_few_entries_to_judge() -> None:
    assert optics_note(ctx(entries(3, 0)), is_personal=is_personal) is None


def test_only_the_last_90_days_count() -> None:
    old = entries(4, 0, days_ago=120)
    assert optics_note(ctx(old), is_personal=is_personal) is None
    assert optics_note(ctx(entries(4, 0, days_ago=90)), is_personal=is_personal) is not None


def test_other_relationships_entries_do_not_count() -> None:
    assert optics_note(ctx(entries(4, 0, rid=2)), is_personal=is_personal) is None


def test_far_more_frequent_meetings_get_a_note() -> None:
    note = optics_note(ctx(meetings={1: 8, 2: 2, 3: 2}), is_personal=is_personal)
    assert note is not None
    assert "about 8 times a month" in note and "about 2 a month)" in note
    assert "favouritism" in note  # closeness has optics: why it matters
    assert "Dana" in note


def test_frequency_thresholds() -> None:
    # 2x but only one more a month: not "far more".
    assert optics_note(ctx(meetings={1: 2, 2: 1}), is_personal=is_personal) is None
    # two more but under 2x: not "far more".
    assert optics_note(ctx(meetings={1: 6, 2: 4}), is_personal=is_personal) is None
    # exactly 2x and exactly two more: far more.
    assert optics_note(ctx(meetings={1: 4, 2: 2}), is_personal=is_personal) is not None
    # the average of the others is what counts: (1 + 5) / 2 = 3, and 6 is 2x and +3.
    assert optics_note(ctx(meetings={1: 6, 2: 1, 3: 5}), is_personal=is_personal) is not None


def test_no_comparison_without_other_relationships_or_own_count() -> None:
    assert optics_note(ctx(meetings={1: 12}), is_personal=is_personal) is None
    assert optics_note(ctx(meetings={2: 1, 3: 1}), is_personal=is_personal) is None


def test_fractional_counts_read_naturally() -> None:
    note = optics_note(ctx(meetings={1: 4.333, 2: 1, 3: 0.5}), is_personal=is_personal)
    assert note is not None
    assert "about 4.3 times a month" in note and "about 0.8 a month)" in note


def test_both_notes_together() -> None:
    note = optics_note(ctx(entries(4, 0), meetings={1: 8, 2: 1}), is_personal=is_personal)
    assert note is not None
    assert "personal" in note and "favouritism" in note


def test_deterministic() -> None:
    c = ctx(entries(3, 1), meetings={1: 8, 2: 1})
    assert optics_note(c, is_personal=is_personal) == optics_note(c, is_personal=is_personal)


@given(
    personal=st.integers(min_value=0, max_value=12),
    work=st.integers(min_value=0, max_value=12),
)
def test_personal_rule_matches_its_definition(personal: int, work: int) -> None:
    """Judged on the newest OPTICS_SAMPLE entries (here the work ones are the newest)."""
    note = optics_note(ctx(entries(personal, work)), is_personal=is_personal)
    newest = (["personal"] * personal + ["work"] * work)[-OPTICS_SAMPLE:]
    shared = newest.count("personal")
    assert (note is not None) == (len(newest) >= 4 and shared * 2 > len(newest))
