"""Every button the app registers, pressed by Bob with ids of Alice's rows: refused politely,
nothing of Alice's changes (design §7: ids from payloads are never trusted alone)."""

from __future__ import annotations

import json
import time

from sqlalchemy import select

from handlers.errors import SORRY
from handlers.views import ids
from storage.db import make_session_factory, transaction
from storage.models import Entry, FollowThrough, MeetingSeries, Nudge, Relationship
from tests import signing
from tests.slack.capture_helpers import modal_values, view_submission, wait_until
from tests.slack.conftest import BOB, DANA

#: Buttons that must exist; the test fails if one of them stops being registered.
CORE = {
    ids.ENTRY_DONE,
    ids.ENTRY_DISMISS,
    ids.ENTRY_UNDO,
    ids.INTRO_STEP,
    ids.ASK_ANSWER,
    ids.PROMISE_DELIVERED,
}


def _all_ids() -> list[str]:
    """Every id in handlers/views/ids.py, so a new one is covered without touching this test."""
    return sorted(
        {value for name, value in vars(ids).items() if name.isupper() and isinstance(value, str)}
    )


def _snapshot(engine) -> list[tuple]:
    with transaction(make_session_factory(engine)) as session:
        rows = []
        for model in (Entry, MeetingSeries, Relationship, Nudge, FollowThrough):
            for row in session.scalars(select(model)):
                rows.append(
                    (model.__name__, *(getattr(row, c.key) for c in model.__table__.columns))
                )
        return sorted(rows, key=repr)


def _alices_ids(engine) -> set[str]:
    with transaction(make_session_factory(engine)) as session:
        found = set()
        for model in (Entry, MeetingSeries, Relationship):
            found |= {str(row.id) for row in session.scalars(select(model))}
        return found


def test_bob_pressing_every_registered_button_on_alices_rows_is_refused(
    alice, http_bot, fake_slack, sqlite_engine
):
    alice.command(f"schedule <@{DANA}> weekly tue 10:00 as manager")
    alice.command(f"log <@{DANA}> followup: send the deck")
    alice.command(f"agenda <@{DANA}> Q3 roadmap")
    alice.command("log win: shipped the migration")
    # A command's reply goes out on its ack; its transaction commits just after.
    wait_until(lambda: len([r for r in _snapshot(sqlite_engine) if r[0] == "Entry"]) == 3)
    time.sleep(0.2)
    before = _snapshot(sqlite_engine)
    values = set()
    for row_id in _alices_ids(sqlite_engine):
        values |= {row_id, f"{row_id}|2026-12-01T15:00:00+00:00"}

    registered = _press_all_as_bob(http_bot, fake_slack, _all_ids(), values)
    assert set(registered) >= CORE, registered
    assert _snapshot(sqlite_engine) == before


#: Values in the shape the leverage buttons carry: an intro's step, an answer, a card's ask.
LEVERAGE_SHAPES = ("{}|made", "{}|reported", "{}|yes", "{}|no", "{}|introduction|Intro me?")
LEVERAGE_IDS = (
    ids.INTRO_STEP,
    ids.ASK_ANSWER,
    ids.PROMISE_DELIVERED,
    ids.AFTER_MADE_IT,
    ids.AFTER_NOT_REACHED,
    ids.AFTER_GAVE,
)


def test_bob_pressing_leverage_buttons_with_well_formed_values_is_refused(
    alice, http_bot, fake_slack, sqlite_engine
):
    alice.command(f"log <@{DANA}> intro: to someone in data platform")
    alice.command(f"log <@{DANA}> ask: budget for the course")
    alice.command(f"log <@{DANA}> I'll send the migration plan by fri")
    wait_until(lambda: len([r for r in _snapshot(sqlite_engine) if r[0] == "FollowThrough"]) == 3)
    time.sleep(0.2)
    before = _snapshot(sqlite_engine)
    values = {shape.format(i) for i in _alices_ids(sqlite_engine) for shape in LEVERAGE_SHAPES}
    registered = _press_all_as_bob(http_bot, fake_slack, LEVERAGE_IDS, values)
    assert set(registered) == set(LEVERAGE_IDS), registered
    assert _snapshot(sqlite_engine) == before


def _press_all_as_bob(http_bot, fake_slack, action_ids, values) -> list[str]:
    """Bob presses each button with each value; every answer is private and polite."""
    registered = []
    for action_id in action_ids:
        for value in sorted(values):
            count = len(fake_slack.calls)
            reply = http_bot.post(
                signing.block_action(
                    action_id, value, user=BOB, response_url=fake_slack.url + "response_url/bob"
                )
            )
            if reply.status == 404:  # no button listener with this id (a modal, a shortcut…)
                break
            assert reply.status == 200, (action_id, reply.status)
            if action_id not in registered:
                registered.append(action_id)
            answers = fake_slack.wait_for_new(
                count, ("response_url", "chat.postMessage", "chat.postEphemeral", "views.open")
            )
            for call in answers:
                assert call.method != "views.open", (action_id, value)
                assert call.params.get("channel", BOB) == BOB  # to Bob only
                text = str(call.params.get("text"))
                assert text and SORRY not in text, (action_id, value, text)
    return registered


def test_bob_submitting_the_entry_form_for_alices_relationship_is_refused(
    alice, http_bot, sqlite_engine
):
    alice.command(f"log <@{DANA}> note: we met")
    wait_until(lambda: len([r for r in _snapshot(sqlite_engine) if r[0] == "Entry"]) == 1)
    # Dana's display name is read after the reply; let that settle before the snapshot.
    wait_until(
        lambda: ("Relationship", "Dana") in {r[:1] + r[7:8] for r in _snapshot(sqlite_engine)}
    )
    with transaction(make_session_factory(sqlite_engine)) as session:
        relationship_id = session.scalars(select(Relationship.id)).one()
    before = _snapshot(sqlite_engine)
    view = {
        "callback_id": ids.ENTRY_MODAL,
        "private_metadata": json.dumps({"relationship_id": relationship_id}),
    }
    reply = http_bot.post(view_submission(BOB, view, modal_values(kind="followup", text="hi")))
    assert reply.status == 200
    answer = reply.json()
    assert answer["response_action"] == "errors" and "couldn't find" in answer["errors"]["text"]
    assert _snapshot(sqlite_engine) == before
