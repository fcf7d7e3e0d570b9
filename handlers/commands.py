"""The `/oneonone` slash command: parse, route to one small function per subcommand, reply."""

from __future__ import annotations

import difflib

from slack_bolt import Ack, App, BoltContext

from handlers.unit_of_work import listener
from handlers.views.help import help_message

KNOWN = ("help", "prep")


@listener
def oneonone(ack: Ack, command: dict, context: BoltContext) -> None:
    text = (command.get("text") or "").strip()
    word = text.split(maxsplit=1)[0].lower() if text else "help"
    if word == "help":
        ack(response_type="ephemeral", **help_message())
        return
    suggestion = next(iter(difflib.get_close_matches(word, KNOWN, n=1)), None)
    ack(response_type="ephemeral", **help_message(unknown=word, suggestion=suggestion))


def register(app: App) -> None:
    app.command("/oneonone")(oneonone)
