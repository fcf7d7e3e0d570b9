"""Connected calendars, the events found in them, and the 1:1 series they feed.

A calendar row is claimed before it is polled, exactly like a nudge (one UPDATE … RETURNING,
`FOR UPDATE SKIP LOCKED` on PostgreSQL, compare-and-set on SQLite), so two instances never poll
the same calendar at once; a claim older than LEASE is presumed dead and taken over.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from coaching import model
from coaching.calendar import FoundMeeting
from storage import series as series_store
from storage.claims import claim_rows
from storage.models import Calendar, CalendarEvent, MeetingSeries, SlackEmail, User
from storage.relationships import ensure_relationship

LEASE = timedelta(minutes=5)
#: How long a `users.lookupByEmail` answer is trusted.
EMAIL_FRESH = timedelta(days=7)

AUTO, MUTED, ONE_ON_ONE = "auto", "muted", "one_on_one"
CALENDAR_SOURCE = "calendar"


@dataclass(frozen=True)
class Resolved:
    """A found meeting with its counterpart's Slack user, when they are in Slack."""

    meeting: FoundMeeting
    slack_user_id: str | None
    #: False when Slack could not be asked this time: an earlier answer then still holds.
    settled: bool = True


def calendar_of(session: Session, owner: User) -> Calendar | None:
    return session.scalars(select(Calendar).where(Calendar.owner_id == owner.id)).one_or_none()


