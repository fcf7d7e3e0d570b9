"""Slack listeners and Block Kit views. `register` wires them all onto a Bolt app.

Every event the manifest subscribes to has a listener here — Bolt answers 404 to an event
nobody listens to, and Slack then retries it: `message` (message.im), `reaction_added` and
`reaction_removed` are handlers.capture's, `app_home_opened` is handlers.home's.
"""

from __future__ import annotations

from slack_bolt import App


def register(app: App) -> None:
    from handlers import actions, capture, commands, home

    commands.register(app)
    actions.register(app)
    capture.register(app)
    home.register(app)
