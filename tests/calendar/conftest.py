"""Calendar fixtures: the feed server, the operator's settings, and Alice connected to a feed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select

from bot.app import nudge_views, standard_hooks
from bot.dispatcher import Dispatcher
from storage.db import make_session_factory, transaction
from storage.models import Nudge
from tests.blocks import assert_valid_message
from tests.calendar.feed_server import FeedServer
from tests.nudges.conftest import dispatcher  # noqa: F401  (shared fixture)
from tests.slack.conftest import alice, bob  # noqa: F401  (shared fixtures)

KEY = Fernet.generate_key().decode()
#: Alice's feed; its path is the secret part of the address.
FEED = "/alice/private-3f9a7c/basic.ics"


@pytest.fixture(autouse=True)
def calendar_env(monkeypatch) -> None:
    """The operator's settings the tests run with: a key, and the feed server on 127.0.0.1."""
    monkeypatch.setenv("ONEONONE_SECRET_KEY", KEY)
    monkeypatch.setenv("ONEONONE_CALENDAR_ALLOW_PRIVATE", "1")


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer().start()
    yield server
    server.stop()


def another_instance(first: Dispatcher, name: str) -> Dispatcher:
    """A second dispatcher on the same database and Slack, reading the settings as they are
    now (as a freshly started instance would)."""
    return Dispatcher(
        session_factory=first.session_factory,
        client=first.client,
        clock=first.clock,
        views=nudge_views(),
        instance=name,
        hooks=standard_hooks(first.session_factory, first.client),
    )


def connect(user, fake_slack, feed_server, path: str = FEED) -> dict:
    """`/oneonone calendar <address>` as `user`; the DM that follows the first read."""
    before = len(fake_slack.calls_to("chat.postMessage"))
    reply = user.command(f"calendar <{feed_server.url(path)}>")
    assert "Connecting your calendar" in reply["text"], reply["text"]
    (dm,) = fake_slack.wait_for("chat.postMessage", before + 1)[before:]
    assert_valid_message(dm.params)
    return dm.params


def nudge_rows(engine) -> list[Nudge]:
    with transaction(make_session_factory(engine)) as session:
        return list(session.scalars(select(Nudge).order_by(Nudge.occurrence_start, Nudge.kind)))


def live(engine) -> set[tuple]:
    """(occurrence start, kind) of every nudge that is planned or done, not cancelled."""
    return {(n.occurrence_start, n.kind) for n in nudge_rows(engine) if n.status != "cancelled"}
