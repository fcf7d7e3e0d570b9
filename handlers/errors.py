"""The one place where a failed listener turns into a polite reply and a log line.

Listeners do not catch exceptions. An `InputError` (something the user typed) becomes its
problem and a correct example; a database that did not answer in time (storage.db) becomes
"nothing was saved, try again in a minute"; anything else becomes an apology. Logs name the
error type and the code path, never the payload or the exception message, which may quote user
text.
"""

from __future__ import annotations

import json
import logging
import traceback
from typing import Any

from slack_bolt import BoltResponse
from slack_bolt.context.respond import Respond

from coaching.errors import InputError
from storage.db import is_unavailable

log = logging.getLogger(__name__)

SORRY = (
    "Sorry — something went wrong on my side and nothing was saved. Please try again in a moment."
)
DATABASE_DOWN = (
    ":hourglass_flowing_sand: I couldn't reach my database just now — nothing was saved. "
    "Please try again in a minute."
)


def reply_text(error: Exception) -> str:
    if isinstance(error, InputError):
        text = f":thinking_face: {error.problem}"
        if error.example:
            text += f"\nTry: `{error.example}`"
        return text
    if is_unavailable(error):
        return DATABASE_DOWN
    return SORRY


def handle_error(
    error: Exception,
    body: dict[str, Any],
    response: BoltResponse | None,
    respond: Respond | None,
) -> BoltResponse | None:
    """Bolt's global error handler."""
    if is_unavailable(error):
        log.warning("database did not answer in time (%s)", type(error).__name__)
    elif not isinstance(error, InputError):
        frames = "".join(traceback.format_tb(error.__traceback__))
        log.error("listener failed with %s\n%s", type(error).__name__, frames)
        log.debug("listener error detail: %r", error)
    text = reply_text(error)
    if body.get("command") and response is not None:
        # A slash command not yet acknowledged: the reply rides on the HTTP response.
        payload = {"response_type": "ephemeral", "text": text}
        return BoltResponse(
            status=200, body=json.dumps(payload), headers={"content-type": "application/json"}
        )
    if respond is not None and respond.response_url:
        respond(text=text, response_type="ephemeral", replace_original=False)
        if body.get("type") == "block_actions":
            # Turned away before the listener acked: the reply above says why, so no
            # "the app did not respond" on top. (An event gets a 5xx: Slack delivers it again.)
            return BoltResponse(status=200, body="")
    return None
