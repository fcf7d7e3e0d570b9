"""Found by the slow fuzz run: a signed button press whose response_url is not a web address
made the private reply raise inside the listener (urllib: "unknown url type"), a traceback in
the log. Slack's response_urls are always https://hooks.slack.com/…; any other is ignored
before Bolt reads the payload, with a quiet 200 and nothing posted."""

from __future__ import annotations

import logging

import pytest

from tests import signing


@pytest.mark.parametrize("url", ["not a url", "ftp://hooks.example/x", "javascript:alert(1)"])
def test_a_button_press_with_a_forged_response_url_is_ignored(
    http_bot, fake_slack, caplog, url: str
) -> None:
    before = len(fake_slack.calls)
    with caplog.at_level(logging.INFO):
        reply = http_bot.post(signing.block_action("entry_undo", "1", response_url=url))
    assert reply.status == 200
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert "unexpected shape" in caplog.text
    assert fake_slack.calls[before:] == []
