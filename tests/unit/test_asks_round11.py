"""Round 11 (issue 11): causes behind the round-9 blind review of unseen personas, pinned on
inputs invented here (other trades, languages, phrasings, typos), never on the persona files.

1. no slot takes text in another language or a note's shorthand (`coaching.slot_text`);
3. a priority logged about them ("his rota") is said to them as "your rota";
4. the quoted ask is what the user says: no advice to the user inside it, in any catalogue entry.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from coaching.ask_signals import AskCategory
from coaching.asks import suggest_asks
from coaching.catalogue import catalogue
from coaching.model import (
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
)
from coaching.slot_text import is_foreign, is_shorthand, speakable, to_you

NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
OPEN, DONE = EntryStatus.OPEN, EntryStatus.DONE


def entry(n: int, kind: EntryKind, text: str, days: float, status: EntryStatus = DONE) -> Entry:
    return Entry(n, kind, text, status, NOW - timedelta(days=days), relationship_id=1)


def card(*logged: Entry, name: str, role: Role, goal: str | None = None) -> list:
    rel = Relationship(1, Person(name=name), role)
    return suggest_asks(CoachingContext(rel, entries=logged, goal=goal, now=NOW))


# --- 1: language and shorthand -------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "que la cocina tenga más personal los sábados",  # Spanish
        "le nouveau planning pour les week-ends",  # French
        "mae angen i ni drefnu'r cyfarfod yn gynt",  # Welsh
        "die neue Schicht mit dem Lager",  # German
        "o relatório com os números",  # Portuguese
        "mudar o turno da noite",  # Portuguese, accents only beside a function word
    ],
)
def test_text_in_another_language_is_foreign(phrase: str) -> None:
    assert is_foreign(phrase) and not speakable(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "the delivery rota for December",
        "a café opening in the spring",  # an accent in an English phrase
        "the de Vries account",  # a weak word alone
        "the Level 3 diploma",
        "the ward's falls audit",
    ],
)
def test_english_phrases_stay_speakable(phrase: str) -> None:
    assert speakable(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "sorting the van w Tony",
        "the kiln temps 900 -> 1100",
        "stock check & reorder",
        "quotes + invoices for Q1",
        "the CSCS certs for the lads",
        "cover for the 2 wks at xmas pls",
    ],
)
def test_note_shorthand_is_refused(phrase: str) -> None:
    assert is_shorthand(phrase) and not speakable(phrase)


@pytest.mark.parametrize(
    ("text", "topic_word"),
    [
        ("Nico: que el bar abra los domingos con tapas", "domingos"),
        ("Siôn: mae angen trefnu'r rota gyda'r tîm", "trefnu"),
        ("Kate: van servicing & MOT w the new garage", "garage"),
    ],
)
def test_a_foreign_or_shorthand_priority_is_named_by_its_date(text: str, topic_word: str) -> None:
    name = text.split(":")[0]
    asks = card(
        entry(1, EntryKind.PRIORITY, text, 5, OPEN),
        entry(2, EntryKind.ASK, "asked for the forklift ticket", 40),
        entry(3, EntryKind.ASK, "asked for weekend cover", 30),
        entry(4, EntryKind.ASK, "asked about the first aid course", 20),
        name=name,
        role=Role.PEER,
    )
    give = next(a for a in asks if a.category is AskCategory.OFFER_HELP)
    assert topic_word not in give.wording
    assert re.search(r"\d{1,2} (?:Nov|Oct)", give.wording), give.wording


@pytest.mark.parametrize(
    "promise",
    [
        "send Jo la carta de vinos para el viernes",
        "send Jo the till counts w the float",
        "send Jo the float change 50 -> 80 quid",
    ],
)
def test_a_promise_that_cannot_be_said_is_named_by_its_date(promise: str) -> None:
    asks = card(entry(1, EntryKind.FOLLOWUP, promise, 6, OPEN), name="Jo Kerr", role=Role.MANAGER)
    owed = asks[0]
    assert owed.category is AskCategory.OFFER_HELP
    assert "20 Nov" in owed.wording, owed.wording
    for word in ("carta", " w ", "->", "float"):
        assert word not in owed.wording and word not in owed.reason


# --- 3: their pronouns said to them ----------------------------------------------------------


@pytest.mark.parametrize(
    ("logged", "said"),
    [
        ("his overtime budget", "your overtime budget"),
        ("Her clinic waiting list", "your clinic waiting list"),
        ("their stock audit and his rota", "your stock audit and your rota"),
    ],
)
def test_possessives_about_them_become_yours(logged: str, said: str) -> None:
    assert to_you(logged).lower() == said.lower()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Omar Said", "Omar: his overtime budget for the bakery"),
        ("Bea Lowe", "Bea: her clinic waiting list"),
        ("Sam Roy", "Sam: their stock audit in January"),
    ],
)
def test_a_priority_about_them_is_said_as_yours(name: str, text: str) -> None:
    asks = card(
        entry(1, EntryKind.PRIORITY, text, 5, OPEN),
        entry(2, EntryKind.ASK, "asked for a day on the tills", 40),
        entry(3, EntryKind.ASK, "asked for the early shifts", 30),
        name=name,
        role=Role.PEER,
    )
    worded = " ".join(a.wording for a in asks).lower()
    assert not re.search(r"\b(?:his|her|their)\b", worded), worded
    assert re.search(r"\b(?:your|the) (?:overtime|clinic|stock)\b", worded), worded


# --- 4: no advice inside the quoted ask ------------------------------------------------------

#: Words that speak to the user, not to the counterpart: where to find something on the card,
#: how to say it, what to do before the meeting.
_ADVICE = re.compile(
    r"(?i)carried forward|in your own words|\bname it\b|\blog (?:it|a|this)\b|`|"
    r"tell my manager first|before the 1:1|\bthen ask\b|talking point"
)


def _phrasings() -> list[tuple[str, str]]:
    out = []
    for purpose, p in catalogue().items():
        for role, table in p.tables.items():
            for key, value in table.items():
                if key.startswith("why") or not isinstance(value, list):
                    continue
                out.extend((f"{purpose}.{role}.{key}", line) for line in value)
    return out


def test_the_catalogue_has_phrasings_to_check() -> None:
    assert len(_phrasings()) > 100


@pytest.mark.parametrize(("where", "line"), _phrasings())
def test_no_quoted_ask_gives_the_user_advice(where: str, line: str) -> None:
    assert not _ADVICE.search(line), where
    assert line.startswith("{name}"), where  # said to them, by name
