"""Many nudges at once: several processes on one PostgreSQL, Slack rate-limiting us or losing
its answers."""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.dispatcher import BACKOFF
from bot.fake_slack import DROP
from storage.db import make_session_factory, transaction
from storage.models import Nudge
from tests import signing
from tests.nudges.seed import seed_due_nudges
from tests.processes import BotProcess

TICK = 1.0


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


def postgres_bots(tmp_path, fake_slack, postgres_url, count: int = 2) -> list[BotProcess]:
    env = dict(
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=signing.SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        DATABASE_URL=postgres_url,
        ONEONONE_TICK_SECONDS=str(TICK),
    )
    return [BotProcess(tmp_path, **env).start() for _ in range(count)]


def claims_by_pid(engine, pid: int) -> int:
    with transaction(make_session_factory(engine)) as session:
        return session.scalar(
            select(func.count()).where(
                Nudge.status == "sending", Nudge.claimed_by.contains(f":{pid}:")
            )
        )


@pytest.mark.postgres
@pytest.mark.slow
def test_an_instance_killed_mid_burst_loses_and_doubles_nothing_and_is_taken_over_in_seconds(
    tmp_path, fake_slack, postgres_url, postgres_engine
):
    fake_slack.slow_down("chat.postMessage", 0.05)  # a burst long enough to die in
    bots = postgres_bots(tmp_path, fake_slack, postgres_url)
    try:
        # Due on a whole minute (the seeded 1:1s start on whole minutes), one minute ahead.
        due = (datetime.now(UTC) + timedelta(seconds=62)).replace(second=0, microsecond=0)
        ids = seed_due_nudges(
            postgres_engine, count=200, due_at=due, users=200, lead=timedelta(minutes=1)
        )
        time.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds()))
        deadline = time.monotonic() + 10
        victim, in_flight = None, 0
        while victim is None and time.monotonic() < deadline:
            if sum(delivered_ids(fake_slack).values()) >= 30:
                held = {b: claims_by_pid(postgres_engine, b.process.pid) for b in bots}
                victim, in_flight = max(held.items(), key=lambda item: item[1])
                if in_flight < 4:  # between two batches: wait for it to hold some
                    victim = None
            time.sleep(0.01)
        assert victim is not None, "no instance was mid-burst"
        victim.kill()  # right away: the claims it held a moment ago are mostly still held
        killed_after = time.time() - due.timestamp()
        print(f"killed an instance holding {in_flight} claims at due + {killed_after:.1f} s")
        deadline = time.monotonic() + 60
        while sum(delivered_ids(fake_slack).values()) < 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2 * TICK + 1)  # time for any duplicate to show up
    finally:
        for bot in bots:
            if bot.process.poll() is None:
                bot.stop()
    delivered = delivered_ids(fake_slack)
    assert set(delivered) == set(ids), f"{len(set(ids) - set(delivered))} nudges lost"
    assert max(delivered.values()) == 1, "a nudge was delivered twice"
    assert status_counts(postgres_engine) == {"sent": 200}
    posts = [c for c in fake_slack.calls_to("chat.postMessage") if c.params.get("metadata")]
    last = max(c.wall for c in posts) - due.timestamp()
    print(f"last of 200 delivered at due + {last:.1f} s (bound: 2 ticks + 5 s = {2 * TICK + 5} s)")
    assert last <= 2 * TICK + 5


@pytest.mark.postgres
@pytest.mark.slow
def test_two_instances_on_postgres_deliver_1000_nudges_exactly_once(
    tmp_path, fake_slack, postgres_url, postgres_engine
):
    bots = postgres_bots(tmp_path, fake_slack, postgres_url)
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


#: Burst sizes: the quick run's is big enough for the fake to fail ~20 of the posts; the full
#: sizes of issue 9's must-shows (300 and 200) run with the slow set.
QUICK_BURST = 100
FULL_BURST = pytest.param(300, marks=pytest.mark.slow, id="300")
FULL_USERS = pytest.param(200, marks=pytest.mark.slow, id="200")


@pytest.mark.parametrize("count", [QUICK_BURST, FULL_BURST])
def test_every_nudge_goes_out_once_when_a_fifth_of_posts_are_rate_limited(
    count, dispatcher, fake_slack, clock, sqlite_engine
):
    ids = seed_due_nudges(sqlite_engine, count=count, due_at=clock())
    fake_slack.fail("chat.postMessage", status=429, retry_after=1, times=None, fraction=0.2)
    for _ in range(60):
        dispatcher.tick()
        if sum(delivered_ids(fake_slack).values()) >= count:
            break
        clock.advance(timedelta(seconds=1))
    rejected = len(fake_slack.calls_to("chat.postMessage")) - count
    assert rejected > count // 15, "the fake should have rate-limited a fifth of the posts"
    delivered = delivered_ids(fake_slack)
    assert set(delivered) == set(ids) and max(delivered.values()) == 1
    assert status_counts(sqlite_engine) == {"sent": count}


@pytest.mark.parametrize("users", [QUICK_BURST, FULL_USERS])
@pytest.mark.parametrize("answer", [503, DROP], ids=["503", "dropped-connection"])
def test_every_user_gets_exactly_one_dm_when_slack_loses_a_fifth_of_its_answers(
    answer, users, dispatcher, fake_slack, clock, sqlite_engine
):
    """Slack stores the post, then answers 503 or drops the connection: a blind re-send would
    double those DMs; reading the DM first does not."""
    ids = seed_due_nudges(sqlite_engine, count=users, due_at=clock(), users=users)
    fake_slack.fail("chat.postMessage", status=answer, times=None, fraction=0.2, after_work=True)
    for _ in range(10):
        dispatcher.tick()
        if status_counts(sqlite_engine) == {"sent": users}:
            break
        clock.advance(BACKOFF * 2)
    with fake_slack._lock:
        per_user = {channel: len(messages) for channel, messages in fake_slack.posted.items()}
    assert len(per_user) == users and set(per_user.values()) == {1}
    assert set(delivered_ids(fake_slack)) == set(ids)
    assert status_counts(sqlite_engine) == {"sent": users}
    assert len(fake_slack.calls_to("chat.postMessage")) == users, "a post was sent again"
    lost_answers_checked = len(fake_slack.calls_to("conversations.history"))
    assert lost_answers_checked > users // 10  # the lost answers were checked
