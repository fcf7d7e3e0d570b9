"""Nudges from a real `oneonone run` on the real clock: on time, once, across a restart."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests import signing
from tests.processes import BotProcess
from tests.slack.conftest import ALICE, DANA

pytestmark = pytest.mark.slow
NEW_YORK = ZoneInfo("America/New_York")
TICK = 1.0


def command(bot: BotProcess, text: str) -> dict:
    reply = bot.client.post(signing.slash_command(text, user=ALICE))
    assert reply.status == 200, reply.text
    return reply.json()


def next_minute(after: datetime) -> datetime:
    return (after + timedelta(minutes=1)).replace(second=0, microsecond=0)


def wait_until(instant: datetime) -> None:
    time.sleep(max(0.0, (instant - datetime.now(UTC)).total_seconds()))


def prep_cards(fake, person: str) -> list:
    return [c for c in fake.calls_to("chat.postMessage") if person in str(c.params.get("blocks"))]


def _await_zone(path, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.closing(sqlite3.connect(path)) as db:
            if db.execute("SELECT 1 FROM users WHERE tz_checked_at IS NOT NULL").fetchone():
                return
        time.sleep(0.05)
    raise AssertionError("the user's time zone was never read from Slack")


def test_once_meeting_gets_exactly_one_prep_card_on_time_even_across_a_restart(
    tmp_path, fake_slack
):
    fake_slack.add_user("UERIN0001", tz="America/New_York", name="erin")
    bot = BotProcess(
        tmp_path,
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=signing.SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}",
        ONEONONE_TICK_SECONDS=str(TICK),
    ).start()
    try:
        now = datetime.now(UTC)
        quiet_from = (now + timedelta(hours=12)).astimezone(NEW_YORK)
        quiet_to = quiet_from + timedelta(hours=1)
        command(bot, f"settings lead 1m quiet {quiet_from:%H:%M}-{quiet_to:%H:%M}")
        # A new user's zone is read from Slack just after their first reply; the times below are
        # New York times, so wait for it as a person typing the next command would.
        _await_zone(tmp_path / "bot.db")
        first_due = next_minute(now + timedelta(seconds=45))
        second_due = first_due + timedelta(minutes=1)
        for person, due in ((DANA, first_due), ("UERIN0001", second_due)):
            start = (due + timedelta(minutes=1)).astimezone(NEW_YORK)
            reply = command(bot, f"schedule <@{person}> once {start:%Y-%m-%d %H:%M}")
            assert "Scheduled" in reply["text"], reply["text"]

        # 1. On time: within a tick and two seconds of its due time, and only once.
        wait_until(first_due + timedelta(seconds=TICK + 2))
        (card,) = prep_cards(fake_slack, "Dana")
        late = card.wall - first_due.timestamp()
        assert -0.5 <= late <= TICK + 2, f"arrived {late:.2f}s after its due time"
        assert card.params["channel"] == "D" + ALICE[1:]

        # 2. Stopped just before the next one is due, started again just after: still one.
        wait_until(second_due - timedelta(seconds=3))
        assert bot.stop() == 0
        assert prep_cards(fake_slack, "Erin") == []
        wait_until(second_due + timedelta(seconds=3))
        bot.start()
        time.sleep(TICK + 3)
        assert len(prep_cards(fake_slack, "Erin")) == 1
        assert len(prep_cards(fake_slack, "Dana")) == 1
    finally:
        bot.stop()
