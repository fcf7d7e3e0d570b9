"""While the health probe says the database is down, every request is turned away at the door
with the polite "nothing was saved" (a global middleware), and nothing reaches the database."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.app import build_app
from bot.server import make_server
from bot.slack_client import make_web_client
from storage.db import make_session_factory, transaction
from storage.models import User
from tests import signing
from tests.conftest import config_for
from tests.harness import HttpBot
from tests.signing import SIGNING_SECRET
from tests.slack.conftest import ALICE, DANA, SlackUser


class Switch:
    up = True

    def __call__(self) -> bool:
        return self.up


@pytest.fixture
def database(fake_slack, sqlite_engine, clock):
    health = Switch()
    app = build_app(
        client=make_web_client(config_for(fake_slack)),
        signing_secret=SIGNING_SECRET,
        session_factory=make_session_factory(sqlite_engine),
        clock=clock,
        database_health=health,
    )
    bot = HttpBot(make_server(app, host="127.0.0.1", port=0, health=health)).start()
    yield health, bot, SlackUser(bot, fake_slack, ALICE)
    bot.stop()


def users(engine) -> int:
    with transaction(make_session_factory(engine)) as session:
        return session.scalar(select(func.count()).select_from(User))


def test_commands_and_buttons_get_the_polite_reply_while_the_database_is_down(
    database, fake_slack, sqlite_engine
):
    health, bot, alice = database
    health.up = False
    assert bot.get("/healthz").status == 503
    reply = alice.command(f"schedule <@{DANA}> weekly tue 10:00")
    assert reply["text"].startswith(":hourglass_flowing_sand: I couldn't reach my database")
    assert "nothing was saved" in reply["text"]
    (answer,) = alice.press("nudge_snooze", "1")
    assert "couldn't reach my database" in answer["text"] and answer["response_type"] == "ephemeral"
    assert users(sqlite_engine) == 0  # not even the requester's row
    health.up = True
    assert bot.get("/healthz").status == 200
    assert "Scheduled" in alice.command(f"schedule <@{DANA}> weekly tue 10:00")["text"]


def test_an_event_is_refused_so_that_slack_delivers_it_again_later(database, sqlite_engine):
    health, bot, _alice = database
    health.up = False
    reply = bot.post(signing.event({"type": "app_home_opened", "user": ALICE, "tab": "home"}))
    assert reply.status >= 500  # Slack retries what it did not get a 200 for
    assert users(sqlite_engine) == 0
