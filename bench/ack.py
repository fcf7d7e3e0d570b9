"""Ack latency of signed slash commands over HTTP, in one run:

- `/oneonone help`, next to a bare Bolt app with a no-op command;
- `/oneonone list` for a user with 12 people whose display names are all a day stale on every
  request, while the fake Slack takes `--users-info-ms` (default 300) to answer `users.info`.
  Before issue 9 that command read every stale name before it acked (12 × 300 ms ≈ 3.6 s,
  past Slack's 3 s); now the names are read after the ack, so it should sit next to `help`.

The apps run in this process under the same waitress server and talk to the same fake Slack;
requests alternate between them so that machine noise hits all alike. Compare the ratios, not
the absolute numbers.

    python bench/ack.py [--requests 400] [--users-info-ms 300]
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)
from common import summary
from slack_bolt import App

from bot.app import LISTENER_THREADS, build_app
from bot.config import Config
from bot.fake_slack import FakeSlack
from bot.server import make_server
from bot.slack_client import make_web_client
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from tests import signing
from tests.harness import HttpBot

HELP = "1:1 Coach /oneonone help"
BARE = "bare Bolt no-op command"
LIST = "/oneonone list, 12 stale names"
LIST_USER = "U0BENCHME"


def bare_app(config: Config) -> App:
    app = App(client=make_web_client(config), signing_secret=signing.SIGNING_SECRET)

    @app.command("/oneonone")
    def noop(ack) -> None:
        ack()

    return app


class StaleNamesClock:
    """Two days later on every reading: each request finds all names (and the time zone) a
    day stale, as the first request after a quiet weekend would."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            self.now += timedelta(days=2)
            return self.now


def seed_twelve_people(server: HttpBot, fake: FakeSlack) -> None:
    for i in range(12):
        person = f"U0BENCH{i:03d}"
        fake.add_user(person, name=f"colleague{i}")
        text = f"schedule <@{person}> weekly tue 10:00"
        assert server.post(signing.slash_command(text, user=LIST_USER)).status == 200


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--users-info-ms", type=int, default=300)
    args = parser.parse_args()

    fake = FakeSlack().start()
    fake.add_user(LIST_USER, tz="Europe/Berlin")
    config = Config(
        bot_token="xoxb-bench", signing_secret=signing.SIGNING_SECRET, slack_api_url=fake.api_url
    )
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        upgrade(engine)
        # Our own pools (sized as bot.app sizes them), so the run can wait for the names
        # still being read after the last ack before it removes the database.
        pools = [ThreadPoolExecutor(LISTENER_THREADS) for _ in range(2)]
        ours = build_app(
            client=make_web_client(config),
            signing_secret=signing.SIGNING_SECRET,
            session_factory=make_session_factory(engine),
            listener_executor=pools[0],
        )
        stale = build_app(
            client=make_web_client(config),
            signing_secret=signing.SIGNING_SECRET,
            session_factory=make_session_factory(engine),
            clock=StaleNamesClock(),
            listener_executor=pools[1],
        )
        servers = {
            HELP: HttpBot(make_server(ours, host="127.0.0.1", port=0)),
            BARE: HttpBot(make_server(bare_app(config), host="127.0.0.1", port=0)),
            LIST: HttpBot(make_server(stale, host="127.0.0.1", port=0)),
        }
        for server in servers.values():
            server.start()
        seed_twelve_people(servers[HELP], fake)
        fake.slow_down("users.info", args.users_info_ms / 1000)
        texts = {HELP: "help", BARE: "help", LIST: "list"}
        samples: dict[str, list[float]] = {name: [] for name in servers}
        for i in range(args.requests + 20):
            for name, server in servers.items():
                request = signing.slash_command(texts[name], user=LIST_USER)
                started = time.perf_counter()
                reply = server.post(request)
                elapsed = (time.perf_counter() - started) * 1000
                assert reply.status == 200, reply.status
                if i >= 20:  # warm-up
                    samples[name].append(elapsed)
        results = {name: summary(name, s) for name, s in samples.items()}
        ratio("ratio (help / bare)", results[HELP], results[BARE])
        ratio("ratio (list, 12 stale / help)", results[LIST], results[HELP])
        slowest = max(samples[LIST]) / 1000
        print(f"slowest list ack {slowest:.3f} s (Slack's deadline: 3 s)")
        fake.slow_down("users.info", 0.0)
        for pool in pools:
            pool.shutdown(wait=True)
        for server in servers.values():
            server.stop()
        engine.dispose()
    fake.stop()


def ratio(label: str, ours: tuple[float, float], base: tuple[float, float]) -> None:
    print(f"{label:<34} median {ours[0] / base[0]:7.2f}x        p99 {ours[1] / base[1]:7.2f}x")


if __name__ == "__main__":
    main()
