"""What reading a calendar costs: a busy person's calendar, parsed, and one poll end to end.

A generated calendar like a busy manager's: 60 weekly series (1:1s and group meetings, with moved
and declined occurrences) and 300 one-off meetings in the six weeks the bot reads. Printed:

- *parse*: icalendar + recurring-ical-events + deciding what is a 1:1 (coaching.calendar);
- *poll, changed*: one poll through the real code (HTTP fetch from a local server, parse, Slack
  lookups cached, import, nudge re-plan on SQLite) when the calendar changed every time;
- *poll, unchanged*: the same when the server answers 304 (the conditional GET) and the last
  import is under six hours old, so nothing is parsed or planned again — the ratio to
  *changed* is what a quiet calendar saves.

    python bench/calendar_poll.py [--polls 30]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)
from common import summary
from cryptography.fernet import Fernet

from bot.config import Config
from bot.fake_slack import TEAM_ID, FakeSlack
from bot.slack_client import make_web_client
from coaching.calendar import Me, find_meetings, read_calendar, window
from handlers.calendar.sync import poll_claimed
from services.calendar_settings import calendar_settings
from storage import calendars as calendar_store
from storage.db import make_engine, make_session_factory, transaction
from storage.migrate import upgrade
from storage.secret_box import seal
from storage.users import ensure_user
from tests.calendar.feed_server import FeedServer

NOW = datetime(2027, 3, 8, 9, 0, tzinfo=UTC)


def busy_calendar(variant: int = 0) -> bytes:
    events = []
    me = "ATTENDEE;CN=Alice;PARTSTAT=ACCEPTED:mailto:alice@example.com\r\n"
    for i in range(60):
        people = f"ATTENDEE;CN=P{i}:mailto:p{i}@example.com\r\n"
        if i % 3:
            people += "".join(f"ATTENDEE:mailto:g{i}-{k}@example.com\r\n" for k in range(4))
        day, at = 8 + i % 5, f"{9 + i % 8:02d}{variant % 60:02d}00"
        head = f"BEGIN:VEVENT\r\nUID:s{i}@b\r\nDTSTAMP:20270101T000000Z\r\n"
        tail = f"DURATION:PT30M\r\nSUMMARY:Series {i}\r\n{people}{me}END:VEVENT\r\n"
        events.append(
            f"{head}DTSTART;TZID=America/New_York:202702{day:02d}T{at}\r\n"
            f"RRULE:FREQ=WEEKLY\r\n{tail}"
            f"{head}RECURRENCE-ID;TZID=America/New_York:202703{day + 7:02d}T{at}\r\n"
            f"DTSTART;TZID=America/New_York:202703{day + 8:02d}T160000\r\n{tail}"
        )
    for i in range(300):
        start = NOW + timedelta(hours=3 * i)
        events.append(
            f"BEGIN:VEVENT\r\nUID:o{i}@b\r\nDTSTAMP:20270101T000000Z\r\n"
            f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDURATION:PT45M\r\nSUMMARY:1:1 with Person {i}\r\n"
            f"END:VEVENT\r\n"
        )
    body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n" + "".join(events)
    return (body + "END:VCALENDAR\r\n").encode()


def bench_parse(rounds: int) -> float:
    data = busy_calendar()
    start, end = window(NOW)
    me = Me(frozenset({"alice@example.com"}), "Alice")
    samples = []
    for _ in range(rounds):
        began = time.perf_counter()
        found = find_meetings(read_calendar(data, start=start, end=end, tz="UTC"), me)
        samples.append((time.perf_counter() - began) * 1000)
    occurrences = sum(len(f.starts) for f in found)
    print(f"calendar: {len(data) // 1024} KiB, {len(found)} events, {occurrences} occurrences")
    return summary("parse + find 1:1s", samples)[0]


def bench_polls(polls: int) -> tuple[float, float]:
    key = Fernet.generate_key().decode()
    os.environ["ONEONONE_SECRET_KEY"] = key
    os.environ["ONEONONE_CALENDAR_ALLOW_PRIVATE"] = "1"
    settings = calendar_settings()
    fake, feed = FakeSlack().start(), FeedServer().start()
    fake.add_user("UALICE001", tz="America/New_York", name="alice")
    client = make_web_client(
        Config(bot_token="xoxb-b", signing_secret="x", slack_api_url=fake.api_url),
        wait_on_rate_limit=False,
    )
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.db'}")
        upgrade(engine)
        factory = make_session_factory(engine)
        url = feed.url("/busy.ics")
        with transaction(factory) as session:
            user = ensure_user(session, TEAM_ID, "UALICE001", now=NOW)
            user.tz = "America/New_York"
            secret = seal(key, f'{{"url": "{url}"}}')
            calendar_id = calendar_store.connect(
                session, user, kind="ics", secret=secret, label="bench", now=NOW
            ).id
        results = []
        for changing in (True, False):
            samples = []
            for i in range(polls + 1):
                if changing or i == 0:
                    feed.serve("/busy.ics", busy_calendar(i if changing else 0))
                now = NOW + timedelta(minutes=11 * (i + 1) + (0 if changing else 10_000))
                began = time.perf_counter()
                poll_claimed(factory, client, calendar_id, now, settings=settings)
                if i:  # the first poll of each run warms up (and, unchanged, fetches the copy)
                    samples.append((time.perf_counter() - began) * 1000)
            name = "poll, changed (200)" if changing else "poll, unchanged (304)"
            results.append(summary(name, samples)[0])
        engine.dispose()
    feed.stop()
    fake.stop()
    return results[0], results[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--polls", type=int, default=30)
    args = parser.parse_args()
    bench_parse(max(5, args.polls // 3))
    changed, unchanged = bench_polls(args.polls)
    print(f"unchanged / changed poll: {unchanged / changed:.2f}")


if __name__ == "__main__":
    main()
