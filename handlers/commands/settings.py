"""`/oneonone settings`: show or change lead times, quiet hours and nudges on/off."""

from __future__ import annotations

from dataclasses import replace

from coaching.commands import Settings
from coaching.model import NudgeSettings
from handlers.views.blocks import context, message, section
from handlers.views.settings import CHANGE_EXAMPLE, settings_lines
from services.actor import Actor
from services.series_events import series_changed
from storage import series as series_store
from storage.users import nudge_settings, save_nudge_settings


def settings(command: Settings, actor: Actor) -> dict:
    current = nudge_settings(actor.user)
    if command.is_show:
        return _show(current, actor, heading="*Your nudge settings*")
    updated = current
    if command.lead_times is not None:
        updated = replace(updated, lead_times=command.lead_times)
    if command.quiet is not None:
        updated = replace(updated, quiet_start=command.quiet[0], quiet_end=command.quiet[1])
    if command.nudges_on is not None:
        updated = replace(updated, nudges_on=command.nudges_on)
    save_nudge_settings(actor.user, updated)
    for row in series_store.active_series(actor.db, actor.user):
        series_changed(actor, row)
    return _show(updated, actor, heading=":white_check_mark: *Saved.* Your nudge settings now:")


def _show(current: NudgeSettings, actor: Actor, *, heading: str) -> dict:
    text = "\n".join([heading, *settings_lines(current, actor.tz)])
    return message(text, [section(text), context(f"Change any of them: {CHANGE_EXAMPLE}")])
