"""Users: one row per (team, Slack user), created on first contact, holding settings and goal."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coaching.model import NudgeSettings
from storage.models import User


def find_user(session: Session, team_id: str, user_id: str) -> User | None:
    return session.scalars(
        select(User).where(User.team_id == team_id, User.user_id == user_id)
    ).one_or_none()


def ensure_user(session: Session, team_id: str, user_id: str, *, now: datetime) -> User:
    """The user's row, created on first contact (safe when two requests race to create it)."""
    user = find_user(session, team_id, user_id)
    if user is not None:
        return user
    try:
        with session.begin_nested():
            user = User(team_id=team_id, user_id=user_id, created_at=now)
            session.add(user)
    except IntegrityError:
        user = find_user(session, team_id, user_id)
        assert user is not None
    return user


def nudge_settings(user: User) -> NudgeSettings:
    from coaching.timing import parse_lead

    leads = tuple(parse_lead(part) for part in user.lead_times.split(",") if part)
    return NudgeSettings(
        lead_times=leads,
        quiet_start=time.fromisoformat(user.quiet_start),
        quiet_end=time.fromisoformat(user.quiet_end),
        nudges_on=user.nudges_on,
    )


def save_nudge_settings(user: User, settings: NudgeSettings) -> None:
    from coaching.timing import format_lead

    user.lead_times = ",".join(format_lead(lead) for lead in settings.lead_times)
    user.quiet_start = settings.quiet_start.strftime("%H:%M")
    user.quiet_end = settings.quiet_end.strftime("%H:%M")
    user.nudges_on = settings.nudges_on


def user_by_id(session: Session, user_row_id: int) -> User | None:
    """A user by row id, for background work that starts from one of their rows."""
    return session.get(User, user_row_id)
