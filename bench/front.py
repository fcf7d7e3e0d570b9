"""The hardened HTTP front, measured (issue 10): how fast a too-large body is refused, what six
at once cost in memory, `/healthz` while 110 slow clients hold connections, and how long a
40,000-letter DM takes to be answered. Everything runs in this process on 127.0.0.1 against
the fake Slack; figures are printed, not asserted.

    python bench/front.py [--rounds 30]
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import socket
import tempfile
import threading
import time
from datetime import date

import common  # noqa: F401  (puts the repository on sys.path)
from common import our_app, summary

from bot.fake_slack import FakeSlack
from bot.server import make_server
from coaching.commands import parse_dm
from coaching.errors import InputError
from tests import signing
from tests.harness import HttpBot, post_unsigned

TEN_MB = b"x" * (10 * 1024 * 1024)


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def post_big(port: int) -> float:
    """Seconds from the first byte of a 10 MB unsigned POST to the first byte of the answer."""
    status, took = post_unsigned(port, TEN_MB)
    assert status.startswith(b"HTTP/1.1 413"), status
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    logging.getLogger("bot.server").setLevel(logging.ERROR)  # one line per refused request
    fake = FakeSlack().start()
    fake.add_user("UALICE001", tz="UTC", name="alice")
    with tempfile.TemporaryDirectory() as folder:
        app, _config, engine = our_app(fake, folder)
        bot = HttpBot(make_server(app, host="127.0.0.1", port=0)).start()

        summary(
            "10 MB unsigned body -> 413", [post_big(bot.port) * 1000 for _ in range(args.rounds)]
        )

        before = rss_mb()
        threads = [threading.Thread(target=post_big, args=(bot.port,)) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(f"{'RSS growth, six 10 MB bodies at once':<34} {rss_mb() - before:7.1f} MB")

        bad = [signing.slash_command("log note: x", secret="wrong") for _ in range(args.rounds)]
        samples = []
        for request in bad:
            started = time.perf_counter()
            assert bot.post(request).status == 401
            samples.append((time.perf_counter() - started) * 1000)
        summary("bad signature -> 401", samples)

        slow = []
        for _ in range(110):
            sock = socket.create_connection(("127.0.0.1", bot.port), timeout=5)
            sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Le")
            slow.append(sock)
        time.sleep(0.2)
        samples = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            assert bot.get("/healthz").status == 200
            samples.append((time.perf_counter() - started) * 1000)
        summary("/healthz, 110 slow connections", samples)
        for sock in slow:
            sock.close()

        samples = []
        for i in range(args.rounds):
            before_calls = len(fake.calls_to("chat.postMessage"))
            dm = {
                "type": "message",
                "channel": "DALICE001",
                "channel_type": "im",
                "user": "UALICE001",
                "text": "a" * 40_000,
                "ts": f"1700000{i:03d}.000100",
            }
            started = time.perf_counter()
            assert bot.post(signing.event(dm)).status == 200
            fake.wait_for("chat.postMessage", before_calls + 1)
            samples.append((time.perf_counter() - started) * 1000)
        summary("40,000-letter DM answered", samples)
        time.sleep(0.3)  # let waitress finish its last responses before the socket closes
        bot.stop()
        engine.dispose()

    for size in (3_000, 15_000, 40_000):
        started = time.perf_counter()
        for _ in range(100):
            with contextlib.suppress(InputError):
                parse_dm("a" * size, today=date(2026, 11, 26))
        took = (time.perf_counter() - started) * 10  # ms per call
        print(f"{f'parse_dm, {size:,} letters':<34} {took:7.3f} ms per message")
    fake.stop()


if __name__ == "__main__":
    main()
