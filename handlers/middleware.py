"""Global Bolt middlewares: the verified requester and the request's clock reading.

Bolt's global middlewares run one after another *before* the listener, not around it, so the
database session is opened and closed by `handlers.unit_of_work.listener`, which wraps each
listener instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor
from datetime import datetime

from slack_bolt import BoltContext, BoltResponse
from sqlalchemy.orm import Session, sessionmaker

from handlers.context import EVENT_POOL_KEY, FACTORY_KEY, NOW_KEY, REQUESTER_KEY, Requester

log = logging.getLogger(__name__)


def resolve_requester(context: BoltContext, next: Callable[[], BoltResponse]):
    """Put the verified (team, user) into the context when the payload names one.

    Every listener acts for a person; a payload that names none (a bot's edit, or one Slack
    never sends) is acknowledged with a quiet 200 and goes no further.
    """
    team_id = context.team_id or context.enterprise_id
    if not (team_id and context.user_id):
        log.info("ignored a payload that names no user")
        return BoltResponse(status=200, body="")
    context[REQUESTER_KEY] = Requester(team_id=team_id, user_id=context.user_id)
    return next()


def provide_storage(
    factory: sessionmaker[Session],
    clock: Callable[[], datetime],
    event_pool: Executor | None = None,
):
    """Hand the session factory, one reading of the clock and the pool for event work to the
    listener."""

    def middleware(context: BoltContext, next: Callable[[], BoltResponse]):
        context[FACTORY_KEY] = factory
        context[NOW_KEY] = clock()
        context[EVENT_POOL_KEY] = event_pool
        return next()

    return middleware
