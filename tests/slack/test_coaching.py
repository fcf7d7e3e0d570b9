"""Issue 11 over signed HTTP: the goal's focus, editing talking points, optics and the card's
asks as Slack receives them, with the rows checked where they land."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from storage.db import make_session_factory, transaction
from storage.models import Entry, Relationship, User
from tests.blocks import assert_valid_message, context_texts
from tests.slack.conftest import DANA

GOAL = "Become a senior engineer owning the payments platform"


def _rows(engine, model):
    with transaction(make_session_factory(engine)) as session:
        return list(session.scalars(select(model).order_by(model.id)))


def _meet(alice, clock, when: str, role: str) -> None:
    """Alice, on Wed 25 Nov 2026, schedules her 1:1 series with Dana."""
    clock.current = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    alice.command(f"schedule <@{DANA}> {when} as {role}")


def test_goal_keeps_the_sentence_shows_the_focus_and_takes_a_correction(alice, sqlite_engine):
    reply = alice.command(f"goal {GOAL}")
    assert_valid_message(reply)
    assert "*the payments platform*" in reply["text"]
    assert "/oneonone goal focus" in reply["text"]
    (user,) = _rows(sqlite_engine, User)
    assert (user.goal, user.goal_focus) == (GOAL, "the payments platform")
    fixed = alice.command("goal focus payments reliability")
    assert "*payments reliability*" in fixed["text"]
    (user,) = _rows(sqlite_engine, User)
    assert (user.goal, user.goal_focus) == (GOAL, "payments reliability")


def test_a_sentence_as_focus_is_refused_with_an_example(alice, sqlite_engine):
    reply = alice.command("goal focus to be promoted")
    assert "/oneonone goal focus people management" in reply["text"]
    assert all(user.goal_focus is None for user in _rows(sqlite_engine, User))


def test_card_asks_use_the_focus_never_the_goal_or_a_log_line(alice, clock):
    _meet(alice, clock, "weekly tue 10:00", "mentor")
    alice.command(f"goal {GOAL}")
    clock.current -= timedelta(days=10)
    alice.command(f"log <@{DANA}> ask: <@{DANA}> to demo the retry dashboard at the all-hands")
    clock.current += timedelta(days=10)
    card = alice.command(f"prep <@{DANA}>")
    asks = next(b for b in card["blocks"] if "Suggested asks" in b.get("text", {}).get("text", ""))
    body = asks["text"]["text"]
    assert "demoing the retry dashboard" in body  # the open ask, by topic
    assert "15 Nov" in body  # ... and date
    assert GOAL.lower() not in body.lower() and "<@" not in body
    assert "all-hands" not in body  # never the raw line
    assert "budget" not in body.lower()  # a mentor holds no budget


def test_a_weekly_manager_one_on_one_never_gets_a_favouritism_note(alice, clock):
    _meet(alice, clock, "weekly tue 10:00", "manager")
    alice.command("schedule @sam monthly first thu 11:00 as mentor")
    for text in ("the Q3 roadmap", "the ingestion design review", "hiring for the data team"):
        alice.command(f"log <@{DANA}> {text}")
    card = alice.command(f"prep <@{DANA}>")
    assert "favouritism" not in str(card["blocks"]).replace("Could it look like favouritism?", "")


def test_an_evening_one_on_one_gets_the_hours_note_with_the_meeting(alice, clock):
    _meet(alice, clock, "weekly thu 19:30", "skip")
    card = alice.command(f"prep <@{DANA}>")
    blocks = card["blocks"]
    # Said with the meeting header (issue 11), not under Balance ...
    assert blocks[0]["type"] == "header"
    hours = blocks[1]["elements"][0]["text"]
    assert "Thursdays at 19:30. With someone senior, an evening 1:1 can read as social" in hours
    balance = next(b for b in blocks if "*Balance*" in b.get("text", {}).get("text", ""))
    assert "working hours" not in balance["text"]["text"]
    # ... and the full checklist goes with it, since the card raises a concern.
    assert any("Work-focused?" in text for text in context_texts(card))


def test_a_personal_drift_names_the_points_and_leads_with_the_work_ones(alice, clock):
    """Counts a reader can trace on the card, advice that fits the agenda, the full checklist."""
    _meet(alice, clock, "weekly tue 10:00", "manager")
    alice.command(f"agenda <@{DANA}> the Q3 roadmap: where can I own the ingestion work?")
    alice.command(f"agenda <@{DANA}> my son is sick again and my wife is exhausted")
    alice.command(f"agenda <@{DANA}> my dad's hospital appointments keep clashing with work")
    alice.command(f"agenda <@{DANA}> my daughter's school play is the same day as the offsite")
    card = alice.command(f"prep <@{DANA}>")
    assert_valid_message(card)
    [drift] = [t for t in context_texts(card) if ":eyes:" in t]
    assert "3 of your last 4 entries, counting points 2–4 below" in drift
    assert "Lead with point 1, your work point" in drift and "points 2–4" in drift
    assert "Bring one work question" not in drift
    [checklist] = [t for t in context_texts(card) if "Before you go in" in t]
    assert "Work-focused?" in checklist
    # round 14: a chatty log with your own manager is a question of focus, not of favour
    assert "Could it look like favouritism?" not in checklist


def test_a_flag_quotes_the_words_that_carry_it_and_keeps_the_situation(alice, clock):
    _meet(alice, clock, "monthly second tue 16:30", "mentor")
    reply = alice.command(
        f"agenda <@{DANA}> My head of department is useless and everyone knows it"
    )
    text = str(reply["blocks"])
    assert "Sensitive: “useless” could read as gossip" in text and "“head”" not in text
    assert "my head of department" in text.split("Try:")[1]  # the rewrite keeps who it is about
    reply = alice.command(
        f"agenda <@{DANA}> I've been diagnosed with anxiety and I'm not sure I can handle more"
    )
    # a diagnosis → no details; for a mentor, the capacity question the point bears on (round
    # 14: the card's own rewrite for this role, as the confirmation shows it)
    rewrite = str(reply["blocks"]).split("Try: ")[-1]
    assert "capacity for more" in rewrite and "anxiety" not in rewrite


def test_edit_and_remove_a_talking_point_with_undo(alice, clock, sqlite_engine):
    _meet(alice, clock, "weekly tue 10:00", "manager")
    alice.command(f"agenda <@{DANA}> the Q3 roadmap")
    alice.command(f"agenda <@{DANA}> hiring plan")
    edited = alice.command(f"agenda <@{DANA}> edit 2 the hiring plan for Q1")
    assert_valid_message(edited)
    assert "Changed your point" in edited["text"]
    texts = {(e.text, e.status) for e in _rows(sqlite_engine, Entry)}
    assert texts == {
        ("the Q3 roadmap", "open"),
        ("hiring plan", "dismissed"),
        ("the hiring plan for Q1", "open"),
    }
    undo = next(b["accessory"] for b in edited["blocks"] if "accessory" in b)
    alice.press(undo["action_id"], undo["value"])
    texts = {(e.text, e.status) for e in _rows(sqlite_engine, Entry)}
    assert texts == {("the Q3 roadmap", "open"), ("hiring plan", "open")}

    removed = alice.command(f"agenda <@{DANA}> remove 1")
    assert "Removed from your points" in removed["text"] and "the Q3 roadmap" in removed["text"]
    card = alice.command(f"prep <@{DANA}>")
    assert "Q3 roadmap" not in str(card["blocks"]) and "1. hiring plan" in str(card["blocks"])
    undo = next(b["accessory"] for b in removed["blocks"] if "accessory" in b)
    alice.press(undo["action_id"], undo["value"])
    assert {e.status for e in _rows(sqlite_engine, Entry)} == {"open"}

    wrong = alice.command(f"agenda <@{DANA}> remove 5")
    assert "no point 5" in wrong["text"] and "you have 2 open talking points" in wrong["text"]


def test_undo_of_someone_elses_point_changes_nothing(alice, bob, clock, sqlite_engine):
    clock.current = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    alice.command(f"agenda <@{DANA}> the Q3 roadmap")
    removed = alice.command(f"agenda <@{DANA}> remove 1")
    undo = next(b["accessory"] for b in removed["blocks"] if "accessory" in b)
    answers = bob.press(undo["action_id"], undo["value"])
    assert "couldn't find that item" in str(answers)
    assert [e.status for e in _rows(sqlite_engine, Entry)] == ["dismissed"]


def test_priority_is_logged_and_offered_when_the_balance_leans_take(alice, clock, sqlite_engine):
    _meet(alice, clock, "weekly tue 10:00", "sponsor")
    for n in range(4):
        alice.command(f"log <@{DANA}> ask: help with thing {n}")
    logged = alice.command(f"log <@{DANA}> priority: hiring two senior designers")
    assert "priority of theirs" in logged["text"]
    assert [e.kind for e in _rows(sqlite_engine, Entry)][-1] == "priority"
    card = alice.command(f"prep <@{DANA}>")
    asks = next(b for b in card["blocks"] if "Suggested asks" in b.get("text", {}).get("text", ""))
    first = asks["text"]["text"].splitlines()[1]
    assert first.startswith("1. ") and "hiring two senior designers" in first


def test_drinks_and_promo_ahead_of_others_get_the_favouritism_note(alice, clock):
    """Must show 3 over signed HTTP, with the learned scanner's FAVOURITISM flags."""
    _meet(alice, clock, "weekly tue 10:00", "manager")
    alice.command(f"agenda <@{DANA}> grab drinks after work, just the two of us?")
    alice.command(f"agenda <@{DANA}> can you push my promo ahead of the others?")
    card = alice.command(f"prep <@{DANA}>")
    assert_valid_message(card)
    optics = [
        e["text"]
        for b in card["blocks"]
        if b["type"] == "context"
        for e in b["elements"]
        if ":eyes:" in e.get("text", "")
    ]
    assert len(optics) == 1 and "can read to others as favouritism" in optics[0]
    assert "Dana" in optics[0] and "Keep the ask about your work" in optics[0]
    points = str(card["blocks"])
    assert "could read as favouritism" in points  # each point carries its marker


