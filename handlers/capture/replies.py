"""Answering privately where there is no response_url: ephemeral in the channel, else a DM."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)


def dm(client: WebClient, user_id: str, reply: dict[str, Any]) -> None:
    """A DM from the bot: chat.postMessage to the user id."""
    client.chat_postMessage(channel=user_id, **reply)


def ephemeral_or_dm(client: WebClient, channel: str, user_id: str, reply: dict[str, Any]) -> None:
    """Only `user_id` sees it: ephemeral in `channel` when the bot may post there, else a DM."""
    try:
        client.chat_postEphemeral(channel=channel, user=user_id, **reply)
        return
    except SlackApiError as error:
        log.info("ephemeral reply refused (%s); sending a DM", error.response.get("error"))
    dm(client, user_id, reply)
