"""Start-up details from issue 10: `.env` is read from the working directory, and a new SQLite
file is private to its owner."""

from __future__ import annotations

import os
import stat

import pytest

from bot.cli import main
from storage.db import make_engine
from storage.migrate import upgrade

SETTINGS = ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DATABASE_URL")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_sqlite_file_and_its_wal_are_readable_by_the_owner_only(tmp_path):
    path = tmp_path / "oneonone.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    with engine.connect() as connection:  # keeps the WAL open while we look
        connection.exec_driver_sql("SELECT 1")
        assert _mode(path) == 0o600
        wal = tmp_path / "oneonone.db-wal"
        assert wal.exists() and _mode(wal) == 0o600
    engine.dispose()


def test_an_existing_sqlite_file_keeps_the_mode_its_owner_gave_it(tmp_path):
    path = tmp_path / "shared.db"
    path.touch(mode=0o640)
    os.chmod(path, 0o640)
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    assert _mode(path) == 0o640


def test_dotenv_in_the_working_directory_is_read(tmp_path, monkeypatch, capsys):
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    database = tmp_path / "from-dotenv.db"
    (tmp_path / ".env").write_text(
        "SLACK_BOT_TOKEN=xoxb-from-dotenv\n"
        "SLACK_SIGNING_SECRET=secret-from-dotenv\n"
        f"DATABASE_URL=sqlite:///{database}\n"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["migrate"]) == 0
    assert "database is up to date" in capsys.readouterr().out
    assert database.exists() and _mode(database) == 0o600
    assert os.environ["SLACK_BOT_TOKEN"] == "xoxb-from-dotenv"


def test_without_dotenv_the_missing_token_is_named(tmp_path, monkeypatch, capsys):
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["migrate"]) == 2
    assert "SLACK_BOT_TOKEN: missing" in capsys.readouterr().err


@pytest.fixture(autouse=True)
def _quiet_logging():
    """`main` configures logging for the process; put it back as it was."""
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:], root.level = handlers, level
