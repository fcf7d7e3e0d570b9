"""Latency of a signed `/oneonone help` over HTTP, next to a bare Bolt app with a no-op command.

Both apps run in this process under the same waitress server and talk to the same fake Slack;
requests alternate between them so that machine noise hits both alike. Compare the ratio, not
the absolute numbers.

    python bench/ack.py [--requests 400]
"""

from __future__ import annotations

import argparse
import tempfile
import time

import common  # noqa: F401  (puts the repository on sys.path)
from common import our_app, summary
from slack_bolt import App

from bot.config import Config
from bot.server import make_server
from bot.slack_client import make_web_client
from tests import signing
from tests.fake_slack import FakeSlack
from tests.harness import HttpBot


def bare_app(config: Config) -> App:
    app = App(client=make_web_client(config), signing_secret=signing.SIGNING_SECRET)

    @app.command("/oneonone")
    def noop(ack) -> None:
        ack()

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400)
    args = parser.parse_args()

    fake = FakeSlack().start()
    with tempfile.TemporaryDirectory() as folder:
        ours, config, engine = our_app(fake, folder)
        servers = {
            "1:1 Coach /oneonone help": HttpBot(make_server(ours, host="127.0.0.1", port=0)),
            "bare Bolt no-op command": HttpBot(
                make_server(bare_app(config), host="127.0.0.1", port=0)
            ),
        }
        for server in servers.values():
            server.start()
        samples: dict[str, list[float]] = {name: [] for name in servers}
        for i in range(args.requests + 20):
            for name, server in servers.items():
                request = signing.slash_command("help")
                started = time.perf_counter()
                reply = server.post(request)
                elapsed = (time.perf_counter() - started) * 1000
                assert reply.status == 200, reply.status
                if i >= 20:  # warm-up
                    samples[name].append(elapsed)
        results = {name: summary(name, s) for name, s in samples.items()}
        (ours_median, ours_p99), (bare_median, bare_p99) = results.values()
        print(
            f"{'ratio (ours / bare)':<34} median {ours_median / bare_median:7.2f}x"
            f"        p99 {ours_p99 / bare_p99:7.2f}x"
        )
        for server in servers.values():
            server.stop()
        engine.dispose()
    fake.stop()


if __name__ == "__main__":
    main()
