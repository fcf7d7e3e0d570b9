"""App Home: published when the user opens the tab, and again after they change something."""

from __future__ import annotations

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from handlers.home.publish import publish_home
from handlers.unit_of_work import after, event_listener, perform


@event_listener
def home_opened(body: dict, event: dict, context: BoltContext, client: WebClient) -> None:
    if event.get("tab", "home") != "home":
        return  # the Messages tab: nothing to draw
    after(context, client, perform(context, publish_home))


def register(app: App) -> None:
    app.event("app_home_opened")(home_opened)
