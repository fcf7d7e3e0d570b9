"""Latency of a signed `/oneonone prep` over HTTP as the journal grows.

Three SQLite databases, each behind the real app under waitress, all talking to one fake Slack:

- *loaded*: Alice has 10,000 entries with Dana (two years of them; `--own` changes how many)
  among 100,000 entries of 1,000 other users;
- *alone*: the same entries of Alice and nobody else;
- *fresh*: Alice with her 1:1 scheduled and a handful of entries: an almost empty database.

Requests alternate between the three so machine noise hits them alike. The ratio loaded / fresh
is the figure to watch: a prep card should cost about the same on day 1 and in year 2.

Each database is asked three times per round: *first*, *cold*, then *warm*. Cold clears
coaching's per-line memos (every bounded memo in coaching/: a line's topic, ask category, stems,
due day) just before the request, as for a real user, whose card is built once before a 1:1,
long after its lines were last read: it takes back the readings the last card kept with the
relationship (`coaching.line_memo`, table `card_readings`), and the cold ratio is the goal's
figure. *First* also deletes those kept readings: the first card after the lines were logged,
which reads every line. Warm is the same card asked for again straight after, its lines just
read. All three databases are treated alike; `--first`, `--cold` or `--warm` runs one only.

The HTTP figures move in steps of 10 ms: Bolt polls for a listener's ack every 10 ms
(slack_bolt/listener/thread_runner.py), so a card that takes 3 ms and one that takes 9 ms
answer alike, and one of 11 ms a step later. The ratio over HTTP is therefore about 1 while the
card fits in the first step and jumps towards 2 when it does not. So the script also times the
prep route itself (the card read, built and rendered, in the server's thread: CPU time, which
other work on the machine disturbs least) and prints that ratio too: the card's own cost, with
no steps.

    python bench/prep.py [--requests 300] [--own 10000] [--first | --cold | --warm]
"""

from __future__ import annotations

import argparse
import functools
import importlib
import pkgutil
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)
from common import summary
from sqlalchemy import Engine, delete, insert, select

import coaching
from bot.app import build_app
from bot.config import Config
from bot.fake_slack import TEAM_ID, FakeSlack
from bot.server import make_server
from bot.slack_client import make_web_client
from coaching import commands as grammar
from handlers import commands as routes
from storage import models
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.models import Entry, FollowThrough, Relationship, User
from tests import signing
from tests.harness import HttpBot

ALICE, DANA = "UALICE001", "UDANA0001"
OWN_ENTRIES = 10_000
OTHER_ENTRIES = 100_000
OTHER_USERS = 1_000
HISTORY = timedelta(days=730)
BATCH = 10_000
MODES = ("first", "cold", "warm")
#: (kind, share of entries, chance it is still open): follow-ups and asks mostly get closed,
#: talking points get ticked off after the meeting; notes, gifts and wins stay as logged.
KINDS = (
    ("note", 0.30, 1.0),
    ("gave", 0.20, 1.0),
    ("ask", 0.15, 0.05),
    ("followup", 0.15, 0.05),
    ("win", 0.10, 1.0),
    ("agenda", 0.10, 0.02),
)
WORDS = [
    "roadmap", "migration", "hiring", "budget", "review", "design", "doc", "onboarding",
    "offsite", "promotion", "feedback", "incident", "postmortem", "customer", "launch",
    "metrics", "staffing", "mentor", "course", "conference",
]  # fmt: skip


def _entry_rows(rng: random.Random, *, owner_id: int, relationship_id: int, count: int, now):
    kinds = [k for k, _share, _open in KINDS]
    weights = [share for _k, share, _open in KINDS]
    still_open = {k: chance for k, _share, chance in KINDS}
    rows = []
    for _ in range(count):
        kind = rng.choices(kinds, weights)[0]
        created = now - HISTORY * rng.random()
        is_open = rng.random() < still_open[kind]
        rows.append(
            {
                "team_id": TEAM_ID,
                "owner_id": owner_id,
                "relationship_id": relationship_id,
                "kind": kind,
                "text": " ".join(rng.choices(WORDS, k=rng.randint(4, 14))),
                "text_pending": False,
                "status": "open" if is_open else "done",
                "source": "command",
                "created_at": created,
                "done_at": None if is_open else created + timedelta(days=rng.randint(1, 20)),
            }
        )
    return rows


