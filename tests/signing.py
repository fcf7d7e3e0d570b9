"""Signed Slack requests with the tests' secret and team (the builders are `bot.slack_requests`,
which `oneonone shell` uses too)."""

from __future__ import annotations

from typing import Any

from bot import slack_requests
from bot.fake_slack import BOT_USER_ID, TEAM_ID
from bot.slack_requests import SignedRequest

SIGNING_SECRET = "test-signing-secret-0123456789abcdef"

__all__ = ["SIGNING_SECRET", "SignedRequest", "block_action", "event", "interaction", "sign"]


def sign(body: str, *, secret: str = SIGNING_SECRET, **kwargs: Any) -> SignedRequest:
    return slack_requests.sign(body, secret=secret, **kwargs)


def slash_command(
    text: str, *, user: str = "UALICE001", team: str = TEAM_ID, **kwargs: Any
) -> SignedRequest:
    kwargs.setdefault("secret", SIGNING_SECRET)
    return slack_requests.slash_command(text, user=user, team=team, **kwargs)


def event(payload: dict[str, Any], *, team: str = TEAM_ID, **kwargs: Any) -> SignedRequest:
    kwargs.setdefault("secret", SIGNING_SECRET)
    return slack_requests.event(payload, team=team, bot_user=BOT_USER_ID, **kwargs)


def interaction(payload: dict[str, Any], **kwargs: Any) -> SignedRequest:
    kwargs.setdefault("secret", SIGNING_SECRET)
    return slack_requests.interaction(payload, **kwargs)


def block_action(
    action_id: str, value: str, *, user: str = "UALICE001", team: str = TEAM_ID, **kwargs: Any
) -> SignedRequest:
    kwargs.setdefault("secret", SIGNING_SECRET)
    return slack_requests.block_action(action_id, value, user=user, team=team, **kwargs)
