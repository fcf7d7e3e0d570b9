"""Checklist and optics: a gentle note only when what is said, or when, gives a reason."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coaching.checklist import (
    CHECKLIST,
    OPTICS_SAMPLE,
    after_hours_note,
    checklist_for,
    optics_note,
    outside_hours,
)
from coaching.model import (
    Cadence,
    CadenceKind,
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
    SeriesSpec,
)
from coaching.oversharing import Category, Flag

NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)
DANA = Relationship(1, Person(name="Dana"), Role.MANAGER)

#: What the issue-13 scanner will flag as FAVOURITISM, stood in for here: the optics logic reads
#: the scanner's flags, and this branch's scanner does not emit that category yet.
FAVOURITISM_TRIGGERS = {
    "drinks after work, just the two of us?": "just the two of us",
    "can you push my promo ahead of the others?": "ahead of the others",
    "you're the best manager ever, so could I get the Friday off before anyone else?": (
        "best manager ever"
    ),
    "let's keep this between us and not tell the team": "not tell the team",
}


def scan(text: str) -> list[Flag]:
    """A stand-in scanner: "personal…" lines are FAMILY, the lines above FAVOURITISM, and
    "hopeless…" DISTRESS (which never counts towards optics)."""
    if text.startswith("personal"):
        return [Flag(Category.FAMILY, ("weekend plans",), "reframe")]
    if text in FAVOURITISM_TRIGGERS:
        return [Flag(Category.FAVOURITISM, (FAVOURITISM_TRIGGERS[text],), "reframe")]
    if text.startswith("hopeless"):
        return [Flag(Category.DISTRESS, ("hopeless",), "care")]
    return []


def entries(
    personal: int, work: int, *, days_ago: int = 5, rid: int | None = 1
) -> tuple[Entry, ...]:
    texts = ["personal: weekend plans"] * personal + ["work: roadmap review"] * work
    return tuple(
        Entry(n, EntryKind.NOTE, t, EntryStatus.DONE, NOW - timedelta(days=days_ago), rid)
        for n, t in enumerate(texts, 1)
    )


def point(n: int, text: str, days_ago: int = 1) -> Entry:
    return Entry(n, EntryKind.AGENDA, text, EntryStatus.OPEN, NOW - timedelta(days=days_ago), 1)


def weekly(day: int = 1, at: time = time(10, 0), minutes: int = 30) -> SeriesSpec:
    return SeriesSpec(
        Cadence(CadenceKind.WEEKLY, weekday=day), at, duration=timedelta(minutes=minutes)
    )


def ctx(
    logged: tuple[Entry, ...] = (),
    series: tuple[SeriesSpec, ...] = (),
    relationship: Relationship = DANA,
) -> CoachingContext:
    return CoachingContext(relationship, entries=logged, now=NOW, series=series)


def test_checklist_matches_the_design() -> None:
    assert CHECKLIST == (
        "Work-focused?",
        "Would you be fine hearing this repeated in a meeting you are not in?",
        "Do you trust this person with it?",
        "Could it look like favouritism?",
        "Does it show your value?",
    )


def test_nothing_to_say_for_a_quiet_or_work_focused_log() -> None:
    assert optics_note(ctx(), scan=scan) is None
    assert optics_note(ctx(entries(1, 5)), scan=scan) is None


def test_a_weekly_manager_one_on_one_never_gets_a_favouritism_note() -> None:
    """Design §1 idea 5: the weekly 1:1 is the habit we recommend, whatever the other 1:1s."""
    work = entries(0, 6)
    for day in range(5):
        for hour in (8, 9, 10, 13, 16, 18):
            note = optics_note(ctx(work, (weekly(day, time(hour, 0)),) * 3), scan=scan)
            assert note is None, (day, hour)


def test_favouritism_in_what_is_said_gets_the_note() -> None:
    for n, (text, trigger) in enumerate(FAVOURITISM_TRIGGERS.items(), start=1):
        note = optics_note(ctx((*entries(0, 3), point(10 + n, text)), (weekly(),)), scan=scan)
        assert note is not None, text
        assert "favouritism" in note and f"“{trigger}”" in note and "Dana" in note
        assert "Keep the ask about your work" in note  # one thing to do
        assert text not in note  # the words that matter, not the whole line


def test_drinks_and_promo_ahead_of_others_both_named() -> None:
    logged = (
        point(1, "drinks after work, just the two of us?"),
        point(2, "can you push my promo ahead of the others?"),
    )
    note = optics_note(ctx(logged), scan=scan)
    assert note is not None
    assert "“just the two of us”" in note and "“ahead of the others”" in note


def test_distress_never_counts_towards_optics() -> None:
    logged = tuple(point(n, "hopeless about everything lately") for n in range(1, 7))
    assert optics_note(ctx(logged), scan=scan) is None


def test_one_on_ones_outside_working_hours_get_a_note() -> None:
    evening = weekly(3, time(19, 30))
    assert optics_note(ctx(series=(evening,)), scan=scan) is None  # said with the meeting
    skip = Relationship(1, Person(name="Ines Okafor"), Role.SKIP)
    note = after_hours_note(ctx(series=(evening,), relationship=skip))
    assert note is not None
    said = (
        "Set for Thursdays at 19:30. With someone senior, an evening 1:1 can read as social — "
        "keep it about work."
    )
    assert note.text == said
    assert note.concern
    # round 14: your own manager's standing slot is the habit design §1 recommends; what an
    # evening one costs is your own time, and it raises no concern about how it reads
    own = after_hours_note(ctx(series=(evening,)))
    assert own is not None and not own.concern
    assert own.text == (
        "Set for Thursdays at 19:30. If that evening slot cuts into your own time, it's fine to "
        "ask for another."
    )
    assert outside_hours(weekly(5, time(11, 0))) == "Saturdays at 11:00"
    assert outside_hours(weekly(0, time(6, 30))) == "Mondays at 06:30"
    assert outside_hours(weekly(0, time(19, 0))) == "Mondays at 19:00"
    once = SeriesSpec(Cadence(CadenceKind.ONCE, on=date(2025, 3, 16)), time(10, 0))
    assert outside_hours(once) == "Sunday at 10:00"
    fortnightly = SeriesSpec(Cadence(CadenceKind.BIWEEKLY, weekday=3), time(19, 30))
    assert outside_hours(fortnightly) == "every other Thursday at 19:30"


@given(
    day=st.integers(0, 6),
    at=st.times(),
    minutes=st.integers(15, 120),
)
def test_working_hours_are_weekday_starts_from_seven_to_before_seven_pm(
    day: int, at: time, minutes: int
) -> None:
    """A site's 07:00 Monday 1:1 is a working-day meeting; 19:00 or a weekend is not, however
    long the meeting runs."""
    at = at.replace(second=0, microsecond=0)
    working = day < 5 and time(7, 0) <= at < time(19, 0)
    assert (outside_hours(weekly(day, at, minutes)) is None) == working


def test_mostly_personal_log_gets_a_gentle_note_that_says_why() -> None:
    note = optics_note(ctx(entries(3, 1)), scan=scan)
    assert note is not None
    assert "Your log with Dana has turned mostly personal: 3 of your last 4 entries" in note
    assert "meetings you're not in" in note  # protect your frame: why it matters
    assert "Bring one work question or idea" in note  # no work point on the agenda: bring one
    for harsh in ("don't", "never", "stop", "mistake", "wrong", "!"):
        assert harsh not in note.lower()


def two_work_two_personal() -> tuple[Entry, ...]:
    """An agenda like a teacher's before her mentor 1:1: two work points, then two personal."""
    return (
        point(11, "work: how did you plan your first year?"),
        point(12, "work: should I apply for the January post?"),
        point(13, "personal: my anxiety"),
        point(14, "personal: my head of department"),
    )


