"""Pieces the fixtures put together: a movable clock and the bot served over real HTTP."""

from __future__ import annotations

import contextlib
import http.client
import json
import threading
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
        self.server.close()
