"""One pretend Slack Web API, with two front ends: HTTP on 127.0.0.1 and an in-process client.

The tests point the real bot at it over HTTP (`start()`, then `api_url`), so every Web API call
crosses a real socket and is recorded with its body; `oneonone shell` hands the bot `client()`,
a real `slack_sdk.WebClient` whose calls are answered here without a network, and watches the
calls with `on_call` to print them. Both see the same workspace, the same answers and the same
failure injection (`fail`), so what the tests prove about the bot holds for the shell too.
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

from slack_sdk import WebClient
from slack_sdk.web.file_upload_v2_result import FileUploadV2Result
from slack_sdk.web.slack_response import SlackResponse

BOT_USER_ID = "UBOT0001"
TEAM_ID = "T0000TEAM"
#: Where permalinks and upload URLs point when no HTTP front end runs.
OFFLINE_BASE = "https://offline.slack.invalid/"

Message = dict[str, Any]
#: `fail(status=DROP)`: close the connection without answering.
DROP = 0
#: A held call answers after this long at most, so a test that forgets `release` still ends.
HOLD_LIMIT_S = 30.0
#: Told of every answered Web API call: (method, arguments, answer).
CallWatcher = Callable[[str, dict[str, Any], dict[str, Any]], None]


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
    #: Do the work first (e.g. store the post), then fail: Slack's answer was lost.
    after_work: bool = False


class FakeSlack:
    """The workspace (people, messages, uploads) and the Web API methods the bot uses."""

    def __init__(
        self,
        *,
        team_id: str = TEAM_ID,
        bot_user_id: str = BOT_USER_ID,
        bot_id: str = "BBOT0001",
        web_url: str = "https://fake.slack.com/",
    ) -> None:
        self.team_id = team_id
        #: The workspace's web address, which permalinks point to.
        self.web_url = web_url
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.calls: list[Call] = []
        self.users: dict[str, dict[str, Any]] = {}
        #: Every message in a channel's history, the bot's own posts included, by (channel, ts).
        self.messages: dict[tuple[str, str], Message] = {}
        #: Thread replies, which Slack keeps out of the channel's history.
        self.thread_replies: dict[tuple[str, str], Message] = {}
        self.uploads: dict[str, bytes] = {}
        self.upload_names: dict[str, str] = {}
        #: What the bot posted, per channel, in order.
        self.posted: dict[str, list[Message]] = {}
        self.watchers: list[CallWatcher] = []
        self._failures: dict[str, Failure] = {}
        #: Seconds to wait before answering a method ("*": every method without its own).
        self.latency: dict[str, float] = {}
        #: Methods whose answers wait until a test releases them (`hold`).
        self._holds: dict[str, threading.Event] = {}
        self._lock = threading.Lock()
        self._random = random.Random(1234)
        self._last_ts = 0.0
        #: Where message timestamps come from; tests with a fake clock point it there.
        self.now_fn: Callable[[], float] = time.time
        self._server: ThreadingHTTPServer | None = None

    # ---- the HTTP front end ----------------------------------------------------------------
    @property
    def url(self) -> str:
        if self._server is None:
            return OFFLINE_BASE
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def api_url(self) -> str:
        return self.url + "api/"

    def start(self) -> FakeSlack:
        """Serve the Web API on 127.0.0.1 at a port the OS picks (see `api_url`)."""
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        # A short poll: serve_forever's default 0.5 s is what every test would wait at shutdown.
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        for method in list(self._holds):
            self.release(method)
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    # ---- the in-process front end ----------------------------------------------------------
    def client(self) -> WebClient:
        """A real WebClient whose calls this fake answers in the calling thread."""
        return InProcessClient(self)

    # ---- the workspace ---------------------------------------------------------------------
    def add_user(
        self,
        user_id: str,
        *,
        tz: str | None = "UTC",
        name: str | None = None,
        display_name: str | None = None,
        real_name: str | None = None,
        job_title: str | None = None,
    ) -> None:
        """A person: `name` is the handle; display and real name default to it, capitalised;
        `job_title` is the profile's title (empty when not given, as Slack sends it)."""
        name = name or user_id.lower()
        title = name.replace(".", " ").title()
        real_name = real_name or title
        self.users[user_id] = {
            "id": user_id,
            "team_id": self.team_id,
            "name": name,
            "real_name": real_name,
            "tz": tz,
            "profile": {
                "display_name": display_name or title,
                "real_name": real_name,
                "title": job_title or "",
                "email": f"{name}@example.com",
            },
        }

    def person(self, name: str, *, tz: str = "UTC") -> str:
        """A colleague by handle (`dana`), added on first mention; the same id every time."""
        handle = name.lower()
        for user_id, user in self.users.items():
            if user["name"] == handle:
                return user_id
        user_id = "U" + (name.upper().replace(".", "") + "0" * 8)[:8]
        while user_id in self.users:
            user_id = user_id[:-1] + chr(ord(user_id[-1]) + 1)
        self.add_user(user_id, tz=tz, name=handle)
        return user_id

    def name_of(self, user_id: str) -> str | None:
        user = self.users.get(user_id)
        return user["name"] if user else None

    def add_message(
        self,
        channel: str,
        ts: str | None,
        text: str,
        *,
        user: str = "U0AUTHOR",
        thread_ts: str | None = None,
    ) -> str:
        """Someone posts `text` (at `ts`, or now); returns its ts."""
        ts = ts or self.next_ts()
        message = {"type": "message", "ts": ts, "text": text, "user": user}
        with self._lock:
            if thread_ts:
                message["thread_ts"] = thread_ts
                self.thread_replies[(channel, ts)] = message
            else:
                self.messages[(channel, ts)] = message
        return ts

    def next_ts(self) -> str:
        """A message timestamp: the clock's, and always later than the last one."""
        with self._lock:
            self._last_ts = max(self.now_fn(), self._last_ts + 0.000001)
            return f"{self._last_ts:.6f}"

    # ---- failures --------------------------------------------------------------------------
    def fail(
        self,
        method: str,
        *,
        status: int = 429,
        retry_after: int | None = 1,
        times: int | None = 1,
        fraction: float = 1.0,
        after_work: bool = False,
    ) -> None:
        """Answer `method` with `status` (DROP: no answer at all) the next `times` calls (None:
        until cleared), for a `fraction` of them; `after_work`: having done the call's work."""
        with self._lock:
            self._failures[method] = Failure(status, retry_after, times, fraction, after_work)

    def slow_down(self, method: str = "*", seconds: float = 0.15) -> None:
        """Answer `method` (every method with "*") only after `seconds`, like a busy Slack."""
        with self._lock:
            self.latency[method] = seconds

    def hold(self, method: str) -> None:
        """Record calls to `method` but answer none until `release`: a test can then show that
        something happened *while* Slack had not answered, with no clock involved."""
        with self._lock:
            self._holds[method] = threading.Event()

    def release(self, method: str) -> None:
        with self._lock:
            gate = self._holds.pop(method, None)
        if gate is not None:
            gate.set()

    def _gate(self, method: str) -> threading.Event | None:
        with self._lock:
            return self._holds.get(method)

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
    def handle(self, call: Call) -> tuple[int, dict[str, Any], dict[str, str]]:
        """Record a call and answer it: (HTTP status, body, extra headers)."""
        if delay := self._latency(call.method):
            time.sleep(delay)
        failure = self._record(call)
        if gate := self._gate(call.method):
            gate.wait(timeout=HOLD_LIMIT_S)
        if failure is not None and failure.after_work:
            self.answer(call.method, call.params)
        if failure is not None and failure.status == DROP:
            return DROP, {}, {}
        if failure is not None:
            extra = {"Retry-After": str(failure.retry_after)} if failure.retry_after else {}
            error = "ratelimited" if failure.status == 429 else "fatal"
            return failure.status, {"ok": False, "error": error}, extra
        body = self.answer(call.method, call.params)
        for watcher in list(self.watchers):
            watcher(call.method, call.params, body)
        return 200, body, {}

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

    def answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return {"ok": False, "error": "unknown_method"}
        return handler(params)

    def store_upload(self, file_id: str, data: bytes) -> None:
        self.uploads[file_id] = data

    def _m_auth_test(self, _: dict) -> dict:
        return {
            "ok": True,
            "url": self.web_url,
            "team": "Fake Team",
            "user": "oneonone",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
        }

    def _m_users_info(self, p: dict) -> dict:
        user = self.users.get(str(p.get("user", "")))
        return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}

    def _m_users_lookupByEmail(self, p: dict) -> dict:
        email = (p.get("email") or "").lower()
        for user in self.users.values():
            if user["profile"].get("email") == email:
                return {"ok": True, "user": user}
        return {"ok": False, "error": "users_not_found"}

    def _m_conversations_open(self, p: dict) -> dict:
        users = str(p.get("users", ""))
        return {"ok": True, "channel": {"id": "D" + users.split(",")[0][1:]}}

    def _m_chat_postMessage(self, p: dict) -> dict:
        channel = str(p.get("channel"))
        message = {
            "type": "message",
            "ts": self.next_ts(),
            "text": p.get("text"),
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
        }
        if p.get("metadata"):
            message["metadata"] = _json(p["metadata"])
        with self._lock:
            self.posted.setdefault(channel, []).append(message)
            self.messages[(channel, message["ts"])] = message
        return {"ok": True, "channel": channel, "ts": message["ts"], "message": message}

    def post_message_without_answer(self, channel: str, metadata: dict) -> None:
        """Record a DM as if Slack got it but the bot never heard back (a crash in between)."""
        self._m_chat_postMessage({"channel": channel, "text": "(lost)", "metadata": metadata})

    def _m_chat_postEphemeral(self, _: dict) -> dict:
        return {"ok": True, "message_ts": self.next_ts()}

    def _m_chat_update(self, p: dict) -> dict:
        return {"ok": True, "channel": p.get("channel"), "ts": p.get("ts")}

    def _m_chat_getPermalink(self, p: dict) -> dict:
        ts = str(p.get("message_ts", "")).replace(".", "")
        channel = p.get("channel")
        permalink = f"{self.web_url}archives/{channel}/p{ts}"
        return {"ok": True, "channel": channel, "permalink": permalink}

    def _m_conversations_history(self, p: dict) -> dict:
        """Newest first, between `oldest` and `latest` (`latest` itself only when inclusive)."""
        channel = str(p.get("channel"))
        oldest = float(p["oldest"]) if p.get("oldest") else None
        latest = p.get("latest")
        inclusive = str(p.get("inclusive")).lower() in {"true", "1"}
        with self._lock:
            found = [m for (c, _), m in self.messages.items() if c == channel]
        if oldest is not None:
            found = [m for m in found if float(m["ts"]) >= oldest]
        if latest:
            found = [
                m
                for m in found
                if float(m["ts"]) < float(latest) or (inclusive and m["ts"] == latest)
            ]
        found.sort(key=lambda m: float(m["ts"]), reverse=True)
        # Like Slack: `limit` a page, a cursor for the next one, metadata only when asked for.
        limit, offset = int(p.get("limit") or 100), int(p.get("cursor") or 0)
        page = found[offset : offset + limit]
        if str(p.get("include_all_metadata")).lower() not in {"true", "1"}:
            page = [{k: v for k, v in m.items() if k != "metadata"} for m in page]
        more = offset + limit < len(found)
        return {
            "ok": True,
            "messages": page,
            "has_more": more,
            "response_metadata": {"next_cursor": str(offset + limit) if more else ""},
        }

    def _m_conversations_replies(self, p: dict) -> dict:
        channel = p.get("channel")
        message = self.thread_replies.get((channel, p.get("latest"))) or self.messages.get(
            (channel, p.get("ts"))
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
        self.upload_names[file_id] = str(p.get("filename") or "file")
        return {"ok": True, "upload_url": f"{self.url}upload/{file_id}", "file_id": file_id}

    def _m_files_completeUploadExternal(self, p: dict) -> dict:
        files = _json(p.get("files")) or []
        return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}

    def _m_files_delete(self, p: dict) -> dict:
        if self.uploads.pop(p.get("file", ""), None) is None:
            return {"ok": False, "error": "file_not_found"}
        return {"ok": True}

    def _m_files_info(self, p: dict) -> dict:
        return {"ok": True, "file": {"id": p.get("file"), "permalink": f"{self.web_url}files/x"}}


