"""Buttons of the leverage pipeline: an intro's next step, the answer to an ask, a promise
kept. Each value names one of the presser's entries; anyone else's is refused unchanged."""

from __future__ import annotations

from collections.abc import Callable

from slack_bolt import App

from coaching.model import EntryStatus
from handlers.actions.common import NOT_YOURS, action_value, owned_button
from handlers.home_events import journal_changed
from handlers.payload import row_id
from handlers.views import ids
from handlers.views.blocks import section
from handlers.views.labels import quote_text
from handlers.views.leverage import step_blocks
from services import leverage as follow_through
from services.actor import Actor


def _followable(actor: Actor, body: dict) -> follow_through.Followable | None:
    value = action_value(body)
    if row_id(value.partition("|")[0]) is None:
        return None  # no entry id of ours (a huge number would overflow the driver)
    return follow_through.find(actor, value)


def _recorder(record: Callable[[Actor, follow_through.Followable], str | None]):
    @owned_button(_followable, NOT_YOURS)
    def record_step(actor: Actor, item: follow_through.Followable, say, _body: dict) -> None:
        written = record(actor, item)
        if written is None:
            say(NOT_YOURS)
            return
        reply = quote_text(written, 600)  # it names the people as the user wrote them
        actor.db.flush()
        step = follow_through.next_step_of(
            actor, item.entry, item.row, follow_through.person_of(actor, item.entry)
        )
        if step is None or item.entry.status != EntryStatus.OPEN.value:
            say(reply)
        else:  # the next step is one press away
            say(reply, [section(reply), *step_blocks(step, block_id=f"next_{step.entry_id}")])
        journal_changed(actor)

    record_step.__name__ = record.__name__
    return record_step


def register(app: App) -> None:
    app.action(ids.INTRO_STEP)(_recorder(follow_through.move_intro))
    app.action(ids.ASK_ANSWER)(_recorder(follow_through.answer))
    app.action(ids.PROMISE_DELIVERED)(_recorder(follow_through.deliver))
