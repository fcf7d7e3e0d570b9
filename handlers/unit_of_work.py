"""One database transaction per listener run, and Slack's retries dropped inside it.

Every listener is wrapped with `listener`: it opens a session, records the delivery's
`event_id` in the same transaction as the listener's work, and commits at the end. If the
listener raises, the transaction rolls back *including* the event id, so Slack's retry gets a
fresh chance; if it succeeded, a retry of the same event is dropped before the listener runs.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext

from handlers.context import DB_KEY, FACTORY_KEY, NOW_KEY
from storage.events import record_event

log = logging.getLogger(__name__)


def listener(func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a Bolt listener in a unit of work. The listener must take `context` (and `body`
    if it handles events); Bolt reads the wrapped function's signature for injection."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> Any:
        context: BoltContext = kwargs["context"]
        with context[FACTORY_KEY]() as session:
            context[DB_KEY] = session
            try:
                if _is_repeat(session, context, kwargs.get("body")):
                    session.commit()
                    return None
                result = func(*args, **kwargs)
                session.commit()
                return result
            except BaseException:
                session.rollback()
                raise
            finally:
                context[DB_KEY] = None

    return run


def _is_repeat(session, context: BoltContext, body: Any) -> bool:
    event_id = body.get("event_id") if isinstance(body, dict) else None
    if not event_id:
        return False
    first = record_event(session, event_id=event_id, team_id=context.team_id, now=context[NOW_KEY])
    if not first:
        log.info("dropping a repeat delivery of event %s", event_id)
    return not first
