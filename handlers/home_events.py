"""What happens after the user changes their journal: App Home is re-published."""

from __future__ import annotations

from slack_sdk import WebClient

from services.actor import Actor


def journal_changed(actor: Actor) -> None:
    """Re-publish App Home with what the actor's transaction now holds — built now, sent once
    the change is committed. A failed refresh is logged and never undoes the change."""
    from handlers.home.publish import home_data, publish_quietly
    from handlers.views.home import home_view

    actor.db.flush()
    view = home_view(home_data(actor))
    user_id = actor.user.user_id
    actor.later.append(lambda client: publish_quietly(client, user_id, view))


def home_forgotten(client: WebClient, user_id: str) -> None:
    """After forget-me, Home shows the welcome again, without creating anything."""
    from coaching.model import NudgeSettings
    from handlers.home.publish import publish_quietly
    from handlers.views.home import HomeData, home_view

    publish_quietly(client, user_id, home_view(HomeData(tz="UTC", settings=NudgeSettings())))
