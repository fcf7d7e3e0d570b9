"""Emoji reactions: 📌 logs a follow-up, 🏆 a win, ✅ on the bot's follow-up message closes it.

The entry keeps the message's text, permalink and — when its author is one of the user's
counterparts — that relationship. Removing the reaction undoes it; the same reaction twice logs
once (unique on owner, channel, ts, kind). When Slack rate-limits the read, the entry is stored
at once with a placeholder and `handlers.capture.backfill` fills the text in later.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from coaching.model import EntryKind, EntrySource, EntryStatus
from coaching.oversharing import scan
from handlers.actor import Actor, load_actor
from handlers.capture.replies import ephemeral_or_dm
from handlers.capture.slack_reads import Read, permalink, read_message
from handlers.home_events import journal_changed
from handlers.payload import row_id
from handlers.unit_of_work import listener
from handlers.views import ids
from handlers.views.blocks import message, section
from handlers.views.entries import confirmation
from handlers.views.labels import quote_text
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


@listener
def reaction_added(body: dict, event: dict, context: BoltContext, client: WebClient) -> None:
    _on_reaction(event, context, client, added=True)


@listener
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
            _close_followup(load_actor(context, client), item, done=added)
        return
    kind = KINDS.get(name)
    if kind is None:
        return
    actor = load_actor(context, client)
    if added:
        _log(actor, client, item, kind, author=event.get("item_user"))
    else:
        _unlog(actor, client, item, kind)
    journal_changed(actor)


def _log(
    actor: Actor, client: WebClient, item: tuple[str, str], kind: EntryKind, *, author: str | None
) -> None:
    channel, ts = item
    if entry_store.entry_from_source(actor.db, actor.user, channel=channel, ts=ts, kind=kind):
        return  # already logged: the same reaction twice logs once
    read = read_message(client, channel, ts)
    entry = entry_store.add_entry(
        actor.db,
        actor.user,
        kind=kind,
        text=_text(read),
        now=actor.now,
        relationship_id=_counterpart_id(actor, read.author or author),
        source=EntrySource.REACTION,
        source_channel=channel,
        source_ts=ts,
        permalink=permalink(client, channel, ts),
        text_pending=read.limited or read.unreachable,
        text_retry_at=actor.now + timedelta(seconds=read.retry_after or 60),
    )
    if entry is None:
        return
    relationship = _relationship(actor, entry.relationship_id)
    flags = scan(entry.text) if read.ok else []
    reply = confirmation(entry, relationship, flags, undo_action=ids.ENTRY_UNDO)
    ephemeral_or_dm(client, channel, actor.user.user_id, reply)


def _unlog(actor: Actor, client: WebClient, item: tuple[str, str], kind: EntryKind) -> None:
    channel, ts = item
    entry = entry_store.entry_from_source(actor.db, actor.user, channel=channel, ts=ts, kind=kind)
    if entry is None:
        return
    actor.db.delete(entry)
    text = (
        f":leftwards_arrow_with_hook: Reaction removed, so I removed: {quote_text(entry.text, 120)}"
    )
    ephemeral_or_dm(client, channel, actor.user.user_id, message(text, [section(text)]))


def _close_followup(actor: Actor, item: tuple[str, str], *, done: bool) -> None:
    """✅ on one of the bot's messages that shows exactly one of the user's follow-ups."""
    channel, ts = item
    read_blocks = _bot_message_entry_ids(actor.client, channel, ts)
    followups = [
        entry
        for entry_id in read_blocks
        if (entry := entry_store.owned_entry(actor.db, actor.user, entry_id)) is not None
        and entry.kind == EntryKind.FOLLOWUP.value
    ]
    if len(followups) != 1:
        if done:
            ephemeral_or_dm(
                actor.client, channel, actor.user.user_id, message(NOT_ONE_FOLLOWUP, [])
            )
        return
    entry = followups[0]
    if done and entry.status == EntryStatus.OPEN.value:
        entry_store.set_status(entry, EntryStatus.DONE, now=actor.now)
        text = f":white_check_mark: Done: {quote_text(entry.text, 120)}"
    elif not done and entry.status == EntryStatus.DONE.value:
        entry_store.set_status(entry, EntryStatus.OPEN, now=actor.now)
        text = f":leftwards_arrow_with_hook: Open again: {quote_text(entry.text, 120)}"
    else:
        return
    ephemeral_or_dm(actor.client, channel, actor.user.user_id, message(text, [section(text)]))
    journal_changed(actor)


def _bot_message_entry_ids(client: WebClient, channel: str, ts: str) -> list[int]:
    """Entry ids the bot's message carries on its Done / Dismiss / Undo buttons."""
    from slack_sdk.errors import SlackApiError, SlackClientError

    try:
        response = client.conversations_history(channel=channel, latest=ts, inclusive=True, limit=1)
    except (SlackApiError, SlackClientError, OSError):
        return []
    found = next((m for m in response.get("messages") or [] if m.get("ts") == ts), None)
    wanted = {ids.ENTRY_DONE, ids.ENTRY_DISMISS, ids.ENTRY_UNDO}
    entry_ids: set[int] = set()
    for block in (found or {}).get("blocks") or []:
        for element in [*(block.get("elements") or []), block.get("accessory") or {}]:
            entry_id = row_id(element.get("value"))
            if element.get("action_id") in wanted and entry_id is not None:
                entry_ids.add(entry_id)
    return sorted(entry_ids)


def _text(read: Read) -> str:
    if read.ok:
        return read.text or ""
    if read.limited or read.unreachable:
        return PENDING_TEXT
    return UNREADABLE_TEXT


def _counterpart_id(actor: Actor, author: str | None) -> int | None:
    """The relationship with the message's author, when they are already a counterpart."""
    if not author or author == actor.user.user_id:
        return None
    relationship = relationship_by_slack_user(actor.db, actor.user, author)
    return relationship.id if relationship else None


def _relationship(actor: Actor, relationship_id: int | None):
    from storage.relationships import owned_relationship

    return owned_relationship(actor.db, actor.user, relationship_id) if relationship_id else None


def register(app: App) -> None:
    app.event("reaction_added")(reaction_added)
    app.event("reaction_removed")(reaction_removed)
