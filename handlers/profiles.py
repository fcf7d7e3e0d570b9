"""Reading people from Slack (`users.info`) without ever making a reply wait for it.

Time zones and counterparts' display names are refreshed after the reply has gone and the
transaction has committed (`refresh_after`). The one read that comes first is a user's time
zone on their very first contact — their first schedule would otherwise be in UTC — and it is
bounded by `FIRST_READ_TIMEOUT` and never sleeps on a 429.
"""

from __future__ import annotations

import copy
import logging
import threading
import weakref

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.orm import Session, sessionmaker

from services import profiles
from services.unit_of_work import Outcome, Scope

log = logging.getLogger(__name__)

#: Seconds the first-contact time-zone read may take; Slack's ack deadline is 3 s.
FIRST_READ_TIMEOUT = 1.0
#: Display names read after one request (see refresh_after).
NAMES_PER_REQUEST = 4
#: (session factory, relationship id) whose name a thread is reading now.
_reading: set[tuple[sessionmaker, int]] = set()
_reading_lock = threading.Lock()
#: Per database (session factory): the (team, user)s whose time zone we have read, which
#: spares the check's query on every request.
_zone_known: weakref.WeakKeyDictionary[sessionmaker, set[tuple[str, str]]] = (
    weakref.WeakKeyDictionary()
)


def read_zone_on_first_contact(
    factory: sessionmaker[Session], client: WebClient, scope: Scope
) -> None:
    key = (scope.team_id, scope.user_id)
    with _reading_lock:
        known = _zone_known.setdefault(factory, set())
        if key in known:
            return
    if profiles.zone_known(factory, *key):
        known.add(key)
        return
    quick = copy.copy(client)
    quick.timeout = FIRST_READ_TIMEOUT
    quick.retry_handlers = []  # one try: a retry could outlast Slack's ack deadline
    profile = users_info(quick, scope.user_id)
    if profile is not None:
        profiles.store_zone(factory, *key, profile, now=scope.now, first_contact=True)
        known.add(key)


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
