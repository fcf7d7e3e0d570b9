"""What the middlewares put into Bolt's context, and typed accessors for listeners."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from slack_bolt import BoltContext
from sqlalchemy.orm import Session

DB_KEY = "db"
FACTORY_KEY = "db_factory"
REQUESTER_KEY = "requester"
NOW_KEY = "now"
AFTER_COMMIT_KEY = "after_commit"


@dataclass(frozen=True)
class Requester:
    """The user a request is from, as Slack verified it (never from a button value or text)."""

    team_id: str
    user_id: str


def db(context: BoltContext) -> Session:
    return context[DB_KEY]


def requester(context: BoltContext) -> Requester:
    return context[REQUESTER_KEY]


def now(context: BoltContext) -> datetime:
    return context[NOW_KEY]


#: The pool event listeners hand their work to (see handlers.unit_of_work.event_listener).
EVENT_POOL_KEY = "event_pool"

#: Set on a request the dispatcher replays from the inbox (handlers.inbox lets it through).
REPLAY_KEY = "inbox_replay"
