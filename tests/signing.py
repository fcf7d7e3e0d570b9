"""Builders of *signed* Slack requests (slash commands, events, interactivity).

The signature is Slack's v0 HMAC-SHA256 over `v0:{timestamp}:{body}`, computed with
slack_sdk's own verifier code path in reverse, so the app under test verifies it for real.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

from tests.fake_slack import TEAM_ID

SIGNING_SECRET = "test-signing-secret-0123456789abcdef"


@dataclass(frozen=True)
class SignedRequest:
    body: bytes
    headers: dict[str, str]


def sign(
    body: str,
    *,
    secret: str = SIGNING_SECRET,
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
    user: str = "UALICE001",
    response_url: str = "",
    team: str = TEAM_ID,
    **kwargs: Any,
) -> SignedRequest:
    form = {
        "token": "legacy-unused",
        "team_id": team,
        "team_domain": "fake",
        "channel_id": "C0GENERAL",
        "channel_name": "general",
        "user_id": user,
        "user_name": user.lower(),
        "command": "/oneonone",
        "text": text,
        "api_app_id": "A0APP",
        "response_url": response_url,
        "trigger_id": "1337.42.abcd",
    }
    return sign(urlencode(form), content_type="application/x-www-form-urlencoded", **kwargs)


def event(
    payload: dict[str, Any],
    *,
    event_id: str | None = None,
    team: str = TEAM_ID,
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
        "authorizations": [{"team_id": team, "user_id": "UBOT0001", "is_bot": True}],
    }
    headers = dict(kwargs.pop("headers", {}) or {})
    if retry_num is not None:
        headers["X-Slack-Retry-Num"] = str(retry_num)
        headers["X-Slack-Retry-Reason"] = "http_timeout"
    return sign(json.dumps(envelope), content_type="application/json", headers=headers, **kwargs)


def interaction(payload: dict[str, Any], **kwargs: Any) -> SignedRequest:
    body = urlencode({"payload": json.dumps(payload)})
    return sign(body, content_type="application/x-www-form-urlencoded", **kwargs)


def block_action(
    action_id: str,
    value: str,
    *,
    user: str = "UALICE001",
    team: str = TEAM_ID,
    response_url: str = "",
    **kwargs: Any,
) -> SignedRequest:
    payload = {
        "type": "block_actions",
        "user": {"id": user, "team_id": team, "username": user.lower()},
        "team": {"id": team, "domain": "fake"},
        "api_app_id": "A0APP",
        "trigger_id": "1337.42.abcd",
        "response_url": response_url,
        "container": {"type": "message", "channel_id": "D0DM", "message_ts": "1.2"},
        "channel": {"id": "D0DM"},
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
    return interaction(payload, **kwargs)
