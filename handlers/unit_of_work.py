"""One database transaction per listener run, and Slack's retries dropped inside it.

Every listener is wrapped with `listener`: it opens a session, records the delivery's
`event_id` in the same transaction as the listener's work, and commits at the end. Slack calls
queued on `Actor.later` run after the commit. If the
listener raises, the transaction rolls back *including* the event id, so Slack's retry gets a
fresh chance; if it succeeded, a retry of the same event is dropped before the listener runs.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext

from handlers.context import AFTER_COMMIT_KEY, DB_KEY, FACTORY_KEY, NOW_KEY, REQUESTER_KEY
from storage.events import record_event

log = logging.getLogger(__name__)


def listener(func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a Bolt listener in a unit of work. The listener must take `context` (and `body`
    if it handles events); Bolt reads the wrapped function's signature for injection."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        context: BoltContext = kwargs["context"]
        if REQUESTER_KEY not in context:
            # Every listener acts for a verified (team, user); a payload that names none is
            # not one Slack sends for a person. Acknowledge it quietly and do nothing.
            log.info("ignored a payload that names no user")
            if callable(kwargs.get("ack")):
                kwargs["ack"]()
            return None
        after_commit: list[Callable[[], None]] = []
        context[AFTER_COMMIT_KEY] = after_commit
        with context[FACTORY_KEY]() as session:
            context[DB_KEY] = session
            try:
                if _is_repeat(session, context, kwargs.get("body")):
                    session.commit()
                    return None
                result = func(*args, **kwargs)
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                context[DB_KEY] = None
        _run_after_commit(after_commit)
        return result

    return run


def _run_after_commit(jobs: list[Callable[[], None]]) -> None:
    """Slow Slack calls (an upload, a Home refresh) after the transaction, so no database lock
    is held while Slack answers. A failure here is logged; the user's change is already saved."""
    for job in jobs:
        try:
            job()
        except Exception as error:
            log.warning("work after commit failed: %s", type(error).__name__)


def _is_repeat(session, context: BoltContext, body: Any) -> bool:
    event_id = body.get("event_id") if isinstance(body, dict) else None
    if not event_id:
        return False
    first = record_event(session, event_id=event_id, team_id=context.team_id, now=context[NOW_KEY])
    if not first:
        log.info("dropping a repeat delivery of event %s", event_id)
    return not first
