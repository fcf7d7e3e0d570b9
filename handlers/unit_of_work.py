"""The thin adapter between Bolt listeners and `services.unit_of_work`.

A listener calls `perform(context, work)`: the service runs `work` in one transaction
and commits; only then does the listener ack or reply, and `after` runs the Slack effects the
work queued and the profile reads it found stale. No listener opens a transaction itself, and
no Slack call happens while one is open.

Event listeners are wrapped with `event_listener`: the event's inbox row (written by
handlers.inbox before Slack got its 200) is marked done in the same transaction as the work,
or — when there was no work to do — right after, so the dispatcher never replays it. When the
listener raises, the row stays pending and the dispatcher replays it a little later.
"""

from __future__ import annotations

import functools
import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from datetime import timedelta
from typing import Any, TypeVar

from slack_bolt import BoltContext
from slack_sdk import WebClient

from handlers.context import EVENT_POOL_KEY, FACTORY_KEY, NOW_KEY, requester
from handlers.profiles import refresh_after
from services import unit_of_work as service
from services.actor import Actor
from services.inbox import hold, release
from services.unit_of_work import Outcome, Scope

log = logging.getLogger(__name__)

T = TypeVar("T")
EVENT_KEY = "inbox_event_id"
DEFERRED_KEY = "inbox_deferred"
TAKEN_KEY = "inbox_taken"


def scope(context: BoltContext) -> Scope:
    who = requester(context)
    return Scope(
        team_id=who.team_id,
        user_id=who.user_id,
        now=context[NOW_KEY],
        event_id=context.get(EVENT_KEY),
    )


def perform(context: BoltContext, work: Callable[[Actor], T]) -> Outcome[T]:
    """Run `work` for the verified requester in one committed transaction."""
    where = scope(context)
    outcome = service.perform(context[FACTORY_KEY], where, work)
    if where.event_id:
        context[TAKEN_KEY] = True  # done (or found done) in that transaction
    return outcome


def look(context: BoltContext, work: Callable[[Actor], T]) -> T:
    """A short read-only look before Slack is asked anything (it neither takes the event nor
    reads a profile, nor uses up a one-off note): e.g. whether a reaction's message is logged
    already."""
    return service.look(context[FACTORY_KEY], scope(context), work)


def after(
    context: BoltContext,
    client: WebClient,
    outcome: Outcome,
    zone: Future[dict | None] | None = None,
) -> None:
    """Once the reply is out: the queued Slack effects, then the stale profile reads (`zone`:
    the requester's zone read, when the request started one already). A failure here is
    logged; the user's change is already saved."""
    for effect in outcome.effects:
        try:
            effect(client)
        except Exception as error:
            log.warning("work after commit failed: %s", type(error).__name__)
    try:
        refresh_after(context[FACTORY_KEY], client, scope(context), outcome, zone)
    except Exception as error:
        log.warning("profile refresh failed: %s", type(error).__name__)


def defer(context: BoltContext, seconds: float) -> None:
    """Leave the current event for the dispatcher to replay in `seconds` (Slack asked us to
    wait); the listener returns at once instead of sleeping."""
    event_id = context.get(EVENT_KEY)
    if event_id is None:
        return
    context[DEFERRED_KEY] = True
    until = context[NOW_KEY] + timedelta(seconds=max(seconds, 1))
    service.postpone_event(context[FACTORY_KEY], event_id, until=until)


def event_listener(func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a Bolt event listener (it must take `body` and `context`); see the module
    docstring. Bolt reads the wrapped function's signature for injection.

    Slack got its 200 before the listener started (and the inbox holds the event), so nobody
    waits on this work: it is handed to the event pool (bot.app), leaving Bolt's listener
    threads free for slash commands and buttons, whose acks do have a 3 s deadline."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> None:
        context: BoltContext = kwargs["context"]
        body = kwargs.get("body")
        event_id = body.get("event_id") if isinstance(body, dict) else None
        context[EVENT_KEY] = event_id

        def process() -> None:
            try:
                func(*args, **kwargs)
                if event_id and not context.get(DEFERRED_KEY) and not context.get(TAKEN_KEY):
                    service.finish_event(context[FACTORY_KEY], event_id, now=context[NOW_KEY])
            finally:
                if event_id:
                    release(event_id)

        if event_id:
            hold(event_id)  # queued here: the dispatcher must not replay it meanwhile
        pool = context.get(EVENT_POOL_KEY)
        if pool is None:
            process()
            return
        try:
            pool.submit(_logged, process)
        except RuntimeError:  # the pool is shut down: the inbox row stays for a replay
            if event_id:
                release(event_id)
            raise

    return run


def _logged(process: Callable[[], None]) -> None:
    """Bolt's error handler does not see the event pool: a failure is logged here (type and
    code path only), and the event stays pending in the inbox for the dispatcher to replay."""
    try:
        process()
    except Exception as error:
        frames = "".join(traceback.format_tb(error.__traceback__))
        log.error("event listener failed with %s\n%s", type(error).__name__, frames)
