"""Drivers for Slack-level tests: type a command or press a button as a given user."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from bot.fake_slack import TEAM_ID, FakeSlack
from storage.db import make_session_factory, transaction
from storage.users import find_user
from tests import signing
from tests.harness import HttpBot, Reply

ALICE, BOB, DANA = "UALICE001", "UBOB00001", "UDANA0001"


class SlackUser:
    """One person in the workspace, talking to the bot over signed HTTP."""

    def __init__(
        self, bot: HttpBot, fake: FakeSlack, user_id: str, engine: Engine | None = None
    ) -> None:
        self.bot, self.fake, self.user_id = bot, fake, user_id
        self.engine = engine

    def command(self, text: str) -> dict[str, Any]:
        reply = self.raw_command(text)
        assert reply.status == 200, (reply.status, reply.text)
        payload = reply.json()
        assert payload["response_type"] == "ephemeral"
        return payload

    def raw_command(self, text: str) -> Reply:
        reply = self.bot.post(
            signing.slash_command(
                text, user=self.user_id, response_url=self.fake.url + "response_url/cmd"
            )
        )
        self._await_zone()
        return reply

    def _await_zone(self, timeout: float = 5.0) -> None:
        """A new user's time zone is read from Slack just after their first reply; a person
        typing their next command is slower than that, so the next command waits for it too
        (a test that needs the moment before reads the database itself)."""
        if self.engine is None:
            return
        factory = make_session_factory(self.engine)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with transaction(factory) as session:
                user = find_user(session, TEAM_ID, self.user_id)
                if user is None or user.tz_checked_at is not None:
                    return
            time.sleep(0.01)

    def press(self, action_id: str, value: str) -> list[dict[str, Any]]:
        """Press a button; returns what the bot answered through response_url or DM."""
        before = len(self.fake.calls)
        reply = self.bot.post(
            signing.block_action(
                action_id, value, user=self.user_id, response_url=self.fake.url + "response_url/act"
            )
        )
        assert reply.status == 200, (reply.status, reply.text)
        calls = self.fake.wait_for_new(before, ("response_url", "chat.postMessage", "views.open"))
        return [c.params for c in calls]


@pytest.fixture
def alice(http_bot, fake_slack, sqlite_engine) -> SlackUser:
    return SlackUser(http_bot, fake_slack, ALICE, sqlite_engine)


@pytest.fixture
def bob(http_bot, fake_slack, sqlite_engine) -> SlackUser:
    return SlackUser(http_bot, fake_slack, BOB, sqlite_engine)
