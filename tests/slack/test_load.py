"""Many users at once on SQLite while Slack answers every call in 150 ms (issue 9, must-show 6).

20 users × 25 mixed operations — slash commands that write and read, DMs, 📌 reactions — sent
from 8 threads over signed HTTP to the real Bolt app. Every slash command must get its ack
(Bolt answers 404 when a listener has not acked after 3 s), every write must land exactly
once, and every event must end up done in the inbox.
"""

from __future__ import annotations

import random
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from storage import events as inbox
from storage.db import make_session_factory, transaction
from storage.models import Entry, InboxEvent
from tests import signing
from tests.slack.capture_helpers import CHANNEL, dm, entries, reaction, wait_until
from tests.slack.conftest import DANA

pytestmark = pytest.mark.slow

USERS = [f"U0LOAD{i:03d}" for i in range(20)]
PER_USER = 25
THREADS = 8
SLACK_LATENCY = 0.15


@dataclass(frozen=True)
class Op:
    user: str
    kind: str  # log | agenda | followups | list | dm | pin
    marker: str


def _ops() -> list[Op]:
    kinds = ["log", "agenda", "followups", "list", "dm", "dm", "pin"]
    rng = random.Random(9)
    ops = [
        Op(user, rng.choice(kinds), f"m{u:02d}x{k:02d}")
        for u, user in enumerate(USERS)
        for k in range(PER_USER)
    ]
    rng.shuffle(ops)
    return ops


def _send(http_bot, fake_slack, op: Op) -> tuple[Op, int]:
    url = fake_slack.url + "response_url/load"
    if op.kind == "log":
        request = signing.slash_command(
            f"log <@{DANA}> note: {op.marker}", user=op.user, response_url=url
        )
    elif op.kind == "agenda":
        request = signing.slash_command(
            f"agenda <@{DANA}> {op.marker}", user=op.user, response_url=url
        )
    elif op.kind in ("followups", "list"):
        request = signing.slash_command(op.kind, user=op.user, response_url=url)
    elif op.kind == "dm":
        request = signing.event(dm(op.user, f"note: {op.marker}"), event_id=f"EvDM{op.marker}")
    else:
        ts = f"1700001{int(op.marker[1:3]):03d}.{int(op.marker[4:]):06d}"
        request = signing.event(
            reaction(op.user, "pushpin", ts, author=DANA), event_id=f"EvPIN{op.marker}"
        )
    return op, http_bot.post(request).status


def test_twenty_users_on_sqlite_with_slow_slack_lose_and_double_nothing(
    http_bot, fake_slack, sqlite_engine
):
    ops = _ops()
    for user in USERS:
        fake_slack.add_user(user, tz="Europe/Berlin")
    for op in ops:
        if op.kind == "pin":
            ts = f"1700001{int(op.marker[1:3]):03d}.{int(op.marker[4:]):06d}"
            fake_slack.add_message(CHANNEL, ts, f"pinned {op.marker}", user=DANA)
    fake_slack.slow_down("*", SLACK_LATENCY)

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(lambda op: _send(http_bot, fake_slack, op), ops))

    statuses = Counter(status for _, status in results)
    assert statuses == {200: len(ops)}, statuses  # no 404: every command acked within 3 s

    writes = {op.marker for op in ops if op.kind in ("log", "agenda", "dm", "pin")}
    assert len(writes) > 250  # the mix really writes

    def stored() -> Counter:
        counts: Counter = Counter()
        for entry in entries(sqlite_engine):
            for marker in writes:
                if marker in entry.text:
                    counts[marker] += 1
        return counts

    wait_until(lambda: set(stored()) == writes, timeout=60)
    counts = stored()
    assert max(counts.values()) == 1, [m for m, n in counts.items() if n > 1]
    factory = make_session_factory(sqlite_engine)
    with transaction(factory) as session:
        assert session.scalar(select(func.count()).select_from(Entry)) == len(writes)
    events = sum(op.kind in ("dm", "pin") for op in ops)

    def all_done() -> bool:
        with transaction(factory) as session:
            done = session.scalar(
                select(func.count()).select_from(InboxEvent).where(InboxEvent.state == inbox.DONE)
            )
        return done >= events

    wait_until(all_done, timeout=60)