def test_drift_note_names_the_points_it_counts_and_leads_with_the_work_ones() -> None:
    """Counts a reader can trace on the card, and advice that fits the agenda (issue 11)."""
    agenda = two_work_two_personal()
    logged = (*entries(1, 0), *agenda)
    note = optics_note(ctx(logged), scan=scan, points=agenda)
    assert note is not None
    assert "3 of your last 5 entries, counting points 3–4 below and one earlier note" in note
    assert "Lead with your two work points (1–2)" in note
    assert "for points 3–4, share the need rather than the story" in note
    assert "drop" not in note
    assert "Bring one work question" not in note


def test_drift_note_is_gentler_with_a_mentor_and_says_the_same() -> None:
    mentor = Relationship(1, Person(name="Margaret"), Role.MENTOR)
    logged = entries(4, 1)
    gentle = optics_note(ctx(logged, relationship=mentor), scan=scan)
    assert gentle is not None and "a mentor you trust" in gentle
    assert "4 of your last 5 entries" in gentle and "Bring one work question" in gentle


def test_favouritism_question_only_where_it_can_apply() -> None:
    assert checklist_for(Role.MANAGER) == CHECKLIST
    assert "Could it look like favouritism?" not in checklist_for(Role.MENTOR)
    assert checklist_for(Role.PEER, favouritism=True) == CHECKLIST


