"""The confirm button of `/oneonone forget`: delete everything about the presser."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from handlers.actions.common import reply_privately
from handlers.commands.journal import delete_uploads
from handlers.context import requester
from handlers.unit_of_work import perform
from handlers.views import ids
from handlers.views.forget import forgotten_text
from storage.forget import forget_user


def forget_confirmed(
    ack: Ack, body: dict, context: BoltContext, client: WebClient, respond: Respond
) -> None:
    """Whose data goes is the verified presser's, never the button's value."""
    ack()
    outcome = perform(context, lambda actor: forget_user(actor.db, actor.user))
    user_id = requester(context).user_id
    if outcome.reply.files:  # after the commit, like every Slack call
        delete_uploads(client, outcome.reply.files)
    reply_privately(respond, client, user_id, forgotten_text(outcome.reply))
    from handlers.home_events import home_forgotten

    home_forgotten(client, user_id)


def register(app: App) -> None:
    app.action(ids.FORGET_CONFIRM)(forget_confirmed)
