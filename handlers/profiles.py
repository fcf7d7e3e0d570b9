"""Reading people from Slack (`users.info`) without ever making a reply wait for it.

Time zones and counterparts' display names are refreshed after the reply has gone and the
transaction has committed (`refresh_after`) — a new user's time zone too: their first reply
goes out in UTC rather than wait on Slack, and whatever they scheduled in it moves to their
zone once it is read (services.profiles.store_zone).
"""

from __future__ import annotations

import logging
import threading

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.orm import Session, sessionmaker

from services import profiles
from services.unit_of_work import Outcome, Scope

log = logging.getLogger(__name__)

#: Display names read after one request (see refresh_after).
NAMES_PER_REQUEST = 4
#: (session factory, relationship id) whose name a thread is reading now.
_reading: set[tuple[sessionmaker, int]] = set()
_reading_lock = threading.Lock()


def refresh_after(
    factory: sessionmaker[Session], client: WebClient, scope: Scope, outcome: Outcome
) -> None:
    """The stale reads an outcome noted, once its reply is out.

    At most `NAMES_PER_REQUEST` names per request, and none another thread is reading right
    now: this runs on a listener thread, and a user with many people must not tie up the pool
    for the other users' acks (names change rarely; the rest follow on later requests)."""
    if outcome.stale_zone:
        profile = users_info(client, scope.user_id)
        if profile is not None:
            profiles.store_zone(factory, scope.team_id, scope.user_id, profile, now=scope.now)
    with _reading_lock:
        mine = [
            (rid, slack_user)
            for rid, slack_user in outcome.stale_names.items()
            if (factory, rid) not in _reading
        ][:NAMES_PER_REQUEST]
        _reading.update((factory, rid) for rid, _ in mine)
    try:
        for relationship_id, slack_user in mine:
            profile = users_info(client, slack_user)
            if profile is None:
                return  # Slack unreachable or limiting us: the next request tries again
            profiles.store_name(
                factory, scope.team_id, scope.user_id, relationship_id, profile, now=scope.now
            )
    finally:
        with _reading_lock:
            _reading.difference_update((factory, rid) for rid, _ in mine)


def users_info(client: WebClient, user_id: str) -> dict | None:
    """The user's profile; {} when Slack answered that there is none to read (so we stop
    asking until tomorrow), None when Slack could not be asked (try again next time)."""
    try:
        return client.users_info(user=user_id).get("user") or {}
    except SlackApiError as error:
        log.warning("users.info failed: %s", error.response.get("error"))
        status = error.response.status_code
        return None if status == 429 or status >= 500 else {}
    except (SlackClientError, OSError) as error:
        log.warning("users.info unreachable: %s", type(error).__name__)
    return None
