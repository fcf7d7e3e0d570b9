"""Reading one Slack message (text, author) and its permalink, for reactions and the backfill.

`conversations.history` is rate-limited hard for some apps, so this read never waits inside
the listener: the client's automatic 429 retry is left out and a 429 comes back as
`Read(limited=True, retry_after=…)`, so the caller can store the entry at once and fill the
text in later. Message text is user text: it is never logged.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from coaching.commands import MAX_TEXT

log = logging.getLogger(__name__)

#: When Slack says 429 without a usable Retry-After.
DEFAULT_RETRY_AFTER = 60
NO_TEXT = "(a message with no text — open the link to see it)"


@dataclass(frozen=True)
class Read:
    """What reading one message gave: its text and author, or why not."""

    text: str | None = None
    author: str | None = None
    #: Slack answered 429: try again after `retry_after` seconds.
    limited: bool = False
    retry_after: int = 0
    #: Slack could not be reached (network, 5xx): try again later.
    unreachable: bool = False
    #: Slack answered with an error code (not_in_channel, message gone, …): don't retry.
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.text is not None


def without_rate_limit_retry(client: WebClient) -> WebClient:
    """The same client, minus the handler that sleeps through 429s."""
    reader = copy.copy(client)
    reader.retry_handlers = [
        handler
        for handler in (client.retry_handlers or [])
        if not isinstance(handler, RateLimitErrorRetryHandler)
    ]
    return reader


def read_message(client: WebClient, channel: str, ts: str) -> Read:
    """The message at (`channel`, `ts`): from the channel's history, else from its thread."""
    reader = without_rate_limit_retry(client)
    try:
        found = _pick(
            reader.conversations_history(channel=channel, latest=ts, inclusive=True, limit=1), ts
        )
        if found is None:
            # Thread replies are not in the channel's history: ask the thread.
            found = _pick(
                reader.conversations_replies(
                    channel=channel, ts=ts, oldest=ts, latest=ts, inclusive=True, limit=2
                ),
                ts,
            )
    except SlackApiError as error:
        if error.response.status_code == 429:
            return Read(limited=True, retry_after=_retry_after(error.response.headers))
        code = str(error.response.get("error") or "unknown")
        log.info("could not read a message: %s", code)
        return Read(error=code)
    except (SlackClientError, OSError) as error:
        log.warning("could not reach Slack to read a message: %s", type(error).__name__)
        return Read(unreachable=True)
    if found is None:
        return Read(error="message_not_found")
    text = (found.get("text") or "").strip() or NO_TEXT
    return Read(text=text[:MAX_TEXT], author=found.get("user"))


def permalink(client: WebClient, channel: str, ts: str) -> str | None:
    try:
        return client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except SlackApiError as error:
        log.info("chat.getPermalink failed: %s", error.response.get("error"))
    except (SlackClientError, OSError) as error:
        log.warning("chat.getPermalink unreachable: %s", type(error).__name__)
    return None


def _pick(response, ts: str) -> dict | None:
    for message in response.get("messages") or []:
        if isinstance(message, dict) and message.get("ts") == ts:
            return message
    return None


def _retry_after(headers: dict | None) -> int:
    for key, value in (headers or {}).items():
        if key.lower() == "retry-after":
            values = value if isinstance(value, list) else [value]
            try:
                return max(1, int(str(values[0]).strip()))
            except (ValueError, IndexError):
                break
    return DEFAULT_RETRY_AFTER
