"""`oneonone run` as a real process: start-up errors, then HTTP mode end to end."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests import signing
from tests.harness import HttpClient
from tests.processes import clean_env, free_port, oneonone_command

pytestmark = pytest.mark.slow


def run_cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        oneonone_command() + args, env=env, cwd=cwd, capture_output=True, text=True, timeout=60
    )


def test_missing_token_exits_2_naming_it(tmp_path):
    result = run_cli(["run"], clean_env(), tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "SLACK_BOT_TOKEN" in lines[0]


def test_malformed_database_url_exits_2_naming_it(tmp_path):
    env = clean_env(
        SLACK_BOT_TOKEN="xoxb-1", SLACK_SIGNING_SECRET="s", DATABASE_URL="postgres//oops"
    )
    result = run_cli(["run"], env, tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "DATABASE_URL" in lines[0]


def test_http_mode_serves_signed_commands_and_health(tmp_path, fake_slack):
    port = free_port()
    env = clean_env(
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=signing.SIGNING_SECRET,
        SLACK_API_URL=fake_slack.api_url,
        DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}",
        PORT=str(port),
        HOST="127.0.0.1",
        ONEONONE_TICK_SECONDS="1",
    )
    process = subprocess.Popen(
        [*oneonone_command(), "run"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        bot = HttpClient(port)
        deadline = time.monotonic() + 30
        while True:
            try:
                if bot.get("/healthz").status == 200:
                    break
            except OSError:
                pass
            assert process.poll() is None, process.stdout.read()
            assert time.monotonic() < deadline, "the bot did not come up in 30 s"
            time.sleep(0.1)
        reply = bot.post(signing.slash_command("help"))
        assert reply.status == 200 and "/oneonone prep" in reply.json()["text"]
        assert bot.post(signing.slash_command("help", secret="wrong")).status == 401
        assert (tmp_path / "bot.db").exists()
        assert fake_slack.calls_to("auth.test"), "the token is checked at start"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            assert process.wait(timeout=15) == 0
        finally:
            process.kill()
