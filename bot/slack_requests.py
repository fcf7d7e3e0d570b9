"""Requests built and signed the way Slack builds them: slash commands, events, button presses.

`oneonone shell` turns what the user types into these and hands them to the real Bolt app; the
tests send the same ones over HTTP. The signature is Slack's v0 HMAC-SHA256 over
`v0:{timestamp}:{body}`, made with slack_sdk's own `SignatureVerifier`, so the app verifies it
for real.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class SignedRequest:
    body: bytes
    headers: dict[str, str]

    def bolt_headers(self) -> dict[str, list[str]]:
        """The headers as `slack_bolt.request.BoltRequest` takes them."""
        return {key.lower(): [value] for key, value in self.headers.items()}


def sign(
    body: str,
    *,
    secret: str,
    timestamp: int | None = None,
    headers: dict[str, str] | None = None,
    content_type: str,
) -> SignedRequest:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    all_headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature,
        **(headers or {}),
    }
    return SignedRequest(body.encode(), all_headers)


def slash_command(
    text: str,
    *,
    secret: str,
    user: str,
    team: str,
    channel: str = "C0GENERAL",
    response_url: str = "",
    **kwargs: Any,
) -> SignedRequest:
    form = {
        "token": "legacy-unused",
        "team_id": team,
        "team_domain": "fake",
        "channel_id": channel,
        "channel_name": "directmessage" if channel.startswith("D") else "general",
        "user_id": user,
        "user_name": user.lower(),
        "command": "/oneonone",
        "text": text,
        "api_app_id": "A0APP",
        "response_url": response_url,
        "trigger_id": f"{uuid.uuid4().int % 10**9}.42.abcd",
    }
    return sign(urlencode(form), secret=secret, content_type=FORM, **kwargs)


def event(
    payload: dict[str, Any],
    *,
    secret: str,
    team: str,
    bot_user: str,
    event_id: str | None = None,
    retry_num: int | None = None,
    **kwargs: Any,
) -> SignedRequest:
    envelope = {
        "token": "legacy-unused",
        "team_id": team,
        "api_app_id": "A0APP",
        "event": payload,
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": team, "user_id": bot_user, "is_bot": True}],
    }
    headers = dict(kwargs.pop("headers", {}) or {})
    if retry_num is not None:
        headers["X-Slack-Retry-Num"] = str(retry_num)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    return sign(
        json.dumps(envelope),
        secret=secret,
        content_type="application/json",
        headers=headers,
        **kwargs,
    )


def interaction(payload: dict[str, Any], *, secret: str, **kwargs: Any) -> SignedRequest:
    body = urlencode({"payload": json.dumps(payload)})
    return sign(body, secret=secret, content_type=FORM, **kwargs)


def block_action(
    action_id: str,
    value: str,
    *,
    secret: str,
    user: str,
    team: str,
    response_url: str = "",
    in_view: bool = False,
    channel: str = "D0DM",
    **kwargs: Any,
) -> SignedRequest:
    """A button press on a message (or, with `in_view`, on App Home)."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user, "team_id": team, "username": user.lower()},
        "team": {"id": team, "domain": "fake"},
        "api_app_id": "A0APP",
        "trigger_id": f"{uuid.uuid4().int % 10**9}.42.abcd",
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": "b",
                "value": value,
                "type": "button",
                "action_ts": str(time.time()),
            }
        ],
    }
    if in_view:
        payload["container"] = {"type": "view", "view_id": "VHOME"}
        payload["view"] = {"id": "VHOME", "type": "home"}
    else:
        payload["container"] = {"type": "message", "channel_id": channel, "message_ts": "1.2"}
        payload["channel"] = {"id": channel}
    return interaction(payload, secret=secret, **kwargs)
