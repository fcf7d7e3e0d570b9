"""What happens after the user changes their journal: App Home is refreshed (issue 6)."""

from __future__ import annotations

from handlers.actor import Actor


def journal_changed(actor: Actor) -> None:
    """Hook: App Home re-publishes here once it exists."""
