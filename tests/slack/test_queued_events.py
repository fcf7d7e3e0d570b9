"""An event that waits in this process's event pool is late, not lost.

Review finding 1: the dispatcher replayed a DM still queued behind a burst (each replay adding
another copy and an attempt), gave up on it after three, and when the original finally ran it
found its inbox row dead and stored nothing — a DM Slack got 200 for, lost. Checked where it
lands: the entries in the database, the replies at the fake Slack, the inbox rows.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from handlers.inbox import replay_request
from services.inbox import replay_due
from storage.db import make_session_factory, transaction
from storage.models import InboxEvent
from tests.slack.capture_helpers import dm, entries, post_event, wait_until

pytestmark = pytest.mark.slow  # waits on a slowed-down fake Slack for ~4 s

USERS = [f"U0Q{i:06d}" for i in range(20)]


def test_a_dm_queued_behind_a_burst_is_stored_once_and_never_given_up(
    http_bot, bolt_app, fake_slack, sqlite_engine, clock
):
    factory = make_session_factory(sqlite_engine)
    for user in USERS:
        fake_slack.add_user(user, tz="Europe/Paris")
    # Slack is slow: each DM holds one of the 16 event threads, so the last four wait in line.
    fake_slack.slow_down("chat.postMessage", 2.0)
    for i, user in enumerate(USERS):
        post_event(http_bot, dm(user, f"win: thing {i}"), event_id=f"EvQ{i:04d}")
    for step in (11, 21, 41, 81):  # dispatcher ticks come and go while they wait
        clock.advance(timedelta(seconds=step))
        replay_due(factory, lambda body: bolt_app.dispatch(replay_request(body)), clock())

    wait_until(lambda: len(entries(sqlite_engine)) >= len(USERS), timeout=15)
    assert sorted(e.text for e in entries(sqlite_engine)) == sorted(
        f"thing {i}" for i in range(len(USERS))
    )
    replies = wait_until(
        lambda: len(calls := fake_slack.calls_to("chat.postMessage")) >= len(USERS) and calls,
        timeout=10,
    )
    assert sorted(call.params["channel"] for call in replies) == sorted(USERS)  # one each
    with transaction(factory) as session:
        rows = list(session.query(InboxEvent))
    assert {row.state for row in rows} == {"done"}
    assert {row.attempts for row in rows} == {0}  # waiting in line is not a failed attempt
