"""Buttons on nudge DMs: Snooze 15 min, and "Didn't happen" on the after-meeting check-in."""

from __future__ import annotations

from datetime import timedelta

from slack_bolt import Ack, App, BoltContext
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from handlers.actions.common import int_value, reply_privately
from handlers.actor import load_actor
from handlers.unit_of_work import listener
from handlers.views import ids
from storage import nudges as nudge_store

SNOOZE = timedelta(minutes=15)
NOT_FOUND = "I couldn't find that reminder among yours — it may be gone already."


@listener
def snooze(ack: Ack, body: dict, context: BoltContext, client: WebClient, respond: Respond) -> None:
    ack()
    actor = load_actor(context, client)
    nudge_id = int_value(body)
    nudge = nudge_store.owned_nudge(actor.db, actor.user.id, nudge_id) if nudge_id else None
    if nudge is None:
        reply_privately(respond, client, actor.user.user_id, NOT_FOUND)
        return
    if nudge.occurrence_start - actor.now <= SNOOZE:
        reply_privately(
            respond,
            client,
            actor.user.user_id,
            "Your 1:1 starts in less than 15 minutes — no time to snooze. Good luck!",
        )
        return
    nudge_store.record_retry(nudge, due_at=actor.now + SNOOZE, reason="snoozed")
    reply_privately(
        respond,
        client,
        actor.user.user_id,
        ":zzz: Snoozed — I'll send your prep card again in 15 minutes.",
    )


@listener
def didnt_happen(
    ack: Ack, body: dict, context: BoltContext, client: WebClient, respond: Respond
) -> None:
    ack()
    actor = load_actor(context, client)
    nudge_id = int_value(body)
    nudge = nudge_store.owned_nudge(actor.db, actor.user.id, nudge_id) if nudge_id else None
    if nudge is None:
        reply_privately(respond, client, actor.user.user_id, NOT_FOUND)
        return
    reply_privately(
        respond,
        client,
        actor.user.user_id,
        "Noted. Your talking points carry over to the next one — a 1:1 that slips "
        "is worth rescheduling rather than skipping.",
    )


def register(app: App) -> None:
    app.action(ids.NUDGE_SNOOZE)(snooze)
    app.action(ids.AFTER_DIDNT_HAPPEN)(didnt_happen)
