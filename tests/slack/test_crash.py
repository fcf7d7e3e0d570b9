"""Kill -9 in the middle of a burst of DMs and commands, five times (issue 9, must-show 4).

A real `oneonone run` over HTTP on one SQLite file, the fake Slack in this process. Each round
starts the bot, sends DMs and `/oneonone log` commands from several threads, and kills the
process with SIGKILL part-way. A last start then gets time to replay what the inbox still
holds. Afterwards:
- every DM that got HTTP 200 is stored (Slack never resends an event it got 200 for);
- every command whose ack we received, and every DM confirmation the fake Slack received,
  names a write that is stored (a confirmation is sent only after its commit);
- nothing is stored twice.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter

import pytest

from storage.db import make_engine
from tests import signing
from tests.processes import BotProcess
from tests.slack.capture_helpers import dm, entries, wait_until

pytestmark = pytest.mark.slow

ROUNDS = 5
SENDERS = 6
USERS = [f"U0CRASH{i:02d}" for i in range(4)]


def _burst(bot: BotProcess, round_no: int, stop: threading.Event, sender: int, seen: dict):
    user = USERS[sender % len(USERS)]
    for k in range(2000):
        if stop.is_set():
            return
        marker = f"r{round_no}s{sender}k{k:04d}"
        try:
            if k % 3 == 2:
                reply = bot.client.post(signing.slash_command(f"log note: {marker}", user=user))
                if reply.status == 200 and marker in reply.json().get("text", ""):
                    seen["confirmed"].add(marker)
            else:
                request = signing.event(dm(user, f"note: {marker}"), event_id=f"Ev{marker}")
                if bot.client.post(request).status == 200:
                    seen["accepted"].add(marker)
        except Exception:  # the process died under this request: nothing was promised
            return


def test_kill_9_during_a_burst_loses_nothing_acknowledged(tmp_path, fake_slack):
    for user in USERS:
        fake_slack.add_user(user, tz="Europe/Berlin")
    database = tmp_path / "crash.db"
    env = {
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": signing.SIGNING_SECRET,
        "SLACK_API_URL": fake_slack.api_url,
        "DATABASE_URL": f"sqlite:///{database}",
        "ONEONONE_TICK_SECONDS": "1",
    }
    seen: dict[str, set[str]] = {"accepted": set(), "confirmed": set()}
    rng = random.Random(4)
    for round_no in range(ROUNDS):
        bot = BotProcess(tmp_path, **env).start()
        stop = threading.Event()
        threads = [
            threading.Thread(target=_burst, args=(bot, round_no, stop, s, seen), daemon=True)
            for s in range(SENDERS)
        ]
        for thread in threads:
            thread.start()
        time.sleep(0.8 + rng.random())
        bot.process.kill()  # SIGKILL: no shutdown code runs
        bot.process.wait(timeout=10)
        stop.set()
        for thread in threads:
            thread.join(timeout=10)
    assert len(seen["accepted"]) > 100 and len(seen["confirmed"]) > 20  # a real burst

    last = BotProcess(tmp_path, **env).start()
    engine = make_engine(f"sqlite:///{database}")
    try:

        def stored() -> Counter:
            counts: Counter = Counter()
            for entry in entries(engine):
                counts[entry.text.removeprefix("note: ")] += 1
            return counts

        promised = seen["accepted"] | seen["confirmed"]
        # Rows left pending by a kill are replayed 10 s after they arrived, on a 1 s tick.
        wait_until(lambda: promised <= set(stored()), timeout=60)
        counts = stored()
        assert max(counts.values()) == 1, [m for m, n in counts.items() if n > 1]
        confirmed_by_dm = {
            marker
            for call in fake_slack.calls_to("chat.postMessage")
            for marker in [str(call.params.get("text", "")).rsplit(" ", 1)[-1].strip("_*`")]
            if marker.startswith("r")
        }
        assert confirmed_by_dm, "the DM confirmations were counted at the fake Slack"
        assert confirmed_by_dm <= set(counts), confirmed_by_dm - set(counts)
        replays = sum(
            log.read_text(errors="replace").count("replaying Slack event")
            for log in tmp_path.glob("bot-*.log")
        )
        print(
            f"accepted DMs {len(seen['accepted'])}, acked commands {len(seen['confirmed'])}, "
            f"stored {len(counts)}, replayed after a kill {replays}"
        )
    finally:
        last.stop()
        engine.dispose()
