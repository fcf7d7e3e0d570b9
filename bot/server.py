"""HTTP mode: Bolt's WSGI adapter behind waitress, plus `GET /healthz`."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def make_wsgi_app(app: App, health: Callable[[], bool] = lambda: True):
    """A WSGI app: Slack's requests go to Bolt; `/healthz` answers load balancers."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def wsgi(environ: dict[str, Any], start_response) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") == "GET":
            ok = health()
            start_response(
                "200 OK" if ok else "503 Service Unavailable",
                [("Content-Type", "text/plain; charset=utf-8")],
            )
            return [b"ok\n" if ok else b"unavailable\n"]
        return slack(environ, start_response)

    return wsgi


def make_server(app: App, *, host: str, port: int, health: Callable[[], bool] = lambda: True):
    """A waitress server (production-grade, threaded); `.run()` serves, `.close()` stops."""
    from waitress import create_server

    return create_server(
        make_wsgi_app(app, health), host=host, port=port, threads=8, ident="oneonone"
    )
