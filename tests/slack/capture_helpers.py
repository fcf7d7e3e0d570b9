"""Drivers for capture tests: signed events, DMs, reactions and shortcuts, and DB polling."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.app import standard_hooks
from bot.fake_slack import TEAM_ID
from bot.slack_client import make_web_client
from services import outbox
from storage.db import make_session_factory, transaction
from storage.models import Entry
from tests import signing

CHANNEL = "C0GENERAL"
QUEUED_REPLY = "Logged: the roadmap review went well."


def post_event(bot, payload: dict[str, Any], **kwargs: Any):
    reply = bot.post(signing.event(payload, **kwargs))
    assert reply.status == 200, (reply.status, reply.text)
    return reply


def reaction(
    user: str,
    name: str,
    ts: str,
    *,
    channel: str = CHANNEL,
    author: str | None = None,
    removed: bool = False,
) -> dict[str, Any]:
    payload = {
        "type": "reaction_removed" if removed else "reaction_added",
        "user": user,
        "reaction": name,
        "item": {"type": "message", "channel": channel, "ts": ts},
        "event_ts": f"{time.time():.6f}",
    }
    if author:
        payload["item_user"] = author
    return payload


def dm(user: str, text: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel": "D" + user[1:],
        "channel_type": "im",
        "user": user,
        "text": text,
        "ts": f"{time.time():.6f}",
        **extra,
    }


def entries(engine) -> list[Entry]:
    with transaction(make_session_factory(engine)) as session:
        return list(session.scalars(select(Entry).order_by(Entry.id)))


def wait_until(check: Callable[[], Any], timeout: float = 5.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


def message_shortcut(user: str, message: dict[str, Any], *, channel: str, response_url: str):
    return signing.interaction(
        {
            "type": "message_action",
            "callback_id": "log_for_one_on_one",
            "trigger_id": "1337.42.shortcut",
            "user": {"id": user, "team_id": TEAM_ID},
            "team": {"id": TEAM_ID, "domain": "fake"},
            "api_app_id": "A0APP",
            "channel": {"id": channel},
            "message": message,
            "message_ts": message.get("ts"),
            "response_url": response_url,
        }
    )


def view_submission(user: str, view: dict[str, Any], values: dict[str, Any]):
    return signing.interaction(
        {
            "type": "view_submission",
            "user": {"id": user, "team_id": TEAM_ID},
            "team": {"id": TEAM_ID, "domain": "fake"},
            "api_app_id": "A0APP",
            "trigger_id": "1337.42.submit",
            "view": {
                "id": "VMODAL",
                "type": "modal",
                "callback_id": view["callback_id"],
                "private_metadata": view.get("private_metadata", ""),
                "state": {"values": values},
            },
        }
    )


def modal_values(*, kind: str, text: str, person: str | None = None) -> dict[str, Any]:
    values: dict[str, Any] = {
        "kind": {"value": {"type": "static_select", "selected_option": {"value": kind}}},
        "text": {"value": {"type": "plain_text_input", "value": text}},
    }
    if person is not None:
        values["person"] = {"value": {"type": "users_select", "selected_user": person}}
    return values


def metadata(view: dict[str, Any]) -> dict[str, Any]:
    return json.loads(view.get("private_metadata") or "{}")


def queued_reply(fake_slack, app, engine, user_id: str, now: datetime, *, after: timedelta):
    """A confirmation queued in the outbox for `user_id`, due `after` from `now`, and the
    dispatcher's hook that posts such replies (call it with the time of a tick)."""
    from tests.conftest import config_for

    factory = make_session_factory(engine)
    outbox.queue(
        factory,
        team_id=TEAM_ID,
        user_id=user_id,
        payload={"text": QUEUED_REPLY},
        now=now,
        after=after,
    )
    return standard_hooks(factory, make_web_client(config_for(fake_slack)), app)[1]
