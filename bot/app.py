"""The composition root every mode uses (HTTP, Socket Mode, tests, the shell): the Bolt app,
and the pieces of `handlers/` the dispatcher is handed (its views and background hooks).

This is the only module in `bot/` that imports `handlers/`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import datetime
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from sqlalchemy.orm import Session, sessionmaker

import handlers
from bot import bolt_body
from bot.clock import utc_now
from bot.slack_client import team_of
from coaching.line_model import load_shipped
from coaching.slot_text import load_word_lists
from handlers.errors import handle_error
from handlers.inbox import replay_request, store_before_ack
from handlers.middleware import provide_storage, resolve_requester
from handlers.views.flags import set_support_url
from services import verdicts
from services.nudge_cards import NudgeViews
from storage.db import DatabaseUnavailable

#: Threads running listeners. A slash command is only answered once a thread picks its
#: listener up, so this pool must never be exhausted by work that waits: what a listener waits
#: on is one short transaction (milliseconds; SQLite serialises them, PostgreSQL's pool holds
#: 10 + 20 connections) and, after its ack, a few Slack calls of 100–300 ms each that never
#: sleep on a 429. 32 threads cover ~100 requests a second at those latencies, more than one
#: workspace sends, while staying near the database pool size so that threads queue for a
#: connection only in a burst.
LISTENER_THREADS = 32
#: Threads doing the work of Slack events (DMs, reactions, App Home opened). Bolt has already
#: answered 200 and the inbox holds each event, so this work may queue without anyone missing
#: a deadline — which is why it has a pool of its own: a burst of DMs (each a commit and three
#: or four Slack calls after it) can then never sit in front of a slash command waiting for its
#: ack. 16 threads clear about 20 events a second at 150 ms per Slack call, more than one
#: workspace sends, while keeping the writers that queue for SQLite's lock few.
EVENT_THREADS = 16


def build_app(
    *,
    client: WebClient,
    signing_secret: str,
    session_factory: sessionmaker[Session],
    clock: Callable[[], datetime] = utc_now,
    token_verification: bool = True,
    listener_executor: Executor | None = None,
    shared_client: bool = False,
    database_health: Callable[[], bool] | None = None,
    support_url: str | None = None,
) -> App:
    """A Bolt app with our middlewares, listeners and error handler.

    `token_verification` makes Bolt call `auth.test` at start (skipped by the offline shell);
    `listener_executor` runs listeners and event work (the shell passes one it can wait on; by
    default a pool of LISTENER_THREADS for listeners and one of EVENT_THREADS for events);
    `shared_client` hands `client` itself to every listener instead of Bolt's per-request copy
    (a plain WebClient), which the shell needs because its client answers in-process.
    `database_health` (storage.health.DatabaseMonitor.healthy) turns every request away with the
    polite "nothing was saved" while the database is not answering, instead of letting it hang.
    `support_url` is the operator's ONEONONE_SUPPORT_URL, linked from the care note.
    """
    load_word_lists()
    load_shipped()
    set_support_url(support_url)

    def use_shared_client(context, next):  # Bolt's "before_authorize" middleware
        context["client"] = client
        return next()

    bolt_body.install()  # a slash command that says "payload" is still a slash command
    verdicts.install()  # every entry text written carries the scanner's verdict
    app = App(
        # Named, or Bolt names the app after its caller's file via inspect.stack(), which reads
        # the source of every frame: ~70 ms for each app a test builds.
        name="oneonone",
        client=client,
        signing_secret=signing_secret,
        token_verification_enabled=token_verification,
        logger=logging.getLogger("bot.bolt"),
        listener_executor=listener_executor
        or ThreadPoolExecutor(LISTENER_THREADS, thread_name_prefix="listener"),
        before_authorize=use_shared_client if shared_client else None,
    )
    if database_health is not None:
        app.use(require_database(database_health))
    event_pool = listener_executor or ThreadPoolExecutor(EVENT_THREADS, thread_name_prefix="event")
    app.use(provide_storage(session_factory, clock, event_pool))
    app.use(resolve_requester)
    app.use(store_before_ack)
    app.error(handle_error)
    handlers.register(app)
    return app


def require_database(healthy: Callable[[], bool]):
    """A global middleware: fail fast (the error handler replies) while the database is down."""

    def middleware(next):
        if not healthy():
            raise DatabaseUnavailable("the database health probe is failing")
        return next()

    return middleware


def nudge_views() -> NudgeViews:
    """The prep card and after-meeting message the dispatcher sends."""
    from handlers.views.nudges import nudge_views as views

    return views()


Hook = Callable[[datetime], Any]


def standard_hooks(
    session_factory: sessionmaker[Session],
    client: WebClient,
    app: App | None = None,
    team_id: str | None = None,
) -> list[Hook]:
    """Background work each dispatcher tick besides nudges: message texts Slack rate-limited
    earlier, private replies Slack could not take, the leverage pipeline's follow-through
    prompts, connected calendars due a read, stale oversharing verdicts, and (given the app)
    Slack events a crash or a 429 left in the inbox — all of the workspace of `client`'s token
    only (asked of Slack once when `team_id` is not given)."""
    from bot.dispatcher import instance_name
    from bot.posted import PROMPT_TYPE, dm_once, queued_reply
    from handlers.calendar.sync import calendar_hook
    from handlers.capture.backfill import fill_pending_texts
    from handlers.views.leverage import prompt_message
    from services.inbox import replay_due
    from services.leverage_prompts import send_due_prompts
    from services.outbox import send_due
    from services.verdicts import rescan_stale

    verdicts.install()  # a dispatcher-only process writes entry texts too (late-read messages)
    post = queued_reply(client)
    known: dict[str, str] = {"id": team_id} if team_id else {}
    verdicts_caught_up: set[tuple[str, str | None]] = set()

    def team() -> str:
        if "id" not in known:
            known["id"] = team_of(client)
        return known["id"]

    hooks: list[Hook] = [
        lambda now: fill_pending_texts(session_factory, client, now, team_id=team()),
        lambda now: send_due(session_factory, post, now, team_id=team()),
        lambda now: send_due_prompts(
            session_factory,
            dm_once(client, PROMPT_TYPE),
            prompt_message,
            now,
            team_id=team(),
        ),
        # Calendars due a read, each claimed so one instance reads it at a time.
        calendar_hook(session_factory, client, instance=instance_name(), team=team),
        # Oversharing verdicts a retrained model left stale, a bounded batch per tick.
        lambda now: rescan_stale(
            session_factory, now, team_id=team(), caught_up=verdicts_caught_up
        ),
    ]
    if app is not None:
        hooks.append(
            lambda now: replay_due(
                session_factory,
                lambda body: app.dispatch(replay_request(body)),
                now,
                team_id=team(),
            )
        )
    return hooks