def _insert(engine: Engine, table, rows: list[dict]) -> None:
    with engine.begin() as connection:
        for start in range(0, len(rows), BATCH):
            connection.execute(insert(table), rows[start : start + BATCH])


def seed_others(engine: Engine, rng: random.Random, now: datetime) -> None:
    """1,000 other users, two relationships each, 100,000 entries between them."""
    _insert(
        engine,
        User,
        [
            {"team_id": TEAM_ID, "user_id": f"UOTHER{i:05d}", "tz": "Europe/Berlin",
             "tz_checked_at": now, "tz_fallback_noted": False, "lead_times": "1h",
             "quiet_start": "20:00", "quiet_end": "08:00", "nudges_on": True, "created_at": now}
            for i in range(OTHER_USERS)
        ],
    )  # fmt: skip
    with engine.connect() as connection:
        owners = connection.scalars(select(User.id).where(User.user_id.like("UOTHER%"))).all()
    _insert(
        engine,
        Relationship,
        [
            {"team_id": TEAM_ID, "owner_id": owner, "counterpart_key": key,
             "counterpart_user_id": key, "role": "manager", "created_at": now}
            for owner in owners
            for key in ("UMANAGER01", "UMENTOR001")
        ],
    )  # fmt: skip
    with engine.connect() as connection:
        pairs = connection.execute(
            select(Relationship.owner_id, Relationship.id).where(Relationship.owner_id.in_(owners))
        ).all()
    per_pair = OTHER_ENTRIES // len(pairs)
    rows = []
    for owner, relationship in pairs:
        rows += _entry_rows(
            rng, owner_id=owner, relationship_id=relationship, count=per_pair, now=now
        )
    _insert(engine, Entry, rows)


def seed_alice(engine: Engine, rng: random.Random, now: datetime, count: int) -> None:
    """`count` entries of Alice with Dana (her user, relationship and series exist already)."""
    with engine.connect() as connection:
        owner = connection.scalar(select(User.id).where(User.user_id == ALICE))
        relationship = connection.scalar(
            select(Relationship.id).where(
                Relationship.owner_id == owner, Relationship.counterpart_user_id == DANA
            )
        )
    _insert(
        engine,
        Entry,
        _entry_rows(rng, owner_id=owner, relationship_id=relationship, count=count, now=now),
    )
    seed_follow_throughs(engine, owner)


def seed_follow_throughs(engine: Engine, owner: int) -> None:
    """Every ask of Alice followed, as logging does: every fifth an introduction, the rest
    waiting for (or holding) an answer — so the card reads its next steps as in real use."""
    with engine.connect() as connection:
        asks = connection.execute(
            select(Entry.id, Entry.created_at).where(Entry.owner_id == owner, Entry.kind == "ask")
        ).all()
    _insert(
        engine,
        FollowThrough,
        [
            {"team_id": TEAM_ID, "owner_id": owner, "entry_id": entry_id,
             "kind": "intro" if i % 5 == 0 else "ask", "made_at": created,
             "answer": "not_yet" if i % 3 == 0 else None, "answered_at": created}
            for i, (entry_id, created) in enumerate(asks)
        ],
    )  # fmt: skip


def line_memos() -> list[functools._lru_cache_wrapper]:
    """Coaching's per-line memos: every bounded `lru_cache` in coaching/ (an unbounded `cache`
    there holds what the process loads once, such as the ask catalogue, and stays)."""
    found = []
    for info in pkgutil.iter_modules(coaching.__path__):
        module = importlib.import_module(f"coaching.{info.name}")
        for value in vars(module).values():
            memo = hasattr(value, "cache_clear") and not isinstance(value, type)
            bounded = memo and value.cache_parameters()["maxsize"]
            if bounded and value.__module__ == module.__name__:
                found.append(value)
    return found


def clear(memos: list[functools._lru_cache_wrapper]) -> None:
    for memo in memos:
        memo.cache_clear()


def forget_kept_readings(engine: Engine) -> None:
    kept = getattr(models, "CardReadings", None)  # absent from code older than migration 0013
    if kept is not None:
        with engine.begin() as connection:
            connection.execute(delete(kept))


