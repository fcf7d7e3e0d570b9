"""Round 8 of the coaching review (issue 11): flags, balance, hours and the checklist, read on
the card the user gets (the real builder, the real Block Kit view, as text).

Flags are given by a stand-in scanner with the model's verdict written out, so each test pins
the display policy (`coaching.oversharing.display_of`) rather than one version of the model.
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.blocktext import Renderer
from coaching.checklist import CHECKLIST_SHORT, CHECKLIST_SHORT_BY_ROLE
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
from coaching.prep import build_prep
from handlers.views.prep import prep_message
from tests.unit.test_bench_cards import BENCH

if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import cards
from personas_fresh import FRESH
from personas_fresh2 import FRESH2
from personas_fresh3 import FRESH3

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
OPEN = EntryStatus.OPEN


def entry(n: int, kind: EntryKind, text: str, days_ago: float = 1) -> Entry:
    return Entry(n, kind, text, OPEN, NOW - timedelta(days=days_ago), relationship_id=1)


def card(
    *entries: Entry,
    verdicts: dict[str, Flag] | None = None,
    role: Role = Role.MANAGER,
    series: tuple[SeriesSpec, ...] = (),
) -> str:
    verdicts = verdicts or {}
    relationship = Relationship(1, Person(user_id="U9", name="Dana Ross"), role)
    ctx = CoachingContext(relationship, entries=entries, now=NOW, series=series)
    built = build_prep(ctx, meeting=None, scanner=lambda t: [verdicts[t]] if t in verdicts else [])
    return " ".join(Renderer(lambda user_id: None).message(prep_message(built)).split())


def flag(category: Category, words: tuple[str, ...], p: float, *, cued: bool = False) -> Flag:
    return Flag(category, words, None, probability=p, cued=cued)


# --- Flags (pattern 1) -----------------------------------------------------------------------


def test_a_career_ask_is_never_told_to_drop_itself() -> None:
    point = "still keen on the shadow day - any chance before Christmas?"
    text = card(
        entry(1, EntryKind.AGENDA, point),
        verdicts={point: flag(Category.SUBSTANCES, ("before Christmas",), 0.61)},
    )
    assert point in text and ":warning:" not in text and "leaving it out" not in text


def test_a_point_that_already_shares_only_the_need_is_not_told_to_share_the_need() -> None:
    point = "things at home have been hard lately, might be a bit slower for a while"
    text = card(
        entry(1, EntryKind.AGENDA, point),
        verdicts={point: flag(Category.HEALTH, (), 0.63)},
    )
    assert ":warning:" not in text and "share the need" not in text


def test_a_single_word_needs_more_confidence_than_a_phrase() -> None:
    word, phrase = "Would he back me for June?", "my back surgery is on the 14th"
    text = card(
        entry(1, EntryKind.AGENDA, word),
        entry(2, EntryKind.AGENDA, phrase),
        verdicts={
            word: flag(Category.HEALTH, ("June",), 0.65),
            phrase: flag(Category.HEALTH, ("back surgery",), 0.65, cued=True),
        },
    )
    warnings = re.findall(r":warning: _([^—]*)", text)
    assert warnings == ["“back surgery” shares health detail "], warnings


def test_a_point_not_in_english_shows_a_flag_only_on_strong_evidence() -> None:
    weak = "Zapytać o urlop w listopadzie - ślub siostry w Krakowie"
    strong = "mi madre está ingresada en Valencia, puede que necesite unos días"
    text = card(
        entry(1, EntryKind.AGENDA, weak),
        entry(2, EntryKind.AGENDA, strong),
        verdicts={
            weak: flag(Category.HEALTH, ("siostry",), 0.5),
            strong: flag(Category.FAMILY, ("madre está ingresada",), 0.6),
        },
    )
    assert "siostry" not in text.split("*Your talking points*", 1)[1].split(weak, 1)[1][:80]
    assert text.count(":warning:") == 1 and "may share family detail" in text


# --- Balance (pattern 6) ---------------------------------------------------------------------

ALL = [
    (n, persona)
    for group in (cards.PERSONAS, FRESH, FRESH2, FRESH3)
    for n, persona in enumerate(group, start=1)
]


@pytest.mark.parametrize(("number", "persona"), ALL, ids=[p.slug for _, p in ALL])
def test_the_balance_line_agrees_with_the_suggestions_on_every_bench_card(number, persona):
    built = cards.card_for(persona, number)
    asks = [a for a in built.asks if a.category.value != "offer_help"]
    if "keep to one ask" in built.balance:
        assert len(built.asks) >= 2 and len(asks) <= 1, (built.balance, built.asks)
        # never beside a follow-up, which may name two open asks ("ask about both together")
        assert all(a.category.value != "follow_up" for a in asks), built.asks
    if len(built.asks) == 1:
        assert "first suggestion" not in built.balance
    for later in built.asks[1:]:
        assert "follow it up first" not in later.reason, later


# --- Hours (pattern 7) -----------------------------------------------------------------------


def weekly(day: int, at: time) -> SeriesSpec:
    return SeriesSpec(Cadence(CadenceKind.WEEKLY, weekday=day), at)


def test_evening_and_weekend_slots_are_said_as_they_are_and_early_starts_not_at_all() -> None:
    point = entry(1, EntryKind.AGENDA, "the handover checklist")
    evening = card(point, role=Role.SKIP, series=(weekly(1, time(19, 30)),))
    assert "Set for Tuesdays at 19:30. With someone senior, an evening 1:1 can read as social" in (
        evening
    )
    weekend = card(point, role=Role.SKIP, series=(weekly(5, time(10, 0)),))
    assert "a weekend 1:1 can read as social — keep it about work." in weekend
    early = card(point, series=(weekly(0, time(6, 30)),))
    assert "06:30" not in early and "can read as social" not in early
    for said in (evening, weekend, early):
        assert "working hours" not in said and "daytime slot" not in said
    # round 14: your own manager's evening slot costs your time; it is no favour
    own = card(point, series=(weekly(1, time(19, 30)),))
    assert "If that evening slot cuts into your own time, it's fine to ask for another." in own
    assert "can read as social" not in own and "favouritism" not in own


# --- Checklist (pattern 9) -------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_the_checklist_is_full_with_a_flagged_point_and_one_line_without_for_every_role(
    role: Role,
) -> None:
    """Card12: a plain work point gives no question cause; a flagged one does."""
    logged = entry(1, EntryKind.GAVE, "covered the late shift", 10)
    text = "my divorce hearing is next month and I can't focus"
    said = {text: flag(Category.FAMILY, ("divorce",), 0.9, cued=True)}
    with_point = card(logged, entry(2, EntryKind.AGENDA, text), verdicts=said, role=role)
    reminder = CHECKLIST_SHORT_BY_ROLE.get(role, CHECKLIST_SHORT)
    assert "Work-focused?" in with_point and reminder not in with_point
    plain = card(logged, entry(3, EntryKind.AGENDA, "the Q1 rota"), role=role)
    assert reminder in plain
    without = card(logged, role=role)
    assert reminder in without
    assert "Work-focused?" not in without


def test_the_checklist_says_why_it_is_in_full_or_short() -> None:
    """Round 10: one card showed five questions and another one line with no visible reason;
    the lead of the checklist now says which rule applied, the same for every role."""
    logged = entry(1, EntryKind.GAVE, "swept the yard before the inspection", 10)
    text = "my dad's chemo starts monday and I'm his only driver"
    said = {text: flag(Category.FAMILY, ("chemo",), 0.9, cued=True)}
    with_point = card(logged, entry(2, EntryKind.AGENDA, text), verdicts=said)
    assert "*Before you go in, run point 1 past these:* Work-focused?" in with_point
    evening = card(logged, role=Role.SPONSOR, series=(weekly(2, time(19, 30)),))
    assert "*Before you go in, with the note above in mind:* Work-focused?" in evening
    quiet = card(logged, role=Role.MENTOR, series=(weekly(2, time(19, 30)),))
    assert f"*Before you go in:* {CHECKLIST_SHORT_BY_ROLE[Role.MENTOR]}" in quiet
