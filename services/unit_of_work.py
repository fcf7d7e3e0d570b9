"""One transaction per use case, and what to do after it commits.

`perform` opens the transaction with `storage.db.transaction`, loads the verified requester,
runs the use case, commits, and hands back an `Outcome`: the reply, the Slack effects to run
now that the change is saved, and the profile reads that were found stale. Nothing in here
talks to Slack, so no database lock is ever held while Slack answers.

For a Slack event the transaction also takes the event's inbox row (storage.events.mark_done)
before anything else: the event is done exactly when its work is committed, and a second
processing of it (a replay racing a slow listener) finds it taken and does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from services.actor import Actor, Effect, make_actor
from storage import events as inbox
from storage.db import transaction
from storage.users import ensure_user

T = TypeVar("T")


@dataclass(frozen=True)
class Scope:
    """Who is asking and when, as Slack verified it; `event_id` when an event started it."""

    team_id: str
    user_id: str
    now: datetime
    event_id: str | None = None


@dataclass
class Outcome(Generic[T]):
    reply: T | None
    effects: list[Effect] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Profile reads to do after the commit (handlers.profiles).
    stale_zone: bool = False
    stale_names: dict[int, str] = field(default_factory=dict)
    #: The event was already processed elsewhere; nothing was done and nothing should be sent.
    repeat: bool = False


def perform(factory: sessionmaker[Session], scope: Scope, work: Callable[[Actor], T]) -> Outcome[T]:
    """Run `work` for the requester in one transaction; see the module docstring."""
    with transaction(factory) as session:
        if scope.event_id and not inbox.mark_done(session, scope.event_id, now=scope.now):
            return Outcome(reply=None, repeat=True)
        user = ensure_user(session, scope.team_id, scope.user_id, now=scope.now)
        actor = make_actor(session, user, scope.now)
        actor.session_factory = factory
        reply = work(actor)
        session.flush()
    return Outcome(
        reply=reply,
        effects=list(actor.later),
        notes=list(actor.notes),
        stale_zone=actor.stale_zone,
        stale_names=dict(actor.stale_names),
    )


def look(factory: sessionmaker[Session], scope: Scope, work: Callable[[Actor], T]) -> T:
    """A short read before Slack is asked anything. Its actor is bare (`make_actor` is not
    run): a look must not take one-off notes such as the time-zone fallback, which only a
    reply can carry, nor take the event."""
    with transaction(factory) as session:
        user = ensure_user(session, scope.team_id, scope.user_id, now=scope.now)
        return work(Actor(db=session, user=user, now=scope.now))


def finish_event(factory: sessionmaker[Session], event_id: str, *, now: datetime) -> None:
    """Mark an event done that needed no work of ours (another bot's message, an emoji we
    don't use); a no-op when its work already marked it."""
    with transaction(factory) as session:
        inbox.mark_done(session, event_id, now=now)


def postpone_event(factory: sessionmaker[Session], event_id: str, *, until: datetime) -> None:
    """Leave an event for the dispatcher to replay after `until` (a read Slack rate-limited)."""
    with transaction(factory) as session:
        inbox.postpone(session, event_id, until=until)
