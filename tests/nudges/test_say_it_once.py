"""Say it once, counted where it lands: a prep card marks a flag as shown only once Slack has
the card (review finding 8). A card whose post failed must not use up the one full showing,
or the retried card would carry only the short marker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from storage.db import make_session_factory, transaction
from storage.models import Entry
from tests.slack.conftest import DANA

WED_9AM_NY = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
HOUR_BEFORE = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)  # 14:00 New York, 1h before 15:00


def _noted_at(engine) -> datetime | None:
    with transaction(make_session_factory(engine)) as session:
        entry = session.scalars(select(Entry).where(Entry.text.contains("surgery"))).one()
        return entry.flag_noted_at


def test_a_failed_card_does_not_use_up_the_full_flag(
    alice, dispatcher, clock, fake_slack, sqlite_engine
):
    clock.current = WED_9AM_NY
    alice.command(f"schedule <@{DANA}> once 2026-12-03 15:00")
    alice.command(f"agenda <@{DANA}> I've been exhausted since my surgery")
    with transaction(make_session_factory(sqlite_engine)) as session:  # never shown yet
        session.execute(update(Entry).values(flag_noted_at=None))

    clock.current = HOUR_BEFORE
    fake_slack.fail("chat.postMessage", status=500, retry_after=None, times=1)
    dispatcher.tick()
    assert len(fake_slack.calls_to("chat.postMessage")) == 1  # the failed card
    assert _noted_at(sqlite_engine) is None

    clock.current += timedelta(minutes=10)
    dispatcher.tick()
    posts = fake_slack.calls_to("chat.postMessage")
    assert len(posts) == 2
    card = str(posts[1].params.get("blocks"))
    assert "surgery" in card and "lighter load" in card  # the flag in full, on the card Slack has
    assert _noted_at(sqlite_engine) == clock.current
