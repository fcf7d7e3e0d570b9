"""The Bolt app factory every mode uses (HTTP, Socket Mode, tests, the shell)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor
from datetime import datetime

from slack_bolt import App
from slack_sdk import WebClient
from sqlalchemy.orm import Session, sessionmaker

import handlers
from bot.clock import utc_now
from handlers.errors import handle_error
from handlers.middleware import provide_storage, resolve_requester
from handlers.views.flags import set_support_url


def build_app(
    *,
    client: WebClient,
    signing_secret: str,
    session_factory: sessionmaker[Session],
    clock: Callable[[], datetime] = utc_now,
    token_verification: bool = True,
    listener_executor: Executor | None = None,
    shared_client: bool = False,
    support_url: str | None = None,
) -> App:
    """A Bolt app with our middlewares, listeners and error handler.

    `token_verification` makes Bolt call `auth.test` at start (skipped by the offline shell);
    `listener_executor` runs listeners after the ack (the shell passes one it can wait on);
    `shared_client` hands `client` itself to every listener instead of Bolt's per-request copy
    (a plain WebClient), which the shell needs because its client answers in-process.
    `support_url` is the operator's ONEONONE_SUPPORT_URL, linked from the care note.
    """
    set_support_url(support_url)

    def use_shared_client(context, next):  # Bolt's "before_authorize" middleware
        context["client"] = client
        return next()

    app = App(
        client=client,
        signing_secret=signing_secret,
        token_verification_enabled=token_verification,
        logger=logging.getLogger("bot.bolt"),
        listener_executor=listener_executor,
        before_authorize=use_shared_client if shared_client else None,
    )
    app.use(provide_storage(session_factory, clock))
    app.use(resolve_requester)
    app.error(handle_error)
    handlers.register(app)
    return app
