"""Every Slack event is stored before Slack gets its 200 (global middleware).

Bolt's listener runner acks an event *before* it runs the listener, and Slack never resends an
event it got 200 for, so the row this middleware commits is the only copy should the process
die between the ack and the listener's commit. The listener marks the row done in its own
transaction (handlers.unit_of_work.event_listener); the dispatcher replays rows left pending
(services.inbox). A delivery whose event id is already stored is a Slack retry: it gets its
200 and goes no further. If the database cannot take the row, the middleware raises, Slack
gets an error, and Slack retries later — which is what we want.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, BoltRequest, BoltResponse

from handlers.context import FACTORY_KEY, NOW_KEY, REPLAY_KEY
from services.inbox import accept

log = logging.getLogger(__name__)


def store_before_ack(body: dict, context: BoltContext, next: Callable[[], BoltResponse]):
    event_id = body.get("event_id") if body.get("type") == "event_callback" else None
    if not event_id or context.get(REPLAY_KEY):
        return next()
    event = body.get("event") or {}
    if event.get("bot_id") or event.get("bot_profile"):
        return next()  # our own DMs echoed back (message.im): no listener acts on a bot's words
    first = accept(
        context[FACTORY_KEY],
        body,
        team_id=body.get("team_id") or context.team_id,
        user_id=event.get("user") if isinstance(event.get("user"), str) else None,
        now=context[NOW_KEY],
    )
    if not first:
        log.info("dropping a repeat delivery of event %s", event_id)
        return BoltResponse(status=200, body="")
    return next()


def replay_request(body: dict[str, Any]) -> BoltRequest:
    """The stored event as a request for `App.dispatch`. Its signature was checked when it
    first arrived, so it is marked as Socket Mode (Bolt checks no signature there) and as a
    replay (so `store_before_ack` lets it through)."""
    return BoltRequest(body=json.dumps(body), mode="socket_mode", context={REPLAY_KEY: True})
