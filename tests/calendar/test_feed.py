"""A calendar feed served over HTTP by the test: the right nudges for the right occurrences, and
nudges that follow the calendar when it changes (issue 14, must-show 1 and 3)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from storage.db import make_session_factory, transaction
from storage.models import MeetingSeries, Relationship
from tests.calendar.conftest import FEED, another_instance, connect, live, nudge_rows
from tests.calendar.feeds import (
    DANA_STARTS,
    SAM_STARTS,
    START,
    alice_feed,
    utc,
)
from tests.slack.conftest import ALICE, DANA

NEW_YORK = ZoneInfo("America/New_York")


def expected(starts) -> set[tuple]:
    return {(start, kind) for start in starts for kind in ("before:1h", "after")}


def test_the_feed_plans_nudges_for_exactly_the_right_occurrences_in_the_users_zone(
    alice, dispatcher, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    dm = connect(alice, fake_slack, feed_server)
    assert dm["channel"] == ALICE
    assert "Your calendar is connected" in dm["text"]
    assert f"1:1 with <@{DANA}>" in dm["text"] and "1:1 with Sam" in dm["text"]
    assert "1 group meeting" in str(dm["blocks"])

    # Planned 14 days ahead: Dana on 9 Mar (EST) and 16 Mar (EDT), Sam on 11 Mar.
    assert live(sqlite_engine) == expected(DANA_STARTS[:2]) | expected(SAM_STARTS)
    # The rest arrives as the clock moves on and the dispatcher polls and plans.
    for day in (utc(3, 22, 10), utc(4, 5, 10)):
        clock.current = day
        dispatcher.tick()
    assert live(sqlite_engine) == expected(DANA_STARTS) | expected(SAM_STARTS)

    # In Alice's zone every prep card is due at 09:00, on both sides of the DST change;
    # the moved one an hour before its new time, 15:00.
    before = {
        n.occurrence_start: n.due_at for n in nudge_rows(sqlite_engine) if n.kind == "before:1h"
    }
    local = {
        start: before[start].astimezone(NEW_YORK).strftime("%a %d %b %H:%M")
        for start in DANA_STARTS
    }
    assert local == {
        DANA_STARTS[0]: "Tue 09 Mar 09:00",
        DANA_STARTS[1]: "Tue 16 Mar 09:00",
        DANA_STARTS[2]: "Thu 25 Mar 15:00",
        DANA_STARTS[3]: "Tue 13 Apr 09:00",
    }

    # The check-in comes 15 minutes after each meeting ends: Sam's lasts 45 minutes.
    after = {n.occurrence_start: n.due_at for n in nudge_rows(sqlite_engine) if n.kind == "after"}
    assert after[DANA_STARTS[1]] == DANA_STARTS[1] + timedelta(minutes=45)
    assert after[SAM_STARTS[0]] == SAM_STARTS[0] + timedelta(minutes=60)

    # Dana typed and Dana from the calendar are one relationship; Sam is kept by name.
    with transaction(make_session_factory(sqlite_engine)) as session:
        people = {
            (r.counterpart_user_id, r.counterpart_name)
            for r in session.scalars(select(Relationship))
        }
        sources = set(session.scalars(select(MeetingSeries.source)))
    assert people == {(DANA, None), (None, "Sam")}
    assert sources == {"calendar"}


def test_an_unchanged_feed_is_fetched_conditionally(
    alice, dispatcher, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    connect(alice, fake_slack, feed_server)
    planned = live(sqlite_engine)
    clock.current += timedelta(minutes=11)
    dispatcher.tick()
    assert feed_server.statuses(FEED) == [200, 304]
    assert live(sqlite_engine) == planned


def test_moving_and_cancelling_in_the_feed_moves_and_cancels_nudges_and_nothing_is_sent_twice(
    alice, dispatcher, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    connect(alice, fake_slack, feed_server)

    # Dana moves Tuesday's 1:1 to Wednesday 11:00 (EST, 16:00Z): one poll later, so do the nudges.
    feed_server.serve(FEED, alice_feed(first_moved_to="20270310T110000"))
    clock.current += timedelta(minutes=10)
    dispatcher.tick()
    moved = utc(3, 10, 16)
    statuses = {(n.occurrence_start, n.kind): n.status for n in nudge_rows(sqlite_engine)}
    assert statuses[(DANA_STARTS[0], "before:1h")] == "cancelled"
    assert statuses[(moved, "before:1h")] == "pending"
    assert live(sqlite_engine) == expected([moved, DANA_STARTS[1]]) | expected(SAM_STARTS)

    # Then she cancels the one on the 16th.
    feed_server.serve(FEED, alice_feed(first_moved_to="20270310T110000", second_cancelled=True))
    clock.current += timedelta(minutes=10)
    dispatcher.tick()
    assert live(sqlite_engine) == expected([moved]) | expected(SAM_STARTS)

    # The clock runs through the week, polling on every tick: one card and one check-in per
    # meeting that happens, none for the old time, none twice.
    cards_before = len(fake_slack.calls_to("chat.postMessage"))
    for due in sorted(due for _, due in _due_times(sqlite_engine)):
        clock.current = due
        dispatcher.tick()
        dispatcher.tick()
    clock.current = utc(3, 17, 12)
    dispatcher.tick()
    sent = [c.params for c in fake_slack.calls_to("chat.postMessage")][cards_before:]
    dana_cards = [m for m in sent if "1:1 with Dana" in str(m.get("blocks"))]
    assert len(dana_cards) == 1
    assert "From your calendar" in str(dana_cards[0]["blocks"])
    kinds = sorted(
        (n.occurrence_start, n.kind) for n in nudge_rows(sqlite_engine) if n.status == "sent"
    )
    assert kinds == sorted(expected([moved]) | expected(SAM_STARTS))
    assert len(sent) == 4  # two prep cards and two check-ins: Dana (moved) and Sam


def _due_times(engine) -> list[tuple[int, object]]:
    return [(n.id, n.due_at) for n in nudge_rows(engine) if n.status == "pending"]


def test_two_instances_ticking_together_read_the_calendar_once(
    alice, dispatcher, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    clock.current = START
    connect(alice, fake_slack, feed_server)
    other = another_instance(dispatcher, "other-instance")
    for _ in range(3):
        clock.current += timedelta(minutes=11)
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(lambda d: d.tick(), [dispatcher, other]))
    assert len(feed_server.statuses(FEED)) == 1 + 3  # the first read, then one per poll
