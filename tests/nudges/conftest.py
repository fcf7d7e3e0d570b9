"""The dispatcher in-process, on the same database and fake Slack as the HTTP app."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.app import nudge_views, standard_hooks
from bot.config import Config
from bot.dispatcher import Dispatcher
from bot.slack_client import make_web_client
from storage.db import make_session_factory
from tests.slack.conftest import alice, bob  # noqa: F401  (shared fixtures)


@pytest.fixture
def dispatcher(fake_slack, sqlite_engine, clock, backoffs) -> Dispatcher:
    fake_slack.now_fn = lambda: clock().timestamp()
    config = Config(bot_token="xoxb-test", signing_secret="x", slack_api_url=fake_slack.api_url)
    factory = make_session_factory(sqlite_engine)
    client = make_web_client(
        config, wait_on_rate_limit=False, resend_posts=False, sleep=backoffs.append
    )
    return Dispatcher(
        session_factory=factory,
        client=client,
        clock=clock,
        views=nudge_views(),
        instance="test-instance",
        hooks=standard_hooks(factory, client),
        # Waiting out a 429 moves the test's clock instead of sleeping.
        sleep=lambda seconds: clock.advance(timedelta(seconds=seconds)),
    )
