"""Emoji reactions: 📌 logs a follow-up, 🏆 a win, ✅ on the bot's follow-up message closes it.

The entry keeps the message's text, permalink and — when its author is one of the user's
counterparts — that relationship. Removing the reaction undoes it; the same reaction twice logs
once (unique on owner, channel, ts, kind). Slack is read before the transaction and never
waited on: when it rate-limits the read, the entry is stored at once with a placeholder and
`handlers.capture.backfill` fills the text in later; a rate-limited ✅ lookup leaves the event
for the dispatcher to replay. Confirmations go out after the commit.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from coaching.model import EntryKind, EntrySource, EntryStatus
from coaching.oversharing import scan_shown
from coaching.slacktext import mentioned_user_ids
from handlers.capture.replies import ephemeral_or_dm
from handlers.capture.slack_reads import DEFAULT_RETRY_AFTER, Read, permalink, read_message
from handlers.context import requester
from handlers.home_events import journal_changed
from handlers.payload import row_id
from handlers.unit_of_work import after, defer, event_listener, look, perform
from handlers.views import ids
from handlers.views.blocks import message, section, with_notes
from handlers.views.entries import confirmation
from handlers.views.labels import quote_text
from services.actor import Actor
from storage import entries as entry_store
from storage.relationships import relationship_by_slack_user

KINDS = {
    "pushpin": EntryKind.FOLLOWUP,
    "round_pushpin": EntryKind.FOLLOWUP,
    "trophy": EntryKind.WIN,
}
DONE = {"white_check_mark", "heavy_check_mark"}
PENDING_TEXT = "(message text on its way — Slack asked me to wait a moment)"
UNREADABLE_TEXT = "(a message I can't read — open the link to see it)"
NOT_ONE_FOLLOWUP = (
    "I couldn't tell which follow-up that :white_check_mark: was for. Use the *Done* button "
    "next to it, or `/oneonone followups`."
)


def reaction_name(event: dict[str, Any]) -> str:
    """`pushpin`, also for `pushpin::skin-tone-2`."""
    return str(event.get("reaction") or "").split("::", 1)[0]


def message_item(event: dict[str, Any]) -> tuple[str, str] | None:
    item = event.get("item") or {}
    if item.get("type") != "message" or not item.get("channel") or not item.get("ts"):
        return None
    return str(item["channel"]), str(item["ts"])


@event_listener
def reaction_added(body: dict, event: dict, context: BoltContext, client: WebClient) -> None:
    _on_reaction(event, context, client, added=True)


@event_listener
def reaction_removed(body: dict, event: dict, context: BoltContext, client: WebClient) -> None:
    _on_reaction(event, context, client, added=False)


def _on_reaction(event: dict, context: BoltContext, client: WebClient, *, added: bool) -> None:
    """📌 / 🏆 log (or, removed, unlog) the message; ✅ on the bot's own follow-up closes it."""
    item = message_item(event)
    if item is None or not event.get("user"):
        return
    name = reaction_name(event)
    if name in DONE:
        if event.get("item_user") == context.bot_user_id:
            _close_followup(context, client, item, done=added)
        return
    kind = KINDS.get(name)
    if kind is None:
        return
    if added:
        _log(context, client, item, kind, author=event.get("item_user"))
    else:
        _unlog(context, client, item, kind)


def _log(
    context: BoltContext,
    client: WebClient,
    item: tuple[str, str],
    kind: EntryKind,
    *,
    author: str | None,
) -> None:
    channel, ts = item

    def logged(actor: Actor) -> bool:
        found = entry_store.entry_from_source(
            actor.db, actor.user, channel=channel, ts=ts, kind=kind
        )
        return found is not None

    if look(context, logged):
        return  # already logged: the same reaction twice logs once, without asking Slack
    # Slack next, outside any transaction; neither read sleeps on a 429 (a limited text is
    # stored as a placeholder and filled in by handlers.capture.backfill).
    read = read_message(client, channel, ts)
    link = permalink(client, channel, ts)

    def work(actor: Actor) -> dict | None:
        journal_changed(actor)
        if entry_store.entry_from_source(actor.db, actor.user, channel=channel, ts=ts, kind=kind):
            return None  # already logged: the same reaction twice logs once
        entry = entry_store.add_entry(
            actor.db,
            actor.user,
            kind=kind,
            text=_text(read),
            now=actor.now,
            relationship_id=_counterpart_id(actor, read.author or author, read.text),
            source=EntrySource.REACTION,
            source_channel=channel,
            source_ts=ts,
            permalink=link,
            text_pending=read.limited or read.unreachable,
            text_retry_at=actor.now + timedelta(seconds=read.retry_after or 60),
        )
        if entry is None:
            return None
        relationship = _relationship(actor, entry.relationship_id)
        flags = scan_shown(entry.text) if read.ok else []
        return confirmation(entry, relationship, flags, undo_action=ids.ENTRY_UNDO)

    _reply_after(context, client, channel, perform(context, work))