def connect(
    session: Session, owner: User, *, kind: str, secret: str, label: str, now: datetime
) -> Calendar:
    """The owner's calendar, replacing any earlier one (its imports go with it)."""
    disconnect(session, owner)
    row = Calendar(
        team_id=owner.team_id,
        owner_id=owner.id,
        kind=kind,
        secret=secret,
        label=label,
        poll_after=now,
        error_told=False,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def disconnect(session: Session, owner: User) -> int:
    """Remove the calendar and everything imported from it; returns how many series went."""
    gone = session.execute(
        delete(MeetingSeries).where(
            MeetingSeries.owner_id == owner.id, MeetingSeries.source == CALENDAR_SOURCE
        )
    ).rowcount
    session.execute(delete(CalendarEvent).where(CalendarEvent.owner_id == owner.id))
    session.execute(delete(Calendar).where(Calendar.owner_id == owner.id))
    session.expire_all()
    return gone or 0


def claim_due(
    session: Session,
    *,
    now: datetime,
    instance: str,
    limit: int,
    calendar_id: int | None = None,
    team_id: str | None = None,
) -> list[int]:
    """Claim up to `limit` calendars due a poll (or just `calendar_id`), of `team_id` only when
    given (one installation serves one workspace); commit at once so others see the claim."""

    def claimable(row):
        due = and_(
            row.poll_after <= now,
            or_(row.claimed_by.is_(None), row.claimed_at < now - LEASE),
        )
        return due if team_id is None else and_(due, row.team_id == team_id)

    return claim_rows(
        session,
        Calendar,
        claimable,
        order_by=lambda row: row.poll_after,
        limit=limit,
        values={"claimed_by": instance, "claimed_at": now},
        only_id=calendar_id,
    )


def claimed(session: Session, calendar_id: int, instance: str) -> Calendar | None:
    return session.scalars(
        select(Calendar).where(Calendar.id == calendar_id, Calendar.claimed_by == instance)
    ).one_or_none()


def release(row: Calendar, *, poll_after: datetime) -> None:
    row.claimed_by = row.claimed_at = None
    row.poll_after = poll_after


def cached_emails(
    session: Session, team_id: str, emails: Sequence[str], *, now: datetime
) -> dict[str, str | None]:
    """Fresh answers already known, e-mail → Slack user id (None: not in Slack)."""
    if not emails:
        return {}
    rows = session.scalars(
        select(SlackEmail).where(
            SlackEmail.team_id == team_id,
            SlackEmail.email.in_(list(emails)),
            SlackEmail.checked_at >= now - EMAIL_FRESH,
        )
    )
    return {row.email: row.user_id for row in rows}


def remember_email(
    session: Session, team_id: str, email: str, user_id: str | None, *, now: datetime
) -> None:
    row = session.get(SlackEmail, (team_id, email))
    if row is None:
        session.add(SlackEmail(team_id=team_id, email=email, user_id=user_id, checked_at=now))
    else:
        row.user_id, row.checked_at = user_id, now


def events_of(session: Session, owner: User) -> list[CalendarEvent]:
    return list(
        session.scalars(
            select(CalendarEvent)
            .where(CalendarEvent.owner_id == owner.id, CalendarEvent.present.is_(True))
            .order_by(CalendarEvent.is_group, CalendarEvent.title, CalendarEvent.id)
        )
    )


def owned_event(session: Session, owner: User, event_id: int) -> CalendarEvent | None:
    return session.scalars(
        select(CalendarEvent).where(
            CalendarEvent.id == event_id, CalendarEvent.owner_id == owner.id
        )
    ).one_or_none()


def event_of_series(session: Session, series_id: int) -> CalendarEvent | None:
    return session.scalars(
        select(CalendarEvent).where(CalendarEvent.series_id == series_id)
    ).one_or_none()


def apply_meetings(
    session: Session, owner: User, found: Sequence[Resolved], *, now: datetime
) -> list[MeetingSeries]:
    """Make the owner's calendar events and calendar series match what the calendar says.

    Returns the series whose occurrences changed (they need their nudges re-planned). An event
    no longer in the calendar keeps its row (and the user's choice about it) with no occurrences.
    """
    events = {
        e.uid: e
        for e in session.scalars(select(CalendarEvent).where(CalendarEvent.owner_id == owner.id))
    }
    changed: list[MeetingSeries] = []
    seen = set()
    for item in found:
        meeting = item.meeting
        uid = meeting.uid[:255]
        seen.add(uid)
        event = events.get(uid)
        if event is None:
            event = CalendarEvent(team_id=owner.team_id, owner_id=owner.id, uid=uid, choice=AUTO)
            session.add(event)
        user_id = (
            item.slack_user_id
            if item.settled or event.counterpart_user_id is None
            else event.counterpart_user_id
        )
        now_says = {
            "title": (meeting.title or "(no title)")[:255],
            "is_group": meeting.is_group,
            "counterpart_user_id": user_id,
            "counterpart_name": (meeting.counterpart_name or meeting.title or "?")[:128],
            "present": True,
            "starts": series_store.dump_dated(meeting.starts),
        }
        if event.id is not None and all(getattr(event, k) == v for k, v in now_says.items()):
            continue  # most events, most polls: nothing to do
        for name, value in now_says.items():
            setattr(event, name, value)
        if (row := sync_series(session, owner, event, meeting.starts, now=now)) is not None:
            changed.append(row)
    for uid, event in events.items():
        if uid not in seen and event.present:
            event.present = False
            event.starts = "[]"
            if (row := sync_series(session, owner, event, (), now=now)) is not None:
                changed.append(row)
    session.flush()
    return changed


def wants_series(event: CalendarEvent) -> bool:
    if event.choice == MUTED:
        return False
    return not event.is_group or event.choice == ONE_ON_ONE


def sync_series(
    session: Session,
    owner: User,
    event: CalendarEvent,
    starts: Sequence[tuple[datetime, timedelta]],
    *,
    now: datetime,
) -> MeetingSeries | None:
    """Create, update or stop the event's series; the series when its plan must change."""
    row = session.get(MeetingSeries, event.series_id) if event.series_id else None
    if not wants_series(event):
        if row is not None and row.active:
            row.active = False
            return row
        return None
    person = (
        model.Person(user_id=event.counterpart_user_id)
        if event.counterpart_user_id
        else model.Person(name=event.counterpart_name or event.title)
    )
    relationship = ensure_relationship(session, owner, person, now=now)
    if relationship.display_name is None and event.counterpart_user_id:
        # The calendar's name for them until Slack's display name is read (not marked checked).
        relationship.display_name = event.counterpart_name
    spec = calendar_spec(starts, tz=owner.tz or "UTC")
    if row is None or row.relationship_id != relationship.id:
        if row is not None:
            row.active = False
        row = series_store.add_series(session, owner, relationship, spec, now=now)
        row.source = CALENDAR_SOURCE
        event.series_id = row.id
        return row
    before = (row.dated, row.active)
    old = series_store.spec_of(row)
    series_store.write_spec(row, _keep_skips(spec, old), now=now)
    row.active = True
    return row if (row.dated, row.active) != before else None


def calendar_spec(starts: Sequence[tuple[datetime, timedelta]], *, tz: str) -> model.SeriesSpec:
    first = starts[0] if starts else None
    local = first[0].astimezone(ZoneInfo(tz)).time().replace(tzinfo=None) if first else time(0)
    return model.SeriesSpec(
        cadence=model.Cadence(model.CadenceKind.CALENDAR),
        local_time=local,
        duration=first[1] if first else timedelta(minutes=30),
        tz=tz,
        dated=tuple(sorted(starts)),
    )


def _keep_skips(spec: model.SeriesSpec, old: model.SeriesSpec) -> model.SeriesSpec:
    from dataclasses import replace

    return replace(spec, skipped=old.skipped)


def follow_series(session: Session, row: MeetingSeries, follow: bool) -> None:
    """`cancel` / its Undo on a calendar 1:1: remembered on the event, so the next read of the
    calendar does not bring a cancelled series back (nor end a restored one)."""
    if row.source != CALENDAR_SOURCE:
        return
    event = event_of_series(session, row.id)
    if event is not None:
        event.choice = (ONE_ON_ONE if event.is_group else AUTO) if follow else MUTED


def set_choice(
    session: Session, owner: User, event: CalendarEvent, choice: str, *, now: datetime
) -> MeetingSeries | None:
    """Mute, follow again, or mark as a 1:1; returns the series whose plan changed."""
    event.choice = choice
    return sync_series(session, owner, event, starts_of(event), now=now)


def starts_of(event: CalendarEvent) -> tuple[tuple[datetime, timedelta], ...]:
    return series_store.load_dated(event.starts)
