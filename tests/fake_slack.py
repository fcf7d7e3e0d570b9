"""A fake Slack Web API on 127.0.0.1 for tests: records every call and answers like Slack.

It binds port 0 (the OS picks a free one), records bodies as well as paths, and can be told to
answer a method with 429 + Retry-After or a 5xx, so the bot's retry rules are tested against
real HTTP. `response_url` posts and file uploads land here too.
"""

from __future__ import annotations

import contextlib
import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_USER_ID = "UBOT0001"
TEAM_ID = "T0000TEAM"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    raw: bytes = b""
    at: float = field(default_factory=time.monotonic)
    wall: float = field(default_factory=time.time)


@dataclass
class Failure:
    status: int
    retry_after: int | None = None
    remaining: int | None = None  # None: every matching call (see fraction)
    fraction: float = 1.0


class FakeSlack:
    def __init__(self, team_id: str = TEAM_ID) -> None:
        #: The workspace this fake is (what `auth.test` answers); two fakes can be two teams.
        self.team_id = team_id
        self.calls: list[Call] = []
        self.users: dict[str, dict[str, Any]] = {}
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}
        self.thread_replies: dict[tuple[str, str], dict[str, Any]] = {}
        self.uploads: dict[str, bytes] = {}
        self.posted: dict[str, list[dict[str, Any]]] = {}
        self._failures: dict[str, Failure] = {}
        #: Seconds to wait before answering a method ("*": every method without its own).
        self.latency: dict[str, float] = {}
        self._lock = threading.Lock()
        self._random = random.Random(1234)
        self._last_ts = 0.0
        #: Where message timestamps come from; tests with a fake clock point it there.
        self.now_fn: Callable[[], float] = time.time
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        # A short poll: serve_forever's default 0.5 s is what every test would wait at shutdown.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # ---- lifecycle -------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def api_url(self) -> str:
        return self.url + "api/"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # ---- configuration ---------------------------------------------------------------------
    def add_user(self, user_id: str, *, tz: str | None = "UTC", name: str | None = None) -> None:
        name = name or user_id.lower()
        self.users[user_id] = {
            "id": user_id,
            "team_id": self.team_id,
            "name": name,
            "real_name": name.title(),
            "tz": tz,
            "profile": {"display_name": name.title(), "real_name": name.title()},
        }

    def add_message(
        self,
        channel: str,
        ts: str,
        text: str,
        *,
        user: str = "U0AUTHOR",
        thread_ts: str | None = None,
    ) -> None:
        message = {"type": "message", "ts": ts, "text": text, "user": user}
        if thread_ts:
            message["thread_ts"] = thread_ts
            self.thread_replies[(channel, ts)] = message
        else:
            self.messages[(channel, ts)] = message

    def fail(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: int | None = 1,
        times: int | None = 1,
        fraction: float = 1.0,
    ) -> None:
        """Answer `method` with `status` the next `times` calls (None: until cleared)."""
        with self._lock:
            self._failures[method] = Failure(status, retry_after, times, fraction)

    def slow_down(self, method: str = "*", seconds: float = 0.15) -> None:
        """Answer `method` (every method with "*") only after `seconds`, like a busy Slack."""
        with self._lock:
            self.latency[method] = seconds

    def _latency(self, method: str) -> float:
        with self._lock:
            return self.latency.get(method, self.latency.get("*", 0.0))

    def clear_failures(self) -> None:
        with self._lock:
            self._failures.clear()

    # ---- inspection ------------------------------------------------------------------------
    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method)
            if len(found) >= count:
                return found
            time.sleep(0.01)
        raise AssertionError(
            f"expected {count} call(s) to {method}, saw {len(self.calls_to(method))}"
        )

    def wait_for_new(
        self, before: int, methods: tuple[str, ...], timeout: float = 5.0
    ) -> list[Call]:
        """The calls to `methods` made after the first `before` calls, once at least one came."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                found = [c for c in self.calls[before:] if c.method in methods]
            if found:
                return found
            time.sleep(0.01)
        raise AssertionError(f"no call to {methods} arrived")

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self._failures.clear()

    # ---- answering -------------------------------------------------------------------------
    def _record(self, call: Call) -> Failure | None:
        with self._lock:
            self.calls.append(call)
            failure = self._failures.get(call.method)
            if failure is None or self._random.random() >= failure.fraction:
                return None
            if failure.remaining is not None:
                failure.remaining -= 1
                if failure.remaining <= 0:
                    del self._failures[call.method]
            return failure

    def _next_ts(self) -> str:
        with self._lock:
            self._last_ts = max(self.now_fn(), self._last_ts + 0.000001)
            return f"{self._last_ts:.6f}"

    def answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return {"ok": False, "error": "unknown_method"}
        return handler(params)

    def _m_auth_test(self, _: dict) -> dict:
        return {
            "ok": True,
            "url": "https://fake.slack.com/",
            "team": "Fake Team",
            "user": "oneonone",
            "team_id": self.team_id,
            "user_id": BOT_USER_ID,
            "bot_id": "BBOT0001",
        }

    def _m_users_info(self, p: dict) -> dict:
        user = self.users.get(p.get("user", ""))
        return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}

    def _m_conversations_open(self, p: dict) -> dict:
        users = str(p.get("users", ""))
        return {"ok": True, "channel": {"id": "D" + users.split(",")[0][1:]}}

    def _m_chat_postMessage(self, p: dict) -> dict:
        message = {
            "type": "message",
            "ts": self._next_ts(),
            "text": p.get("text"),
            "user": BOT_USER_ID,
            "bot_id": "BBOT0001",
        }
        if p.get("metadata"):
            metadata = p["metadata"]
            message["metadata"] = json.loads(metadata) if isinstance(metadata, str) else metadata
        with self._lock:
            self.posted.setdefault(str(p.get("channel")), []).append(message)
        return {"ok": True, "channel": p.get("channel"), "ts": message["ts"], "message": message}

    def post_message_without_answer(self, channel: str, metadata: dict) -> None:
        """Record a DM as if Slack got it but the bot never heard back (a crash in between)."""
        self._m_chat_postMessage({"channel": channel, "text": "(lost)", "metadata": metadata})

    def _m_chat_postEphemeral(self, _: dict) -> dict:
        return {"ok": True, "message_ts": self._next_ts()}

    def _m_chat_update(self, p: dict) -> dict:
        return {"ok": True, "channel": p.get("channel"), "ts": p.get("ts")}

    def _m_chat_getPermalink(self, p: dict) -> dict:
        ts = str(p.get("message_ts", "")).replace(".", "")
        return {
            "ok": True,
            "channel": p.get("channel"),
            "permalink": f"https://fake.slack.com/archives/{p.get('channel')}/p{ts}",
        }

    def _m_conversations_history(self, p: dict) -> dict:
        if p.get("oldest") and not p.get("latest"):
            oldest = float(p["oldest"])
            with self._lock:
                found = [
                    m
                    for m in self.posted.get(str(p.get("channel")), [])
                    if float(m["ts"]) >= oldest
                ]
            return {"ok": True, "messages": list(reversed(found)), "has_more": False}
        message = self.messages.get((p.get("channel"), p.get("latest")))
        return {"ok": True, "messages": [message] if message else [], "has_more": False}

    def _m_conversations_replies(self, p: dict) -> dict:
        message = self.thread_replies.get((p.get("channel"), p.get("latest"))) or self.messages.get(
            (p.get("channel"), p.get("ts"))
        )
        return {"ok": True, "messages": [message] if message else [], "has_more": False}

    def _m_views_publish(self, _: dict) -> dict:
        return {"ok": True, "view": {"id": "VHOME"}}

    def _m_views_open(self, _: dict) -> dict:
        return {"ok": True, "view": {"id": "VMODAL"}}

    def _m_views_update(self, _: dict) -> dict:
        return {"ok": True, "view": {"id": "VMODAL"}}

    def _m_files_getUploadURLExternal(self, p: dict) -> dict:
        file_id = f"F{len(self.uploads) + 1:08d}"
        self.uploads[file_id] = b""
        return {"ok": True, "upload_url": f"{self.url}upload/{file_id}", "file_id": file_id}

    def _m_files_completeUploadExternal(self, p: dict) -> dict:
        files = p.get("files")
        files = json.loads(files) if isinstance(files, str) else files or []
        return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}

    def _m_files_delete(self, p: dict) -> dict:
        if self.uploads.pop(p.get("file", ""), None) is None:
            return {"ok": False, "error": "file_not_found"}
        return {"ok": True}

    def _m_files_info(self, p: dict) -> dict:
        return {"ok": True, "file": {"id": p.get("file"), "permalink": "https://fake/file"}}


def _handler_for(fake: FakeSlack):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *_args) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            path = self.path.split("?")[0]
            headers = {k.lower(): v for k, v in self.headers.items()}
            if path.startswith("/upload/"):
                fake.uploads[path.rsplit("/", 1)[1]] = raw
                fake._record(Call("upload", {}, headers, raw))
                return self._send(200, b"OK", "text/plain")
            if path.startswith("/response_url/"):
                params = _parse(raw, headers)
                fake._record(Call("response_url", params, headers, raw))
                return self._send(200, b"ok", "text/plain")
            method = path.removeprefix("/api/")
            params = _parse(raw, headers)
            if delay := fake._latency(method):
                time.sleep(delay)
            failure = fake._record(Call(method, params, headers, raw))
            if failure is not None:
                extra = {"Retry-After": str(failure.retry_after)} if failure.retry_after else {}
                body = {"ok": False, "error": "ratelimited" if failure.status == 429 else "fatal"}
                return self._send(failure.status, json.dumps(body).encode(), extra=extra)
            return self._send(200, json.dumps(fake.answer(method, params)).encode())

        def _send(
            self,
            status: int,
            body: bytes,
            content_type: str = "application/json",
            extra: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


def _parse(raw: bytes, headers: dict[str, str]) -> dict[str, Any]:
    text = raw.decode("utf-8", "replace")
    if "json" in headers.get("content-type", ""):
        try:
            data = json.loads(text or "{}")
        except ValueError:
            return {"_raw": text}
        return data if isinstance(data, dict) else {"_json": data}
    params: dict[str, Any] = dict(parse_qsl(text, keep_blank_values=True))
    for key in ("blocks", "view", "files", "attachments"):
        if isinstance(params.get(key), str):
            with contextlib.suppress(ValueError):
                params[key] = json.loads(params[key])
    return params
