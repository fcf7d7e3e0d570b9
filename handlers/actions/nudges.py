"""Buttons on nudge DMs: Snooze 15 min, and "Didn't happen" on the after-meeting check-in."""

from __future__ import annotations

from datetime import timedelta

from slack_bolt import App

from handlers.actions.common import int_value, owned_button
from handlers.views import ids
from services.actor import Actor
from storage import nudges as nudge_store
from storage.models import Nudge

SNOOZE = timedelta(minutes=15)
NOT_FOUND = "I couldn't find that reminder among yours — it may be gone already."


def _nudge(actor: Actor, body: dict) -> Nudge | None:
    nudge_id = int_value(body)
    return nudge_store.owned_nudge(actor.db, actor.user.id, nudge_id) if nudge_id else None


@owned_button(_nudge, NOT_FOUND)
def snooze(actor: Actor, nudge: Nudge, say, _body: dict) -> None:
    if nudge.occurrence_start - actor.now <= SNOOZE:
        say("Your 1:1 starts in less than 15 minutes — no time to snooze. Good luck!")
        return
    nudge_store.record_retry(nudge, due_at=actor.now + SNOOZE, reason="snoozed")
    say(":zzz: Snoozed — I'll send your prep card again in 15 minutes.")


@owned_button(_nudge, NOT_FOUND)
def didnt_happen(actor: Actor, nudge: Nudge, say, _body: dict) -> None:
    say(
        "Noted. Your talking points carry over to the next one — a 1:1 that slips is worth "
        "rescheduling rather than skipping."
    )


def register(app: App) -> None:
    app.action(ids.NUDGE_SNOOZE)(snooze)
    app.action(ids.AFTER_DIDNT_HAPPEN)(didnt_happen)
