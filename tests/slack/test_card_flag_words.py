"""Issue 11/13, round 6 (findings G–I), as Slack receives them: one flag per point with words
that mean something, optics and drift notes only from what was said and with confident
evidence, and a working day that starts at 07:00."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from tests.blocks import assert_valid_message, context_texts
from tests.slack.capture_helpers import dm, post_event
from tests.slack.conftest import ALICE, DANA

#: Words that carry nothing when a flag quotes them back (finding G).
EMPTY = {"en", "que", "mi", "diciembre", "might", "bit", "still not", "list", "fri", "called"}
#: Points the scanner flags, but whose extra categories and words were noise.
NOISY = [
    "mi madre está ingresada en Valencia, puede que necesite unos días en diciembre",
    "things at home have been hard lately, might be a bit slower for a while",
    "recruiter from the Guardian called, do I mention it?",
    "overtime on election week still not paid",
]


def _warnings(blocks: list[dict]) -> list[str]:
    text = str(blocks)
    label = r"(?:This |“[^”]*” )?(?:shares|may share|brings|may bring)|Sensitive"
    return re.findall(rf":warning: _(?:{label})[^_]*_", text)


def _quoted(line: str) -> list[str]:
    return re.findall(r"“([^”]*)”", line)


@pytest.mark.parametrize("point", NOISY)
def test_the_agenda_reply_shows_one_flag_and_quotes_no_empty_words(alice, point):
    reply = alice.command(f"agenda <@{DANA}> {point}")
    assert_valid_message(reply)
    lines = _warnings(reply["blocks"])
    assert len(lines) <= 1, lines
    assert not {w.casefold() for line in lines for w in _quoted(line)} & EMPTY, lines


def test_the_dm_reply_shows_the_category_alone_when_no_word_means_anything(
    alice, http_bot, fake_slack
):
    post_event(http_bot, dm(ALICE, "note: send her my matter list + billables by Fri"))
    [reply] = fake_slack.wait_for("chat.postMessage")
    assert_valid_message(reply.params)
    lines = _warnings(reply.params["blocks"])
    assert len(lines) <= 1, lines
    for line in lines:
        words = _quoted(line)
        assert not {w.casefold() for w in words} & EMPTY, line
        assert words or re.search(r"_(?:This|Sensitive: this) ", line), line


def _meet(alice, clock, when: str, role: str = "sponsor") -> None:
    clock.current = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    alice.command(f"schedule <@{DANA}> {when} as {role}")


def _optics(card: dict) -> str:
    return " ".join(t for t in context_texts(card) if t.startswith(":eyes:"))


def test_a_follow_up_about_a_list_by_friday_is_no_favouritism(alice, clock):
    """Finding H: a promise to send work is not something said about the relationship."""
    _meet(alice, clock, "weekly wed 10:00")
    alice.command(f"log <@{DANA}> followup: send <@{DANA}> my matter list + billables by Fri")
    alice.command(f"agenda <@{DANA}> what's the real bar for counsel this year vs last?")
    card = alice.command(f"prep <@{DANA}>")
    assert_valid_message(card)
    assert "favouritism" not in _optics(card)
    invitation = "drinks after work, just the two of us?"
    alice.command(f"agenda <@{DANA}> {invitation}")
    optics = _optics(alice.command(f"prep <@{DANA}>"))
    quoted = re.findall(r"“([^”]+)”", optics)
    assert "favouritism" in optics and quoted and all(q in invitation for q in quoted)


def test_the_drift_note_names_an_earlier_note_by_topic_and_date_never_a_category(alice, clock):
    """Finding H: the note the reader can't see is named so they can judge it."""
    _meet(alice, clock, "weekly wed 10:00", "manager")
    clock.current -= timedelta(days=9)
    alice.command(f"log <@{DANA}> my dad is in hospital again this week")
    clock.current += timedelta(days=9)
    alice.command(f"agenda <@{DANA}> my son is sick again and my wife is exhausted")
    alice.command(f"agenda <@{DANA}> my daughter's school play is the same day as the offsite")
    alice.command(f"agenda <@{DANA}> the Q3 roadmap: where can I own the ingestion work?")
    card = alice.command(f"prep <@{DANA}>")
    drift = _optics(card)
    assert "3 of your last 4 entries, counting points 2–3 below" in drift
    # Round 10: by date only; a topic cut from a personal line ("your dad") is a fragment.
    assert "one earlier note (16 Nov)" in drift and "your dad" not in drift
    assert "about family" not in drift


def test_a_note_the_model_is_unsure_of_is_never_named_by_a_sensitive_category(alice, clock):
    """Finding H: a benign note the model guesses at (mental health, 0.12) is neither counted
    by a category the reader can't check nor, being unsure, counted at all."""
    _meet(alice, clock, "weekly tue 14:00", "other")
    alice.command(f"log <@{DANA}> ask: the training budget for the data journalism course")
    alice.command(f"log <@{DANA}> talked about the night desk rota, nothing decided")
    alice.command(f"agenda <@{DANA}> recruiter from the Guardian called, do I mention it?")
    alice.command(f"agenda <@{DANA}> overtime on election week still not paid")
    card = alice.command(f"prep <@{DANA}>")
    assert_valid_message(card)
    assert "mental health" not in _optics(card)
    assert "turned mostly personal" not in _optics(card)


@pytest.mark.parametrize(
    ("when", "after_hours"),
    [
        ("weekly mon 07:00", False),
        ("weekly fri 18:30", False),
        ("weekly mon 06:30", False),
        ("weekly thu 19:00", True),
        ("weekly sat 10:00", True),
    ],
)
def test_a_seven_o_clock_site_one_on_one_is_in_working_hours(alice, clock, when, after_hours):
    """Finding I: weekday starts from 07:00 to before 19:00 are the working day; an early start
    is how shifts run, so only evenings and weekends get a note."""
    _meet(alice, clock, when, "manager")
    card = alice.command(f"prep <@{DANA}>")
    assert_valid_message(card)
    # with your own manager the note is about your time, not how it reads (round 14)
    note = re.compile(r"at \d\d:\d\d\. If that \w+ slot cuts into your own time")
    shown = any(note.search(t) for t in context_texts(card))
    assert shown is after_hours, context_texts(card)
