"""The nudge dispatcher: plans, claims and sends the DMs before and after each 1:1.

APScheduler only ticks it (`start_scheduler`); the truth lives in the `nudges` table, so any
number of instances can run it against one database and each nudge goes out once.

Each nudge is handled in three short steps, none of which holds a transaction open while
talking to Slack:

1. **claim** (one UPDATE … RETURNING, committed): the nudge becomes `sending`, owned by us; the
   batch's messages are then built in one transaction that reads what they share once;
2. **send**: `chat.postMessage` to the user's DM, carrying message metadata with the nudge id;
3. **record** (committed): `sent` with the message ts — the batch's posts in one transaction —
   or back to `pending` for a retry.

Every instance keeps a heartbeat row fresh (`beat`, from its own scheduler job, so a long tick
does not starve it). If the process dies between 1 and 3, its heartbeat expires after two ticks
and another instance's next tick takes the claim over (storage.nudges.claim_due).

A post is never re-sent blind: the client does not retry `chat.postMessage` by itself, and every
claim after the first (a takeover, or a retry after a 5xx, a dropped connection or a timeout)
first reads the user's DM — at most 15 messages a page, with message metadata — for a message
naming this nudge (bot.posted.already_posted, the check the outbox and the follow-through
prompts run too). Found: recorded as sent, no second DM. Slack says 429: we wait its
`Retry-After` here, in the dispatcher's worker, and ask again, a bounded number of times. Still
unknown: the nudge goes back to pending for a later tick; it is never sent without knowing.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.orm import Session, sessionmaker

from bot.posted import CannotTell, already_posted, metadata, retry_after
from bot.posted import reason as reason_of
from bot.slack_client import team_of
from coaching.nudge_plan import HORIZON, REPLAN_WITHIN, delivery_verdict, plan_series
from coaching.timing import AFTER_KIND, quiet_ends_after
from services.nudge_cards import (
    FLAGS_SHOWN,
    BatchReads,
    Delivered,
    NudgeViews,
    claimed_batch,
    nudge_message,
    nudge_sent,
    record_deliveries,
)
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
#: A heartbeat lives this many ticks; a dead instance's claims are taken over after it.
HEARTBEAT_TICKS = 2
KEEP_DEAD_HEARTBEATS = timedelta(days=1)
#: When Slack could not say whether a DM went out, ask again after this long.
UNSURE_RETRY = timedelta(seconds=15)

Hook = Callable[[datetime], Any]


@dataclass(frozen=True)
class _Ready:
    """A claimed nudge whose message is built, waiting to be sent (no session attached)."""

    nudge_id: int
    owner_id: int
    user_id: str
    shown: tuple[int, ...]
    payload: dict
    maybe_posted: bool
    first_tried: datetime


def instance_name() -> str:
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


@dataclass
class Dispatcher:
    session_factory: sessionmaker[Session]
    client: WebClient
    clock: Callable[[], datetime]
    #: The Block Kit for prep cards and after-meeting messages, given by the composition root
    #: (bot.app.nudge_views) so that this module never imports handlers/.
    views: NudgeViews
    instance: str = field(default_factory=instance_name)
    #: Nudges claimed at a time: a few rounds of `workers`, no more, so that an instance that
    #: dies strands few claims (they wait two ticks for a takeover) and instances share a burst.
    batch: int = 32
    #: DMs sent side by side: Slack answers in 100–300 ms, so one at a time caps a busy
    #: instance at a few nudges a second.
    workers: int = 8
    #: Extra work each tick (e.g. filling in message texts Slack rate-limited).
    hooks: list[Hook] = field(default_factory=list)
    #: How often the scheduler ticks us: our heartbeat lives HEARTBEAT_TICKS of these.
    tick_interval: timedelta = timedelta(seconds=30)
    #: How the worker waits out a 429 on the history read (tests pass their clock's).
    sleep: Callable[[float], None] = time.sleep
    #: The workspace of `client`'s token: only its nudges are planned and sent. None asks
    #: Slack (`auth.test`) on the first tick, so no tick ever works across workspaces.
    team_id: str | None = None
    _dm_channels: dict[str, str] = field(default_factory=dict)
    _last_beat: float = float("-inf")
    _beat_lock: threading.Lock = field(default_factory=threading.Lock)

    def tick(self) -> int:
        """Plan what needs planning, then deliver every due nudge. Returns how many were sent
        (tests count the DMs at the fake Slack instead)."""
        now = self.clock()
        if self.team_id is None:
            self.team_id = team_of(self.client)
        self.plan(now)
        sent = self.deliver_due(now)
        with transaction(self.session_factory) as session:
            forget_old_events(session, now=now, keep=KEEP_EVENT_IDS)
            nudge_store.forget_dead_instances(session, now=now, keep=KEEP_DEAD_HEARTBEATS)
        for hook in self.hooks:
            hook(now)
        return sent

    # ---- liveness ------------------------------------------------------------------------
    def beat(self) -> None:
        """Tell the other instances we are alive for the next HEARTBEAT_TICKS ticks."""
        started = time.monotonic()
        now = self.clock()
        with self._beat_lock, transaction(self.session_factory) as session:
            nudge_store.beat(
                session,
                instance=self.instance,
                now=now,
                expires_at=now + self.tick_interval * HEARTBEAT_TICKS,
            )
        self._last_beat = max(self._last_beat, started)

    def _alive(self) -> bool:
        """False once our last heartbeat is more than a tick old: it may expire before a post
        lands, and then another instance could take the nudge over while we send it."""
        return time.monotonic() - self._last_beat < self.tick_interval.total_seconds()

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
        """Claim and send batch after batch. Each batch reads the clock again, so a long tick
        also picks up what fell due, or whose instance died, while it was sending."""
        sent = 0
        with ThreadPoolExecutor(self.workers, thread_name_prefix="nudge") as pool:
            while True:
                self.beat()  # besides the scheduler's heartbeat job, for a tick run by hand
                with transaction(self.session_factory) as session:
                    ids = nudge_store.claim_due(
                        session,
                        now=now,
                        instance=self.instance,
                        limit=self.batch,
                        team_id=self.team_id,
                    )
                ready = self._prepare_batch(ids, now)
                outcomes = list(pool.map(lambda item, at=now: self._send(item, at), ready))
                sent += sum(o for o in outcomes if isinstance(o, int))
                sent += self._record_posted([o for o in outcomes if isinstance(o, Delivered)], now)
                if len(ids) < self.batch:
                    break
                now = self.clock()
        return sent

    def _prepare_batch(self, nudge_ids: list[int], now: datetime) -> list[_Ready]:
        """The messages of a batch of claimed nudges, built in one transaction whose shared
        reads (the nudges, their series, owners, relationships, names) are one query each."""
        ready = []
        with transaction(self.session_factory) as session:
            nudges, batch = claimed_batch(session, nudge_ids, self.instance, now=now)
            for nudge in nudges:
                try:
                    # A savepoint per nudge: one card that cannot be built (a bug, odd data)
                    # is retried on its own and never holds back the rest of the batch.
                    with session.begin_nested():
                        payload = self._prepare(session, nudge, now, batch)
                except Exception as error:
                    what = type(error).__name__  # the type only: messages may quote user text
                    log.error("nudge %s: its card could not be built (%s)", nudge.id, what)
                    _retry_or_fail(nudge, now, f"card not built: {what}")
                    continue
                if payload is None:
                    continue
                ready.append(
                    _Ready(
                        nudge_id=nudge.id,
                        owner_id=nudge.owner_id,
                        user_id=payload.pop("_user"),
                        shown=tuple(payload.pop(FLAGS_SHOWN, ())),
                        payload=payload,
                        # Any claim after the first may follow a post whose answer was lost.
                        maybe_posted=nudge.attempts > 1,
                        first_tried=nudge.first_tried_at or now,
                    )
                )
        return ready

    def _send(self, item: _Ready, now: datetime) -> int | Delivered:
        """Post one prepared nudge: what Slack took is recorded with the batch's other posts
        (`_record_posted`), anything else here, in a short transaction of its own."""
        nudge_id, shown, first_tried = item.nudge_id, item.shown, item.first_tried
        user_id, payload, maybe_posted = item.user_id, item.payload, item.maybe_posted
        channel = self._dm_channel(user_id)
        if channel is None:
            return self._failed(nudge_id, now, SlackClientError("could not open the user's DM"))
        if maybe_posted:
            try:
                ts = already_posted(
                    self.client,
                    channel,
                    METADATA_TYPE,
                    {"nudge_id": nudge_id},
                    since=first_tried,
                    sleep=self.sleep,
                )
            except CannotTell as unknown:
                why = f"unsure whether sent: {unknown}"
                log.info("nudge %s: could not check the DM (%s); later", nudge_id, unknown)
                return self._record(
                    nudge_id,
                    lambda n: nudge_store.record_retry(
                        n,
                        due_at=now + UNSURE_RETRY,
                        reason=why,
                        counts_as_attempt=False,
                    ),
                )
            if ts is not None:
                return self._record(
                    nudge_id,
                    lambda n: nudge_sent(n, channel=channel, ts=ts, now=now, flags_shown=shown),
                )
        if not self._alive():
            log.warning("nudge %s left for later: our heartbeat is stale", nudge_id)
            return 0
        try:
            response = self.client.chat_postMessage(
                channel=channel,
                metadata=metadata(METADATA_TYPE, {"nudge_id": nudge_id}),
                **payload,
            )
        except (SlackClientError, OSError) as error:
            return self._failed(nudge_id, now, error)
        return Delivered(nudge_id, item.owner_id, channel, response.get("ts") or "", shown)

    def _record_posted(self, posted: list[Delivered], now: datetime) -> int:
        """Record the batch's posts as sent in one transaction (one executemany UPDATE, one
        commit); a post whose record a crash loses is found in the DM by the takeover's check."""
        if not posted:
            return 0
        with transaction(self.session_factory) as session:
            return record_deliveries(session, posted, self.instance, now=now)

    def _prepare(
        self, session: Session, nudge: Nudge, now: datetime, batch: BatchReads | None = None
    ) -> dict | None:
        """The message to send, or None when the verdict was recorded instead."""
        series = session.get(MeetingSeries, nudge.series_id)
        user = session.get(User, nudge.owner_id)
        spec = series_store.spec_of(series)
        settings = nudge_settings(user)
        verdict = delivery_verdict(
            kind=nudge.kind,
            occurrence_start=nudge.occurrence_start,
            duration=spec.duration_at(nudge.occurrence_start),
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
        payload = nudge_message(
            session, nudge, series, user, tz=spec.tz, now=now, views=self.views, batch=batch
        )
        return {**payload, "_user": user.user_id}

    def _dm_channel(self, user_id: str) -> str | None:
        if user_id not in self._dm_channels:
            try:
                opened = self.client.conversations_open(users=user_id)
            except (SlackApiError, SlackClientError, OSError):
                return None
            self._dm_channels[user_id] = opened["channel"]["id"]
        return self._dm_channels[user_id]

    def _record(self, nudge_id: int, change: Callable[[Nudge], None]) -> int:
        with transaction(self.session_factory) as session:
            nudge = nudge_store.claimed(session, nudge_id, self.instance)
            if nudge is None:
                return 0
            change(nudge)
            return int(nudge.status == nudge_store.SENT)

    def _failed(self, nudge_id: int, now: datetime, error: Exception) -> int:
        if isinstance(error, SlackApiError) and error.response.status_code == 429:
            wait = retry_after(error)
            log.info("nudge %s rate-limited; retrying in %ss", nudge_id, wait)
            return self._record(
                nudge_id,
                lambda n: nudge_store.record_retry(
                    n,
                    due_at=now + timedelta(seconds=wait),
                    reason="rate limited",
                    counts_as_attempt=False,
                ),
            )
        reason = reason_of(error)
        return self._record(nudge_id, lambda n: _retry_or_fail(n, now, reason))


def _retry_or_fail(nudge: Nudge, now: datetime, reason: str) -> None:
    """Back off and try again, or give up once the nudge has had its MAX_ATTEMPTS."""
    if nudge.attempts >= MAX_ATTEMPTS:
        log.error("nudge %s failed after %s attempts: %s", nudge.id, nudge.attempts, reason)
        nudge_store.record_final(nudge, nudge_store.FAILED, reason=reason)
    else:
        log.warning("nudge %s attempt %s failed: %s", nudge.id, nudge.attempts, reason)
        delay = BACKOFF * 2 ** (nudge.attempts - 1)
        nudge_store.record_retry(nudge, due_at=now + delay, reason=reason)


def start_scheduler(dispatcher: Dispatcher, *, tick_seconds: float):
    """APScheduler as the in-process clock: the tick, never overlapping itself, and the
    heartbeat twice a tick in a job of its own, so a tick that takes long (Slack slow, many
    nudges) does not make the other instances think we died."""
    from apscheduler.schedulers.background import BackgroundScheduler

    dispatcher.tick_interval = timedelta(seconds=tick_seconds)
    scheduler = BackgroundScheduler(timezone="UTC")
    for job_id, work, every in (
        ("nudge-heartbeat", dispatcher.beat, tick_seconds / 2),
        ("nudge-dispatcher", dispatcher.tick, tick_seconds),
    ):
        scheduler.add_job(
            _safely,
            "interval",
            args=[job_id, work],
            seconds=every,
            max_instances=1,
            coalesce=True,
            id=job_id,
            next_run_time=dispatcher.clock(),
        )
    scheduler.start()
    return scheduler


def _safely(job_id: str, work: Callable[[], Any]) -> None:
    try:
        work()
    except Exception as error:  # the next run tries again; never kill the scheduler
        log.error(
            "%s failed: %s",
            job_id,
            type(error).__name__,
            exc_info=log.isEnabledFor(logging.DEBUG),
        )
