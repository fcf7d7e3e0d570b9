"""A new user's time zone is read once, shared by the reply and the refresh after it: a plain
command never waits for it, a first time-bearing command waits a bounded time (issue 15), and
what was scheduled before we knew the zone moves to the real one (review findings 4 and 5).

Effects are checked where they land: the series and nudge rows in the database, the calls at
the fake Slack.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from handlers.commands.first_zone import holding_reply
from storage.db import make_session_factory, transaction
from storage.models import MeetingSeries, Nudge
from tests import signing
from tests.slack.capture_helpers import wait_until
from tests.slack.conftest import ALICE

NEWCOMER = "U0NEW0001"


def _series_zones(engine) -> list[str]:
    with transaction(make_session_factory(engine)) as session:
        return [row.tz for row in session.scalars(select(MeetingSeries))]


def _pending_starts(engine) -> set[datetime]:
    with transaction(make_session_factory(engine)) as session:
        return {
            row.occurrence_start
            for row in session.scalars(select(Nudge).where(Nudge.status == "pending"))
        }


def test_a_schedule_made_after_forget_moves_to_the_real_zone(alice, fake_slack, sqlite_engine):
    fake_slack.add_user(ALICE, tz="America/Los_Angeles")
    alice.command("help")  # first contact: the zone is read after the reply
    wait_until(lambda: fake_slack.calls_to("users.info"))
    alice.command("forget")
    alice.press("forget_confirm", "me")
    alice.command("schedule <@UDANA0001> weekly tue 10:00")
    # Forgotten means new: the zone is read again and the series follows it.
    wait_until(lambda: _series_zones(sqlite_engine) == ["America/Los_Angeles"])
    starts = wait_until(lambda: _pending_starts(sqlite_engine))
    local = {s.astimezone(UTC).hour for s in starts}
    assert local == {18}  # 10:00 in Los Angeles (PST, UTC-8) is 18:00 UTC


def test_first_contact_acks_while_users_info_has_not_answered(http_bot, fake_slack, sqlite_engine):
    """A plain command acks at once. A new user's first time-bearing command waits a bounded
    time for the zone read (issue 15), then acks with a holding line, and runs in the real zone
    once Slack answers. Slack's users.info is held unanswered throughout the acks, so both
    replies prove they did not wait for it (no clock: the speed is `bench/ack.py`'s job)."""
    fake_slack.add_user(NEWCOMER, tz="Europe/Paris")
    fake_slack.hold("users.info")
    replies = {}
    for text in ("schedule <@UDANA0001> weekly tue 10:00", "help"):
        reply = http_bot.post(
            signing.slash_command(
                text, user=NEWCOMER, response_url=fake_slack.url + "response_url/c"
            )
        )
        assert reply.status == 200, reply.text
        replies[text.split()[0]] = reply.json()["text"]
    assert fake_slack.calls_to("users.info"), "the zone read had started"
    assert _series_zones(sqlite_engine) == [], "nothing is saved before the zone is known"
    assert holding_reply()["text"] in replies["schedule"]
    assert "/oneonone" in replies["help"]
    fake_slack.release("users.info")
    # Once the zone lands, the held schedule is made in Paris: 10:00 CET is 09:00 UTC.
    wait_until(lambda: _series_zones(sqlite_engine) == ["Europe/Paris"], timeout=8)
    starts = wait_until(lambda: _pending_starts(sqlite_engine))
    assert {s.astimezone(UTC).hour for s in starts} == {9}
