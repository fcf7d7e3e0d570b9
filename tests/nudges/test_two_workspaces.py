"""Two workspaces' bots on one PostgreSQL database (issue 10, Must show 1): each plans and sends
only its own team's nudges and backfills only its own entries, with its own token."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.app import build_app, nudge_views, standard_hooks
from bot.dispatcher import Dispatcher
from bot.fake_slack import TEAM_ID, FakeSlack
from bot.server import make_server
from bot.slack_client import make_web_client, team_of
from handlers.capture.reactions import PENDING_TEXT
from storage.db import make_session_factory, transaction
from storage.models import Entry, Nudge, User
from storage.users import find_user
from tests import signing
from tests.conftest import config_for
from tests.harness import Clock, HttpBot
from tests.slack.capture_helpers import reaction, wait_until

pytestmark = pytest.mark.postgres

TEAM_B = "T0000BBBB"
ALICE, BEA, DANA = "UALICE001", "UBEA00001", "UDANA0001"
WED_9AM_NY = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
TUE_10AM_NY = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
CHANNEL, TS = "C0SHARED", "1700000100.000200"


class Workspace:
    """One installation: its own fake Slack (its own team and token), app and dispatcher."""

    def __init__(self, team_id: str, user: str, engine, clock: Clock) -> None:
        self.fake = FakeSlack(team_id=team_id).start()
        self.fake.now_fn = lambda: clock().timestamp()
        self.fake.add_user(user, tz="America/New_York", name=user.lower())
        self.fake.add_user(DANA, tz="America/New_York", name="dana")
        self.user, self.team_id, self.engine = user, team_id, engine
        config = config_for(self.fake)
        factory = make_session_factory(engine)
        app = build_app(
            client=make_web_client(config),
            signing_secret=config.signing_secret,
            session_factory=factory,
            clock=clock,
        )
        self.bot = HttpBot(make_server(app, host="127.0.0.1", port=0)).start()
        client = make_web_client(config, wait_on_rate_limit=False)
        team = team_of(client)  # what `oneonone run` does at start
        self.dispatcher = Dispatcher(
            session_factory=factory,
            client=client,
            clock=clock,
            views=nudge_views(),
            instance=f"instance-{team_id}",
            hooks=standard_hooks(factory, client, app, team),
            team_id=team,
        )

    def command(self, text: str) -> None:
        reply = self.bot.post(signing.slash_command(text, user=self.user, team=self.team_id))
        assert reply.status == 200, reply.text
        # A new user's zone is read from Slack just after the first reply; wait for it, as a
        # person typing the next command would (their series then moves to that zone).
        wait_until(lambda: self._zone_read(), timeout=5)

    def _zone_read(self) -> bool:
        with transaction(make_session_factory(self.engine)) as session:
            user = find_user(session, self.team_id, self.user)
            return user is None or user.tz_checked_at is not None

    def react_while_rate_limited(self) -> None:
        """A 📌 whose message Slack will not read yet: the entry waits with a placeholder."""
        self.fake.fail("conversations.history", status=429, retry_after=1)
        event = reaction(self.user, "pushpin", TS, channel=CHANNEL, author=DANA)
        assert self.bot.post(signing.event(event, team=self.team_id)).status == 200
        self.fake.wait_for("chat.postEphemeral")

    def dms(self) -> list[dict]:
        return [call.params for call in self.fake.calls_to("chat.postMessage")]

    def stop(self) -> None:
        self.bot.stop()
        self.fake.stop()


@pytest.fixture
def two_workspaces(postgres_engine) -> Iterator[tuple[Workspace, Workspace, Clock]]:
    clock = Clock(WED_9AM_NY)
    a = Workspace(TEAM_ID, ALICE, postgres_engine, clock)
    b = Workspace(TEAM_B, BEA, postgres_engine, clock)
    yield a, b, clock
    a.stop()
    b.stop()


def _rows(engine, model) -> list:
    with transaction(make_session_factory(engine)) as session:
        return list(session.scalars(select(model).order_by(model.id)))


def test_each_bot_sends_only_its_own_teams_nudges(two_workspaces, postgres_engine):
    a, b, clock = two_workspaces
    a.command(f"schedule <@{DANA}> weekly tue 10:00")
    b.command(f"schedule <@{DANA}> weekly tue 10:00")
    with transaction(make_session_factory(postgres_engine)) as session:
        owners = {user.id: user.team_id for user in session.scalars(select(User))}
    due = [n for n in _rows(postgres_engine, Nudge) if n.occurrence_start == TUE_10AM_NY]
    assert sorted(owners[n.owner_id] for n in due if n.kind == "before:1h") == [TEAM_B, TEAM_ID]

    clock.current = TUE_10AM_NY - timedelta(hours=1)
    assert b.dispatcher.tick() == 1
    assert [dm["channel"] for dm in b.dms()] == ["D" + BEA[1:]]
    assert a.dms() == [], "B's tick sent nothing through A's workspace"
    sent = {
        (owners[n.owner_id], n.status)
        for n in _rows(postgres_engine, Nudge)
        if n.kind == "before:1h" and n.occurrence_start == TUE_10AM_NY
    }
    assert sent == {(TEAM_ID, "pending"), (TEAM_B, "sent")}, "A's nudge waits for A's bot"

    assert a.dispatcher.tick() == 1
    assert [dm["channel"] for dm in a.dms()] == ["D" + ALICE[1:]]
    assert len(b.dms()) == 1, "A's tick sent nothing through B's workspace"


def test_each_bot_backfills_only_its_own_entries(two_workspaces, postgres_engine):
    a, b, clock = two_workspaces
    # The same channel id and ts in both workspaces, with different words: a mix-up would show.
    a.fake.add_message(CHANNEL, TS, "A: budget numbers for Q3", user=DANA)
    b.fake.add_message(CHANNEL, TS, "B: hiring plan for the spring", user=DANA)
    a.react_while_rate_limited()
    b.react_while_rate_limited()
    wait_until(lambda: len(_rows(postgres_engine, Entry)) == 2)
    assert {e.text for e in _rows(postgres_engine, Entry)} == {PENDING_TEXT}

    clock.advance(timedelta(seconds=2))
    b.dispatcher.tick()
    texts = {e.team_id: (e.text, e.text_pending) for e in _rows(postgres_engine, Entry)}
    assert texts == {
        TEAM_ID: (PENDING_TEXT, True),
        TEAM_B: ("B: hiring plan for the spring", False),
    }
    assert len(a.fake.calls_to("conversations.history")) == 1, "only A's own first try"

    a.dispatcher.tick()
    texts = {e.team_id: e.text for e in _rows(postgres_engine, Entry)}
    assert texts == {TEAM_ID: "A: budget numbers for Q3", TEAM_B: "B: hiring plan for the spring"}