def test_half_personal_is_named_as_half_not_mostly() -> None:
    """Card12 (issue 11): a log half personal already lost the drift note a reviewer missed;
    it is named, and as half, never "mostly"."""
    note = optics_note(ctx(entries(2, 2)), scan=scan)
    assert note is not None and note.startswith("Half your log with")
    assert "mostly" not in note
    assert optics_note(ctx(entries(2, 3)), scan=scan) is None


def test_too_few_entries_to_judge() -> None:
    assert optics_note(ctx(entries(3, 0)), scan=scan) is None


def test_only_the_last_90_days_count() -> None:
    assert optics_note(ctx(entries(4, 0, days_ago=120)), scan=scan) is None
    assert optics_note(ctx(entries(4, 0, days_ago=90)), scan=scan) is not None


def test_other_relationships_entries_do_not_count() -> None:
    assert optics_note(ctx(entries(4, 0, rid=2)), scan=scan) is None


def test_notes_join() -> None:
    logged = (*entries(4, 0), point(9, "drinks after work, just the two of us?"))
    note = optics_note(ctx(logged, (weekly(2, time(20, 0)),)), scan=scan)
    assert note is not None
    assert "favouritism" in note and "personal" in note


@given(
    personal=st.integers(min_value=0, max_value=12),
    work=st.integers(min_value=0, max_value=12),
)
def test_personal_rule_matches_its_definition(personal: int, work: int) -> None:
    """Judged on the newest OPTICS_SAMPLE entries (here the work ones are the newest)."""
    note = optics_note(ctx(entries(personal, work)), scan=scan)
    newest = (["personal"] * personal + ["work"] * work)[-OPTICS_SAMPLE:]
    shared = newest.count("personal")
    assert (note is not None) == (len(newest) >= 4 and shared * 2 >= len(newest))


def test_a_favouritism_flag_on_function_words_alone_is_not_quoted_back() -> None:
    """A scanner's flag whose only triggers are words like "first" and "would" is not evidence
    enough for a note that quotes them ("Words like “would” can read as favouritism")."""

    def weak(text: str) -> list[Flag]:
        return [Flag(Category.FAVOURITISM, ("first", "would"), "reframe")]

    assert optics_note(ctx((point(1, "Which QA course would you do first?"),)), scan=weak) is None


def test_a_give_or_an_ask_never_counts_as_personal_drift() -> None:
    """Only what was said (notes, talking points) can drift personal: a logged give is work by
    what the user logged it as, whatever the scanner guesses about its words."""
    gives = tuple(
        Entry(n, EntryKind.GAVE, "personal: school scheme", EntryStatus.DONE, NOW, 1)
        for n in range(1, 6)
    )
    assert optics_note(ctx(gives), scan=scan) is None


def test_a_half_personal_agenda_gets_the_advice_with_visible_counts() -> None:
    agenda = two_work_two_personal()
    gift = Entry(1, EntryKind.GAVE, "personal: school scheme", EntryStatus.DONE, NOW, 1)
    note = optics_note(ctx((gift, *agenda)), scan=scan, points=agenda)
    assert note is not None and note.startswith("Two of your four talking points (3–4)")
    assert "Lead with your two work points (1–2)" in note


