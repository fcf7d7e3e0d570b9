"""Was this DM already posted? The one check every retry of a DM runs before sending again.

A post whose answer was a 5xx, a dropped connection or a timeout — or whose process died before
recording it — may have landed. So each DM we may send again carries message metadata naming
it, and a retry first reads the user's DM for it: at most 15 messages a page (Slack's limit for
non-Marketplace apps), waiting out a 429 a bounded number of times. Found: it was posted; no
second DM. Slack would not say (`CannotTell`): the caller must not send now.

Used by the nudge dispatcher (bot.dispatcher) and by the dispatcher's hooks that send DMs: the
reply outbox and the follow-through prompts (`dm_once`, `queued_reply`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from services.outbox import UNREACHABLE_BACKOFF, RetryLater
from services.sending import Attempt, Post

log = logging.getLogger(__name__)

Sleep = Callable[[float], None]

#: conversations.history page size (non-Marketplace apps may ask for at most 15), how many
#: pages, and how many 429s we wait out.
HISTORY_PAGE = 15
HISTORY_PAGES = 3
HISTORY_RATE_LIMIT_WAITS = 3
MAX_RATE_LIMIT_WAIT = 30.0
#: Slack's clock and ours may differ: the history read starts this long before the first try.
CLOCK_SKEW = timedelta(minutes=2)

#: The metadata event types of the DMs the hooks send.
REPLY_TYPE = "oneonone_reply"
PROMPT_TYPE = "oneonone_prompt"


class CannotTell(Exception):
    """Slack would not tell us whether a DM went out."""


def metadata(event_type: str, key: dict[str, Any]) -> dict[str, Any]:
    return {"event_type": event_type, "event_payload": key}


def already_posted(
    client: WebClient,
    channel: str,
    event_type: str,
    key: dict[str, Any],
    *,
    since: datetime,
    sleep: Sleep = time.sleep,
) -> str | None:
    """The ts of a DM in `channel` whose metadata is `event_type` with `key`, or None when
    Slack has none since `since`. Raises CannotTell when Slack would not say (errors, a 429
    that outlasts our waits, more pages than we read)."""
    oldest = f"{(since - CLOCK_SKEW).timestamp():.6f}"
    cursor = None
    for _ in range(HISTORY_PAGES):
        page = _history_page(client, channel, oldest, cursor, sleep)
        for message in page.get("messages") or []:
            found = message.get("metadata") or {}
            payload = found.get("event_payload") or {}
            if found.get("event_type") == event_type and _carries(payload, key):
                return message.get("ts")
        cursor = (page.get("response_metadata") or {}).get("next_cursor")
        if not page.get("has_more") or not cursor:
            return None
    raise CannotTell(f"more than {HISTORY_PAGES * HISTORY_PAGE} messages since")


def dm_once(client: WebClient, event_type: str, *, sleep: Sleep = time.sleep) -> Post:
    """A `Post` that sends a DM carrying `event_type` and the attempt's key, after checking
    the DM when an earlier try may have posted it (found: nothing is sent). Raises what Slack
    raised, or CannotTell."""

    def post(user_id: str, payload: dict[str, Any], attempt: Attempt) -> None:
        channel = client.conversations_open(users=user_id)["channel"]["id"]  # the DM: read too
        if attempt.maybe_posted_since is not None:
            since = attempt.maybe_posted_since
            if already_posted(client, channel, event_type, attempt.key, since=since, sleep=sleep):
                log.info("a DM whose answer was lost had been posted; not sending it again")
                return
        mark = metadata(event_type, attempt.key)
        client.chat_postMessage(channel=channel, metadata=mark, **payload)

    return post


def queued_reply(client: WebClient, *, sleep: Sleep = time.sleep) -> Post:
    """The outbox's `Post`: `dm_once`, with Slack's refusals turned into `RetryLater` — a 429
    waits Slack's `Retry-After` without counting as a try; anything else (the post may have
    landed) is tried again, after the check, a bounded number of times."""
    send = dm_once(client, REPLY_TYPE, sleep=sleep)

    def post(user_id: str, payload: dict[str, Any], attempt: Attempt) -> None:
        try:
            send(user_id, payload, attempt)
        except SlackApiError as error:
            if error.response.status_code == 429:
                raise RetryLater(retry_after(error), counts=False) from error
            raise RetryLater(UNREACHABLE_BACKOFF.total_seconds()) from error
        except (SlackClientError, OSError, CannotTell) as error:
            raise RetryLater(UNREACHABLE_BACKOFF.total_seconds()) from error

    return post


def retry_after(error: SlackApiError) -> float:
    headers = error.response.headers or {}
    raw = headers.get("Retry-After") or headers.get("retry-after") or "1"
    if isinstance(raw, list):
        raw = raw[0] if raw else "1"
    try:
        return max(0.0, float(raw))
    except ValueError:
        return 1.0


def reason(error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return f"slack error {error.response.status_code}: {error.response.get('error')}"
    return type(error).__name__


def _carries(payload: dict[str, Any], key: dict[str, Any]) -> bool:
    return all(payload.get(name) == value for name, value in key.items())


def _history_page(
    client: WebClient, channel: str, oldest: str, cursor: str | None, sleep: Sleep
) -> dict:
    """One page of the DM, newest first; a 429 is waited out here, a bounded number of times
    (this runs in a dispatcher worker or hook, never in a listener)."""
    for waits in range(HISTORY_RATE_LIMIT_WAITS + 1):
        try:
            response = client.conversations_history(
                channel=channel,
                oldest=oldest,
                limit=HISTORY_PAGE,
                include_all_metadata=True,
                cursor=cursor,
            )
            return response.data if isinstance(response.data, dict) else {}
        except SlackApiError as error:
            if error.response.status_code != 429 or waits == HISTORY_RATE_LIMIT_WAITS:
                raise CannotTell(reason(error)) from None
            wait = retry_after(error)
            if wait > MAX_RATE_LIMIT_WAIT:
                raise CannotTell(f"rate limited for {wait:.0f}s") from None
            sleep(wait)
        except (SlackClientError, OSError) as error:
            raise CannotTell(reason(error)) from None
    raise CannotTell("rate limited")
