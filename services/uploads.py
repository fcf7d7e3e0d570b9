"""Files the bot uploads for a user (the exported journal) are remembered, so that "forget me"
can delete them from Slack as well."""

from __future__ import annotations

from collections.abc import Callable

from services.actor import Actor
from storage.db import make_session_factory, transaction
from storage.uploads import remember_upload


def remembering(actor: Actor) -> Callable[[list[str]], None]:
    """A callback for after the upload (which runs after the listener's commit): it records
    the uploaded file ids in a transaction of its own."""
    factory = make_session_factory(actor.db.get_bind())
    team_id, owner_id, now = actor.user.team_id, actor.user.id, actor.now

    def remember(file_ids: list[str]) -> None:
        with transaction(factory) as session:
            for file_id in file_ids:
                remember_upload(
                    session, team_id=team_id, owner_id=owner_id, file_id=file_id, now=now
                )

    return remember
