"""`export` and `forget`: the user's data, as a file for them or gone for good."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from coaching.journal import render_journal
from handlers.actor import Actor, refresh_display_name
from handlers.views.blocks import context, message
from handlers.views.forget import forget_question
from storage import entries as entry_store
from storage.db import make_session_factory, transaction
from storage.relationships import relationships_of
from storage.uploads import remember_upload

log = logging.getLogger(__name__)

PREPARING = (
    ":hourglass_flowing_sand: Preparing your career journal — it'll arrive as a Markdown file "
    "in our DM in a moment."
)


def export(_command: object, actor: Actor) -> dict:
    markdown = journal_markdown(actor)
    client, user_id, today = actor.client, actor.user.user_id, actor.today
    remember = _remembering(actor)
    actor.later.append(lambda: send_journal(client, user_id, markdown, today, remember))
    return message(PREPARING, [context(PREPARING)])


def _remembering(actor: Actor) -> Callable[[list[str]], None]:
    """Record uploaded file ids in a transaction of their own (the upload runs after the
    listener's commit), so that "forget me" can delete the files from Slack later."""
    factory = make_session_factory(actor.db.get_bind())
    team_id, owner_id, now = actor.user.team_id, actor.user.id, actor.now

    def remember(file_ids: list[str]) -> None:
        with transaction(factory) as session:
            for file_id in file_ids:
                remember_upload(
                    session, team_id=team_id, owner_id=owner_id, file_id=file_id, now=now
                )

    return remember


def forget(_command: object, actor: Actor) -> dict:
    return forget_question()


def journal_markdown(actor: Actor) -> str:
    people: dict[int, str] = {}
    names: dict[str, str] = {}
    for relationship in relationships_of(actor.db, actor.user):
        refresh_display_name(actor, relationship)
        label = (
            relationship.display_name
            or relationship.counterpart_name
            or relationship.counterpart_user_id
            or "them"
        )
        people[relationship.id] = label
        if relationship.counterpart_user_id:
            names[relationship.counterpart_user_id] = label
    rows = entry_store.journal_entries(actor.db, actor.user)
    return render_journal(
        [entry_store.to_domain(row) for row in rows],
        people,
        tz=actor.tz,
        now=actor.now,
        goal=actor.user.goal,
        names=names,
    )


def send_journal(
    client: WebClient,
    user_id: str,
    markdown: str,
    today: date,
    remember: Callable[[list[str]], None] | None = None,
) -> None:
    """Upload the journal to the user's DM (after the reply went out and the transaction ended);
    `remember` gets the ids of the uploaded files."""
    dm = client.conversations_open(users=user_id)["channel"]["id"]
    filename = f"career-journal-{today.isoformat()}.md"
    try:
        response = client.files_upload_v2(
            channel=dm,
            content=markdown,
            filename=filename,
            title="Your career journal",
            initial_comment=(
                ":notebook: Your career journal — wins, asks and what came of them, feedback "
                "and introductions, by month and by person. Only you can see it."
            ),
        )
    except SlackApiError as error:
        log.warning("journal upload failed: %s", error.response.get("error"))
        client.chat_postMessage(
            channel=dm,
            text=(
                "Sorry — Slack didn't accept the journal file, so nothing was sent. "
                "Please try `/oneonone export` again in a moment."
            ),
        )
        return
    if remember is not None:
        files = response.get("files")
        remember([f["id"] for f in files or [] if isinstance(f, dict) and f.get("id")])


def delete_uploads(client: WebClient, file_ids: Sequence[str]) -> None:
    """Delete files the bot uploaded (after "forget me"); one that is already gone is fine."""
    for file_id in file_ids:
        try:
            client.files_delete(file=file_id)
        except SlackApiError as error:
            log.info("could not delete an uploaded file: %s", error.response.get("error"))
