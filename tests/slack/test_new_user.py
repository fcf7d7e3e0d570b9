"""What a new user trips on (issue 15): each exact input from the issue, over signed HTTP to the
real app, checked at the fake Slack and in the database."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from handlers.views import ids
from storage.db import make_session_factory, transaction
from storage.models import Entry, MeetingSeries, Relationship
from tests import signing
from tests.slack.conftest import ALICE, DANA

PRIYA, DANA_R = "UPRIYA001", "UDANAR001"
WED_9AM_NY = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


@pytest.fixture
def people(fake_slack, clock):
    clock.current = WED_9AM_NY
    fake_slack.add_user(
        PRIYA, tz="UTC", name="priya.k", display_name="Priya", real_name="Priya Kumar"
    )
    return fake_slack


def rows(engine, model):
    with transaction(make_session_factory(engine)) as session:
        found = list(session.scalars(select(model)))
        session.expunge_all()
        return found


def names_read(engine, count: int = 1) -> None:
    """Wait (bounded) until Slack's names for `count` people are stored: the bot reads them
    after its reply, so the command right after may otherwise race the read."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if sum(1 for r in rows(engine, Relationship) if r.real_name) >= count:
            return
        time.sleep(0.01)
    raise AssertionError("the names were never read from Slack")


def blocks_text(reply) -> str:
    return str(reply.get("blocks") or reply.get("text"))


def button_in(reply, action_id: str) -> dict:
    for block in reply["blocks"]:
        for element in [block.get("accessory"), *block.get("elements", [])]:
            if element and element.get("action_id") == action_id:
                return element
    raise AssertionError(f"no {action_id} button in {reply['blocks']}")


# ---- 1. a bare name, a display name or a real name finds the person ---------------------------


def test_history_by_bare_name_lists_what_history_by_mention_lists(alice, people):
    for n in range(14):
        alice.command(f"log <@{DANA}|dana> gave: reviewed the hiring plan, part {n}")
    by_mention = alice.command(f"history <@{DANA}|dana>")
    by_name = alice.command("history dana")
    assert "Nothing logged" not in by_name["text"]
    assert "part 13" in blocks_text(by_name)
    assert blocks_text(by_name) == blocks_text(by_mention)


@pytest.mark.parametrize("typed", ["Priya", "priya", "Priya Kumar", "priya kumar", "@priya"])
def test_display_name_real_name_and_handle_find_the_person(alice, people, sqlite_engine, typed):
    alice.command(f"log <@{PRIYA}> ask: an intro to the data platform lead")
    names_read(sqlite_engine)
    reply = alice.command(f"history {typed}")
    assert "Nothing logged" not in reply["text"]
    assert "an intro to the data platform lead" in blocks_text(reply)


def test_a_name_two_people_answer_to_gets_a_question(alice, people, sqlite_engine):
    people.add_user(DANA_R, name="dana.r", display_name="Dana", real_name="Dana Reyes")
    alice.command(f"log <@{DANA}|dana> gave: reviewed the plan")
    alice.command(f"log <@{DANA_R}> gave: paired on the migration")
    names_read(sqlite_engine, 2)
    reply = alice.command("skip dana")
    assert "Which one?" in reply["text"]
    assert f"<@{DANA}>" in reply["text"] and f"<@{DANA_R}>" in reply["text"]


# ---- 2. a zone after the time is left out, the rest still parses -----------------------------


def test_a_zone_suffix_is_left_out_with_a_note_and_the_role_still_read(
    alice, people, sqlite_engine
):
    reply = alice.command(f"schedule <@{DANA}|dana> weekly tuesday 10am PST as manager")
    shown = blocks_text(reply)
    assert "Scheduled" in reply["text"]
    assert "I left out PST" in shown and "your Slack time zone (America/New_York)" in shown
    (series,) = rows(sqlite_engine, MeetingSeries)
    assert (series.weekday, series.local_time, series.tz) == (1, "10:00", "America/New_York")
    (relationship,) = rows(sqlite_engine, Relationship)
    assert relationship.role == "manager"


@pytest.mark.parametrize("zone", ["EST", "CET", "UTC", "GMT+1", "Europe/Berlin"])
def test_other_zone_suffixes(alice, people, sqlite_engine, zone):
    reply = alice.command(f"schedule <@{DANA}|dana> weekly thu 3:30pm {zone} for 45m")
    assert f"I left out {zone}" in blocks_text(reply)
    (series,) = rows(sqlite_engine, MeetingSeries)
    assert (series.local_time, series.duration_minutes) == ("15:30", 45)


# ---- 3. the roles are listed, and every way of writing skip-level works ----------------------


def test_help_lists_the_roles(alice):
    for text in ("help", "help schedule"):
        shown = blocks_text(alice.command(text))
        assert "manager, skip-level, mentor, sponsor, peer, other" in shown


