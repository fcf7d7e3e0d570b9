"""Listeners for every event the manifest subscribes to.

Bolt answers 404 to an event nobody listens to, and Slack retries and eventually disables the
subscription; so each subscribed event has a listener here, even where it does nothing yet.
`message` (message.im), `reaction_added` and `reaction_removed` are handlers.capture's.
"""

from __future__ import annotations

from slack_bolt import App, BoltContext

from handlers.unit_of_work import listener


@listener
def ignore(body: dict, context: BoltContext) -> None:
    """Acknowledged (Bolt acks events itself) and deliberately left alone."""


def register(app: App) -> None:
    from handlers import capture

    for event in ("app_home_opened",):
        app.event(event)(ignore)
    capture.register(app)
