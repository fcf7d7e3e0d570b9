"""Forget me: every row about one user, deleted in the caller's transaction.

Each table is deleted from explicitly (rather than trusting ON DELETE CASCADE alone) so the
reply can say what was removed, and so the delete is the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from storage.models import (
    Calendar,
    CalendarEvent,
    CardReadings,
    Entry,
    FollowThrough,
    InboxEvent,
    MeetingSeries,
    Nudge,
    OutboxPost,
    Relationship,
    UploadedFile,
    User,
)
from storage.uploads import uploaded_file_ids


@dataclass(frozen=True)
class Forgotten:
    entries: int
    relationships: int
    series: int
    nudges: int
    user: int
    #: Files the bot uploaded for the user (their ids), to delete from Slack after commit.
    files: tuple[str, ...] = ()


def forget_user(session: Session, user: User) -> Forgotten:
    """Delete the user's nudges, entries, series, relationships, their own row (settings
    and goal live on it), their Slack events still in the inbox and their replies still
    waiting in the outbox. Only rows whose owner is `user` are touched."""
    owner_id = user.id
    files = tuple(uploaded_file_ids(session, owner_id))
    _delete(session, UploadedFile, UploadedFile.owner_id == owner_id)
    nudges = _delete(session, Nudge, Nudge.owner_id == owner_id)
    _delete(session, FollowThrough, FollowThrough.owner_id == owner_id)
    entries = _delete(session, Entry, Entry.owner_id == owner_id)
    _delete(session, CalendarEvent, CalendarEvent.owner_id == owner_id)
    _delete(session, Calendar, Calendar.owner_id == owner_id)  # the address and the copy
    _delete(session, CardReadings, CardReadings.owner_id == owner_id)  # derived from entries
    series = _delete(session, MeetingSeries, MeetingSeries.owner_id == owner_id)
    relationships = _delete(session, Relationship, Relationship.owner_id == owner_id)
    users = _delete(session, User, User.id == owner_id)
    # The Slack events they sent us hold what they wrote: not kept either.
    _delete(
        session,
        InboxEvent,
        (InboxEvent.team_id == user.team_id) & (InboxEvent.user_id == user.user_id),
    )
    # Nor the replies still queued for them: a confirmation quotes what it confirms, and
    # posting it after "forget" would bring their words back.
    _delete(
        session,
        OutboxPost,
        (OutboxPost.team_id == user.team_id) & (OutboxPost.user_id == user.user_id),
    )
    session.expunge(user)
    return Forgotten(
        entries=entries,
        relationships=relationships,
        series=series,
        nudges=nudges,
        user=users,
        files=files,
    )


def _delete(session: Session, model, condition) -> int:
    result = session.execute(
        delete(model).where(condition).execution_options(synchronize_session=False)
    )
    return result.rowcount or 0
