"""Buttons on nudge DMs: Snooze 15 min, and "Didn't happen" on the after-meeting check-in."""

from __future__ import annotations

from datetime import timedelta

from slack_bolt import App

from coaching.model import CadenceKind
from coaching.recurrence import next_occurrence
from coaching.timing import when_text
from handlers.actions.common import int_value, owned_button
from handlers.views import ids
from handlers.views.blocks import actions, button, section
from services.actor import Actor
from storage import nudges as nudge_store
from storage import series as series_store
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
    """Offer to reschedule. A one-off moves to another date in the schedule form; a recurring
    series stays as it is (moving it would move every 1:1), so the next one is named instead."""
    series = series_store.owned_series(actor.db, actor.user, nudge.series_id)
    carried = (
        "Noted. Your talking points carry over — a 1:1 that slips is worth rescheduling rather "
        "than skipping."
    )
    if series is None or not series.active:
        say(carried)
        return
    spec = series_store.spec_of(series)
    if spec.cadence.kind is not CadenceKind.ONCE:
        upcoming = next_occurrence(spec, after=actor.now)
        when = f" on {when_text(upcoming, actor.now, actor.tz)}" if upcoming else ""
        say(
            f"{carried} The next one is{when}; if it can't wait, ask for 15 minutes this week "
            "and bring your top talking point."
        )
        return
    text = f"{carried} Want to pick another date?"
    offer = button(
        "Reschedule", ids.AFTER_RESCHEDULE, value=str(series.relationship_id), style="primary"
    )
    say(text, [section(text), actions(offer, block_id="reschedule")])


def register(app: App) -> None:
    app.action(ids.NUDGE_SNOOZE)(snooze)
    app.action(ids.AFTER_DIDNT_HAPPEN)(didnt_happen)
