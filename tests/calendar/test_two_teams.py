"""Two workspaces' calendars in one database (issue 10's one workspace per installation, the
calendar poll included): a bot's dispatcher reads only its own team's calendars."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import select

from bot.fake_slack import TEAM_ID
from storage import calendars as calendar_store
from storage.db import make_session_factory, transaction
from storage.models import Calendar
from storage.secret_box import seal
from storage.users import ensure_user
from tests.calendar.conftest import FEED, KEY, connect
from tests.calendar.feeds import START, alice_feed

TEAM_B, BEA = "T0000BBBB", "UBEA00001"
BEA_FEED = "/bea/private-77e1d0/basic.ics"


def test_the_calendar_poll_reads_only_its_own_teams_calendars(
    alice, dispatcher, clock, fake_slack, feed_server, sqlite_engine
):
    feed_server.serve(FEED, alice_feed())
    feed_server.serve(BEA_FEED, alice_feed())
    clock.current = START
    connect(alice, fake_slack, feed_server)  # Alice, in this bot's workspace
    factory = make_session_factory(sqlite_engine)
    with transaction(factory) as session:  # Bea, in another workspace on the same database
        bea = ensure_user(session, TEAM_B, BEA, now=clock())
        secret = json.dumps({"url": feed_server.url(BEA_FEED), "username": None, "password": None})
        calendar_store.connect(
            session, bea, kind="ics", secret=seal(KEY, secret), label="bea", now=clock()
        )

    clock.current += timedelta(minutes=11)  # both calendars are due a read
    dispatcher.tick()
    assert feed_server.statuses(FEED) == [200, 304]  # Alice's: read again
    assert feed_server.statuses(BEA_FEED) == []  # Bea's: left to her own workspace's bot
    with transaction(factory) as session:
        beas = session.scalars(select(Calendar).where(Calendar.team_id == TEAM_B)).one()
        assert (beas.claimed_by, beas.body) == (None, None)
        alices = session.scalars(select(Calendar).where(Calendar.team_id == TEAM_ID)).one()
        assert alices.body is not None
