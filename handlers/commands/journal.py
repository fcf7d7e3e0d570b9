"""`export` and `forget`: the user's data, as a file for them or gone for good."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from coaching.journal import render_journal
from handlers.profiles import users_info
from handlers.views.blocks import context, message
from handlers.views.forget import forget_question
from services import leverage as follow_through
from services.actor import Actor, refresh_display_name
from services.profiles import display_label
from services.uploads import remembering
from storage import entries as entry_store
from storage.relationships import relationships_of

log = logging.getLogger(__name__)

PREPARING = (
    ":hourglass_flowing_sand: Preparing your career journal — it'll arrive as a Markdown file "
    "in our DM in a moment."
)


def export(_command: object, actor: Actor) -> dict:
    """Answer at once; the file is written and uploaded after the commit, with any display
    name older than a day read from Slack first (so the file names people as Slack does)."""
    entries, people, names = journal_data(actor)
    steps = journal_steps(actor)
    stale = dict(actor.stale_names)
    user_id, today, tz, now, goal = (
        actor.user.user_id,
        actor.today,
        actor.tz,
        actor.now,
        actor.user.goal,
    )

    def send(client: WebClient) -> None:
        for relationship_id, slack_user in stale.items():
            profile = users_info(client, slack_user)
            label = display_label(profile) if profile else None
            if label:
                people[relationship_id] = names[slack_user] = label
        markdown = render_journal(
            entries, people, tz=tz, now=now, goal=goal, names=names, steps=steps
        )
        send_journal(client, user_id, markdown, today, remember)

    remember = remembering(actor)
    actor.later.append(send)
    return message(PREPARING, [context(PREPARING)])


def forget(_command: object, actor: Actor) -> dict:
    return forget_question()


def journal_markdown(actor: Actor) -> str:
    entries, people, names = journal_data(actor)
    return render_journal(
        entries,
        people,
        tz=actor.tz,
        now=actor.now,
        goal=actor.user.goal,
        names=names,
        steps=journal_steps(actor),
    )


def journal_data(actor: Actor) -> tuple[list, dict[int, str], dict[str, str]]:
    """The user's entries (domain values) and the labels of the people in them."""
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
    return [entry_store.to_domain(row) for row in rows], people, names


def journal_steps(actor: Actor) -> dict:
    """The dated follow-through steps of the journal's entries (intros, answers, promises)."""
    return follow_through.steps(actor, entry_store.journal_entries(actor.db, actor.user))


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
