"""User B cannot see or touch user A's data through any command or button (issue 3, must-show 4).

A (Alice) builds a full journal with Dana and with a free-text "@pat"; B (Bob) then runs every
subcommand naming the same people, presses every action the app registers with every value A's
buttons carry, and submits every modal with A's relationship in its metadata. B's replies never
contain A's words, every attempt on A's rows gets a polite answer, and A's rows stay exactly as
they were. Action and view ids come from the Bolt app's own listeners, so a new button is covered
as soon as it is registered.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from bot.fake_slack import TEAM_ID
from handlers.errors import SORRY
from storage.models import Base, User
from tests import signing
from tests.slack.conftest import ALICE, BOB, DANA, SlackUser

NOW = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)  # Wed 09:00 in New York, 15:00 in Berlin
D = f"<@{DANA}|dana>"

#: Words only A ever typed; none may reach B.
SECRETS = {
    "agenda": "quokka promotion packet",
    "pat_agenda": "wombat reorg rumours",
    "ask": "narwhal budget for the course",
    "gave": "pangolin hiring plan review",
    "win": "axolotl billing migration shipped",
    "followup": "capybara migration plan to send",
    "followup2": "ocelot deck for the offsite",
    "note": "tapir said the team is moving",
    "goal": "okapi staff engineer in data platform",
}
#: How A's series reads in a reply (monthly last Thu 4:15pm for 50m, New York time).
SERIES_WORDS = ("Last Thu", "last Thu", "16:15", "4:15", "50 min")


def _texts(node: Any) -> str:
    return json.dumps(node, ensure_ascii=False)


def _assert_no_leak(what: str, shown: Any) -> None:
    text = _texts(shown)
    for secret in SECRETS.values():
        assert secret not in text, f"{what} showed A's {secret!r}: {text[:400]}"
    for word in SERIES_WORDS:
        assert word not in text, f"{what} showed A's series ({word!r}): {text[:400]}"


def _seed_alice(alice: SlackUser) -> list[dict[str, Any]]:
    """A's journal; returns every reply, whose buttons carry the values B will try."""
    s = SECRETS
    return [
        alice.command(f"schedule {D} monthly last thu 4:15pm for 50m as manager"),
        alice.command(f"agenda {D} {s['agenda']}"),
        alice.command(f"agenda @pat {s['pat_agenda']}"),
        alice.command(f"log {D} ask: {s['ask']}"),
        alice.command(f"log {D} gave: {s['gave']}"),
        alice.command(f"log {D} win: {s['win']}"),
        alice.command(f"log {D} followup: {s['followup']}"),
        alice.command(f"log followup: {s['followup2']}"),
        alice.command(f"log @pat note: {s['note']}"),
        alice.command(f"goal {s['goal']}"),
        alice.command(f"skip {D}"),
        alice.command("prep"),
        alice.command(f"prep {D}"),
        alice.command("followups"),
        alice.command(f"history {D}"),
        alice.command("list"),
    ]


def _alice_rows(engine) -> dict[str, list[tuple]]:
    """Every row that belongs to A, in every table (and A's own user row)."""
    rows: dict[str, list[tuple]] = {}
    with engine.connect() as connection:
        alice_id = connection.scalar(select(User.id).where(User.user_id == ALICE))
        for table in Base.metadata.sorted_tables:
            if table.name == "users":
                query = select(table).where(table.c.id == alice_id)
            elif "owner_id" in table.c:
                query = select(table).where(table.c.owner_id == alice_id)
            else:
                continue
            rows[table.name] = [tuple(r) for r in connection.execute(query.order_by(*table.c))]
    return rows


