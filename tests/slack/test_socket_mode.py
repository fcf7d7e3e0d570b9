"""`oneonone run` with SLACK_APP_TOKEN: the same app and dispatcher, served over Socket Mode."""

from __future__ import annotations

import slack_bolt.adapter.socket_mode as socket_mode
from slack_bolt import App

from bot import cli
from bot.config import Config

STARTED: list[tuple[App, str]] = []


class RecordingHandler:
    """Stands in for Slack's websocket: records what it was given and returns at once."""

    def __init__(self, app: App, app_token: str) -> None:
        self.app, self.app_token = app, app_token

    def start(self) -> None:
        STARTED.append((self.app, self.app_token))


def test_socket_mode_serves_the_same_app(monkeypatch, fake_slack, tmp_path):
    monkeypatch.setattr(socket_mode, "SocketModeHandler", RecordingHandler)
    config = Config(
        bot_token="xoxb-test",
        signing_secret="",
        app_token="xapp-test",
        database_url=f"sqlite:///{tmp_path / 'bot.db'}",
        slack_api_url=fake_slack.api_url,
        tick_seconds=3600,
    )
    assert cli._run(config) == 0
    ((app, token),) = STARTED
    assert token == "xapp-test"
    assert any(getattr(listener, "ack_function", None) for listener in app._listeners)
    assert fake_slack.calls_to("auth.test"), "the token is checked at start"
    assert (tmp_path / "bot.db").exists(), "migrations ran"
