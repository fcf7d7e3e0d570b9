"""Starting `oneonone` as a real process, the way a user or an operator would."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from tests.harness import HttpClient

ROOT = Path(__file__).resolve().parents[1]


def oneonone_command() -> list[str]:
    """The installed console script when there is one, else the same entry point via -m."""
    script = Path(sys.executable).with_name("oneonone")
    if script.exists():
        return [str(script)]
    found = shutil.which("oneonone")
    return [found] if found else [sys.executable, "-m", "bot.cli"]


def clean_env(**overrides: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "DATABASE_URL", "ONEONONE_", "PORT", "LOG_LEVEL", "HOST"))
    }
    env["PYTHONPATH"] = str(ROOT)
    env.update(overrides)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class BotProcess:
    """`oneonone run` in HTTP mode on a free port; `.client` talks to it."""

    def __init__(self, cwd: Path, **env: str) -> None:
        self.port = free_port()
        self.cwd = cwd
        self.env = clean_env(PORT=str(self.port), HOST="127.0.0.1", **env)
        self.client = HttpClient(self.port)
        self.process: subprocess.Popen | None = None
        self.log = cwd / f"bot-{self.port}.log"

    def start(self, timeout: float = 30) -> BotProcess:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [*oneonone_command(), "run"],
                env=self.env,
                cwd=self.cwd,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self.client.get("/healthz").status == 200:
                    return self
            except OSError:
                pass
            if self.process.poll() is not None:
                raise AssertionError(f"the bot exited: {self.log.read_text()[-2000:]}")
            if time.monotonic() > deadline:
                raise AssertionError("the bot did not come up in time")
            time.sleep(0.1)

    def stop(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()

    def kill(self) -> int:
        """SIGKILL: the process dies mid-whatever, as in a crash or an OOM kill."""
        assert self.process is not None
        self.process.kill()
        return self.process.wait()
