"""What `oneonone shell` prints for each Web API call the bot makes to the pretend Slack.

The fake (`bot.fake_slack`) answers the calls; this module only turns the ones a person would
see — DMs, ephemeral replies, App Home, forms, files — into readable text, with times in the
user's own zone as Slack shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.blocktext import Renderer
from bot.fake_slack import FakeSlack, _json

Show = Callable[[str], None]


class ShellDisplay:
    def __init__(self, fake: FakeSlack, show: Show, clock: Callable[[], datetime], tz: str) -> None:
        self.fake = fake
        self.show = show
        self.clock = clock
        self.tz = tz
        self.renderer = Renderer(self._name_of)
        #: Set by `:home`: the next App Home publish is printed.
        self.show_home = False
        #: A form the bot opened, waiting for the shell to fill it in (`bot.shell_forms`).
        self.opened_form: dict[str, Any] | None = None

    def _name_of(self, user_id: str) -> str | None:
        return self.fake.name_of(user_id)

    def __call__(self, method: str, args: dict[str, Any], _answer: dict[str, Any]) -> None:
        if method == "chat.postMessage":
            channel = str(args.get("channel"))
            where = "DM from 1:1 Coach" if channel.startswith(("D", "U")) else f"in {channel}"
            self._say(f"[{where}, {self._now()}]", args)
        elif method == "chat.postEphemeral":
            self._say("[only visible to you]", args)
        elif method == "chat.update":
            self._say("[message updated]", args)
        elif method == "views.publish" and self.show_home:
            self.show_home = False
            view = _json(args.get("view")) or {}
            self.show(
                "[App Home]\n" + self.renderer.blocks(view.get("blocks", []), container="view")
            )
        elif method == "views.open":
            self._form(_json(args.get("view")) or {})
        elif method == "files.completeUploadExternal":
            self._files(args)

    def _form(self, view: dict[str, Any]) -> None:
        title = (view.get("title") or {}).get("text", "a form")
        lead = self.renderer.blocks(
            [b for b in view.get("blocks", []) if b.get("type") != "input"], container="view"
        )
        self.show(
            f"[form opened: {title}] Answer each field below; Enter keeps the [default], "
            ":cancel closes the form." + (f"\n{lead}" if lead else "")
        )
        self.opened_form = view

    def _files(self, args: dict[str, Any]) -> None:
        for item in _json(args.get("files")) or []:
            name = self.fake.upload_names.get(item["id"], "file")
            content = self.fake.uploads.get(item["id"], b"").decode("utf-8", "replace")
            head = f"[file in your DM, {self._now()}: {name} — {item.get('title')}]"
            if args.get("initial_comment"):
                head += "\n  " + self.renderer.text(str(args["initial_comment"]))
            body = "\n".join("  | " + line for line in content.splitlines())
            self.show(f"{head}\n{body}")

    def reply(self, payload: dict[str, Any]) -> str:
        """The body of a slash command's HTTP answer, as the user sees it."""
        return "[only visible to you]\n" + self.renderer.message(payload)

    def _say(self, head: str, payload: dict[str, Any]) -> None:
        blocks = _json(payload.get("blocks"))
        body = self.renderer.message({"text": payload.get("text"), "blocks": blocks})
        self.show(f"{head}\n{body}")

    def _now(self) -> str:
        """Slack shows a message's time in the reader's zone, and so does the shell."""
        return f"{self.clock().astimezone(ZoneInfo(self.tz)):%a %d %b %H:%M} {self.tz}"
