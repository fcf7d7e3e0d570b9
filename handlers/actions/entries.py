"""Done, Dismiss and Undo on an entry."""

from __future__ import annotations

from slack_bolt import App

from coaching.model import EntryStatus
from handlers.actions.common import NOT_YOURS, action_value, int_value, owned_button
from handlers.home_events import journal_changed
from handlers.payload import row_id
from handlers.views import ids
from handlers.views.labels import quote_text
from services.actor import Actor
from services.leverage import kept
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


def _agenda_entries(actor: Actor, body: dict) -> tuple[Entry, Entry | None] | None:
    """`<old id>` or `<old id>|<new id>` from an agenda Undo button, both owned by the user."""
    old_value, _, new_value = action_value(body).partition("|")
    old_id, new_id = row_id(old_value), row_id(new_value)
    if old_id is None or (new_value and new_id is None):
        return None
    old = entry_store.owned_entry(actor.db, actor.user, old_id)
    new = entry_store.owned_entry(actor.db, actor.user, new_id) if new_id else None
    if old is None or (new_id and new is None):
        return None
    return old, new


@owned_button(_agenda_entries, NOT_YOURS)
def undo_agenda_change(actor: Actor, pair: tuple[Entry, Entry | None], say, _body: dict) -> None:
    """Bring back the point an edit or a removal replaced."""
    old, new = pair
    if new is not None:
        actor.db.delete(new)
    entry_store.set_status(old, EntryStatus.OPEN, now=actor.now)
    say(f":leftwards_arrow_with_hook: Back on your talking points: {quote_text(old.text, 120)}")
    journal_changed(actor)


def register(app: App) -> None:
    app.action(ids.ENTRY_DONE)(_change(EntryStatus.DONE, ":white_check_mark: Done:"))
    app.action(ids.ENTRY_DISMISS)(_change(EntryStatus.DISMISSED, ":wastebasket: Dismissed:"))
    app.action(ids.ENTRY_UNDO)(_change(None, ":leftwards_arrow_with_hook: Undone — removed:"))
    app.action(ids.AGENDA_UNDO)(undo_agenda_change)
