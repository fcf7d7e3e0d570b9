"""The confirm button of `/oneonone forget`: delete everything about the presser."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from handlers.actions.common import reply_privately
from handlers.actor import load_actor
from handlers.commands.journal import delete_uploads
from handlers.unit_of_work import listener
from handlers.views import ids
from handlers.views.forget import forgotten_text
from storage.forget import forget_user


@listener
def forget_confirmed(
    ack: Ack, body: dict, context: BoltContext, client: WebClient, respond: Respond
) -> None:
    """Whose data goes is the verified presser's, never the button's value."""
    ack()
    actor = load_actor(context, client)
    user_id = actor.user.user_id
    counts = forget_user(actor.db, actor.user)
    if counts.files:
        actor.later.append(lambda: delete_uploads(client, counts.files))
    reply_privately(respond, client, user_id, forgotten_text(counts))
    from handlers.home_events import home_forgotten

    home_forgotten(client, user_id)


def register(app: App) -> None:
    app.action(ids.FORGET_CONFIRM)(forget_confirmed)