def test_an_empty_agenda_suggests_a_point_that_fits(alice, clock):
    """The first 1:1 of a series: agree how to work together; later, an example for the role."""
    _meet(alice, clock, "weekly tue 10:00", "mentor")
    first = str(alice.command(f"prep <@{DANA}>")["blocks"])
    assert "how often to meet" in first
    assert "yet — after this first 1:1" in first and "90 days" not in first
    assert "Could it look like favouritism?" not in first  # a mentor has no say over you
    clock.current += timedelta(days=8)  # past the first occurrence
    later = str(alice.command(f"prep <@{DANA}>")["blocks"])
    assert "a situation I'm stuck on" in later and "how often to meet" not in later


def test_the_counterparts_slack_title_is_stored_and_steers_the_asks(alice, fake_slack, clock):
    """Issue 11 round 5: a peer whose Slack title is in the user's target field is asked to show
    the job (shadow, review a piece of work), not to "know someone close to" that field."""
    ben = "UBEN00001"
    fake_slack.add_user(ben, name="ben", job_title="Product Marketing Manager")
    clock.current = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    alice.command("goal move into product marketing")
    alice.command(f"schedule <@{ben}> biweekly thu 15:00 as peer")
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # the title is read from Slack after the reply
        titles = [r.title for r in _rows(alice.engine, Relationship)]
        if titles == ["Product Marketing Manager"]:
            break
        time.sleep(0.01)
    assert [r.title for r in _rows(alice.engine, Relationship)] == ["Product Marketing Manager"]
    assert any(c.params.get("user") == ben for c in fake_slack.calls if c.method == "users.info")
    card = alice.command(f"prep <@{ben}>")
    asks = next(b for b in card["blocks"] if "Suggested asks" in b.get("text", {}).get("text", ""))
    body = asks["text"]["text"]
    assert re.search(r"shadow|review|sit in|who on your (?:side|team)", body), body
    assert "close to product marketing" not in body and "who do you turn to" not in body
