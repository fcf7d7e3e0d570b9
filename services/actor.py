"""The requester as a use case sees them: their row, time zone, today and the clock.

An Actor lives inside one transaction and never talks to Slack. What would need Slack — a
time zone or a counterpart's display name older than a day — is only noted here
(`stale_zone`, `stale_names`) and refreshed by the caller after the commit
(handlers.profiles), so no reply ever waits on `users.info`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from storage.models import Relationship, User

REFRESH_EVERY = timedelta(days=1)
TZ_FALLBACK_NOTE = (
    "I couldn't read your time zone from Slack, so I'm using UTC for now. Set it in your Slack "
    "profile and I'll pick it up within a day."
)

#: Slack work to do once the transaction has committed; it gets the caller's Web API client.
Effect = Callable[[Any], None]


@dataclass
class Actor:
    db: Session
    user: User
    now: datetime
    #: One-off notes to add to the next reply (e.g. the time-zone fallback).
    notes: list[str] = field(default_factory=list)
    #: Slack calls to make once the transaction has committed (the journal upload, an App
    #: Home refresh, a modal to open); they must not touch `db`.
    later: list[Effect] = field(default_factory=list)
    #: The user's time zone is older than a day (or was never read).
    stale_zone: bool = False
    #: Relationships whose counterpart's display name is older than a day: id → Slack user id.
    stale_names: dict[int, str] = field(default_factory=dict)
    #: For an effect that needs transactions of its own after the commit (a calendar's first
    #: read); set by services.unit_of_work.perform.
    session_factory: sessionmaker[Session] | None = None

    @property
    def tz(self) -> str:
        return self.user.tz or "UTC"

    @property
    def zone_read(self) -> bool:
        """False until the user's time zone has been read from Slack (just after their first
        reply): times shown before that are in UTC and move once it is known."""
        return self.user.tz_checked_at is not None

    @property
    def today(self) -> date:
        return self.now.astimezone(ZoneInfo(self.tz)).date()

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(ZoneInfo(self.tz))


def make_actor(session: Session, user: User, now: datetime) -> Actor:
    actor = Actor(db=session, user=user, now=now)
    checked = user.tz_checked_at
    actor.stale_zone = checked is None or now - checked >= REFRESH_EVERY
    if user.tz is None and checked is not None and not user.tz_fallback_noted:
        user.tz_fallback_noted = True
        actor.notes.append(TZ_FALLBACK_NOTE)
    return actor


def refresh_display_name(actor: Actor, relationship: Relationship) -> None:
    """Counterparts are shown by their Slack display name, refreshed at most daily — after the
    reply, so the name shown now is the one we have."""
    if relationship.counterpart_user_id is None:
        return
    checked = relationship.display_name_checked_at
    if checked is None or actor.now - checked >= REFRESH_EVERY:
        actor.stale_names[relationship.id] = relationship.counterpart_user_id
