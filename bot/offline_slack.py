"""An in-process stand-in for Slack's Web API, for `oneonone shell`.

`OfflineSlack` is a real `slack_sdk.WebClient` whose `api_call` answers locally instead of over
HTTP, so the bot's handlers and dispatcher run unchanged. What the bot "sends" (DMs, ephemeral
replies, App Home, forms, files) is handed to `show` as readable text.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.web.file_upload_v2_result import FileUploadV2Result
from slack_sdk.web.slack_response import SlackResponse

from bot.blocktext import Renderer

TEAM_ID = "T0SHELL00"
BOT_USER_ID = "UBOTCOACH"
PERMALINK_BASE = "https://offline.slack.invalid/archives"

Show = Callable[[str], None]


class OfflineSlack(WebClient):
    def __init__(self, show: Show, clock: Callable[[], datetime]) -> None:
        super().__init__(token="xoxb-offline", base_url="https://offline.slack.invalid/api/")
        self.show = show
        self.clock = clock
        self.users: dict[str, dict[str, Any]] = {}
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self.home_view: dict[str, Any] | None = None
        #: A form the bot opened, waiting for the shell to fill it in (`bot.shell_forms`).
        self.opened_form: dict[str, Any] | None = None
        self.show_home = False
        self.renderer = Renderer(self.name_of)
        self._lock = threading.Lock()
        self._ts = 1_700_000_000
        self._uploads: dict[str, bytes] = {}
        self._upload_names: dict[str, str] = {}

    # ---- the workspace -----------------------------------------------------------------------
    def add_user(self, name: str, *, tz: str = "UTC", user_id: str | None = None) -> str:
        """A person by handle (`dana`); returns their Slack-style id, the same one each time."""
        for uid, user in self.users.items():
            if user["name"] == name.lower():
                return uid
        uid = user_id or "U" + (name.upper().replace(".", "") + "0" * 8)[:8]
        while uid in self.users and self.users[uid]["name"] != name.lower():
            uid = uid[:-1] + chr(ord(uid[-1]) + 1)
        title = name.replace(".", " ").title()
        self.users[uid] = {
            "id": uid,
            "team_id": TEAM_ID,
            "name": name.lower(),
            "real_name": title,
            "tz": tz,
            "profile": {"display_name": title, "real_name": title},
        }
        return uid

    def name_of(self, user_id: str) -> str | None:
        user = self.users.get(user_id)
        return user["name"] if user else None

    def next_ts(self) -> str:
        with self._lock:
            self._ts += 1
            return f"{self._ts}.000100"

    def add_message(self, channel: str, text: str, *, user: str) -> str:
        ts = self.next_ts()
        self.messages[(channel, ts)] = {"type": "message", "ts": ts, "text": text, "user": user}
        return ts

    # ---- the Web API -------------------------------------------------------------------------
    def api_call(  # type: ignore[override]
        self,
        api_method: str,
        *,
        http_verb: str = "POST",
        files: dict | None = None,
        data: dict | None = None,
        params: dict | None = None,
        json: dict | None = None,
        headers: dict | None = None,
        auth: dict | None = None,
    ) -> SlackResponse:
        args: dict[str, Any] = {**(params or {}), **(data or {}), **(json or {})}
        handler = getattr(self, "_m_" + api_method.replace(".", "_"), None)
        body = handler(args) if handler else {"ok": False, "error": "unknown_method"}
        return SlackResponse(
            client=self,
            http_verb=http_verb,
            api_url=self.base_url + api_method,
            req_args={},
            data=body,
            headers={},
            status_code=200,
        ).validate()

    def _upload_file(self, *, url: str, data: bytes, **_: Any) -> FileUploadV2Result:  # type: ignore[override]
        """Step 2 of files upload v2 (a plain POST to the upload URL), kept in memory."""
        self._uploads[url.rsplit("/", 1)[-1]] = data
        return FileUploadV2Result(status=200, body="OK")

    # ---- answers -----------------------------------------------------------------------------
    def _m_auth_test(self, _: dict) -> dict:
        return {
            "ok": True,
            "url": "https://offline.slack.invalid/",
            "team": "Offline",
            "user": "oneonone",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": "BCOACH001",
        }

    def _m_users_info(self, args: dict) -> dict:
        user = self.users.get(str(args.get("user", "")))
        return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}

    def _m_conversations_open(self, args: dict) -> dict:
        first = str(args.get("users", "")).split(",")[0]
        return {"ok": True, "channel": {"id": "D" + first[1:]}}

    def _m_chat_postMessage(self, args: dict) -> dict:
        channel = str(args.get("channel"))
        ts = self.next_ts()
        message = {"type": "message", "ts": ts, "text": args.get("text"), "user": BOT_USER_ID}
        if args.get("metadata"):
            message["metadata"] = _json(args["metadata"])
        self.messages[(channel, ts)] = message
        where = "DM from 1:1 Coach" if channel.startswith(("D", "U")) else f"message in {channel}"
        self._say(f"[{where}, {self._now()}]", args)
        return {"ok": True, "channel": channel, "ts": ts, "message": message}

    def _m_chat_postEphemeral(self, args: dict) -> dict:
        self._say("[only visible to you]", args)
        return {"ok": True, "message_ts": self.next_ts()}

    def _m_chat_update(self, args: dict) -> dict:
        self._say("[message updated]", args)
        return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts")}

    def _m_chat_getPermalink(self, args: dict) -> dict:
        ts = str(args.get("message_ts", "")).replace(".", "")
        return {"ok": True, "permalink": f"{PERMALINK_BASE}/{args.get('channel')}/p{ts}"}

    def _m_conversations_history(self, args: dict) -> dict:
        channel = args.get("channel")
        latest = args.get("latest")
        if latest and args.get("inclusive") not in (None, False, "false", "0"):
            found = self.messages.get((channel, latest))
            messages = [found] if found else []
        else:
            messages = [m for (c, _), m in sorted(self.messages.items()) if c == channel]
            messages.reverse()
        return {"ok": True, "messages": messages, "has_more": False}

    def _m_conversations_replies(self, args: dict) -> dict:
        found = self.messages.get((args.get("channel"), args.get("ts")))
        return {"ok": True, "messages": [found] if found else [], "has_more": False}

    def _m_views_publish(self, args: dict) -> dict:
        self.home_view = _json(args.get("view"))
        if self.show_home:
            self.show_home = False
            self.show(
                "[App Home]\n"
                + self.renderer.blocks(self.home_view.get("blocks", []), container="view")
            )
        return {"ok": True, "view": {"id": "VHOME"}}

    def _m_views_open(self, args: dict) -> dict:
        view = _json(args.get("view"))
        title = (view.get("title") or {}).get("text", "a form")
        lead = self.renderer.blocks(
            [b for b in view.get("blocks", []) if b.get("type") != "input"], container="view"
        )
        self.show(
            f"[form opened: {title}] Answer each field below; Enter keeps the [default], "
            ":cancel closes the form." + (f"\n{lead}" if lead else "")
        )
        self.opened_form = view
        return {"ok": True, "view": {"id": "VMODAL"}}

    def _m_views_update(self, args: dict) -> dict:
        return {"ok": True, "view": {"id": "VMODAL"}}

    def _m_files_getUploadURLExternal(self, args: dict) -> dict:
        file_id = f"F{len(self._uploads) + 1:08d}"
        self._uploads[file_id] = b""
        self._upload_names[file_id] = str(args.get("filename") or "file")
        return {
            "ok": True,
            "upload_url": f"https://offline.slack.invalid/upload/{file_id}",
            "file_id": file_id,
        }

    def _m_files_completeUploadExternal(self, args: dict) -> dict:
        files = _json(args.get("files")) or []
        for item in files:
            name = self._upload_names.get(item["id"], "file")
            content = self._uploads.get(item["id"], b"").decode("utf-8", "replace")
            channel = args.get("channel_id") or args.get("channels")
            comment = args.get("initial_comment")
            head = f"[file in your DM ({channel}), {self._now()}: {name} — {item.get('title')}]"
            if comment:
                head += "\n  " + self.renderer.text(str(comment))
            body = "\n".join("  | " + line for line in content.splitlines())
            self.show(f"{head}\n{body}")
        return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}

    def _m_files_info(self, args: dict) -> dict:
        return {"ok": True, "file": {"id": args.get("file")}}

    def _m_files_delete(self, args: dict) -> dict:
        name = self._upload_names.get(str(args.get("file")))
        if name is None:
            return {"ok": False, "error": "file_not_found"}
        self.show(f"[file deleted from your DM, {self._now()}: {name}]")
        return {"ok": True}

    # ---- output ------------------------------------------------------------------------------
    def _say(self, head: str, payload: dict) -> None:
        blocks = _json(payload.get("blocks"))
        body = self.renderer.message({"text": payload.get("text"), "blocks": blocks})
        self.show(f"{head}\n{body}")

    def _now(self) -> str:
        return f"{self.clock():%a %d %b %H:%M} UTC"


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