def _unlog(context: BoltContext, client: WebClient, item: tuple[str, str], kind: EntryKind) -> None:
    channel, ts = item

    def work(actor: Actor) -> dict | None:
        journal_changed(actor)
        entry = entry_store.entry_from_source(
            actor.db, actor.user, channel=channel, ts=ts, kind=kind
        )
        if entry is None:
            return None
        actor.db.delete(entry)
        text = (
            ":leftwards_arrow_with_hook: Reaction removed, so I removed: "
            f"{quote_text(entry.text, 120)}"
        )
        return message(text, [section(text)])

    _reply_after(context, client, channel, perform(context, work))


def _close_followup(
    context: BoltContext, client: WebClient, item: tuple[str, str], *, done: bool
) -> None:
    """✅ on one of the bot's messages that shows exactly one of the user's follow-ups. The
    message is read first, outside any transaction; when Slack rate-limits the read, the
    event is left to the dispatcher to replay after Slack's Retry-After."""
    channel, ts = item
    entry_ids, retry_after = _bot_message_entry_ids(client, channel, ts)
    if retry_after is not None:
        defer(context, retry_after)
        return

    def work(actor: Actor) -> dict | None:
        followups = [
            entry
            for entry_id in entry_ids
            if (entry := entry_store.owned_entry(actor.db, actor.user, entry_id)) is not None
            and entry.kind == EntryKind.FOLLOWUP.value
        ]
        if len(followups) != 1:
            return message(NOT_ONE_FOLLOWUP, []) if done else None
        entry = followups[0]
        if done and entry.status == EntryStatus.OPEN.value:
            entry_store.set_status(entry, EntryStatus.DONE, now=actor.now)
            text = f":white_check_mark: Done: {quote_text(entry.text, 120)}"
        elif not done and entry.status == EntryStatus.DONE.value:
            entry_store.set_status(entry, EntryStatus.OPEN, now=actor.now)
            text = f":leftwards_arrow_with_hook: Open again: {quote_text(entry.text, 120)}"
        else:
            return None
        journal_changed(actor)
        return message(text, [section(text)])

    _reply_after(context, client, channel, perform(context, work))


def _reply_after(context: BoltContext, client: WebClient, channel: str, outcome) -> None:
    """The confirmation, now that the change is committed; then the after-commit work."""
    if outcome.reply is not None:
        reply = with_notes(outcome.reply, outcome.notes)
        ephemeral_or_dm(client, channel, requester(context).user_id, reply, context)
    after(context, client, outcome)


def _bot_message_entry_ids(
    client: WebClient, channel: str, ts: str
) -> tuple[list[int], int | None]:
    """Entry ids the bot's message carries on its Done / Dismiss / Undo buttons, and Slack's
    Retry-After when it rate-limited the read (None otherwise)."""
    from slack_sdk.errors import SlackApiError, SlackClientError

    try:
        response = client.conversations_history(channel=channel, latest=ts, inclusive=True, limit=1)
    except SlackApiError as error:
        if error.response.status_code == 429:
            retry_after = str(error.response.headers.get("Retry-After") or "")
            return [], int(retry_after) if retry_after.isdigit() else DEFAULT_RETRY_AFTER
        return [], None
    except (SlackClientError, OSError):
        return [], None
    found = next((m for m in response.get("messages") or [] if m.get("ts") == ts), None)
    wanted = {ids.ENTRY_DONE, ids.ENTRY_DISMISS, ids.ENTRY_UNDO}
    entry_ids: set[int] = set()
    for block in (found or {}).get("blocks") or []:
        for element in [*(block.get("elements") or []), block.get("accessory") or {}]:
            entry_id = row_id(element.get("value"))
            if element.get("action_id") in wanted and entry_id is not None:
                entry_ids.add(entry_id)
    return sorted(entry_ids), None


def _text(read: Read) -> str:
    if read.ok:
        return read.text or ""
    if read.limited or read.unreachable:
        return PENDING_TEXT
    return UNREADABLE_TEXT


def _counterpart_id(actor: Actor, author: str | None, text: str | None = None) -> int | None:
    """The relationship with the message's author when they are a counterpart; else with the
    first counterpart the message mentions ("@dana: can you send me the numbers")."""
    for user_id in [author, *mentioned_user_ids(text or "")]:
        if not user_id or user_id == actor.user.user_id:
            continue
        relationship = relationship_by_slack_user(actor.db, actor.user, user_id)
        if relationship is not None:
            return relationship.id
    return None


def _relationship(actor: Actor, relationship_id: int | None):
    from storage.relationships import owned_relationship

    return owned_relationship(actor.db, actor.user, relationship_id) if relationship_id else None


def register(app: App) -> None:
    app.event("reaction_added")(reaction_added)
    app.event("reaction_removed")(reaction_removed)
