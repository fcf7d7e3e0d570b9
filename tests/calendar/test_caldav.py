"""The same calendar on a real CalDAV server (Radicale, started by the test): the same nudges
as the feed (issue 14, must-show 2). Connected through the calendar form, with a username and
an app password the server checks."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from collections import defaultdict

import caldav
import pytest

from tests import signing
from tests.calendar.conftest import live
from tests.calendar.feeds import (
    DANA_STARTS,
    SAM_STARTS,
    START,
    calendar,
    others,
    utc,
    weekly_with_dana,
)
from tests.processes import free_port
from tests.signing import TEAM_ID
from tests.slack.conftest import ALICE

pytestmark = pytest.mark.slow

USER, PASSWORD = "alice", "app-password-7Qx"


@pytest.fixture
def radicale(tmp_path):
    """Radicale on 127.0.0.1 with one user, and Alice's calendar uploaded to it."""
    port = free_port()
    (tmp_path / "users").write_text(f"{USER}:{PASSWORD}\n")
    process = subprocess.Popen(
        [
            sys.executable, "-m", "radicale",
            "--server-hosts", f"127.0.0.1:{port}",
            "--storage-filesystem-folder", str(tmp_path / "collections"),
            "--auth-type", "htpasswd",
            "--auth-htpasswd-filename", str(tmp_path / "users"),
            "--auth-htpasswd-encryption", "plain",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}/"
    try:
        client = caldav.DAVClient(url=base, username=USER, password=PASSWORD, timeout=5)
        deadline = time.monotonic() + 20
        while True:
            try:
                principal = client.principal()
                break
            except Exception:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.1)
        work = principal.make_calendar(name="Work", cal_id="work")
        for events in _by_uid(weekly_with_dana() + others()):
            work.save_event(calendar(events).decode())
        yield f"{base}{USER}/work/"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _by_uid(events: str) -> list[str]:
    """CalDAV stores one resource per event: the master and its moved occurrences together."""
    groups: dict[str, list[str]] = defaultdict(list)
    for block in events.split("BEGIN:VEVENT\r\n")[1:]:
        uid = block.split("UID:", 1)[1].split("\r\n", 1)[0]
        groups[uid].append("BEGIN:VEVENT\r\n" + block)
    return ["".join(parts) for parts in groups.values()]


def submit_form(http_bot, values: dict[str, str]):
    payload = {
        "type": "view_submission",
        "team": {"id": TEAM_ID, "domain": "fake"},
        "user": {"id": ALICE, "team_id": TEAM_ID, "username": "alice"},
        "api_app_id": "A0APP",
        "trigger_id": "1337.42.abcd",
        "view": {
            "id": f"V{uuid.uuid4().hex[:8].upper()}",
            "type": "modal",
            "callback_id": "calendar_modal",
            "private_metadata": "",
            "state": {
                "values": {
                    block: {"value": {"type": "plain_text_input", "value": value}}
                    for block, value in values.items()
                }
            },
            "hash": str(time.time()),
            "team_id": TEAM_ID,
        },
        "response_urls": [],
    }
    return http_bot.post(signing.interaction(payload))


def test_a_caldav_calendar_plans_the_same_nudges_as_the_feed(
    radicale, alice, http_bot, dispatcher, clock, fake_slack, sqlite_engine
):
    clock.current = START
    before = len(fake_slack.calls_to("chat.postMessage"))
    reply = submit_form(http_bot, {"caldav": radicale, "username": USER, "password": PASSWORD})
    assert reply.status == 200 and not reply.text, reply.text
    dms = fake_slack.wait_for("chat.postMessage", before + 2, timeout=20)[before:]
    texts = [c.params["text"] for c in dms]
    assert any("Connecting your calendar" in t for t in texts)
    assert any("Your calendar is connected" in t for t in texts), texts
    for day in (utc(3, 22, 10), utc(4, 5, 10)):
        clock.current = day
        dispatcher.tick()
    assert live(sqlite_engine) == {
        (start, kind) for start in DANA_STARTS + SAM_STARTS for kind in ("before:1h", "after")
    }
    assert PASSWORD not in json.dumps([c.params for c in fake_slack.calls])


def test_a_wrong_app_password_is_refused_and_nothing_is_imported(
    radicale, alice, http_bot, clock, fake_slack, sqlite_engine
):
    clock.current = START
    before = len(fake_slack.calls_to("chat.postMessage"))
    submit_form(http_bot, {"caldav": radicale, "username": USER, "password": "wrong"})
    dms = fake_slack.wait_for("chat.postMessage", before + 2, timeout=20)[before:]
    assert any("didn't accept the username and app password" in c.params["text"] for c in dms)
    assert live(sqlite_engine) == set()