# --- Evening and weekend 1:1s: decided by who holds power (coaching round 10) -----------------

_EVENING = SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=2), time(19, 30))
_SUNDAY = SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=6), time(9, 0))


@pytest.mark.parametrize("role", [Role.SKIP, Role.SPONSOR])
@pytest.mark.parametrize("series", [_EVENING, _SUNDAY], ids=["evening", "weekend"])
def test_an_evening_or_weekend_one_on_one_with_someone_who_holds_power_gets_the_note(
    role: Role, series: SeriesSpec
) -> None:
    boss = Relationship(1, Person(name="Ines Okafor"), role)
    note = after_hours_note(ctx(series=(series,), relationship=boss))
    assert note is not None and "With someone senior" in note.text
    assert note.text.count(".") <= 2 and len(note.text) < 110  # short


@pytest.mark.parametrize(
    "who",
    [
        Relationship(1, Person(name="Gwilym"), Role.MENTOR),  # a hill farmer after the evening feed
        Relationship(1, Person(name="Bev"), Role.PEER),  # another night porter
        Relationship(1, Person(name="Coach Ade"), Role.OTHER),  # a retired referee
    ],
)
@pytest.mark.parametrize("series", [_EVENING, _SUNDAY], ids=["evening", "weekend"])
def test_a_mentor_or_peer_met_in_the_evening_gets_no_note(
    who: Relationship, series: SeriesSpec
) -> None:
    assert after_hours_note(ctx(series=(series,), relationship=who)) is None


def test_a_mentor_gets_the_note_when_a_point_reads_as_social() -> None:
    mentor = Relationship(1, Person(name="Gwilym"), Role.MENTOR)
    note = after_hours_note(ctx(series=(_EVENING,), relationship=mentor), social=True)
    assert note is not None and "social" in note.text and "senior" not in note.text


def test_the_drift_note_names_earlier_notes_by_date_never_by_a_fragment_of_them() -> None:
    """Round 10: "your wife (19 Nov)" was a fragment quoted back; the note gives dates only,
    each day once, and counts the rest."""
    said = [
        ("personal: my sister's wedding", 2),
        ("personal: the lads from the depot", 2),
        ("personal: my grandad's garden", 9),
        ("personal: fishing trip", 20),
    ]
    logged = (
        *(
            Entry(n, EntryKind.NOTE, text, EntryStatus.OPEN, NOW - timedelta(days=days), 1)
            for n, (text, days) in enumerate(said, start=1)
        ),
        *entries(0, 1),
    )
    note = optics_note(ctx(logged), scan=scan)
    assert note is not None
    assert "4 of your last 5 entries (10 Mar, 3 Mar and one more)" in note
    for fragment in ("sister", "lads", "grandad", "fishing"):
        assert fragment not in note


def _sensitive_scan(text: str) -> list[Flag]:
    if text.startswith("gossip"):
        return [Flag(Category.GOSSIP, ("hopeless at rotas",), "reframe", probability=0.9)]
    if text.startswith("leaving"):
        return [Flag(Category.JOB_HUNT, ("recruiter rang",), "reframe", probability=0.9)]
    return scan(text)


def test_gossip_and_job_hunting_are_sensitive_never_called_personal() -> None:
    """Round 10: "Two of your four talking points are personal" when one was gossip."""
    mixed = (
        point(1, "work: the spring stock take"),
        point(2, "work: cover for the new apprentice"),
        point(3, "personal: my nan's move"),
        point(4, "gossip: the yard foreman is hopeless at rotas"),
    )
    note = optics_note(ctx(mixed), scan=_sensitive_scan, points=mixed)
    assert note is not None and "(3–4) are personal or sensitive" in note
    both = (
        point(1, "work: the spring stock take"),
        point(2, "gossip: the yard foreman is hopeless at rotas"),
        point(3, "leaving: a recruiter rang about a depot job"),
    )
    note = optics_note(ctx(both), scan=_sensitive_scan, points=both)
    assert note is not None and "(2–3) are sensitive" in note and "personal." not in note
    assert "for points 2–3, share the need rather than the story" in note
    assert "drop" not in note
