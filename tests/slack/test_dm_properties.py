"""Property: whatever a person DMs the bot, it is logged or answered helpfully — never a 5xx,
never silence, never the apology of a crashed listener."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handlers.errors import SORRY
from tests.blocks import assert_valid_message
from tests.properties import examples
from tests.slack.capture_helpers import dm, entries, wait_until
from tests.slack.conftest import ALICE, DANA

PREFIXES = ["", "ask:", "gave:", "win:", "followup:", "note:", "agenda:", "help", "prep", "ASK :"]
PIECES = st.sampled_from(
    [f"<@{DANA}>", f"<@{DANA}|dana>", "@dana", "<#C123|general>", "<https://x.y|link>", "&lt;"]
)
TEXT = st.builds(
    lambda prefix, body, extra: f"{prefix}{body}{extra}",
    st.sampled_from(PREFIXES),
    st.text(max_size=120),
    st.one_of(st.just(""), PIECES.map(lambda p: " " + p)),
)


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXT)
def test_any_dm_is_logged_or_answered_helpfully(text, http_bot, fake_slack, sqlite_engine):
    from tests import signing

    logged_before = len(entries(sqlite_engine))
    calls_before = len(fake_slack.calls)
    reply = http_bot.post(signing.event(dm(ALICE, text)))
    assert reply.status == 200, reply.status
    [answer] = [
        c
        for c in fake_slack.wait_for_new(calls_before, ("chat.postMessage",))
        if c.params.get("channel") == ALICE
    ]
    assert_valid_message(answer.params)
    said = answer.params["text"]
    assert SORRY not in said
    helpful = "Try:" in said or "/oneonone" in said or "1:1" in said
    if not helpful:  # then it was logged (the listener commits just after it replies)
        assert "Logged" in said or "Added" in said, (text, said)
        wait_until(lambda: len(entries(sqlite_engine)) > logged_before)
