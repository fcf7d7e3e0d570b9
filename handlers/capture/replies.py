"""Answering privately where there is no response_url: ephemeral in the channel, else a DM.

These run after the change they confirm has committed. When Slack certainly did not take a DM
— a 429, or no connection at all — and the listener's context is given, the DM is queued in
the outbox for the dispatcher (services.outbox) instead of waiting or being lost. A failure
where Slack may have posted (a timeout, a 5xx) is logged and not retried, so a confirmation is
never doubled.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any
from urllib.error import URLError

from slack_bolt import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from handlers.context import FACTORY_KEY, NOW_KEY, requester
from services import outbox

log = logging.getLogger(__name__)


def dm(
    client: WebClient, user_id: str, reply: dict[str, Any], context: BoltContext | None = None
) -> None:
    """A DM from the bot: chat.postMessage to the user id."""
    try:
        client.chat_postMessage(channel=user_id, **reply)
    except (SlackApiError, SlackClientError, OSError) as error:
        wait = not_posted(error)
        if context is None or wait is None:
            raise
        log.info("reply queued for the dispatcher: %s", type(error).__name__)
        outbox.queue(
            context[FACTORY_KEY],
            team_id=requester(context).team_id,
            user_id=user_id,
            payload=reply,
            now=context[NOW_KEY],
            after=wait,
        )


def ephemeral_or_dm(
    client: WebClient,
    channel: str,
    user_id: str,
    reply: dict[str, Any],
    context: BoltContext | None = None,
) -> None:
    """Only `user_id` sees it: ephemeral in `channel` when the bot may post there, else a DM."""
    try:
        client.chat_postEphemeral(channel=channel, user=user_id, **reply)
        return
    except SlackApiError as error:
        log.info("ephemeral reply refused (%s); sending a DM", error.response.get("error"))
    dm(client, user_id, reply, context)


def not_posted(error: Exception) -> timedelta | None:
    """How long to wait before posting again when Slack certainly did not post; None when it
    may have (or will never take it)."""
    if isinstance(error, SlackApiError):
        if error.response.status_code != 429:
            return None
        retry_after = str(error.response.headers.get("Retry-After") or "")
        return timedelta(seconds=int(retry_after) if retry_after.isdigit() else 1)
    if isinstance(error, ConnectionRefusedError) or (
        isinstance(error, URLError) and isinstance(error.reason, ConnectionRefusedError)
    ):
        return outbox.UNREACHABLE_BACKOFF
    return None