@pytest.mark.parametrize("written", ["skip level", "skip-level", "skiplevel"])
def test_skip_level_in_any_spelling(alice, people, sqlite_engine, fake_slack, http_bot, written):
    reply = alice.command(f"schedule <@{DANA}|dana> weekly tue 10:00 as {written}")
    assert f"<@{DANA}> is your skip-level" in blocks_text(reply)
    (relationship,) = rows(sqlite_engine, Relationship)
    assert relationship.role == "skip"
    before = len(fake_slack.calls_to("views.publish"))
    http_bot.post(signing.event({"type": "app_home_opened", "user": ALICE, "tab": "home"}))
    view = fake_slack.wait_for("views.publish", before + 1)[-1].params["view"]
    assert "(skip-level)" in str(view) and "(skip)" not in str(view)


# ---- 4. confirmations in grammar --------------------------------------------------------------


def test_confirmations_read_as_sentences(alice, people):
    gave = alice.command(f"log <@{DANA}|dana> gave: reviewed her design doc")
    assert gave["text"].startswith(f":handshake: Logged what you did for <@{DANA}>: reviewed")
    ask = alice.command(f"log <@{PRIYA}> ask: an intro to the data platform lead")
    assert ask["text"].startswith(f":raised_hand: Logged what you asked <@{PRIYA}>: an intro")
    alone = alice.command("log ask: budget for the data course")
    assert alone["text"].startswith(":raised_hand: Logged an ask: budget")
    for reply in (gave, ask, alone):
        assert " a something " not in reply["text"] and " a ask" not in reply["text"]


# ---- 7. a second series with the same person: replace or add, with Undo ----------------------


def test_a_second_series_asks_replace_or_add_and_replace_can_be_undone(
    alice, people, sqlite_engine
):
    alice.command(f"schedule <@{DANA}|dana> weekly tue 10:00")
    question = alice.command(f"schedule <@{DANA}|dana> weekly thu 10:00")
    assert "Should the new one" in question["text"]
    assert [s.weekday for s in rows(sqlite_engine, MeetingSeries) if s.active] == [1]
    replace = button_in(question, ids.SERIES_REPLACE)
    button_in(question, ids.SERIES_ADD)

    (answer,) = alice.press(replace["action_id"], replace["value"])
    assert answer["text"].startswith(":white_check_mark: Replaced")
    assert [s.weekday for s in rows(sqlite_engine, MeetingSeries) if s.active] == [3]

    undo = button_in(answer, ids.SERIES_UNREPLACE)
    (undone,) = alice.press(undo["action_id"], undo["value"])
    assert "Undone" in undone["text"]
    assert [s.weekday for s in rows(sqlite_engine, MeetingSeries) if s.active] == [1]


def test_add_another_keeps_both(alice, people, sqlite_engine):
    alice.command(f"schedule <@{DANA}|dana> weekly tue 10:00")
    question = alice.command(f"schedule <@{DANA}|dana> weekly thu 10:00")
    add = button_in(question, ids.SERIES_ADD)
    (answer,) = alice.press(add["action_id"], add["value"])
    assert answer["text"].startswith(":white_check_mark: Scheduled")
    assert sorted(s.weekday for s in rows(sqlite_engine, MeetingSeries) if s.active) == [1, 3]


def test_skip_this_one_on_the_prep_card_offers_undo(alice, people, sqlite_engine):
    alice.command(f"schedule <@{DANA}|dana> weekly thu 10:00")
    card = alice.command("prep")
    skip = button_in(card, ids.PREP_SKIP)
    (answer,) = alice.press(skip["action_id"], skip["value"])
    assert answer["text"].startswith("Skipped the 1:1")
    (series,) = rows(sqlite_engine, MeetingSeries)
    assert series.skipped not in ("", "[]")
    undo = button_in(answer, ids.SERIES_UNSKIP)
    (undone,) = alice.press(undo["action_id"], undo["value"])
    assert "no longer skipped" in undone["text"]
    (series,) = rows(sqlite_engine, MeetingSeries)
    assert series.skipped in ("", "[]")


# ---- 10. help without repeats or raw ids; App Home forgets an undone-only person --------------


def test_help_schedule_says_its_synopsis_once(alice):
    reply = alice.command("help schedule")
    shown = blocks_text(reply)
    assert shown.count("/oneonone schedule @person <cadence>") == 1
    assert all(block["type"] != "header" for block in reply["blocks"])
    assert "/oneonone schedule @kim monthly last fri 15:00 as skip-level" in shown


def test_help_shows_no_raw_user_id(alice):
    shown = blocks_text(alice.command("help"))
    assert "<@U" not in shown and "@U0" not in shown


def test_person_whose_only_entry_was_undone_leaves_the_give_and_take(
    alice, people, sqlite_engine, fake_slack, http_bot
):
    alice.command(f"log <@{DANA}|dana> gave: reviewed her design doc")
    logged = alice.command(f"log <@{PRIYA}> note: coffee chat")
    undo = button_in(logged, ids.ENTRY_UNDO)
    alice.press(undo["action_id"], undo["value"])
    assert [e.text for e in rows(sqlite_engine, Entry)] == ["reviewed her design doc"]
    before = len(fake_slack.calls_to("views.publish"))
    http_bot.post(signing.event({"type": "app_home_opened", "user": ALICE, "tab": "home"}))
    view = fake_slack.wait_for("views.publish", before + 1)[-1].params["view"]
    assert "Give and take" in str(view) and f"<@{DANA}>" in str(view)
    assert f"<@{PRIYA}>" not in str(view)
