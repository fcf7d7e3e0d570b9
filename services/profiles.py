"""Storing what Slack told us about people: the user's time zone, counterparts' names.

The reads themselves happen in handlers.profiles, outside any transaction; these are the
short transactions that keep the answers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session, sessionmaker

from services.actor import Actor
from services.series_events import series_changed
from storage.db import transaction
from storage.models import Relationship
from storage.nudges import drop_pending
from storage.relationships import owned_relationship
from storage.series import active_series, spec_of, write_spec
from storage.users import find_user


def store_zone(
    factory: sessionmaker[Session],
    team_id: str,
    user_id: str,
    profile: dict,
    *,
    now: datetime,
) -> None:
    """`profile` is users.info's `user` ({} when Slack said there is none). A refresh never
    brings back a user who asked to be forgotten meanwhile.

    A new user's zone is read only after their first reply (no ack waits on Slack), so what
    they scheduled before it — planned in the UTC fallback — is moved to the zone now known,
    same wall-clock time, in the same transaction."""
    with transaction(factory) as session:
        user = find_user(session, team_id, user_id)
        if user is None:
            return
        first_read = user.tz_checked_at is None
        user.tz = valid_zone(profile.get("tz"))
        user.tz_checked_at = now
        if first_read and user.tz is not None:
            _move_to_zone(Actor(db=session, user=user, now=now))


def _move_to_zone(actor: Actor) -> None:
    """Series planned in the UTC fallback, re-planned in the actor's zone."""
    for row in active_series(actor.db, actor.user):
        if row.tz != actor.tz:
            write_spec(row, replace(spec_of(row), tz=actor.tz), now=actor.now)
            drop_pending(actor.db, row)
            series_changed(actor, row)


def store_name(
    factory: sessionmaker[Session],
    team_id: str,
    user_id: str,
    relationship_id: int,
    profile: dict,
    *,
    now: datetime,
) -> None:
    with transaction(factory) as session:
        owner = find_user(session, team_id, user_id)
        relationship: Relationship | None = (
            owned_relationship(session, owner, relationship_id) if owner else None
        )
        if relationship is None:
            return  # forgotten meanwhile
        relationship.display_name = display_label(profile)
        relationship.real_name = real_name(profile)
        relationship.title = job_title(profile)
        relationship.display_name_checked_at = now


def display_label(profile: dict) -> str | None:
    """How Slack shows a person: display name, else real name, else handle."""
    names = profile.get("profile") or {}
    name = names.get("display_name") or names.get("real_name") or profile.get("real_name")
    return (name or profile.get("name") or "")[:128] or None


def real_name(profile: dict) -> str | None:
    """The full name on the profile, so a bare `history Dana Whitfield` finds them."""
    name = (profile.get("profile") or {}).get("real_name") or profile.get("real_name")
    return (name or "")[:128] or None


def job_title(profile: dict) -> str | None:
    """The title on the profile ("Product Marketing Manager"), so the asks know whether the
    counterpart works in the field the user is aiming for."""
    title = (profile.get("profile") or {}).get("title")
    if not isinstance(title, str):
        return None
    return " ".join(title.split())[:128] or None


def valid_zone(name: object) -> str | None:
    if not isinstance(name, str) or not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name
