"""Drivers for Slack-level tests: type a command or press a button as a given user."""

from __future__ import annotations

from typing import Any

import pytest

from bot.fake_slack import FakeSlack
from tests import signing
from tests.harness import HttpBot, Reply

ALICE, BOB, DANA = "UALICE001", "UBOB00001", "UDANA0001"


class SlackUser:
    """One person in the workspace, talking to the bot over signed HTTP."""

    def __init__(self, bot: HttpBot, fake: FakeSlack, user_id: str) -> None:
        self.bot, self.fake, self.user_id = bot, fake, user_id

    def command(self, text: str) -> dict[str, Any]:
        reply = self.raw_command(text)
        assert reply.status == 200, (reply.status, reply.text)
        payload = reply.json()
        assert payload["response_type"] == "ephemeral"
        return payload

    def raw_command(self, text: str) -> Reply:
        return self.bot.post(
            signing.slash_command(
                text, user=self.user_id, response_url=self.fake.url + "response_url/cmd"
            )
        )

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
def alice(http_bot, fake_slack) -> SlackUser:
    return SlackUser(http_bot, fake_slack, ALICE)


@pytest.fixture
def bob(http_bot, fake_slack) -> SlackUser:
    return SlackUser(http_bot, fake_slack, BOB)
