"""The Slack Web API client every mode shares."""

from __future__ import annotations

import time
from collections.abc import Callable

from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler

from bot.config import Config

Sleep = Callable[[float], None]


def make_web_client(
    config: Config, *, wait_on_rate_limit: bool = False, sleep: Sleep = time.sleep
) -> WebClient:
    """A client that talks to `SLACK_API_URL` and rides out blips.

    Connection errors and 5xx are retried with slack_sdk's backoff. A 429 comes back as an
    error by default: listeners must never sleep through `Retry-After` (they defer the read to
    the dispatcher instead), and the dispatcher reschedules a rate-limited nudge. Only a
    one-off caller such as `oneonone doctor` may pass `wait_on_rate_limit=True`.
    `sleep` is how the backoff waits: tests pass one that only notes the pause.
    """
    handlers: list[RetryHandler] = [
        _waiting(ConnectionErrorRetryHandler, sleep)(max_retry_count=2),
        _waiting(ServerErrorRetryHandler, sleep)(max_retry_count=2),
    ]
    if wait_on_rate_limit:
        handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return WebClient(
        token=config.bot_token, base_url=config.slack_api_url, timeout=15, retry_handlers=handlers
    )


def _waiting(base: type[RetryHandler], sleep: Sleep) -> type[RetryHandler]:
    """`base` with its backoff pause taken by `sleep` (slack_sdk calls `time.sleep` itself)."""
    if sleep is time.sleep:
        return base

    class Waiting(base):  # type: ignore[valid-type, misc]
        def prepare_for_next_attempt(self, *, state, request, response=None, error=None) -> None:
            state.next_attempt_requested = True
            sleep(self.interval_calculator.calculate_sleep_duration(state.current_attempt))
            state.increment_current_attempt()

    return Waiting


def team_of(client: WebClient) -> str:
    """The workspace of the client's token (`auth.test`): one installation serves one team, and
    background work is scoped to it. Raises when Slack does not say."""
    team_id = client.auth_test().get("team_id")
    if not isinstance(team_id, str) or not team_id:
        raise SlackClientError("auth.test named no team for this token")
    return team_id
