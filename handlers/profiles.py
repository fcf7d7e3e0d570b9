"""Reading people from Slack (`users.info`) without ever making a reply wait long for it.

Time zones and counterparts' display names are refreshed after the reply has gone and the
transaction has committed (`refresh_after`). The one exception is a new user's first
time-bearing command ("once tomorrow 10am", quiet hours): read in UTC it would mean the wrong
hour, so the zone read starts at once (`start_zone_read`) and the command waits for it a
bounded time (handlers.commands.first_zone); the same read then serves the post-reply
refresh, so Slack is asked once. When Slack is slower, the command is held until it lands.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor

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
#: Zone reads run here so a command can wait on one with a bound; new users are few at a time.
_zone_reads = ThreadPoolExecutor(max_workers=4, thread_name_prefix="zone-read")


def start_zone_read(client: WebClient, user_id: str) -> Future[dict | None]:
    """Ask Slack for the user's profile now; the answer is `users_info`'s."""
    return _zone_reads.submit(users_info, client, user_id)


def refresh_after(
    factory: sessionmaker[Session],
    client: WebClient,
    scope: Scope,
    outcome: Outcome,
    zone: Future[dict | None] | None = None,
) -> None:
    """The stale reads an outcome noted, once its reply is out.

    At most `NAMES_PER_REQUEST` names per request, and none another thread is reading right
    now: this runs on a listener thread, and a user with many people must not tie up the pool
    for the other users' acks (names change rarely; the rest follow on later requests).
    `zone`: a zone read this request started already, whose answer is used instead of asking
    Slack again."""
    if outcome.stale_zone:
        profile = zone.result() if zone is not None else users_info(client, scope.user_id)
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
