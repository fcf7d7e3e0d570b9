"""The HTTP front against a real waitress `make_server` on 127.0.0.1 (issue 10, Must show 2):
big bodies refused before anything reads them, bad signatures logged without the body, and
`/healthz` reachable while many slow clients hold connections open."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time

import pytest
from sqlalchemy import func, select

from bot.server import MAX_BODY, make_server
from storage.db import make_session_factory, transaction
from storage.models import User
from tests import signing
from tests.harness import HttpBot, post_head_only, post_unsigned

TEN_MB = 10 * 1024 * 1024
BODY = b"x" * TEN_MB  # one shared buffer, allocated before any memory reading


def _rss_bytes() -> int:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) * 1024


def test_a_ten_megabyte_unsigned_body_gets_413_before_a_byte_of_it_is_sent(http_bot):
    """Refused on its Content-Length alone: no byte of the body is ever sent, so the answer
    cannot have waited to read it (how fast it comes is `bench/front.py`'s figure)."""
    assert post_head_only(http_bot.port, TEN_MB) == b"HTTP/1.1 413 Request Entity Too Large"


def test_six_ten_megabyte_bodies_at_once_leave_memory_flat(http_bot):
    post_unsigned(http_bot.port, BODY)  # warm up waitress' buffers once
    before = _rss_bytes()
    answers: list[bytes] = []
    threads = [
        threading.Thread(target=lambda: answers.append(post_unsigned(http_bot.port, BODY)[0]))
        for _ in range(6)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    grown = _rss_bytes() - before
    assert answers == [b"HTTP/1.1 413 Request Entity Too Large"] * 6
    assert grown < 16 * 1024 * 1024, f"RSS grew {grown / 1e6:.1f} MB for 60 MB posted"
    assert http_bot.get("/healthz").status == 200


def test_a_body_just_over_the_limit_is_refused_even_when_chunked(http_bot):
    with socket.create_connection(("127.0.0.1", http_bot.port), timeout=10) as sock:
        chunk = b"y" * 65536
        sock.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Type: application/json\r\n\r\n"
        )
        with contextlib.suppress(OSError):
            for _ in range(MAX_BODY // len(chunk) + 2):
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        assert sock.recv(64).startswith(b"HTTP/1.1 413")


def test_a_bad_signature_is_one_line_with_no_user_text(http_bot, caplog):
    secret_words = "my salary is 91k\nINFO forged: admin logged in"
    request = signing.slash_command(f"log note: {secret_words}", secret="not-the-secret")
    with caplog.at_level(logging.DEBUG):
        reply = http_bot.post(request)
    assert reply.status == 401
    refused = [r for r in caplog.records if "Slack signature" in r.getMessage()]
    assert len(refused) == 1 and "\n" not in refused[0].getMessage()
    for record in caplog.records:
        text = record.getMessage()
        assert "salary" not in text and "forged" not in text, text
    assert "salary" not in caplog.text


def test_a_timestamp_that_is_no_number_is_refused_not_a_500(http_bot):
    request = signing.slash_command("help")
    headers = dict(request.headers, **{"X-Slack-Request-Timestamp": "soon"})
    assert http_bot.request("POST", "/slack/events", request.body, headers).status == 401


def test_healthz_answers_while_110_slow_connections_are_open(http_bot):
    slow: list[socket.socket] = []
    try:
        for _ in range(110):
            sock = socket.create_connection(("127.0.0.1", http_bot.port), timeout=5)
            sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le")
            slow.append(sock)
        time.sleep(0.2)  # let waitress accept them all
        started = time.monotonic()
        reply = http_bot.get("/healthz")
        assert reply.status == 200
        assert time.monotonic() - started < 2.0
        signed = http_bot.post(signing.slash_command("help"))
        assert signed.status == 200 and "/oneonone prep" in signed.json()["text"]
    finally:
        for sock in slow:
            sock.close()


@pytest.mark.slow
def test_a_connection_that_goes_quiet_is_closed_after_the_channel_timeout(bolt_app):
    bot = HttpBot(
        make_server(bolt_app, host="127.0.0.1", port=0, channel_timeout=1, cleanup_interval=1)
    ).start()
    try:
        with socket.create_connection(("127.0.0.1", bot.port), timeout=10) as sock:
            sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            started = time.monotonic()
            assert sock.recv(64) == b"", "waitress closes the idle connection"
            assert time.monotonic() - started < 8
    finally:
        bot.stop()


@pytest.mark.parametrize("text", ["help", "help payload", "log ask: review the payload schema"])
def test_a_command_with_a_team_id_too_long_to_be_real_is_refused_whatever_its_text(
    http_bot, fake_slack, sqlite_engine, caplog, text
):
    """The shape check reads the body with the parser Bolt uses (bot.bolt_body): a command whose
    text says "payload" is checked like any other, not skipped as an empty interaction."""
    before = len(fake_slack.calls)  # the app's own start-up calls (auth.test)
    with caplog.at_level(logging.INFO, logger="bot.server"):
        reply = http_bot.post(signing.slash_command(text, team="T" * 300))
    assert (reply.status, reply.body) == (200, b"")
    assert fake_slack.calls[before:] == []
    assert "unexpected shape" in caplog.text
    with transaction(make_session_factory(sqlite_engine)) as session:
        assert session.scalar(select(func.count()).select_from(User)) == 0