def _button_values(replies: list[dict[str, Any]]) -> set[str]:
    values: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "button" and "value" in node:
                values.add(node["value"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk([reply.get("blocks") for reply in replies])
    return values


def _values_to_try(engine, replies: list[dict[str, Any]]) -> list[str]:
    """What A's buttons carry, plus every id of A's rows and each series' skipped occurrence."""
    values = _button_values(replies)
    rows = _alice_rows(engine)
    for table, table_rows in rows.items():
        if table == "users":
            continue
        values.update(str(row[0]) for row in table_rows)  # the id column comes first
    with engine.connect() as connection:
        series = Base.metadata.tables["meeting_series"]
        for series_id, skipped in connection.execute(select(series.c.id, series.c.skipped)):
            for start in json.loads(skipped):
                values.add(f"{series_id}|{start}")
    assert any("|" in v for v in values), "A's skip buttons should be among the values"
    return sorted(values)


def _registered(bolt_app, kind: str) -> list[str]:
    """Ids the Bolt app listens to: `kind` is `action` or `view_submission`."""
    names = {"action": ("action", "block_action"), "view_submission": ("view", "view_submission")}
    found: list[str] = []
    for listener in bolt_app._listeners:
        for matcher in listener.matchers:
            func = getattr(matcher, "func", None)
            owner = getattr(func, "__qualname__", "").split(".<locals>")[0]
            if owner not in names[kind]:
                continue
            for cell in func.__closure__ or ():
                constraint = cell.cell_contents
                if isinstance(constraint, dict):
                    constraint = constraint.get("action_id") or constraint.get("callback_id")
                if isinstance(constraint, str):
                    found.append(constraint)
                elif isinstance(constraint, re.Pattern):
                    pytest.fail(f"can't enumerate the pattern id {constraint.pattern!r}; list it")
    return sorted(set(found))


@pytest.fixture
def seeded(alice, clock, sqlite_engine):
    clock.current = NOW
    replies = _seed_alice(alice)
    for reply in replies:
        assert SORRY not in _texts(reply)
    return replies


def test_every_subcommand_as_b_shows_nothing_of_a(seeded, bob, sqlite_engine, fake_slack):
    before = _alice_rows(sqlite_engine)
    assert before["entries"] and before["meeting_series"] and before["relationships"]
    lookups = [
        "", "help", "prep", f"prep {D}", f"prep <@{DANA}>", "prep @pat", "prep @dana", "list",
        f"skip {D}", f"cancel {D}", "skip @pat", "cancel @pat", f"history {D}", "history @pat",
        "history @dana", "followups", "settings", "export", "forget",
    ]  # fmt: skip
    for text in lookups:
        _assert_no_leak(f"B's `{text}`", bob.command(text))
    # B's own writes about the same people stay B's, and B's lookups then show only B's words.
    writes = [
        f"schedule {D} weekly wed 9:00",
        f"agenda {D} B's own talking point",
        f"log {D} followup: B's own follow-up",
        "log @pat win: B's own win",
        "goal B's own goal",
        "settings lead 2h quiet 21:00-07:00",
    ]
    for text in writes:
        _assert_no_leak(f"B's `{text}`", bob.command(text))
    for text in [*lookups, f"skip {D}", f"cancel {D}"]:
        _assert_no_leak(f"B's `{text}` (after B's own entries)", bob.command(text))
    for call in fake_slack.calls:  # nothing B caused reached Slack with A's words either
        if call.params.get("channel") == BOB or call.method == "response_url":
            _assert_no_leak(f"{call.method} to B", call.params)
    assert _alice_rows(sqlite_engine) == before


def test_a_user_of_another_workspace_with_the_same_id_sees_nothing(
    seeded, http_bot, fake_slack, sqlite_engine
):
    before = _alice_rows(sqlite_engine)
    for text in ("prep", f"prep {D}", "list", "followups", f"history {D}", f"skip {D}"):
        reply = http_bot.post(signing.slash_command(text, user=ALICE, team="T0OTHERTEAM"))
        assert reply.status == 200
        _assert_no_leak(f"the other workspace's `{text}`", reply.json())
    assert _alice_rows(sqlite_engine) == before


def test_every_button_with_a_values_is_refused(seeded, bob, bolt_app, sqlite_engine, fake_slack):
    actions = _registered(bolt_app, "action")
    assert {"entry_done", "entry_undo", "prep_skip", "prep_add_point"} <= set(actions)
    values = _values_to_try(sqlite_engine, seeded)
    before = _alice_rows(sqlite_engine)
    for action_id in actions:
        for value in values:
            answers = bob.press(action_id, value)
            what = f"B pressing {action_id}={value!r}"
            _assert_no_leak(what, answers)
            assert all(SORRY not in _texts(a) for a in answers), what
            opened = [a for a in answers if "view" in a]
            assert not opened, f"{what} opened a form on A's data"
            assert any(a.get("text") for a in answers), f"{what} got no polite answer"
    assert _alice_rows(sqlite_engine) == before


def _view_submission(
    callback_id: str, metadata: dict[str, Any], user: str
) -> signing.SignedRequest:
    values = {
        "kind": {"value": {"type": "static_select", "selected_option": {"value": "followup"}}},
        "text": {"value": {"type": "plain_text_input", "value": "B slips this into A's journal"}},
        "person": {"value": {"type": "users_select", "selected_user": DANA}},
        "cadence": {"value": {"type": "static_select", "selected_option": {"value": "weekly"}}},
        "day": {"value": {"type": "static_select", "selected_option": {"value": "wed"}}},
        "time": {"value": {"type": "timepicker", "selected_time": "09:00"}},
    }
    payload = {
        "type": "view_submission",
        "team": {"id": TEAM_ID, "domain": "fake"},
        "user": {"id": user, "team_id": TEAM_ID, "username": user.lower()},
        "api_app_id": "A0APP",
        "trigger_id": "1337.42.abcd",
        "view": {
            "id": f"V{uuid.uuid4().hex[:8].upper()}",
            "type": "modal",
            "callback_id": callback_id,
            "private_metadata": json.dumps(metadata),
            "state": {"values": values},
            "hash": str(time.time()),
            "team_id": TEAM_ID,
        },
        "response_urls": [],
    }
    return signing.interaction(payload)


def test_every_modal_submitted_with_a_relationship_is_refused(
    seeded, bolt_app, http_bot, sqlite_engine, fake_slack
):
    views = _registered(bolt_app, "view_submission")
    assert "entry_modal" in views
    before = _alice_rows(sqlite_engine)
    relationship_ids = [row[0] for row in before["relationships"]]
    for callback_id in views:
        for relationship_id in relationship_ids:
            metadata = {"relationship_id": relationship_id, "channel": "D0DM"}
            reply = http_bot.post(_view_submission(callback_id, metadata, BOB))
            what = f"B submitting {callback_id} for A's relationship {relationship_id}"
            assert reply.status == 200, (what, reply.status, reply.text)
            _assert_no_leak(what, reply.text)
            assert SORRY not in reply.text, what
            if callback_id == "entry_modal":
                assert reply.json()["response_action"] == "errors", what
    assert _alice_rows(sqlite_engine) == before
    for call in fake_slack.calls:
        if call.params.get("channel") in (BOB, ALICE):
            _assert_no_leak(f"{call.method} after B's submissions", call.params)
