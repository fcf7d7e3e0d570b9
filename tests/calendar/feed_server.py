"""A calendar server on 127.0.0.1 that serves what the test sets, like a real feed host would:
ETag / If-None-Match (304), redirects, endless bodies and web pages where a feed should be."""

from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FeedServer:
    def __init__(self) -> None:
        self.bodies: dict[str, tuple[bytes, str]] = {}
        self.redirects: dict[str, str] = {}
        self.endless: dict[str, int] = {}
        #: (path, status) of every request, in order.
        self.log: list[tuple[str, int]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def serve(self, path: str, body: bytes, content_type: str = "text/calendar") -> None:
        self.bodies[path] = (body, content_type)

    def redirect(self, path: str, location: str) -> None:
        self.redirects[path] = location

    def serve_endless(self, path: str, size: int) -> None:
        """`size` bytes of calendar-looking text, with no Content-Length up front."""
        self.endless[path] = size

    def statuses(self, path: str) -> list[int]:
        return [status for p, status in self.log if p == path]

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler(feed: FeedServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, *_args) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            if path in feed.redirects:
                self._status(path, 302, Location=feed.redirects[path])
                return
            if path in feed.endless:
                self._endless(path, feed.endless[path])
                return
            if path not in feed.bodies:
                self._status(path, 404)
                return
            body, content_type = feed.bodies[path]
            etag = '"' + hashlib.sha1(body).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                self._status(path, 304, ETag=etag)
                return
            feed.log.append((path, 200))
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def _status(self, path: str, status: int, **headers: str) -> None:
            feed.log.append((path, status))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _endless(self, path: str, size: int) -> None:
            feed.log.append((path, 200))
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar")
            self.end_headers()
            chunk = b"BEGIN:VCALENDAR\r\n" + b"X-PADDING:" + b"x" * 65000 + b"\r\n"
            sent = 0
            try:
                while sent < size:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except OSError:
                pass  # the reader hung up at its cap, as it should

    return Handler
