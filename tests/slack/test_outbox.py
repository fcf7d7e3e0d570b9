"""A confirmation Slack refuses with a 429 is queued, not slept on, and the dispatcher posts it.

Counted at the fake Slack: one refused chat.postMessage from the listener (no retry inside
it), then exactly one more from the dispatcher's hook once Retry-After has passed.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.app import standard_hooks
from bot.config import Config
from bot.fake_slack import DROP
from bot.slack_client import make_web_client
from services import outbox
from storage.db import make_session_factory, transaction
from storage.models import OutboxPost
from tests.slack.capture_helpers import (
    QUEUED_REPLY,
    dm,
    entries,
    post_event,
    queued_reply,
    wait_until,
)
from tests.slack.conftest import ALICE


def _queued(factory) -> list[OutboxPost]:
    with transaction(factory) as session:
        return list(session.scalars(select(OutboxPost)))


def test_a_rate_limited_confirmation_is_posted_later_by_the_dispatcher(
    http_bot, bolt_app, fake_slack, sqlite_engine, clock
):
    factory = make_session_factory(sqlite_engine)
    fake_slack.fail("chat.postMessage", status=429, retry_after=20, times=1)
    post_event(http_bot, dm(ALICE, "note: the roadmap review went well"))
    [refused] = fake_slack.wait_for("chat.postMessage")
    assert "roadmap review" in refused.params["text"]
    [queued] = wait_until(lambda: _queued(factory))
    assert (queued.user_id, queued.due_at) == (ALICE, clock() + timedelta(seconds=20))
    assert [e.text for e in entries(sqlite_engine)] == ["the roadmap review went well"]

    config = Config(bot_token="xoxb-test", signing_secret="x", slack_api_url=fake_slack.api_url)
    send_queued = standard_hooks(factory, make_web_client(config), bolt_app)[1]
    assert send_queued(clock() + timedelta(seconds=5)) == 0  # not before Retry-After
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert send_queued(clock() + timedelta(seconds=21)) == 1
    posts = fake_slack.calls_to("chat.postMessage")
    assert len(posts) == 2 and posts[1].params["channel"] == "D" + ALICE[1:]
    assert "roadmap review" in posts[1].params["text"]
    with transaction(factory) as session:
        assert session.scalar(select(func.count()).select_from(OutboxPost)) == 0
    assert send_queued(clock() + timedelta(minutes=5)) == 0
    assert len(fake_slack.calls_to("chat.postMessage")) == 2


@pytest.mark.parametrize("answer", [503, DROP], ids=["503", "dropped-connection"])
def test_a_queued_reply_slack_took_but_whose_answer_was_lost_is_posted_once(
    answer, bolt_app, fake_slack, sqlite_engine, clock
):
    factory = make_session_factory(sqlite_engine)
    after = timedelta(seconds=20)
    send_queued = queued_reply(fake_slack, bolt_app, sqlite_engine, ALICE, clock(), after=after)
    fake_slack.fail("chat.postMessage", status=answer, times=1, after_work=True)
    assert send_queued(clock() + timedelta(seconds=21)) == 0  # posted, but we never heard
    assert len(_queued(factory)) == 1  # kept, to be checked: not dropped, not re-sent blind
    assert send_queued(clock() + outbox.UNREACHABLE_BACKOFF * 2) == 1  # found in the DM
    assert [m["text"] for m in fake_slack.posted["D" + ALICE[1:]]] == [QUEUED_REPLY]
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert fake_slack.calls_to("conversations.history")
    assert _queued(factory) == []
