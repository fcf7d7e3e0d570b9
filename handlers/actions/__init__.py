"""Button and modal listeners. Every id a button carries is checked against the verified
requester before anything is read or changed."""

from __future__ import annotations

from slack_bolt import App


def register(app: App) -> None:
    from handlers.actions import (
        after_meeting,
        calendar,
        entries,
        entry_modal,
        forget,
        leverage,
        nudges,
        series,
    )

    calendar.register(app)
    entries.register(app)
    forget.register(app)
    series.register(app)
    entry_modal.register(app)
    nudges.register(app)
    leverage.register(app)
    after_meeting.register(app)
