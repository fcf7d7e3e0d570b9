"""A fix for how Bolt reads a form-encoded body (slack_bolt.request.internals.parse_body).

Bolt takes any form body that merely *contains* the word "payload" for an interaction and
reads only its `payload` field — so `/oneonone log ask: review the payload schema` became an
empty request and got an empty 200: the command was dropped without a word. Here a form body
is read as an interaction only when it has a `payload` field, as Slack sends them.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt.request import request as bolt_request
from slack_bolt.request.internals import parse_body as bolt_parse_body


def parse_body(body: str, content_type: str | None) -> dict[str, Any]:
    if not body or content_type == "application/json" or body.startswith("{"):
        return bolt_parse_body(body, content_type)
    fields = dict(parse_qsl(body, keep_blank_values=True))
    payload = fields.get("payload")
    return json.loads(payload) if payload is not None else fields


def install() -> None:
    """Make Bolt's requests use `parse_body` (idempotent)."""
    bolt_request.parse_body = parse_body
