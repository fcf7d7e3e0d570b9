"""The cold prep card's own cost in one process, at 10,000 own entries and at ten.

`bench/prep.py` times the card over HTTP, where Bolt's 10 ms ack polling turns small changes
into steps, and its route figure shares the machine with three servers. This one builds the
same card (`services.prep_data.soonest_card` and the Block Kit view) in one process, from two
SQLite databases seeded as `bench/prep.py` seeds them, clearing coaching's line memos before
every card as a card built days later finds them, and prints the median CPU time of each and
their ratio, in rounds, so two checkouts can be compared in one window:

    python bench/prep_route.py [--cards 30] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)
import prep as bench_prep
from sqlalchemy import select

from bot.app import build_app
from bot.config import Config
from bot.fake_slack import FakeSlack
from bot.server import make_server
from bot.slack_client import make_web_client
from handlers.views.prep import prep_message
from services.actor import make_actor
from services.prep_data import soonest_card
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.models import User
from tests import signing
from tests.harness import HttpBot

ALICE, DANA = bench_prep.ALICE, bench_prep.DANA


def seeded(folder: Path, name: str, own: int, fake: FakeSlack, rng: random.Random):
    """A database with Alice's 1:1 with Dana scheduled through the real app, then `own` of
    her entries; its first card built once, so its readings are kept as in real use."""
    config = Config(
        bot_token="xoxb-bench", signing_secret=signing.SIGNING_SECRET, slack_api_url=fake.api_url
    )
    engine = make_engine(f"sqlite:///{folder / name}.db")
    upgrade(engine)
    factory = make_session_factory(engine)
    app = build_app(
        client=make_web_client(config),
        signing_secret=signing.SIGNING_SECRET,
        session_factory=factory,
    )
    server = HttpBot(make_server(app, host="127.0.0.1", port=0)).start()
    schedule = f"schedule <@{DANA}|dana> weekly tue 10:00 as manager"
    assert server.post(signing.slash_command(schedule, user=ALICE)).status == 200
    bench_prep.seed_alice(engine, rng, datetime.now(UTC), own)
    assert server.post(signing.slash_command("prep", user=ALICE)).status == 200
    server.stop()
    return factory


def card_ms(factory, memos) -> float:
    """CPU ms of one cold card: read, built and rendered."""
    bench_prep.clear(memos)
    with factory() as session:
        user = session.scalar(select(User).where(User.user_id == ALICE))
        started = time.thread_time()
        actor = make_actor(session, user, datetime.now(UTC))
        prep_message(soonest_card(actor))
        return (time.thread_time() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=30, help="cards per database per round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    fake = FakeSlack().start()
    fake.add_user(ALICE, tz="America/New_York", name="alice")
    fake.add_user(DANA, tz="America/New_York", name="dana")
    memos = bench_prep.line_memos()
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as folder:
        loaded = seeded(Path(folder), "loaded", bench_prep.OWN_ENTRIES, fake, rng)
        fresh = seeded(Path(folder), "fresh", 10, fake, rng)
        for round_ in range(1, args.rounds + 1):
            # alternated card by card, so the machine's noise falls on both alike
            pairs = [(card_ms(loaded, memos), card_ms(fresh, memos)) for _ in range(args.cards)]
            big = statistics.median(a for a, _ in pairs)
            small = statistics.median(b for _, b in pairs)
            print(
                f"round {round_}: cold card, CPU ms (median of {args.cards}): "
                f"{bench_prep.OWN_ENTRIES:,} entries {big:.2f}, 10 entries {small:.2f}, "
                f"ratio {big / small:.2f}x"
            )
    fake.stop()


if __name__ == "__main__":
    main()
