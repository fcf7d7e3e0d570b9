"""Slack listeners and Block Kit views. `register` wires them all onto a Bolt app."""

from __future__ import annotations

from slack_bolt import App


def register(app: App) -> None:
    from handlers import actions, commands, events, home

    commands.register(app)
    actions.register(app)
    events.register(app)
    home.register(app)
