"""Readings kept from one card to the next (`coaching.line_memo`): a card built from the kept
readings is the card built afresh, for every bench persona; readings kept by other rules are
never used; and every kept reading comes back as the value it was."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import cards  # noqa: E402  (bench/ is a folder of scripts, not a package we install)
from personas_fresh16 import FRESH16  # noqa: E402
from personas_fresh17 import FRESH17  # noqa: E402

from bot.blocktext import Renderer  # noqa: E402
from coaching import line_memo  # noqa: E402
from coaching.ask_signals import _stems, classify_ask  # noqa: E402
from coaching.due import _due_from, _session_named  # noqa: E402
from coaching.items import _topic_of_plain  # noqa: E402
from coaching.later_answers import _their_reply  # noqa: E402
from coaching.model import Role  # noqa: E402
from coaching.prep import point_note  # noqa: E402
from coaching.slot_text import confident  # noqa: E402
from handlers.views.prep import prep_message  # noqa: E402
from tests.properties import examples  # noqa: E402

PERSONAS = [*cards.PERSONAS, *FRESH16, *FRESH17]


def _text(persona: cards.Persona, number: int) -> str:
    card = cards.card_for(persona, number)
    names = persona.names.get
    return Renderer(names).message(prep_message(card))


def _cold() -> None:
    line_memo.forget_all()


def _kept(persona: cards.Persona, number: int) -> tuple[str, str]:
    """The card built afresh, and the readings it kept."""
    _cold()
    with line_memo.remembering(None) as readings:
        shown = _text(persona, number)
    kept = readings.to_store()
    assert kept is not None
    return shown, kept


@pytest.mark.parametrize(("number", "persona"), list(enumerate(PERSONAS, start=1)))
def test_a_card_from_kept_readings_is_the_card_read_afresh(number, persona) -> None:
    afresh, kept = _kept(persona, number)
    _cold()
    with line_memo.remembering(kept) as readings:
        again = _text(persona, number)
    assert again == afresh
    assert readings.to_store() is None  # nothing new was read, so nothing is written


@pytest.mark.parametrize(("number", "persona"), list(enumerate(PERSONAS, start=1))[::4])
def test_readings_kept_days_ago_give_todays_card(number, persona, monkeypatch) -> None:
    """Kept at one card, used at the next, three days on: a reading that depended on the day
    the card was built would show here."""
    _, kept = _kept(persona, number)
    monkeypatch.setattr(cards, "NOW", cards.NOW + timedelta(days=3))
    afresh, _ = _kept(persona, number)
    _cold()
    with line_memo.remembering(kept):
        assert _text(persona, number) == afresh


def test_the_kept_readings_are_used_and_those_of_other_rules_are_not() -> None:
    persona = next(p for p in cards.PERSONAS if any(i.kind is cards.F for i in p.logged))
    afresh, kept = _kept(persona, 1)
    data = json.loads(kept)
    due = data["r"]["coaching.due._due_from"]
    assert due, "the persona's promises are read for a day"
    for digest in due:
        due[digest] = "2026-11-27"  # every line due tomorrow
    forged = json.dumps(data)
    _cold()
    with line_memo.remembering(forged):
        used = _text(persona, 1)
    assert used != afresh  # the kept readings are what the card reads
    _cold()
    with line_memo.remembering(json.dumps({**data, "v": "rules of another release"})):
        other_rules = _text(persona, 1)
    assert other_rules == afresh


def test_an_unreadable_kept_value_is_read_afresh() -> None:
    persona = next(p for p in cards.PERSONAS if any(i.kind is cards.F for i in p.logged))
    afresh, kept = _kept(persona, 1)
    data = json.loads(kept)
    for found in data["r"].values():
        for digest in found:
            found[digest] = {"not": "a value"}
    _cold()
    with line_memo.remembering(json.dumps(data)) as readings:
        assert _text(persona, 1) == afresh
    assert readings.to_store() is not None  # and what it read afresh is kept instead


def test_a_readings_key_is_the_same_in_every_process() -> None:
    """Kept by one process, found by the next: the key must not depend on hash seeds or
    object addresses."""
    script = (
        "from datetime import date; from coaching.line_memo import _key; "
        "print(_key(('by fri', date(2026, 11, 3)), {'strict': True}))"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert len(seen) == 1 and seen.pop().startswith("s")


ARGUMENT = st.one_of(
    st.text(max_size=12),
    st.none(),
    st.booleans(),
    st.integers(),
    st.dates(),
    st.tuples(st.text(max_size=5), st.integers()),
)
CALL = st.tuples(
    st.lists(ARGUMENT, max_size=3).map(tuple),
    st.dictionaries(st.sampled_from(["strict", "months", "on"]), ARGUMENT, max_size=2),
)


@given(CALL, CALL)
@settings(max_examples=examples(300), deadline=None)
def test_two_argument_lists_share_a_key_only_when_equal(one, other) -> None:
    """Each part of a key spells itself to its end: no two readings' arguments run together
    into the same key ("ab", "c" and "a", "bc"; 1, 2 and 12), and a text's digest, kept for
    the card, is the same whichever reading asks first."""
    texts: dict[str, str] = {}
    same = _typed(one) == _typed(other)
    assert (line_memo._key(*one, texts) == line_memo._key(*other, texts)) is same
    assert line_memo._key(*one) == line_memo._key(*one, texts)


def _typed(call):
    """Arguments with their types: True and 1 are equal in Python, not as arguments."""
    args, kwargs = call
    spelled = lambda value: (type(value), value)  # noqa: E731
    return tuple(map(spelled, args)), sorted((k, spelled(v)) for k, v in kwargs.items())


def test_arguments_without_a_stable_spelling_are_read_but_never_kept() -> None:
    calls = []

    @line_memo.line_memo(line_memo.NUMBER)
    def reading(value):
        calls.append(value)
        return 1

    thing = object()
    with line_memo.remembering(None) as readings:
        assert reading(thing) == 1
    assert calls == [thing] and readings.to_store() is None


@pytest.mark.parametrize("stored", ["", "not json", "[]", '{"v": 1}', '{"r": []}', "null"])
def test_unreadable_kept_readings_count_as_none(stored: str) -> None:
    persona = cards.PERSONAS[0]
    afresh, _ = _kept(persona, 1)
    _cold()
    with line_memo.remembering(stored):
        assert _text(persona, 1) == afresh


#: Each kept reading, called as the card calls it.
READINGS = [
    lambda text: classify_ask(text),
    lambda text: _stems(text),
    lambda text: _session_named(text),
    lambda text: _due_from(text, date(2026, 11, 3)),
    lambda text: _due_from(text, date(2026, 11, 3), strict=True),
    lambda text: _topic_of_plain(text, "Dana"),
    lambda text: confident(text),
    # the per-point note and a note's report of their reply, which a card takes back whole
    lambda text: point_note(text, (), False, False, Role.MANAGER, None, "Dana"),
    lambda text: point_note(text, (("job_hunt", False, True),), True, True, Role.SKIP, None, ""),
    lambda text: point_note(text, (), False, True, Role.MENTOR, "Tied note.", "Dana"),
    lambda text: _their_reply(text, "Dana"),
]

WORDS = re.findall(
    r"\S+",
    "asked dana for the course budget by fri 3 dec before our next 1:1 feedback "
    "on my talk intro to the head of ops send the deck eom mentoring xmas "
    "dana said yes offer from acme tell her or not?? name him how do i say",
)
LINES = st.one_of(
    st.text(max_size=80),
    st.lists(
        st.sampled_from(WORDS),
        max_size=12,
    ).map(" ".join),
)


@settings(max_examples=examples(150), deadline=None)
@given(LINES)
def test_every_reading_comes_back_as_it_was(text: str) -> None:
    _cold()
    with line_memo.remembering(None) as readings:
        afresh = [read(text) for read in READINGS]
    kept = readings.to_store()
    _cold()
    with line_memo.remembering(kept):
        assert [read(text) for read in READINGS] == afresh
