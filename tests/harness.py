"""Pieces the fixtures put together: a movable clock and the bot served over real HTTP."""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.signing import SignedRequest


class Clock:
    """A clock tests move by hand; the bot reads it through `build_app(clock=...)`."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current += delta


@dataclass
class Reply:
    status: int
    body: bytes
    headers: dict[str, str]

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.body)


class HttpClient:
    """Real HTTP requests to a bot on 127.0.0.1:`port`."""

    def __init__(self, port: int) -> None:
        self.port = port

    def post(self, request: SignedRequest, path: str = "/slack/events") -> Reply:
        return self.request("POST", path, request.body, request.headers)

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return Reply(response.status, response.read(), dict(response.getheaders()))
        finally:
            connection.close()


class HttpBot(HttpClient):
    """The real WSGI app under waitress on 127.0.0.1, in a thread of the test process."""

    def __init__(self, server) -> None:
        super().__init__(server.effective_port)
        self.server = server
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        # The socket closes under select() at stop(): expected, not an error.
        with contextlib.suppress(OSError, ValueError):
            self.server.run()

    def start(self) -> HttpBot:
        self._thread.start()
        return self

    def stop(self) -> None:
        # A waitress worker that finishes a request after close() wakes the loop by writing b"x"
        # to the trigger pipe's old descriptor, which by then may be a new socket's: a test's
        # fake Slack once answered "xHTTP/1.0 200 OK". A closed server's trigger writes nothing.
        self.server.trigger._physical_pull = lambda: None
        self.server.close()


def post_unsigned(port: int, body: bytes) -> tuple[bytes, float]:
    """POST `body` unsigned to the bot, sending as much of it as the server takes: the status
    line and the seconds from the first byte sent to the first byte answered."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        head = (
            "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        started = time.perf_counter()
        sock.sendall(head)
        sender = threading.Thread(target=_send_quietly, args=(sock, body), daemon=True)
        sender.start()
        first = sock.recv(64)
        took = time.perf_counter() - started
        sender.join(timeout=10)
    return first.split(b"\r\n", 1)[0], took


def post_head_only(port: int, length: int) -> bytes:
    """Announce an unsigned POST body of `length` bytes and send none of it: the status line the
    bot answers with. A server that waits to read the body never answers (the socket times out)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            (
                "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
            ).encode()
        )
        return sock.recv(64).split(b"\r\n", 1)[0]


def _send_quietly(sock: socket.socket, body: bytes) -> None:
    with contextlib.suppress(OSError):  # the server may close as soon as it has answered
        sock.sendall(memoryview(body))
