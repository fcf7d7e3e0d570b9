"""Helpers the button listeners share: reading a button's value, and answering privately."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from slack_bolt import Ack, BoltContext
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from handlers.capture.replies import dm
from handlers.context import requester
from handlers.payload import row_id, text_at
from handlers.unit_of_work import after, perform
from services.actor import Actor

T = TypeVar("T")

NOT_YOURS = (
    "I couldn't find that item in your journal — it may have been removed already. "
    "`/oneonone followups` shows what's open."
)


def action_value(body: dict[str, Any]) -> str:
    actions = body.get("actions")
    first = actions[0] if isinstance(actions, list) and actions else {}
    return text_at(first, "value") or text_at(first, "selected_option", "value")


def int_value(body: dict[str, Any]) -> int | None:
    return row_id(action_value(body))


def occurrence_value(body: dict[str, Any]) -> tuple[int, datetime] | None:
    """`<series id>|<ISO start>` as the Skip and Undo-skip buttons carry it."""
    series_id, _, start = action_value(body).partition("|")
    number = row_id(series_id)
    try:
        when = datetime.fromisoformat(start)
    except ValueError:
        return None
    if number is None or when.tzinfo is None:
        return None
    return number, when


def reply_privately(
    respond: Respond,
    client: WebClient,
    user_id: str,
    text: str,
    context: BoltContext | None = None,
    blocks: list | None = None,
) -> None:
    """Ephemeral where the button was (a message); a DM from the bot otherwise (App Home)."""
    extra = {"blocks": blocks} if blocks else {}
    if respond is not None and respond.response_url:
        respond(text=text, response_type="ephemeral", replace_original=False, **extra)
    else:
        dm(client, user_id, {"text": text, **extra}, context)


Say = Callable[..., None]


def owned_button(
    find: Callable[[Actor, dict[str, Any]], T | None], not_found: str
) -> Callable[[Callable[[Actor, T, Say, dict[str, Any]], None]], Callable[..., None]]:
    """A button listener in one line of intent.

    The wrapper acks, loads the verified presser, and looks up what the button names with
    `find` — which must scope the lookup to that presser. When nothing of theirs matches, the
    presser is told `not_found` and nothing else happens; otherwise `handle(actor, target, say,
    body)` does the work, and `say` answers privately — once the work has committed.
    """

    def decorate(handle: Callable[[Actor, T, Say, dict[str, Any]], None]) -> Callable[..., None]:
        def run(
            ack: Ack, body: dict, context: BoltContext, client: WebClient, respond: Respond
        ) -> None:
            ack()
            said: list[tuple[str, list | None]] = []

            def work(actor: Actor) -> None:
                target = find(actor, body)
                if target is None:
                    said.append((not_found, None))
                    return

                def say(text: str, blocks: list | None = None) -> None:
                    said.append((text, blocks))

                handle(actor, target, say, body)

            outcome = perform(context, work)
            for text, blocks in said:
                reply_privately(respond, client, requester(context).user_id, text, context, blocks)
            after(context, client, outcome)

        run.__name__ = run.__qualname__ = handle.__name__
        run.__doc__ = handle.__doc__
        return run

    return decorate
