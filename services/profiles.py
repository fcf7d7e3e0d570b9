"""Storing what Slack told us about people: the user's time zone, counterparts' names.

The reads themselves happen in handlers.profiles, outside any transaction; these are the
short transactions that keep the answers.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session, sessionmaker

from storage.db import transaction
from storage.models import Relationship
from storage.relationships import owned_relationship
from storage.users import ensure_user, find_user


def zone_known(factory: sessionmaker[Session], team_id: str, user_id: str) -> bool:
    """Whether we ever read this user's time zone (on first contact we must, before the
    first reply, or their first schedule would be in UTC)."""
    with transaction(factory) as session:
        user = find_user(session, team_id, user_id)
        return user is not None and user.tz_checked_at is not None


def store_zone(
    factory: sessionmaker[Session],
    team_id: str,
    user_id: str,
    profile: dict,
    *,
    now: datetime,
    first_contact: bool = False,
) -> None:
    """`profile` is users.info's `user` ({} when Slack said there is none). Only a first
    contact creates the user's row; a refresh never brings back a user who asked to be
    forgotten meanwhile."""
    with transaction(factory) as session:
        if first_contact:
            user = ensure_user(session, team_id, user_id, now=now)
        else:
            user = find_user(session, team_id, user_id)
            if user is None:
                return
        user.tz = valid_zone(profile.get("tz"))
        user.tz_checked_at = now


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


def valid_zone(name: object) -> str | None:
    if not isinstance(name, str) or not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return name
