"""Nudge dispatch throughput: N due nudges against the fake Slack, on SQLite and PostgreSQL.

Prints nudges per second and the dispatcher's own cost per nudge: the time per nudge minus
that of a bare loop posting the same number of DMs to the same fake Slack, measured in the
same run. Each database gets a fake Slack of its own, and its baseline is measured on it just
before: a fake that still holds the previous run's thousands of calls is slower to the one
after (its heap grows, and so does each garbage collection). PostgreSQL runs when a server URL
is given (it gets a database of its own, dropped afterwards).

    python bench/dispatch.py [--nudges 10000] [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bot.app import nudge_views
from bot.config import Config
from bot.dispatcher import Dispatcher
from bot.fake_slack import FakeSlack
from bot.slack_client import make_web_client
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from tests.nudges.seed import seed_due_nudges


def baseline(fake: FakeSlack, count: int) -> float:
    client = make_web_client(_config(fake), wait_on_rate_limit=False)
    started = time.perf_counter()
    for i in range(count):
        client.chat_postMessage(channel="D0BASE", text=f"baseline {i}")
    return time.perf_counter() - started


def run(name: str, url: str, count: int) -> None:
    fake = FakeSlack().start()
    base = baseline(fake, count)
    print(
        f"{'baseline':<11} {count} bare chat.postMessage calls in {base:6.1f} s   "
        f"{base / count * 1000:6.2f} ms/call"
    )
    engine = make_engine(url)
    upgrade(engine)
    now = datetime.now(UTC)
    seed_due_nudges(engine, count=count, due_at=now, users=max(1, count // 20))
    dispatcher = Dispatcher(
        session_factory=make_session_factory(engine),
        client=make_web_client(_config(fake), wait_on_rate_limit=False, resend_posts=False),
        clock=lambda: now,
        views=nudge_views(),
        batch=200,
    )
    started = time.perf_counter()
    sent = dispatcher.tick()
    elapsed = time.perf_counter() - started
    engine.dispose()
    fake.stop()
    assert sent == count, (sent, count)
    overhead_ms = (elapsed - base) / count * 1000
    print(
        f"{name:<11} {count} nudges in {elapsed:6.1f} s   {count / elapsed:7.1f} nudges/s   "
        f"{elapsed / count * 1000:6.2f} ms/nudge   dispatcher's own cost "
        f"{overhead_ms:6.2f} ms/nudge"
    )


def _config(fake: FakeSlack) -> Config:
    return Config(bot_token="xoxb-bench", signing_secret="x", slack_api_url=fake.api_url)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nudges", type=int, default=10_000)
    parser.add_argument("--postgres", default=os.environ.get("ONEONONE_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run("SQLite", f"sqlite:///{Path(folder) / 'bench.db'}", args.nudges)
    if args.postgres:
        admin_url = make_url(args.postgres).set(drivername="postgresql+psycopg")
        name = f"oneonone_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            url = admin_url.set(database=name).render_as_string(hide_password=False)
            run("PostgreSQL", url, args.nudges)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    else:
        print("PostgreSQL  skipped: pass --postgres URL or set ONEONONE_TEST_POSTGRES_URL")


if __name__ == "__main__":
    main()
