"""Done, Dismiss and Undo on an entry."""

from __future__ import annotations

from slack_bolt import App

from coaching.model import EntryStatus
from handlers.actions.common import NOT_YOURS, int_value, owned_button
from handlers.actor import Actor
from handlers.follow_through import kept
from handlers.home_events import journal_changed
from handlers.views import ids
from handlers.views.labels import quote_text
from storage import entries as entry_store
from storage.models import Entry


def _owned_entry(actor: Actor, body: dict) -> Entry | None:
    entry_id = int_value(body)
    return entry_store.owned_entry(actor.db, actor.user, entry_id) if entry_id else None


def _change(status: EntryStatus | None, done_text: str):
    @owned_button(_owned_entry, NOT_YOURS)
    def change_entry(actor: Actor, entry: Entry, say, _body: dict) -> None:
        if status is None:
            actor.db.delete(entry)
        elif entry.status != status.value:
            entry_store.set_status(entry, status, now=actor.now)
            if status is EntryStatus.DONE:
                kept(actor, entry)
        say(f"{done_text} {quote_text(entry.text, 120)}")
        journal_changed(actor)

    return change_entry


def register(app: App) -> None:
    app.action(ids.ENTRY_DONE)(_change(EntryStatus.DONE, ":white_check_mark: Done:"))
    app.action(ids.ENTRY_DISMISS)(_change(EntryStatus.DISMISSED, ":wastebasket: Dismissed:"))
    app.action(ids.ENTRY_UNDO)(_change(None, ":leftwards_arrow_with_hook: Undone — removed:"))