class InProcessClient(WebClient):
    """A `WebClient` answered by a `FakeSlack` in the calling thread: no socket, same answers."""

    def __init__(self, fake: FakeSlack) -> None:
        super().__init__(token="xoxb-offline", base_url=fake.api_url)
        self.fake = fake

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
        status, body, extra = self.fake.handle(Call(api_method, args, {}))
        if status == DROP:
            raise ConnectionResetError(f"{api_method}: the fake Slack dropped the connection")
        return SlackResponse(
            client=self,
            http_verb=http_verb,
            api_url=self.base_url + api_method,
            req_args={},
            data=body,
            headers=extra,
            status_code=status,
        ).validate()

    def _upload_file(self, *, url: str, data: bytes, **_: Any) -> FileUploadV2Result:  # type: ignore[override]
        """Step 2 of files upload v2 (a plain POST to the upload URL), kept in memory."""
        self.fake.store_upload(url.rsplit("/", 1)[-1], data)
        self.fake._record(Call("upload", {}, {}, data))
        return FileUploadV2Result(status=200, body="OK")


class _Server(ThreadingHTTPServer):
    """A listen backlog Slack would not run out of: socketserver's default of 5 drops the
    connections of a dispatcher's 8 workers posting at once, and each dropped SYN costs a
    second's retransmit (bench/dispatch.py read that as the dispatcher's own cost)."""

    request_queue_size = 128


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
                fake.store_upload(path.rsplit("/", 1)[1], raw)
                fake._record(Call("upload", {}, headers, raw))
                return self._send(200, b"OK", "text/plain")
            if path.startswith("/response_url/"):
                fake._record(Call("response_url", _parse(raw, headers), headers, raw))
                return self._send(200, b"ok", "text/plain")
            method = path.removeprefix("/api/")
            status, body, extra = fake.handle(Call(method, _parse(raw, headers), headers, raw))
            if status == DROP:
                self.close_connection = True
                return None
            return self._send(status, json.dumps(body).encode(), extra=extra)

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
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the caller died
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


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
