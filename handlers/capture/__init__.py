"""Capture without friction: DMs to the bot, emoji reactions and the message shortcut."""

from __future__ import annotations

from slack_bolt import App


def register(app: App) -> None:
    from handlers.capture import dm, reactions, shortcut

    dm.register(app)
    reactions.register(app)
    shortcut.register(app)
