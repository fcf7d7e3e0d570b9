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
    config: Config, *, wait_on_rate_limit: bool = False, resend_posts: bool = True
) -> WebClient:
    """A client that talks to `SLACK_API_URL` and rides out blips.

    Connection errors and 5xx are retried with slack_sdk's backoff. A 429 comes back as an
    error by default: listeners must never sleep through `Retry-After` (they defer the read to
    the dispatcher instead), and the dispatcher reschedules a rate-limited nudge. Only a
    one-off caller such as `oneonone doctor` may pass `wait_on_rate_limit=True`. The nudge
    dispatcher passes `resend_posts=False`: its posts are never retried blind — it first reads
    the DM to see whether a post whose answer was lost landed (bot.dispatcher).
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