class RouteClock:
    """Times the prep route in the server's thread (CPU ms), filed under the request's label:
    the bench sends one request at a time, so the label set before a post is the route's."""

    def __init__(self) -> None:
        self.label: tuple[str, str] | None = None
        self.samples: dict[tuple[str, str], list[float]] = {}
        route = routes.ROUTES[grammar.Prep]

        def timed(command, actor):
            started = time.thread_time()
            try:
                return route(command, actor)
            finally:
                if self.label is not None:
                    spent = (time.thread_time() - started) * 1000
                    self.samples.setdefault(self.label, []).append(spent)

        routes.ROUTES[grammar.Prep] = timed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300, help="timed requests per mode")
    parser.add_argument("--own", type=int, default=OWN_ENTRIES, help="Alice's own entries")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--warm", action="store_true", help="only the card asked for again")
    only.add_argument("--cold", action="store_true", help="only the card days later")
    only.add_argument("--first", action="store_true", help="only the card with nothing kept")
    args = parser.parse_args()
    own = args.own
    chosen = [mode for mode in MODES if getattr(args, mode)]
    modes = tuple(chosen) or MODES
    memos = line_memos()
    clock = RouteClock()
    if "cold" in modes or "first" in modes:
        names = ", ".join(f"{m.__module__}.{m.__name__}" for m in memos)
        print(f"cold: clearing {names} before each request")

    fake = FakeSlack().start()
    fake.add_user(ALICE, tz="America/New_York", name="alice")
    fake.add_user(DANA, tz="America/New_York", name="dana")
    config = Config(
        bot_token="xoxb-bench", signing_secret=signing.SIGNING_SECRET, slack_api_url=fake.api_url
    )
    rng = random.Random(42)
    now = datetime.now(UTC)
    setups = {
        f"loaded: {own:,} of {own + OTHER_ENTRIES:,}": (own, True),
        f"alone: {own:,} of {own:,}": (own, False),
        "fresh: 10 entries": (10, False),
    }
    with tempfile.TemporaryDirectory() as folder:
        servers, engines = {}, []
        for i, (name, (own, others)) in enumerate(setups.items()):
            engine = make_engine(f"sqlite:///{Path(folder) / f'bench{i}.db'}")
            upgrade(engine)
            engines.append(engine)
            app = build_app(
                client=make_web_client(config),
                signing_secret=signing.SIGNING_SECRET,
                session_factory=make_session_factory(engine),
            )
            server = HttpBot(make_server(app, host="127.0.0.1", port=0)).start()
            started = time.perf_counter()
            schedule = f"schedule <@{DANA}|dana> weekly tue 10:00 as manager"
            assert server.post(signing.slash_command(schedule, user=ALICE)).status == 200
            if others:
                seed_others(engine, rng, now)
            seed_alice(engine, rng, now, own)
            print(f"seeded {name:<28} in {time.perf_counter() - started:5.1f} s")
            servers[name] = server
        samples = {(mode, name): [] for mode in modes for name in servers}
        for i in range(args.requests + 20):
            # Per database, first, cold then warm: a card is warm only right after the same
            # card (a request for another database clears every line's memo).
            for (name, server), engine in zip(servers.items(), engines, strict=True):
                for mode in modes:
                    request = signing.slash_command("prep", user=ALICE)
                    if mode in ("first", "cold"):
                        clear(memos)
                    if mode == "first":
                        forget_kept_readings(engine)
                    clock.label = (mode, name) if i >= 20 else None
                    started = time.perf_counter()
                    reply = server.post(request)
                    elapsed = (time.perf_counter() - started) * 1000
                    assert reply.status == 200, reply.status
                    assert "Suggested asks" in reply.text, reply.text[:300]
                    if i >= 20:  # warm-up
                        samples[mode, name].append(elapsed)
        for mode in modes:
            print(f"-- {mode}")
            results = [summary(f"prep, {name}", samples[mode, name]) for name in servers]
            _ratios(*results)
            route = [statistics.median(clock.samples[mode, name]) for name in servers]
            print(
                f"{'the prep route, CPU ms (median)':<34} "
                + " / ".join(f"{ms:.2f}" for ms in route)
                + f"   loaded / fresh {route[0] / route[2]:.2f}x"
            )
        time.sleep(0.2)  # let waitress finish closing the last connections before it stops
        for server in servers.values():
            server.stop()
        for engine in engines:
            engine.dispose()
    fake.stop()


def _ratios(loaded: tuple[float, float], alone: tuple[float, float], fresh: tuple[float, float]):
    for name, (median, p99) in (("fresh", fresh), ("alone", alone)):
        print(
            f"{'ratio loaded / ' + name:<34} median {loaded[0] / median:7.2f}x"
            f"        p99 {loaded[1] / p99:7.2f}x"
        )


if __name__ == "__main__":
    main()
