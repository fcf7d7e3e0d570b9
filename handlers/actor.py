"""The requester as the listeners need them: their row, time zone, today, and the clock.

The (team, user) comes from the verified payload (handlers.context.Requester); the time zone
from Slack's `users.info`, cached on the row and refreshed at most once a day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from slack_bolt import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.orm import Session, sessionmaker

from handlers.context import AFTER_COMMIT_KEY, FACTORY_KEY, db, now, requester
from storage.models import Relationship, User
from storage.users import ensure_user

log = logging.getLogger(__name__)

REFRESH_EVERY = timedelta(days=1)
TZ_FALLBACK_NOTE = (
    "I couldn't read your time zone from Slack, so I'm using UTC for now. Set it in your Slack "
    "profile and I'll pick it up within a day."
)


@dataclass
class Actor:
    db: Session
    user: User
    now: datetime
    client: WebClient
    #: One-off notes to add to the next reply (e.g. the time-zone fallback).
    notes: list[str] = field(default_factory=list)
    #: Slow Slack calls to make once the transaction has committed (the journal upload, an App
    #: Home refresh); they must not touch `db`.
    later: list[Callable[[], None]] = field(default_factory=list)
    #: For work after the commit that needs a transaction of its own (a calendar's first read).
    session_factory: sessionmaker[Session] | None = None

    @property
    def tz(self) -> str:
        return self.user.tz or "UTC"

    @property
    def today(self) -> date:
        return self.now.astimezone(ZoneInfo(self.tz)).date()

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(ZoneInfo(self.tz))


def load_actor(context: BoltContext, client: WebClient) -> Actor:
    who = requester(context)
    session = db(context)
    user = ensure_user(session, who.team_id, who.user_id, now=now(context))
    later = context.get(AFTER_COMMIT_KEY)
    actor = Actor(
        db=session,
        user=user,
        now=now(context),
        client=client,
        session_factory=context.get(FACTORY_KEY),
    )
    if later is not None:
        actor.later = later
    refresh_timezone(actor)
    return actor


def refresh_timezone(actor: Actor) -> None:
    user = actor.user
    if user.tz_checked_at is not None and actor.now - user.tz_checked_at < REFRESH_EVERY:
        return
    profile = _users_info(actor.client, user.user_id)
    if profile is None:
        return  # Slack unreachable: keep what we had, try again next time
    user.tz = _valid_zone(profile.get("tz"))
    user.tz_checked_at = actor.now
    if user.tz is None and not user.tz_fallback_noted:
        user.tz_fallback_noted = True
        actor.notes.append(TZ_FALLBACK_NOTE)


def refresh_display_name(actor: Actor, relationship: Relationship) -> None:
    """Counterparts are shown by their Slack display name, refreshed at most daily."""
    if relationship.counterpart_user_id is None:
        return
    checked = relationship.display_name_checked_at
    if checked is not None and actor.now - checked < REFRESH_EVERY:
        return
    profile = _users_info(actor.client, relationship.counterpart_user_id)
    if profile is None:
        return
    names = profile.get("profile") or {}
    name = names.get("display_name") or names.get("real_name") or profile.get("real_name")
    relationship.display_name = (name or profile.get("name") or "")[:128] or None
    relationship.display_name_checked_at = actor.now


def _users_info(client: WebClient, user_id: str) -> dict | None:
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


def _valid_zone(name: object) -> str | None:
    if not isinstance(name, str) or not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name
