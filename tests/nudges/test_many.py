"""Many nudges at once: several processes on one PostgreSQL, and Slack rate-limiting us."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from storage.db import make_session_factory, transaction
from storage.models import Nudge
from tests import signing
from tests.nudges.seed import seed_due_nudges
from tests.processes import BotProcess


def delivered_ids(fake) -> Counter:
    """Nudge ids of the DMs Slack accepted (rate-limited calls never reach `posted`)."""
    with fake._lock:
        messages = [m for channel in fake.posted.values() for m in channel]
    return Counter(
        m["metadata"]["event_payload"]["nudge_id"] for m in messages if m.get("metadata")
    )


def status_counts(engine) -> dict[str, int]:
    with transaction(make_session_factory(engine)) as session:
        rows = session.execute(select(Nudge.status, func.count()).group_by(Nudge.status))
        return dict(rows.all())


@pytest.mark.postgres
@pytest.mark.slow
def test_two_instances_on_postgres_deliver_1000_nudges_exactly_once(
    tmp_path, fake_slack, postgres_url, postgres_engine
):
    env = dict(
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=signing.SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        DATABASE_URL=postgres_url,
        ONEONONE_TICK_SECONDS="1",
    )
    bots = [BotProcess(tmp_path, **env).start() for _ in range(2)]
    try:
        ids = seed_due_nudges(postgres_engine, count=1000, due_at=datetime.now(UTC))
        started = time.monotonic()
        deadline = time.monotonic() + 180
        while sum(delivered_ids(fake_slack).values()) < 1000 and time.monotonic() < deadline:
            time.sleep(0.5)
        print(f"1000 nudges delivered in {time.monotonic() - started:.1f} s")
        time.sleep(3)  # time for any duplicate to show up
    finally:
        for bot in bots:
            bot.stop()
    delivered = delivered_ids(fake_slack)
    assert set(delivered) == set(ids)
    assert max(delivered.values()) == 1, "a nudge was delivered twice"
    assert status_counts(postgres_engine) == {"sent": 1000}
    with transaction(make_session_factory(postgres_engine)) as session:
        shares = session.execute(select(Nudge.claimed_by, func.count()).group_by(Nudge.claimed_by))
        print("nudges per instance:", sorted(count for _, count in shares.all()))


def test_every_nudge_goes_out_once_when_a_fifth_of_posts_are_rate_limited(
    dispatcher, fake_slack, clock, sqlite_engine
):
    ids = seed_due_nudges(sqlite_engine, count=300, due_at=clock())
    fake_slack.fail("chat.postMessage", status=429, retry_after=1, times=None, fraction=0.2)
    for _ in range(60):
        dispatcher.tick()
        if sum(delivered_ids(fake_slack).values()) >= 300:
            break
        clock.advance(timedelta(seconds=1))
    rejected = len(fake_slack.calls_to("chat.postMessage")) - 300
    assert rejected > 20, "the fake should have rate-limited a fifth of the posts"
    delivered = delivered_ids(fake_slack)
    assert set(delivered) == set(ids) and max(delivered.values()) == 1
    assert status_counts(sqlite_engine) == {"sent": 300}
