"""`/oneonone calendar`: connect a calendar feed or CalDAV calendar, or disconnect it.

The reply comes at once; the first read happens right after the acknowledgement (it can take
seconds) and its outcome arrives by DM — what was found, or why nothing was imported.
"""

from __future__ import annotations

import json

from coaching.calendar import mask_url
from coaching.commands import CalendarConnect, CalendarForm, CalendarOff
from coaching.errors import InputError
from handlers.views.blocks import context, message, section
from handlers.views.calendar import calendar_modal
from services.actor import Actor
from services.calendar_fetch import FetchError, check_address, normalise
from services.calendar_settings import CalendarSettings, calendar_settings
from storage import calendars as calendar_store
from storage.secret_box import seal

EXAMPLE = "/oneonone calendar https://calendar.example.com/ical/secret/basic.ics"
NO_KEY = (
    "Calendars aren't switched on for this bot yet: whoever runs it needs to set "
    "ONEONONE_SECRET_KEY (`oneonone doctor` shows how). Until then, `/oneonone schedule` works."
)


def connect(command: CalendarConnect, actor: Actor) -> dict:
    return connect_source(actor, kind="ics", url=command.address)


def connect_source(
    actor: Actor, *, kind: str, url: str, username: str = "", password: str = ""
) -> dict:
    """Store the calendar (encrypted) and read it for the first time once the reply is sent."""
    settings = _settings()
    url = normalise(url)
    try:
        check_address(url, settings.policy, resolve=False)
    except FetchError as error:
        raise InputError(str(error), EXAMPLE) from None
    label = mask_url(url)
    secret = seal(
        settings.key, json.dumps({"url": url, "username": username, "password": password})
    )
    row = calendar_store.connect(
        actor.db, actor.user, kind=kind, secret=secret, label=label, now=actor.now
    )
    _read_after_reply(actor, row.id, settings)
    text = (
        f":spiral_calendar_pad: Connecting your calendar ({label}). I'll DM you the 1:1s I find "
        "in a moment — from then on I follow them when they move."
    )
    return message(text, [section(text)])


def disconnect(_command: CalendarOff, actor: Actor) -> dict:
    had = calendar_store.calendar_of(actor.db, actor.user) is not None
    removed = calendar_store.disconnect(actor.db, actor.user)
    if not had:
        text = "No calendar is connected. Connect one with `/oneonone calendar <address>`."
    else:
        text = (
            f"Disconnected your calendar and removed the 1:1s that came from it ({removed}), "
            "with their reminders. Your notes and follow-ups stay in your journal."
        )
    return message(text, [section(text)])


def open_form(_command: CalendarForm, actor: Actor, trigger_id: str | None) -> dict:
    _settings()
    if trigger_id:  # after the ack: Slack's trigger_id stays valid for 3 s
        view = calendar_modal()
        actor.later.append(lambda client: client.views_open(trigger_id=trigger_id, view=view))
    text = f"Opening the calendar form… (or paste your feed address: `{EXAMPLE}`)"
    return message(text, [context(text)])


def _settings() -> CalendarSettings:
    settings = calendar_settings()
    if settings.key is None:
        raise InputError(NO_KEY)
    return settings


def _read_after_reply(actor: Actor, calendar_id: int, settings: CalendarSettings) -> None:
    """The first read runs after the commit (and the reply), claimed like any poll, so a
    dispatcher tick in between never reads it a second time."""
    from handlers.calendar.sync import poll_claimed

    now, session_factory = actor.now, actor.session_factory
    if session_factory is None:
        return  # no factory (a unit test's Actor): the dispatcher's next poll reads it
    actor.later.append(
        lambda client: poll_claimed(session_factory, client, calendar_id, now, settings=settings)
    )
