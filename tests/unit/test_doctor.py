"""`oneonone doctor` against the fake Slack: each check says ok, or the problem and its fix."""

from __future__ import annotations

import pytest

from bot.doctor import run_doctor
from storage.db import make_engine
from storage.migrate import upgrade


@pytest.fixture
def env(monkeypatch, fake_slack, tmp_path):
    for name in (
        "SLACK_APP_TOKEN",
        "PORT",
        "LOG_LEVEL",
        "ONEONONE_TICK_SECONDS",
        "ONEONONE_SECRET_KEY",
        "ONEONONE_CALENDAR_POLL_MINUTES",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "secret")
    monkeypatch.setenv("SLACK_API_URL", fake_slack.api_url)
    url = f"sqlite:///{tmp_path / 'doctor.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def doctor() -> tuple[int, list[str]]:
    lines: list[str] = []
    code = run_doctor(lines.append)
    return code, lines


def test_all_good_after_migrating(env):
    upgrade(make_engine(env))
    code, lines = doctor()
    assert code == 0, lines
    assert [line.split()[0] for line in lines[:-1]] == ["ok"] * 5
    assert "valid for Fake Team" in lines[3]


def test_calendars_say_how_to_make_a_key_that_works(env, monkeypatch):
    upgrade(make_engine(env))
    _, lines = doctor()
    (line,) = [line for line in lines if "calendars" in line]
    assert "ONEONONE_SECRET_KEY is not set" in line
    key = line.rsplit("ONEONONE_SECRET_KEY=", 1)[1].strip()
    monkeypatch.setenv("ONEONONE_SECRET_KEY", key)
    code, lines = doctor()
    assert code == 0 and any("calendar addresses are encrypted" in line for line in lines)


def test_a_malformed_key_stops_at_configuration(env, monkeypatch):
    monkeypatch.setenv("ONEONONE_SECRET_KEY", "not-a-key")
    code, lines = doctor()
    assert code == 1
    assert lines[0].startswith("problem  configuration: ONEONONE_SECRET_KEY: should be a Fernet")


def test_unmigrated_database_says_how_to_fix(env):
    code, lines = doctor()
    assert code == 1
    assert any(
        line.startswith("problem  migrations") and "oneonone migrate" in line for line in lines
    )


def test_token_rejected_by_slack(env, fake_slack):
    upgrade(make_engine(env))
    fake_slack.answer = lambda method, params: {"ok": False, "error": "invalid_auth"}
    code, lines = doctor()
    assert code == 1
    assert any("slack token" in line and "invalid_auth" in line for line in lines)


def test_missing_token_is_the_first_problem(env, monkeypatch):
    monkeypatch.delenv("SLACK_BOT_TOKEN")
    code, lines = doctor()
    assert code == 1
    assert lines[0].startswith("problem  configuration: SLACK_BOT_TOKEN")
