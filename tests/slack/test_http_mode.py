"""The real app over real HTTP: signatures, help, health, and Slack's retries."""

from __future__ import annotations

import time

from slack_bolt import BoltContext

from handlers.unit_of_work import event_listener
from tests import signing


def test_signed_help_returns_usage_ephemerally(http_bot):
    reply = http_bot.post(signing.slash_command("help"))
    assert reply.status == 200
    payload = reply.json()
    assert payload["response_type"] == "ephemeral"
    assert "/oneonone prep" in payload["text"]
    assert any(b["type"] == "header" for b in payload["blocks"])


def test_empty_command_is_help(http_bot):
    payload = http_bot.post(signing.slash_command("")).json()
    assert "/oneonone prep" in payload["text"]
    assert "don't know" not in payload["text"]


def test_unknown_subcommand_suggests_the_nearest(http_bot):
    payload = http_bot.post(signing.slash_command("preo @dana")).json()
    assert payload["response_type"] == "ephemeral"
    assert "I don't know the command `preo`" in payload["text"]
    assert "Did you mean `prep`?" in payload["text"]
    assert "/oneonone schedule" in payload["text"], "the usage follows"


def test_wrong_signature_is_refused(http_bot):
    request = signing.slash_command("help", secret="not-the-secret")
    assert http_bot.post(request).status == 401


def test_stale_timestamp_is_refused(http_bot):
    request = signing.slash_command("help", timestamp=int(time.time()) - 6 * 60)
    assert http_bot.post(request).status == 401


def test_healthz(http_bot):
    reply = http_bot.get("/healthz")
    assert reply.status == 200
    assert reply.text.strip() == "ok"


def test_other_paths_are_404(http_bot):
    assert http_bot.get("/nope").status == 404


def test_event_retried_by_slack_is_handled_once(bolt_app, http_bot):
    handled: list[str] = []

    @event_listener
    def count(body: dict, context: BoltContext) -> None:
        handled.append(body["event_id"])

    bolt_app.event("app_mention")(count)
    event = {
        "type": "app_mention",
        "user": "UALICE001",
        "text": "hi",
        "ts": "1.1",
        "channel": "C1",
        "event_ts": "1.1",
    }
    first = http_bot.post(signing.event(event, event_id="Ev0001"))
    retry = http_bot.post(signing.event(event, event_id="Ev0001", retry_num=1))
    other = http_bot.post(signing.event(event, event_id="Ev0002"))
    assert (first.status, retry.status, other.status) == (200, 200, 200)
    deadline = time.monotonic() + 5
    while len(handled) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    assert handled == ["Ev0001", "Ev0002"]
