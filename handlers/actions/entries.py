"""Done, Dismiss and Undo on an entry."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient

from coaching.model import EntryStatus
from handlers.actions.common import NOT_YOURS, int_value, reply_privately
from handlers.actor import load_actor
from handlers.unit_of_work import listener
from handlers.views import ids
from handlers.views.labels import quote_text
from storage import entries as entry_store


def _change(status: EntryStatus | None, done_text: str):
    @listener
    def change(
        ack: Ack, body: dict, context: BoltContext, client: WebClient, respond: Respond
    ) -> None:
        ack()
        actor = load_actor(context, client)
        entry_id = int_value(body)
        entry = entry_store.owned_entry(actor.db, actor.user, entry_id) if entry_id else None
        if entry is None:
            reply_privately(respond, client, actor.user.user_id, NOT_YOURS)
            return
        if status is None:
            actor.db.delete(entry)
        elif entry.status != status.value:
            entry_store.set_status(entry, status, now=actor.now)
        reply_privately(
            respond, client, actor.user.user_id, f"{done_text} {quote_text(entry.text, 120)}"
        )
        from handlers.home_events import journal_changed

        journal_changed(actor)

    return change


def register(app: App) -> None:
    app.action(ids.ENTRY_DONE)(_change(EntryStatus.DONE, ":white_check_mark: Done:"))
    app.action(ids.ENTRY_DISMISS)(_change(EntryStatus.DISMISSED, ":wastebasket: Dismissed:"))
    app.action(ids.ENTRY_UNDO)(_change(None, ":leftwards_arrow_with_hook: Undone — removed:"))
