"""Shared bits for benchmarks: run from the repository root as `python bench/<name>.py`."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(name: str, samples_ms: list[float]) -> tuple[float, float]:
    median, p99 = statistics.median(samples_ms), percentile(samples_ms, 0.99)
    print(f"{name:<34} n={len(samples_ms):<5} median {median:7.2f} ms   p99 {p99:7.2f} ms")
    return median, p99


def our_app(fake, folder: str):
    """1:1 Coach's Bolt app on a fresh SQLite file in `folder`, talking to the fake Slack;
    returns the app, its config and the database engine (to dispose of at the end)."""
    from bot.app import build_app
    from bot.config import Config
    from bot.slack_client import make_web_client
    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade
    from tests import signing

    config = Config(
        bot_token="xoxb-bench", signing_secret=signing.SIGNING_SECRET, slack_api_url=fake.api_url
    )
    engine = make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
    upgrade(engine)
    app = build_app(
        client=make_web_client(config),
        signing_secret=signing.SIGNING_SECRET,
        session_factory=make_session_factory(engine),
    )
    return app, config, engine
