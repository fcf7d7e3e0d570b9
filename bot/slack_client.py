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

#: Methods that create a message. After a 5xx or a dropped connection Slack may have stored the
#: message anyway, so re-sending blind could post it twice.
POSTING_METHODS = frozenset({"chat.postMessage", "chat.postEphemeral", "chat.scheduleMessage"})


def make_web_client(
    config: Config,
    *,
    wait_on_rate_limit: bool = False,
    resend_posts: bool = False,
    sleep: Sleep = time.sleep,
) -> WebClient:
    """A client that talks to `SLACK_API_URL` and rides out blips.

    Connection errors and 5xx are retried with slack_sdk's backoff. A 429 comes back as an
    error by default: listeners must never sleep through `Retry-After` (they defer the read to
    the dispatcher instead), and the dispatcher reschedules a rate-limited nudge. Only a
    one-off caller such as `oneonone doctor` may pass `wait_on_rate_limit=True`. Posts are
    never retried blind (`resend_posts=False`, the default for every client that posts): a
    listener's confirmation that may have landed is logged, not re-sent (handlers.capture.
    replies), and the nudge dispatcher first reads the DM to see whether a post whose answer
    was lost landed (bot.dispatcher). `sleep` is how the backoff waits: tests pass one that
    only notes the pause.
    """
    handlers: list[RetryHandler] = [
        _waiting(ConnectionErrorRetryHandler, sleep)(max_retry_count=2),
        _waiting(ServerErrorRetryHandler, sleep)(max_retry_count=2),
    ]
    if not resend_posts:
        handlers = [_ReadsOnly(handler) for handler in handlers]
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


class _ReadsOnly(RetryHandler):
    """Another handler's retries, except for the methods that post (see POSTING_METHODS)."""

    def __init__(self, inner: RetryHandler) -> None:
        super().__init__(inner.max_retry_count, inner.interval_calculator)
        self.inner = inner

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        if request.url.rsplit("/", 1)[-1] in POSTING_METHODS:
            return False
        return self.inner._can_retry(state=state, request=request, response=response, error=error)

    def prepare_for_next_attempt(self, *, state, request, response=None, error=None) -> None:
        self.inner.prepare_for_next_attempt(
            state=state, request=request, response=response, error=error
        )


def team_of(client: WebClient) -> str:
    """The workspace of the client's token (`auth.test`): one installation serves one team, and
    background work is scoped to it. Raises when Slack does not say."""
    team_id = client.auth_test().get("team_id")
    if not isinstance(team_id, str) or not team_id:
        raise SlackClientError("auth.test named no team for this token")
    return team_id
