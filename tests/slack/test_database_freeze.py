"""A PostgreSQL server that freezes (answers nothing, but is not down): commands get the polite
"nothing was saved" (the request's own deadline answers, inside Slack's 3 s), `/healthz` turns
503, and all resumes on thaw. No test here times an answer: a frozen database with no deadline
would not answer at all, which the client's own timeout turns into a failure; the figures are
`bench/front.py`'s.

The server is frozen by pausing a TCP proxy in front of it (tests/pgproxy.py).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.app import build_app
from bot.server import make_server
from bot.slack_client import make_web_client
from storage.db import REQUEST_DEADLINE_S, make_engine, make_session_factory, transaction
from storage.health import DatabaseMonitor
from storage.models import MeetingSeries
from tests.conftest import config_for
from tests.harness import HttpBot
from tests.nudges.seed import seed_due_nudges
from tests.pgproxy import FreezableProxy
from tests.processes import BotProcess
from tests.signing import SIGNING_SECRET
from tests.slack.conftest import ALICE, DANA, SlackUser

pytestmark = pytest.mark.postgres
DOWN = "couldn't reach my database"
HEALTH_GUARD_S = 20.0


class FrozenWorld:
    def __init__(self, bot: HttpBot, user: SlackUser, proxy: FreezableProxy, engine) -> None:
        self.bot, self.user, self.proxy, self.engine = bot, user, proxy, engine

    def command(self, text: str) -> str:
        reply = self.user.raw_command(text)
        assert reply.status == 200, (reply.status, reply.text)
        return reply.json()["text"]

    def wait_for_health(self, status: int) -> None:
        """Poll /healthz until it says `status` (a generous guard, not a bound on the probe)."""
        deadline = time.monotonic() + HEALTH_GUARD_S
        while time.monotonic() < deadline:
            if self.bot.get("/healthz").status == status:
                return
            time.sleep(0.05)
        raise AssertionError(f"/healthz never said {status} in {HEALTH_GUARD_S} s")

    def series_count(self) -> int:
        with transaction(make_session_factory(self.engine)) as session:
            return session.scalar(select(func.count()).select_from(MeetingSeries))


@pytest.fixture
def frozen_world(postgres_url, postgres_engine, fake_slack, clock) -> Iterator[FrozenWorld]:
    proxy = FreezableProxy.for_url(postgres_url).start()
    engine = make_engine(proxy.url(postgres_url))
    monitor = DatabaseMonitor(engine).start()
    app = build_app(
        client=make_web_client(config_for(fake_slack)),
        signing_secret=SIGNING_SECRET,
        session_factory=make_session_factory(engine, deadline=REQUEST_DEADLINE_S),
        clock=clock,
        database_health=monitor.healthy,
    )
    bot = HttpBot(make_server(app, host="127.0.0.1", port=0, health=monitor.healthy)).start()
    try:
        yield FrozenWorld(bot, SlackUser(bot, fake_slack, ALICE), proxy, postgres_engine)
    finally:
        proxy.thaw()
        bot.stop()
        monitor.stop()
        proxy.stop()
        engine.dispose()


def test_the_request_deadline_is_inside_slacks_three_seconds():
    """What makes a frozen database's reply come in time: every request's session gives up at
    this deadline and answers politely (the tests below show that it does)."""
    assert REQUEST_DEADLINE_S < 3.0


def test_a_short_freeze_gets_polite_replies_saves_nothing_and_recovers(frozen_world):
    world = frozen_world
    assert "Scheduled" in world.command(f"schedule <@{DANA}> weekly tue 10:00")
    assert world.series_count() == 1
    world.proxy.freeze()
    # Before the health probe has noticed, the request's own deadline answers.
    text = world.command("schedule <@UERIN0001> weekly wed 11:00")
    assert DOWN in text and "nothing was saved" in text
    world.wait_for_health(503)
    # Once it has: turned away at the door.
    with ThreadPoolExecutor(4) as pool:
        replies = list(
            pool.map(world.command, [f"schedule <@UFRAN000{i}> weekly thu 09:00" for i in range(4)])
        )
    assert all(DOWN in text for text in replies), replies
    world.proxy.thaw()
    world.wait_for_health(200)
    assert "Scheduled" in world.command("schedule <@UGUS00001> weekly fri 15:00")
    assert world.series_count() == 2  # the refused ones were not saved, even after the thaw


def days_away(days: int) -> str:
    """A weekday `days` from today: the running bot reads the real clock, and a 1:1 set for today
    (in any user's time zone) would have its own prep nudge fall due during the test."""
    return f"{datetime.now(UTC) + timedelta(days=days):%a}".lower()


def nudge_dms(fake) -> list[int]:
    return [
        c.params["metadata"]["event_payload"]["nudge_id"]
        for c in fake.calls_to("chat.postMessage")
        if c.params.get("metadata")
    ]


@pytest.mark.slow
def test_a_30_second_freeze_under_a_running_bot(
    tmp_path, postgres_url, postgres_engine, fake_slack
):
    """Issue 9, must-show 8, against `oneonone run`: one command a second through the freeze."""
    proxy = FreezableProxy.for_url(postgres_url).start()
    bot = BotProcess(
        tmp_path,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        DATABASE_URL=proxy.url(postgres_url),
        ONEONONE_TICK_SECONDS="1",
    ).start()
    world = FrozenWorld(
        bot.client, SlackUser(bot.client, fake_slack, ALICE), proxy, postgres_engine
    )
    try:
        assert "Scheduled" in world.command(f"schedule <@{DANA}> weekly {days_away(3)} 10:00")
        (due_in_freeze,) = seed_due_nudges(
            postgres_engine, count=1, due_at=datetime.now(UTC) + timedelta(seconds=5), users=1
        )
        proxy.freeze()
        frozen_at = time.monotonic()
        with ThreadPoolExecutor(1) as health:
            noticed = health.submit(world.wait_for_health, 503)
            replies = []
            for i in range(30):
                replies.append(
                    world.command(f"schedule <@UPEER{i:04d}> weekly {days_away(4)} 11:00")
                )
                time.sleep(max(0.0, frozen_at + i + 1 - time.monotonic()))
            noticed.result()
        assert all(DOWN in text for text in replies), [t for t in replies if DOWN not in t]
        proxy.thaw()
        world.wait_for_health(200)
        assert "Scheduled" in world.command(f"schedule <@UGUS00001> weekly {days_away(3)} 15:00")
        assert world.series_count() == 3  # none of the 30 refused commands was saved
        # The nudge that fell due during the freeze goes out after it, once.
        deadline = time.monotonic() + 15
        while not nudge_dms(fake_slack) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(3)  # time for a duplicate to show up
        assert nudge_dms(fake_slack) == [due_in_freeze]
    finally:
        proxy.thaw()
        bot.stop()
        proxy.stop()
