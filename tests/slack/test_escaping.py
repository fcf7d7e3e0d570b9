"""Text written by the user or a colleague reaches every view escaped (issue 10, Must show 3):
a captured `<!here>` or `<https://x|y>` never becomes a live ping or a spoofed link — in the
capture replies, the lists, the prep card (also as the scheduled DM), App Home, the check-in
after the meeting, or an error that echoes what was typed. Checked at the fake Slack."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tests import signing
from tests.nudges.conftest import dispatcher  # noqa: F401  (shared fixture)
from tests.slack.capture_helpers import CHANNEL, dm, entries, post_event, reaction, wait_until
from tests.slack.conftest import ALICE, DANA

WED_9AM_NY = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
TUE_10AM_NY = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
SPOOF = "<https://evil.example|https://intranet/q3>"
LIVE = ("<!here>", "<!channel>", "<https://evil.example", "<#C0GENERAL")


def _everything_shown(fake_slack, replies: list[dict]) -> str:
    """Every payload the bot sent anywhere, as one JSON string (texts, blocks, views), less
    `plain_text` objects: Slack shows those character for character, so nothing there is live."""
    calls = [c.params for c in fake_slack.calls if c.method != "upload"]
    return json.dumps(_without_plain_text(calls + replies), ensure_ascii=False)


def _without_plain_text(node):
    if isinstance(node, dict):
        if node.get("type") == "plain_text":
            return None
        return {key: _without_plain_text(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_without_plain_text(value) for value in node]
    return node


def test_captured_here_and_spoofed_links_are_escaped_in_every_view(
    alice,
    http_bot,
    fake_slack,
    sqlite_engine,
    clock,
    dispatcher,  # noqa: F811
):
    clock.current = WED_9AM_NY
    replies: list[dict] = []
    # A 1:1 with Dana, and one with somebody typed as a name that is an @here.
    replies.append(alice.command(f"schedule <@{DANA}> weekly tue 10:00"))
    replies.append(alice.command("schedule @<!here> weekly wed 11:00"))
    # Colleague text captured by 🏆 and 📌, exactly as Slack stores it.
    fake_slack.add_message(CHANNEL, "1700000100.000100", f"<!here> we shipped {SPOOF}", user=DANA)
    fake_slack.add_message(
        CHANNEL, "1700000100.000200", f"<!channel> send {SPOOF} by fri", user=DANA
    )
    post_event(http_bot, reaction(ALICE, "trophy", "1700000100.000100", author=DANA))
    post_event(http_bot, reaction(ALICE, "pushpin", "1700000100.000200", author=DANA))
    # The user's own text, typed literally (Slack escapes what the user types).
    post_event(http_bot, dm(ALICE, f"ask: &lt;!here&gt; can <@{DANA}> review {SPOOF}"))
    wait_until(lambda: len(entries(sqlite_engine)) == 3)
    replies.append(alice.command(f"agenda <@{DANA}> &lt;!here&gt; about &lt;#C0GENERAL&gt;"))
    replies.append(alice.command("goal &lt;!channel&gt; lead the data platform team"))
    # Every view that shows those texts.
    for text in ("followups", f"history <@{DANA}>", "history @<!here>", "list", f"prep <@{DANA}>"):
        replies.append(alice.command(text))
    replies.append(alice.command("prep @<!here>"))
    # Errors that echo what was typed.
    replies.append(alice.command("&lt;!here&gt;"))
    replies.append(alice.command(f"schedule <@{DANA}> weekly &lt;!here&gt; 10:00"))
    replies.append(alice.command("settings quiet &lt;!channel&gt;"))
    # App Home, then the scheduled DMs before and after the meeting.
    home = {"type": "app_home_opened", "user": ALICE, "channel": "D0HOME", "tab": "home"}
    post_event(http_bot, home)
    fake_slack.wait_for("views.publish")
    clock.current = TUE_10AM_NY - timedelta(hours=1)
    assert dispatcher.tick() == 1
    clock.current = TUE_10AM_NY + timedelta(minutes=45)
    assert dispatcher.tick() == 1

    shown = _everything_shown(fake_slack, replies)
    for live in LIVE:
        at = shown.find(live)
        assert at < 0, shown[max(0, at - 300) : at + 100]
    # Not vacuous: each text did reach the views, escaped.
    for escaped in ("&lt;!here&gt;", "&lt;!channel&gt;", "&lt;https://evil.example|"):
        assert escaped in shown, escaped
    nudges = [c.params for c in fake_slack.calls_to("chat.postMessage") if "metadata" in c.params]
    prep_dm = nudges[0]  # the prep card before the 1:1 (the check-in after it comes second)
    assert "&lt;https://evil.example|https://intranet/q3&gt;" in json.dumps(prep_dm["blocks"])
    assert f"<@{DANA}>" in json.dumps(prep_dm), "a real mention stays a mention"
    assert "&lt;!here&gt;" in json.dumps(fake_slack.calls_to("views.publish")[-1].params)


def test_an_unknown_command_echo_is_escaped(http_bot):
    payload = http_bot.post(signing.slash_command("&lt;!here&gt; please")).json()
    assert "<!here>" not in json.dumps(payload)
    assert "&lt;!here&gt;" in payload["text"]
