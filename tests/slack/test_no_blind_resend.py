"""A post whose answer was a 5xx or a dropped connection may have landed: it is never re-sent
blind (review finding 2). Counted at the fake Slack: one 503 on a DM confirmation is one
chat.postMessage, not two; reads are still retried, since asking twice doubles nothing.
"""

from __future__ import annotations

import pytest
from slack_sdk.errors import SlackApiError

from bot.slack_client import make_web_client
from services import outbox
from tests.conftest import config_for
from tests.slack.capture_helpers import dm, entries, post_event, queued_reply, wait_until
from tests.slack.conftest import ALICE


def test_a_dm_confirmation_answered_503_is_posted_once(
    http_bot, fake_slack, sqlite_engine, backoffs, caplog
):
    fake_slack.add_user(ALICE, tz="Europe/Paris")
    fake_slack.fail("chat.postMessage", status=503, retry_after=None, times=1)
    post_event(http_bot, dm(ALICE, "win: shipped the thing"))
    wait_until(lambda: entries(sqlite_engine))
    fake_slack.wait_for("chat.postMessage")
    # The backoff is noted, not slept (the `backoffs` fixture), so a re-send would come at once,
    # before the listener gives up on the confirmation and says so.
    wait_until(lambda: "event listener failed with SlackApiError" in caplog.text)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    assert backoffs == []


@pytest.mark.parametrize("method", ["chat.postMessage", "chat.postEphemeral"])
def test_the_shared_client_never_resends_a_post_but_retries_a_read(fake_slack, method, backoffs):
    client = make_web_client(config_for(fake_slack), sleep=backoffs.append)
    fake_slack.fail(method, status=503, retry_after=None, times=1)
    with pytest.raises(SlackApiError):
        client.api_call(method, json={"channel": ALICE, "user": ALICE, "text": "Logged."})
    assert len(fake_slack.calls_to(method)) == 1

    fake_slack.add_user(ALICE, tz="Europe/Paris")
    fake_slack.fail("users.info", status=503, retry_after=None, times=1)
    assert client.users_info(user=ALICE)["user"]["tz"] == "Europe/Paris"
    assert len(fake_slack.calls_to("users.info")) == 2
    assert len(backoffs) == 1  # the read, once; the post not at all


def test_a_queued_reply_answered_503_is_posted_once(fake_slack, bolt_app, sqlite_engine, clock):
    after = outbox.UNREACHABLE_BACKOFF
    send_queued = queued_reply(fake_slack, bolt_app, sqlite_engine, ALICE, clock(), after=after)
    fake_slack.fail("chat.postMessage", status=503, retry_after=None, times=1)
    send_queued(clock() + outbox.UNREACHABLE_BACKOFF * 2)
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
