"""HTTP mode: Bolt's WSGI adapter behind waitress, plus `GET /healthz`.

The front is hardened before Bolt sees anything (issue 10): a body over `MAX_BODY` is refused
with 413 by waitress itself while it reads the headers, and every POST is checked against
Slack's signature on its raw bytes, so an unsigned request costs one HMAC and one log line
without its body. Waitress reads requests asynchronously and only hands complete ones to its
threads, so slow clients hold a connection slot, not a thread; `CONNECTION_LIMIT` and
`CHANNEL_TIMEOUT` keep those slots from running out. Put a reverse proxy in front all the same
(README: HTTP mode): it is the right place for TLS and per-client limits.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk.signature import SignatureVerifier

from bot.payload_shape import usable

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
#: Slack's largest payloads (a modal's state, a long message event) are a few tens of kB.
MAX_BODY = 1_000_000
#: Open connections waitress accepts (its default, 100, is what 110 slow clients used up).
CONNECTION_LIMIT = 1000
#: Seconds a connection may sit idle before waitress closes it, and how often it looks.
CHANNEL_TIMEOUT = 20
CLEANUP_INTERVAL = 5

log = logging.getLogger(__name__)


def make_wsgi_app(
    app: App, health: Callable[[], bool] = lambda: True, *, signing_secret: str | None = None
):
    """A WSGI app: Slack's requests go to Bolt; `/healthz` answers load balancers."""
    slack = signed_only(SlackRequestHandler(app, path=EVENTS_PATH), _secret_of(app, signing_secret))

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


def signed_only(slack, signing_secret: str):
    """Wrap Bolt's WSGI handler: only POSTs to `EVENTS_PATH` that Slack signed get through.

    The body is read once (at most `MAX_BODY` bytes) and verified on those raw bytes; Bolt gets
    the same bytes back. A bad signature is one warning line naming no body and no user text.
    """
    verifier = SignatureVerifier(signing_secret)

    def wsgi(environ: dict[str, Any], start_response) -> Iterable[bytes]:
        if environ.get("PATH_INFO") != EVENTS_PATH or environ.get("REQUEST_METHOD") != "POST":
            return _plain(start_response, "404 Not Found", b"not found\n")
        body = environ["wsgi.input"].read(MAX_BODY + 1)
        if len(body) > MAX_BODY:
            return _plain(start_response, "413 Payload Too Large", b"too large\n")
        if not _signed(verifier, body, environ):
            log.warning("refused a request without a valid Slack signature (%d bytes)", len(body))
            return _plain(start_response, "401 Unauthorized", b"invalid signature\n")
        environ = {**environ, "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body))}
        try:
            if not usable(body, environ.get("CONTENT_TYPE")):
                log.info("ignored a signed payload of an unexpected shape (%d bytes)", len(body))
                return _plain(start_response, "200 OK", b"")
            return slack(environ, start_response)
        except Exception as error:  # Bolt itself could not read a (signed) payload
            # Slack sends well-formed payloads; one Bolt cannot parse gets a quiet 200 and one
            # line naming the error type — never the body, never a traceback.
            log.warning(
                "ignored a signed payload Bolt could not read (%s)",
                type(error).__name__,
                exc_info=log.isEnabledFor(logging.DEBUG),
            )
            return _plain(start_response, "200 OK", b"")

    return wsgi


def _signed(verifier: SignatureVerifier, body: bytes, environ: dict[str, Any]) -> bool:
    timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
    signature = environ.get("HTTP_X_SLACK_SIGNATURE", "")
    if not timestamp.isdigit() or len(timestamp) > 12 or not signature:
        return False  # slack_sdk would raise on a timestamp that is not a number
    return verifier.is_valid(body=body, timestamp=timestamp, signature=signature)


def _plain(start_response, status: str, body: bytes) -> Iterable[bytes]:
    start_response(
        status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))]
    )
    return [body]


def _secret_of(app: App, signing_secret: str | None) -> str:
    """The secret to verify with: the one given, else the one the Bolt app was built with."""
    secret = signing_secret or getattr(app, "_signing_secret", None)
    if not secret:
        raise ValueError("HTTP mode needs SLACK_SIGNING_SECRET to verify Slack's requests")
    return secret


def make_server(
    app: App,
    *,
    host: str,
    port: int,
    health: Callable[[], bool] = lambda: True,
    signing_secret: str | None = None,
    channel_timeout: int = CHANNEL_TIMEOUT,
    cleanup_interval: int = CLEANUP_INTERVAL,
):
    """A waitress server (production-grade, threaded); `.run()` serves, `.close()` stops."""
    from waitress import create_server

    return create_server(
        make_wsgi_app(app, health, signing_secret=signing_secret),
        host=host,
        port=port,
        threads=8,
        ident="oneonone",
        max_request_body_size=MAX_BODY,
        connection_limit=CONNECTION_LIMIT,
        channel_timeout=channel_timeout,
        cleanup_interval=cleanup_interval,
    )
