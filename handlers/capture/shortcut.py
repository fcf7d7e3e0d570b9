"""The message shortcut "Log for my 1:1": a form with kind, person and the message's text.

It works in any conversation, also where the bot is not a member: everything it needs comes
in the shortcut's payload. The form is the entry modal; its submission (handlers.actions.
entry_modal.submit_entry) stores the entry with the message's reference.
"""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from coaching.model import EntryKind, EntrySource
from handlers.context import REQUESTER_KEY, requester
from handlers.payload import dig, slack_id, text_at
from handlers.views import ids
from handlers.views.entry_modal import entry_modal


def log_for_one_on_one(ack: Ack, body: dict, context: BoltContext, client: WebClient) -> None:
    """Needs nothing from the database: the form is filled from the payload alone."""
    ack()
    trigger_id = text_at(body, "trigger_id")
    if not trigger_id or REQUESTER_KEY not in context:
        return  # Slack always sends both with a shortcut; without them no form can open
    found = body.get("message") or {}
    channel = slack_id(dig(body, "channel", "id"))
    ts = slack_id(found.get("ts")) or slack_id(body.get("message_ts"))
    author = slack_id(found.get("user"))
    if author == requester(context).user_id or found.get("bot_id"):
        author = None  # nobody to prefill: your own words, or a bot's
    client.views_open(
        trigger_id=trigger_id,
        view=entry_modal(
            kind=EntryKind.FOLLOWUP,
            person=None,
            metadata={"source": EntrySource.SHORTCUT.value, "channel": channel, "ts": ts},
            text=text_at(found, "text"),
            pick_person=True,
            initial_user=author,
            title="Log for my 1:1",
        ),
    )


def register(app: App) -> None:
    app.shortcut(ids.LOG_FOR_ONE_ON_ONE)(log_for_one_on_one)
