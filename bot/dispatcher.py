"""The nudge dispatcher: plans, claims and sends the DMs before and after each 1:1.

APScheduler only ticks it (`start_scheduler`); the truth lives in the `nudges` table, so any
number of instances can run it against one database and each nudge goes out once.

Each nudge is handled in three short steps, none of which holds a transaction open while
talking to Slack:

1. **claim** (one UPDATE … RETURNING, committed): the nudge becomes `sending`, owned by us;
2. **send**: `chat.postMessage` to the user's DM, carrying message metadata with the nudge id;
3. **record** (committed): `sent` with the message ts, or back to `pending` for a retry.

If the process dies between 2 and 3, the nudge stays `sending`. After the claim's lease
(storage.nudges.LEASE, 2 minutes) another tick — here or in another instance — reclaims it and,
before sending, reads the user's DM for a message whose metadata names this nudge: if Slack has
it, the nudge is recorded as sent without a second DM; if not, it is sent now. So a crash delays
a nudge by at most the lease and never doubles it (unless Slack's history is unreadable at that
moment, in which case we send rather than lose it).
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.orm import Session, sessionmaker

from bot.slack_client import team_of
from coaching.nudge_plan import HORIZON, REPLAN_WITHIN, delivery_verdict, plan_series
from coaching.timing import AFTER_KIND, quiet_ends_after
from services.nudge_cards import NudgeViews, nudge_message
from storage import nudges as nudge_store
from storage import series as series_store
from storage.db import transaction
from storage.events import forget_old_events
from storage.models import MeetingSeries, Nudge, User
from storage.users import nudge_settings

log = logging.getLogger(__name__)

METADATA_TYPE = "oneonone_nudge"
MAX_ATTEMPTS = 5
BACKOFF = timedelta(seconds=30)
KEEP_EVENT_IDS = timedelta(days=1)

Hook = Callable[[datetime], Any]


def instance_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass
class Dispatcher:
    session_factory: sessionmaker[Session]
    client: WebClient
    clock: Callable[[], datetime]
    #: The Block Kit for prep cards and after-meeting messages, given by the composition root
    #: (bot.app.nudge_views) so that this module never imports handlers/.
    views: NudgeViews
    instance: str = field(default_factory=instance_name)
    batch: int = 100
    #: DMs sent side by side: Slack answers in 100–300 ms, so one at a time caps a busy
    #: instance at a few nudges a second.
    workers: int = 8
    #: Extra work each tick (e.g. filling in message texts Slack rate-limited).
    hooks: list[Hook] = field(default_factory=list)
    #: The workspace of `client`'s token: only its nudges are planned and sent. None asks
    #: Slack (`auth.test`) on the first tick, so no tick ever works across workspaces.
    team_id: str | None = None
    _dm_channels: dict[str, str] = field(default_factory=dict)

    def tick(self) -> int:
        """Plan what needs planning, then deliver every due nudge. Returns how many were sent."""
        now = self.clock()
        if self.team_id is None:
            self.team_id = team_of(self.client)
        self.plan(now)
        sent = self.deliver_due(now)
        with transaction(self.session_factory) as session:
            forget_old_events(session, now=now, keep=KEEP_EVENT_IDS)
        for hook in self.hooks:
            hook(now)
        return sent

    # ---- planning ------------------------------------------------------------------------
    def plan(self, now: datetime) -> None:
        while True:
            with transaction(self.session_factory) as session:
                rows = nudge_store.series_needing_plan(
                    session, before=now + REPLAN_WITHIN, limit=200, team_id=self.team_id
                )
                for row in rows:
                    user = session.get(User, row.owner_id)
                    until = now + HORIZON
                    plan = plan_series(
                        series_store.spec_of(row), nudge_settings(user), now=now, until=until
                    )
                    nudge_store.extend_plan(session, row, plan, planned_until=until)
            if len(rows) < 200:
                return

    # ---- delivery ------------------------------------------------------------------------
    def deliver_due(self, now: datetime) -> int:
        sent = 0
        with ThreadPoolExecutor(self.workers, thread_name_prefix="nudge") as pool:
            while True:
                with transaction(self.session_factory) as session:
                    ids = nudge_store.claim_due(
                        session,
                        now=now,
                        instance=self.instance,
                        limit=self.batch,
                        team_id=self.team_id,
                    )
                sent += sum(pool.map(lambda nudge_id: self.deliver(nudge_id, now), ids))
                if len(ids) < self.batch:
                    return sent

    def deliver(self, nudge_id: int, now: datetime) -> int:
        with transaction(self.session_factory) as session:
            nudge = nudge_store.claimed(session, nudge_id, self.instance)
            if nudge is None:
                return 0
            payload = self._prepare(session, nudge, now)
            if payload is None:
                return 0
            user_id, reclaimed = payload.pop("_user"), nudge.attempts > 1
        channel = self._dm_channel(user_id)
        if channel and reclaimed and (ts := self._already_posted(channel, nudge_id, now)):
            return self._record(
                nudge_id, lambda n: nudge_store.record_sent(n, channel=channel, ts=ts, now=now)
            )
        try:
            if channel is None:
                raise SlackClientError("could not open the user's DM")
            response = self.client.chat_postMessage(
                channel=channel,
                metadata={"event_type": METADATA_TYPE, "event_payload": {"nudge_id": nudge_id}},
                **payload,
            )
        except SlackApiError as error:
            return self._failed(nudge_id, now, error)
        except (SlackClientError, OSError) as error:
            return self._failed(nudge_id, now, error)
        return self._record(
            nudge_id,
            lambda n: nudge_store.record_sent(
                n, channel=channel, ts=response.get("ts") or "", now=now
            ),
        )

    def _prepare(self, session: Session, nudge: Nudge, now: datetime) -> dict | None:
        """The message to send, or None when the verdict was recorded instead."""
        series = session.get(MeetingSeries, nudge.series_id)
        user = session.get(User, nudge.owner_id)
        spec = series_store.spec_of(series)
        settings = nudge_settings(user)
        verdict = delivery_verdict(
            kind=nudge.kind,
            occurrence_start=nudge.occurrence_start,
            duration=spec.duration,
            skipped=nudge.occurrence_start in spec.skipped,
            active=series.active,
            settings=settings,
            tz=spec.tz,
            now=now,
        )
        if verdict == "later":
            resume = quiet_ends_after(now, settings, spec.tz)
            if resume is not None and (nudge.kind == AFTER_KIND or resume < nudge.occurrence_start):
                nudge_store.record_retry(
                    nudge, due_at=resume, reason="quiet hours", counts_as_attempt=False
                )
                return None
            verdict = "missed"
        if verdict != "send":
            nudge_store.record_final(nudge, verdict)
            return None
        payload = nudge_message(session, nudge, series, user, tz=spec.tz, now=now, views=self.views)
        return {**payload, "_user": user.user_id}

    def _dm_channel(self, user_id: str) -> str | None:
        if user_id not in self._dm_channels:
            try:
                opened = self.client.conversations_open(users=user_id)
            except (SlackApiError, SlackClientError, OSError):
                return None
            self._dm_channels[user_id] = opened["channel"]["id"]
        return self._dm_channels[user_id]

    def _already_posted(self, channel: str, nudge_id: int, now: datetime) -> str | None:
        """The ts of a DM we sent for this nudge before a crash, if Slack has one."""
        oldest = (now - nudge_store.LEASE * 10).timestamp()
        try:
            history = self.client.conversations_history(
                channel=channel, oldest=f"{oldest:.6f}", include_all_metadata=True, limit=200
            )
        except (SlackApiError, SlackClientError, OSError):
            return None
        for message in history.get("messages") or []:
            metadata = message.get("metadata") or {}
            payload = metadata.get("event_payload") or {}
            if metadata.get("event_type") == METADATA_TYPE and payload.get("nudge_id") == nudge_id:
                return message.get("ts")
        return None

    def _record(self, nudge_id: int, change: Callable[[Nudge], None]) -> int:
        with transaction(self.session_factory) as session:
            nudge = nudge_store.claimed(session, nudge_id, self.instance)
            if nudge is None:
                return 0
            change(nudge)
            return int(nudge.status == nudge_store.SENT)

    def _failed(self, nudge_id: int, now: datetime, error: Exception) -> int:
        if isinstance(error, SlackApiError) and error.response.status_code == 429:
            retry_after = int(error.response.headers.get("Retry-After", "1") or 1)
            log.info("nudge %s rate-limited; retrying in %ss", nudge_id, retry_after)
            return self._record(
                nudge_id,
                lambda n: nudge_store.record_retry(
                    n,
                    due_at=now + timedelta(seconds=retry_after),
                    reason="rate limited",
                    counts_as_attempt=False,
                ),
            )
        reason = _reason(error)

        def retry_or_fail(nudge: Nudge) -> None:
            if nudge.attempts >= MAX_ATTEMPTS:
                log.error("nudge %s failed after %s attempts: %s", nudge_id, nudge.attempts, reason)
                nudge_store.record_final(nudge, nudge_store.FAILED, reason=reason)
            else:
                log.warning("nudge %s attempt %s failed: %s", nudge_id, nudge.attempts, reason)
                delay = BACKOFF * 2 ** (nudge.attempts - 1)
                nudge_store.record_retry(nudge, due_at=now + delay, reason=reason)

        return self._record(nudge_id, retry_or_fail)


def _reason(error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return f"slack error {error.response.status_code}: {error.response.get('error')}"
    return type(error).__name__


def start_scheduler(dispatcher: Dispatcher, *, tick_seconds: float):
    """APScheduler as the in-process clock: one job, never overlapping itself."""
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(timezone="UTC")
    scheduler.add_job(
        _safe_tick,
        "interval",
        args=[dispatcher],
        seconds=tick_seconds,
        max_instances=1,
        coalesce=True,
        id="nudge-dispatcher",
        next_run_time=dispatcher.clock(),
    )
    scheduler.start()
    return scheduler


def _safe_tick(dispatcher: Dispatcher) -> None:
    try:
        dispatcher.tick()
    except Exception as error:  # the next tick tries again; never kill the scheduler
        log.error(
            "dispatcher tick failed: %s",
            type(error).__name__,
            exc_info=log.isEnabledFor(logging.DEBUG),
        )
