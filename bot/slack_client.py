"""The Slack Web API client every mode shares."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.config import Config

#: Methods that create a message. After a 5xx or a dropped connection Slack may have stored the
#: message anyway, so re-sending blind could post it twice.
POSTING_METHODS = frozenset({"chat.postMessage", "chat.scheduleMessage"})


def make_web_client(
    config: Config, *, wait_on_rate_limit: bool = True, resend_posts: bool = True
) -> WebClient:
    """A client that talks to `SLACK_API_URL` and rides out blips.

    Connection errors and 5xx are retried with slack_sdk's backoff; a 429 waits the
    `Retry-After` Slack sends, as its rate-limit rules ask. The nudge dispatcher passes
    `wait_on_rate_limit=False`: it reschedules a rate-limited nudge instead of blocking a batch;
    and `resend_posts=False`: its posts are never retried blind — the dispatcher first reads the
    DM to see whether the lost post landed (bot.dispatcher).
    """
    if resend_posts:
        handlers = [
            ConnectionErrorRetryHandler(max_retry_count=2),
            ServerErrorRetryHandler(max_retry_count=2),
        ]
    else:
        handlers = [
            _ReadsOnly(ConnectionErrorRetryHandler(max_retry_count=2)),
            _ReadsOnly(ServerErrorRetryHandler(max_retry_count=2)),
        ]
    if wait_on_rate_limit:
        handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return WebClient(
        token=config.bot_token, base_url=config.slack_api_url, timeout=15, retry_handlers=handlers
    )


class _ReadsOnly(RetryHandler):
    """Another handler's retries, except for the methods that post (see POSTING_METHODS)."""

    def __init__(self, inner: RetryHandler) -> None:
        super().__init__(inner.max_retry_count, inner.interval_calculator)
        self.inner = inner

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        if request.url.rsplit("/", 1)[-1] in POSTING_METHODS:
            return False
        return self.inner._can_retry(state=state, request=request, response=response, error=error)
