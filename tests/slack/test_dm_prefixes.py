"""DMs that pick their kind the ways people actually type it (issue 15 item 5), and a DM far
over the limit answered at once without holding anyone else up (issue 10)."""

from __future__ import annotations

import pytest

from tests.slack.capture_helpers import dm, entries, post_event, wait_until
from tests.slack.conftest import ALICE, BOB

PREFIXED = [
    ("WIN - fixed the flaky ledger test", "win", "fixed the flaky ledger test"),
    ("🏆 win: shipped the onboarding revamp", "win", "shipped the onboarding revamp"),
    ("🏆 shipped the onboarding revamp", "win", "shipped the onboarding revamp"),
    (":trophy: shipped the onboarding revamp", "win", "shipped the onboarding revamp"),
    ("Win: closed the Q3 audit", "win", "closed the Q3 audit"),
    ("WIN: closed the Q3 audit", "win", "closed the Q3 audit"),
    ("win - closed the Q3 audit", "win", "closed the Q3 audit"),
    ("📌 send Dana the capacity numbers", "followup", "send Dana the capacity numbers"),
    ("📌 followup: send Dana the numbers", "followup", "send Dana the numbers"),
    ("Follow-up - send Dana the numbers", "followup", "send Dana the numbers"),
    ("🙏 can you review my design doc", "ask", "can you review my design doc"),
    ("ASK: intro to the data platform lead", "ask", "intro to the data platform lead"),
    ("win-win deal with the vendor", "note", "win-win deal with the vendor"),
    ("Re: budget for the offsite", "note", "Re: budget for the offsite"),
]


@pytest.mark.parametrize(("text", "kind", "stored"), PREFIXED)
def test_common_prefixes_and_emoji_pick_the_kind(
    alice, http_bot, fake_slack, sqlite_engine, text, kind, stored
):
    post_event(http_bot, dm(ALICE, text))
    [row] = wait_until(lambda: entries(sqlite_engine))
    assert (row.kind, row.text) == (kind, stored)
    [reply] = fake_slack.wait_for("chat.postMessage")
    assert reply.params["channel"] == ALICE


def test_a_40000_letter_dm_is_answered_and_nobody_waits_on_it(
    alice, bob, http_bot, fake_slack, sqlite_engine
):
    """Alice's reply is held unanswered at the fake Slack while Bob logs a note: Bob's command
    is answered and saved all the same, so nothing Bob does waits on Alice's message (how fast
    each is answered is `bench/front.py`'s figure, not a test's bound)."""
    fake_slack.hold("chat.postMessage")
    post_event(http_bot, dm(ALICE, "a" * 40_000))
    [held] = fake_slack.wait_for("chat.postMessage", timeout=5)
    assert bob.command("log note: paired with Dana on the rollout")["text"]
    assert [row.user_id for row in _owners(sqlite_engine)] == [BOB]
    assert held.params["channel"] == ALICE
    assert "40,000 characters" in held.params["text"]
    fake_slack.release("chat.postMessage")


def _owners(engine):
    from storage.db import make_session_factory
    from storage.models import User

    with make_session_factory(engine)() as session:
        owner_ids = {row.owner_id for row in entries(engine)}
        return [session.get(User, owner_id) for owner_id in sorted(owner_ids)]
