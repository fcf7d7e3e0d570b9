"""App Home over signed HTTP: one valid view within 100 blocks, however much is stored."""

from __future__ import annotations

import time

from storage.db import make_session_factory, transaction
from tests import signing
from tests.blocks import assert_valid_view
from tests.seed import seed_user
from tests.slack.conftest import ALICE, BOB, DANA


def _open_home(http_bot, user: str, tab: str = "home"):
    event = {
        "type": "app_home_opened",
        "user": user,
        "channel": "D0HOME",
        "tab": tab,
        "event_ts": "1700000000.000100",
    }
    reply = http_bot.post(signing.event(event))
    assert reply.status == 200


def test_home_for_30_relationships_and_200_followups_is_one_valid_view(
    http_bot, fake_slack, sqlite_engine
):
    with transaction(make_session_factory(sqlite_engine)) as session:
        seed_user(session, ALICE, people=30, followups=200)
        seed_user(session, BOB, people=2, followups=3)
    _open_home(http_bot, ALICE)
    publish = fake_slack.wait_for("views.publish")
    time.sleep(0.3)
    assert len(fake_slack.calls_to("views.publish")) == 1
    params = publish[0].params
    assert params["user_id"] == ALICE
    view = params["view"]
    assert_valid_view(view)
    assert len(view["blocks"]) <= 100
    text = str(view["blocks"])
    assert "Open follow-ups* (200)" in text
    assert "/oneonone followups" in text and "/oneonone list" in text  # the see-all paths
    assert "follow-up number 0" in text
    assert f"for {BOB}" not in text and "UBOBP" not in text  # nobody else's data
    assert "wants to lead the data platform team" in text
    buttons = [
        e["action_id"] for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]
    ]
    assert "entry_done" in buttons and "entry_dismiss" in buttons


def test_new_user_gets_the_first_three_steps(http_bot, fake_slack):
    _open_home(http_bot, ALICE)
    view = fake_slack.wait_for("views.publish")[0].params["view"]
    assert_valid_view(view)
    text = str(view["blocks"])
    for step in ("1. Schedule", "2. Set a career goal", "3. Add a talking point"):
        assert step in text


def test_messages_tab_publishes_nothing(http_bot, fake_slack):
    _open_home(http_bot, ALICE, tab="messages")
    time.sleep(0.3)
    assert fake_slack.calls_to("views.publish") == []


def test_home_is_republished_after_done_and_after_a_command(alice, fake_slack, clock):
    alice.command(f"log <@{DANA}> followup: send Dana the migration plan")
    first = fake_slack.wait_for("views.publish")
    assert "send Dana the migration plan" in str(first[-1].params["view"])
    entry_id = next(
        e["value"]
        for b in first[-1].params["view"]["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "entry_done"
    )
    alice.press("entry_done", entry_id)
    after = fake_slack.wait_for("views.publish", count=len(first) + 1)
    view = after[-1].params["view"]
    assert_valid_view(view)
    assert "send Dana the migration plan" not in str(view)
