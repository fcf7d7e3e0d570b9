"""Reading a user's calendar and bringing their calendar 1:1s (and nudges) in line with it.

One poll of one calendar, in three steps so that no transaction is open while we wait on the
network (the calendar's server or Slack):

1. **claim** (committed): the calendar row is ours for a while (storage.calendars.claim_due);
2. **read**: fetch (conditional GET) or reuse the last good copy, parse, decide which events are
   1:1s, map attendee e-mails to Slack users (`users.lookupByEmail`, cached in the database);
3. **apply** (committed): events and series updated, nudges re-planned, claim released.

A failure keeps the last good copy and everything imported from it, and tells the user once by
DM; the first read of a newly connected calendar that fails removes it again (nothing imported).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.orm import Session, sessionmaker

from coaching.calendar import FeedError, FoundMeeting, Me, find_meetings, read_calendar, window
from handlers.capture.replies import dm
from handlers.views.calendar import connected_message, failed_message
from services.calendar_fetch import FetchError, fetch_caldav, fetch_feed
from services.calendar_settings import CalendarSettings, calendar_settings
from services.series_events import replan_now
from storage import calendars as calendar_store
from storage.db import transaction
from storage.models import User
from storage.secret_box import SecretKeyError, seal, unseal
from storage.users import nudge_settings

log = logging.getLogger(__name__)

BATCH = 20
KEY_LOST = (
    "I can no longer read your saved calendar address (this bot's key was changed). "
    "Connect it again with `/oneonone calendar <address>`."
)
#: An unchanged calendar is still read into events once in a while: its window moves on.
REREAD = timedelta(hours=6)
WORKERS = 4


@dataclass(frozen=True)
class _Job:
    """What a poll needs from the calendar row, read in the claim transaction."""

    calendar_id: int
    kind: str
    secret: str
    etag: str | None
    last_modified: str | None
    body: str | None
    team_id: str
    user_id: str
    tz: str
    label: str
    first: bool
    imported_at: datetime | None


def calendar_hook(
    session_factory: sessionmaker[Session],
    client: WebClient,
    *,
    instance: str,
    team: Callable[[], str],
) -> Callable[[datetime], int]:
    """The dispatcher hook: poll every calendar of `team()` (the workspace of `client`'s token)
    that is due, claimed as `instance`."""
    settings = calendar_settings()
    return lambda now: poll_due(
        session_factory, client, now, settings=settings, instance=instance, team_id=team()
    )


def poll_due(
    session_factory: sessionmaker[Session],
    client: WebClient,
    now: datetime,
    *,
    settings: CalendarSettings,
    instance: str,
    team_id: str,
) -> int:
    with transaction(session_factory) as session:
        ids = calendar_store.claim_due(
            session, now=now, instance=instance, limit=BATCH, team_id=team_id
        )
    # Side by side: one slow calendar server must not hold up the others (nor the next tick).
    with ThreadPoolExecutor(WORKERS, thread_name_prefix="calendar") as pool:
        for calendar_id in ids:
            pool.submit(_poll_safely, session_factory, client, calendar_id, now, settings, instance)
    return len(ids)


def _poll_safely(session_factory, client, calendar_id, now, settings, instance) -> None:
    """One calendar's surprise is logged (by type only) and never stops the others."""
    try:
        poll_one(session_factory, client, calendar_id, now, settings=settings, instance=instance)
    except Exception as error:
        log.error("calendar %s poll failed: %s", calendar_id, type(error).__name__)


def poll_claimed(
    session_factory: sessionmaker[Session],
    client: WebClient,
    calendar_id: int,
    now: datetime,
    *,
    settings: CalendarSettings,
) -> None:
    """Claim one calendar now (if nobody holds it) and read it: a just-connected calendar."""
    instance = f"connect:{calendar_id}:{now.timestamp():.0f}"
    with transaction(session_factory) as session:
        claimed = calendar_store.claim_due(
            session, now=now, instance=instance, limit=1, calendar_id=calendar_id
        )
    if claimed:
        poll_one(session_factory, client, calendar_id, now, settings=settings, instance=instance)


def poll_one(
    session_factory: sessionmaker[Session],
    client: WebClient,
    calendar_id: int,
    now: datetime,
    *,
    settings: CalendarSettings,
    instance: str,
) -> None:
    with transaction(session_factory) as session:
        job = _job(session, calendar_id, instance)
    if job is None:
        return
    try:
        data, fetched_new, validators = _read(job, now, settings)
        if not fetched_new and job.imported_at and now - job.imported_at < REREAD:
            _unchanged(session_factory, job, now, settings=settings, instance=instance)
            return
        start, end = window(now)
        occurrences = read_calendar(data, start=start, end=end, tz=job.tz)
        found = find_meetings(occurrences, _me(client, job.user_id))
        slack_ids = _slack_users(session_factory, client, job.team_id, found, now)
    except SecretKeyError as error:
        log.warning("calendar %s: %s", calendar_id, error)  # the operator's to fix
        _failed(session_factory, client, job, KEY_LOST, now, settings=settings, instance=instance)
        return
    except (FetchError, FeedError) as error:
        reason = error.problem if isinstance(error, FeedError) else str(error)
        _failed(session_factory, client, job, reason, now, settings=settings, instance=instance)
        return
    resolved = [
        calendar_store.Resolved(
            m,
            slack_ids.get(m.counterpart_email or ""),
            settled=not m.counterpart_email or m.counterpart_email in slack_ids,
        )
        for m in found
    ]
    with transaction(session_factory) as session:
        row = calendar_store.claimed(session, calendar_id, instance)
        if row is None:
            return  # disconnected meanwhile, or our claim expired and another took it
        user = session.get(User, row.owner_id)
        for series in calendar_store.apply_meetings(session, user, resolved, now=now):
            replan_now(session, series, nudge_settings(user), now=now)
        if fetched_new:
            row.body = seal(settings.key, data.decode("utf-8", errors="replace"))
            row.etag, row.last_modified = validators
        row.last_ok_at, row.imported_at, row.last_error, row.error_told = now, now, None, False
        calendar_store.release(row, poll_after=now + settings.poll_every)
    if job.first:
        _tell(client, job.user_id, connected_message(job.label, resolved, now=now, tz=job.tz))


def _unchanged(
    session_factory: sessionmaker[Session],
    job: _Job,
    now: datetime,
    *,
    settings: CalendarSettings,
    instance: str,
) -> None:
    """The server said 304 and the last import is recent: nothing to read, nothing to plan."""
    with transaction(session_factory) as session:
        row = calendar_store.claimed(session, job.calendar_id, instance)
        if row is not None:
            row.last_ok_at, row.last_error, row.error_told = now, None, False
            calendar_store.release(row, poll_after=now + settings.poll_every)


def _job(session: Session, calendar_id: int, instance: str) -> _Job | None:
    row = calendar_store.claimed(session, calendar_id, instance)
    if row is None:
        return None
    user = session.get(User, row.owner_id)
    return _Job(
        calendar_id=row.id,
        kind=row.kind,
        secret=row.secret,
        etag=row.etag,
        last_modified=row.last_modified,
        body=row.body,
        team_id=user.team_id,
        user_id=user.user_id,
        tz=user.tz or "UTC",
        label=row.label,
        first=row.last_ok_at is None,
        imported_at=row.imported_at,
    )


def _read(
    job: _Job, now: datetime, settings: CalendarSettings
) -> tuple[bytes, bool, tuple[str | None, str | None]]:
    """The calendar text; whether it is a new copy; its ETag and Last-Modified."""
    secret = json.loads(unseal(settings.key, job.secret))
    if job.kind == "caldav":
        start, end = window(now)
        data = fetch_caldav(
            secret["url"],
            secret.get("username") or "",
            secret.get("password") or "",
            start=start,
            end=end,
            policy=settings.policy,
        )
        return data, True, (None, None)
    have_copy = job.body is not None
    fetched = fetch_feed(
        secret["url"],
        etag=job.etag if have_copy else None,
        last_modified=job.last_modified if have_copy else None,
        policy=settings.policy,
    )
    if fetched.body is None:
        return unseal(settings.key, job.body or "").encode(), False, (job.etag, job.last_modified)
    return fetched.body, True, (fetched.etag, fetched.last_modified)


def _failed(
    session_factory: sessionmaker[Session],
    client: WebClient,
    job: _Job,
    reason: str,
    now: datetime,
    *,
    settings: CalendarSettings,
    instance: str,
) -> None:
    tell = False
    with transaction(session_factory) as session:
        row = calendar_store.claimed(session, job.calendar_id, instance)
        if row is None:
            return
        if job.first:
            calendar_store.disconnect(session, session.get(User, row.owner_id))
            tell = True
        else:
            row.last_error = reason[:255]
            tell, row.error_told = not row.error_told, True
            calendar_store.release(row, poll_after=now + settings.poll_every)
    log.info("calendar %s could not be read (first=%s)", job.calendar_id, job.first)
    if tell:
        _tell(client, job.user_id, failed_message(job.label, reason, first=job.first))


def _me(client: WebClient, user_id: str) -> Me:
    """The user's own e-mail and name, to tell them apart from the other attendees."""
    try:
        user = client.users_info(user=user_id).get("user") or {}
    except (SlackApiError, SlackClientError, OSError):
        return Me()
    profile = user.get("profile") or {}
    email = (profile.get("email") or "").strip().lower()
    name = profile.get("real_name") or user.get("real_name") or profile.get("display_name")
    return Me(frozenset({email} if email else set()), name or None)


def _slack_users(
    session_factory: sessionmaker[Session],
    client: WebClient,
    team_id: str,
    found: list[FoundMeeting],
    now: datetime,
) -> dict[str, str | None]:
    """E-mail → Slack user id for every counterpart, from the cache or `users.lookupByEmail`."""
    emails = sorted({m.counterpart_email for m in found if m.counterpart_email})
    with transaction(session_factory) as session:
        known = calendar_store.cached_emails(session, team_id, emails, now=now)
    fresh: dict[str, str | None] = {}
    for email in emails:
        if email in known:
            continue
        try:
            answer = client.users_lookupByEmail(email=email)
            fresh[email] = (answer.get("user") or {}).get("id")
        except SlackApiError as error:
            if error.response.get("error") != "users_not_found":
                continue  # rate limit or outage: ask again next poll, keep them by name now
            fresh[email] = None
        except (SlackClientError, OSError):
            continue
    if fresh:
        with transaction(session_factory) as session:
            for email, user_id in fresh.items():
                calendar_store.remember_email(session, team_id, email, user_id, now=now)
    return {**known, **fresh}


def _tell(client: WebClient, user_id: str, reply: dict) -> None:
    try:
        dm(client, user_id, reply)
    except (SlackApiError, SlackClientError, OSError) as error:
        log.warning("calendar DM failed: %s", type(error).__name__)
