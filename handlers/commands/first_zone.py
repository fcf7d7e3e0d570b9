"""A new user's first time-bearing command, read in their own time zone.

Replies never wait on Slack, so a new user's zone is normally read just after their first
reply. For "once tomorrow 10am" or quiet hours that is too late: in UTC, tomorrow may be the
wrong day and 10am already over. So for such a command from a user whose zone was never read,
the read starts at once and the command waits for it a bounded time (`ZONE_WAIT_SECONDS`).
When Slack is slower, the command is held — nothing is stored in UTC — the ack says so, and
once the zone lands the command is read in it and the answer follows as an ephemeral message.

A held command is also kept in the inbox (services.inbox.keep_held) until it has run: should
the process die while it waits, the dispatcher replays it (`replayed`), and whichever run
commits first takes it — the other finds it done and stays silent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as WaitedTooLong
from datetime import timedelta
from typing import Any

from slack_bolt import BoltContext
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from coaching.commands import bears_time
from handlers.capture.replies import dm
from handlers.context import EVENT_POOL_KEY, FACTORY_KEY, NOW_KEY, REPLAY_KEY, requester
from handlers.errors import reply_text
from handlers.profiles import start_zone_read
from handlers.unit_of_work import EVENT_KEY, after, look, perform
from handlers.views.blocks import context as context_block
from handlers.views.blocks import message, with_notes
from services import profiles
from services.actor import Actor
from services.inbox import REPLAY_AFTER, keep_held, release
from services.unit_of_work import finish_event

log = logging.getLogger(__name__)

#: How long a new user's first time-bearing command waits for their zone: well inside Slack's
#: 3 s ack, leaving time for the command's own transaction.
ZONE_WAIT_SECONDS = 1.0
#: How long a held command waits on for the zone (it has acked already) before it is read in
#: UTC and the user is told so: Slack's users.info answers in well under this when it is up.
HELD_WAIT_SECONDS = 20.0

HOLDING = (
    ":hourglass_flowing_sand: One moment — I'm asking Slack for your time zone, so the times "
    "you typed mean *your* time. I'll confirm here in a few seconds; nothing is saved until then."
)
NO_ANSWER = (
    "Slack didn't tell me your time zone just now, so I read your times in UTC. I'll move "
    "them to your zone as soon as Slack does."
)


def zone_first(context: BoltContext, client: WebClient, text: str) -> Future[dict | None] | None:
    """The zone read a command waits on, or None when it needs none (not time-bearing, or the
    zone was read before). Stored before the command runs when Slack answers in time; the
    caller holds the command when the returned read is still running."""
    if not bears_time(text) or look(context, lambda actor: actor.zone_read):
        return None
    zone = start_zone_read(client, requester(context).user_id)
    try:
        zone.result(timeout=ZONE_WAIT_SECONDS)
    except WaitedTooLong:
        return zone
    _keep(context, zone)
    return zone


def keep(context: BoltContext, command: dict[str, Any]) -> str:
    """Keep a command about to be held in the inbox; its inbox id."""
    who = requester(context)
    return keep_held(
        context[FACTORY_KEY],
        command,
        team_id=who.team_id,
        user_id=who.user_id,
        now=context[NOW_KEY],
        replay_after=timedelta(seconds=HELD_WAIT_SECONDS) + REPLAY_AFTER,
    )


def replayed(context: BoltContext, command: dict[str, Any]) -> str | None:
    """The inbox id of a held command the dispatcher is replaying (None for a fresh command)."""
    event_id = command.get("event_id")
    held = isinstance(event_id, str) and event_id.startswith("held:")
    return event_id if held and context.get(REPLAY_KEY) else None


def hold(context: BoltContext, answer: Callable[[], None]) -> None:
    """Run a held command's `answer` later, on the event pool: waiting on Slack here would tie
    up a Bolt listener thread that other users' acks (3 s deadline) need."""
    pool = context.get(EVENT_POOL_KEY)
    try:
        if pool is not None:
            pool.submit(answer)
            return
    except RuntimeError:  # the pool is shutting down: answer here rather than never
        pass
    answer()


def answer_when_zone_lands(
    context: BoltContext,
    client: WebClient,
    respond: Respond | None,
    zone: Future[dict | None] | None,
    work: Callable[[Actor], dict[str, Any]],
    held: str,
) -> None:
    """Run a held command once its zone read has answered (or, past `HELD_WAIT_SECONDS`, in
    UTC, saying so), and send what it says. `held`: its inbox id, taken in the command's own
    transaction, so a replay of it after a crash and this run never both answer."""
    try:
        _answer(context, client, respond, zone, work, held)
    finally:
        release(held)


def _answer(
    context: BoltContext,
    client: WebClient,
    respond: Respond | None,
    zone: Future[dict | None] | None,
    work: Callable[[Actor], dict[str, Any]],
    held: str,
) -> None:
    zone = _landed(zone) if zone is not None else None
    outcome = None
    context[EVENT_KEY] = held
    try:
        if zone is not None:
            _keep(context, zone)
        outcome = perform(context, work)
        if outcome.repeat:
            return  # another run (a replay, or the hold this replays) answered it already
        reply = with_notes(outcome.reply, [*outcome.notes, *zone_notes(zone)])
    except Exception as error:  # the ack is gone: the user hears of a failure here or never
        log.warning("held command failed: %s", type(error).__name__)
        reply = {"text": reply_text(error)}
        _told(context, held)
    try:
        if respond is not None and respond.response_url:
            respond(response_type="ephemeral", replace_original=False, **reply)
        else:
            dm(client, requester(context).user_id, reply, context)
        if outcome is not None:
            after(context, client, outcome, zone)
    except Exception as error:  # on the event pool nobody else would see it
        log.warning("held command's answer not sent: %s", type(error).__name__)


def _told(context: BoltContext, held: str) -> None:
    """The user hears why the command failed: a replay would only say it again."""
    try:
        finish_event(context[FACTORY_KEY], held, now=context[NOW_KEY])
    except Exception as error:  # the database is down: a replay later is the better outcome
        log.warning("held command left for a replay: %s", type(error).__name__)


def _landed(zone: Future[dict | None]) -> Future[dict | None]:
    """`zone` once it answered, or a read that found nothing when Slack is still silent after
    `HELD_WAIT_SECONDS` (the command is then read in UTC; a later request reads the zone)."""
    try:
        zone.result(timeout=HELD_WAIT_SECONDS)
    except WaitedTooLong:
        log.info(
            "no time zone from Slack after %ss; a held command is read in UTC", HELD_WAIT_SECONDS
        )
        zone = Future()
        zone.set_result(None)
    return zone


def zone_notes(zone: Future[dict | None] | None) -> list[str]:
    """What to say under the reply about the zone read: that Slack gave no answer, if so."""
    return [NO_ANSWER] if zone is not None and zone.result() is None else []


def holding_reply() -> dict[str, Any]:
    return message(HOLDING, [context_block(HOLDING)])


def _keep(context: BoltContext, zone: Future[dict | None]) -> None:
    """Store the zone Slack answered (None: Slack could not be asked; nothing to store)."""
    profile = zone.result()
    if profile is not None:
        who = requester(context)
        profiles.store_zone(
            context[FACTORY_KEY], who.team_id, who.user_id, profile, now=context[NOW_KEY]
        )
