"""Fixtures: the fake Slack, databases (SQLite always, PostgreSQL when its URL is given), the
clock, and the real Bolt app served over HTTP.

PostgreSQL: set ONEONONE_TEST_POSTGRES_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test,
as `.ci/run` does). Each test run creates a database of its own there and drops it at the end,
because the server outlives the run. Without the URL those tests skip and say why.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from bot.app import build_app
from bot.config import Config, has_postgres_driver
from bot.fake_slack import FakeSlack
from bot.server import make_server
from bot.slack_client import make_web_client
from services import verdicts
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.models import Base
from tests.harness import Clock, HttpBot
from tests.properties import examples
from tests.signing import SIGNING_SECRET

# Speed is measured in bench/, never asserted by tests: on a shared, loaded machine one example
# of a property test may take longer than Hypothesis's 200 ms default, and that is no failure.
# Under CI the examples are derived from each test's name, so a landing run is repeatable; a
# local run draws fresh examples each time and finds new cases.
# The quick run draws a quarter of the examples; .ci/run draws them all again (tests/properties).
settings.register_profile("house", deadline=None, max_examples=examples(100))
settings.register_profile("ci", deadline=None, derandomize=True, max_examples=examples(100))
settings.load_profile("ci" if os.environ.get("CI") else "house")

#: As the app does at start: every entry text written carries its verdict, in storage-only
#: tests too.
verdicts.install()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every Hypothesis test `property`, so .ci/run can run them all again thoroughly."""
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.property)


POSTGRES_ENV = "ONEONONE_TEST_POSTGRES_URL"
NO_POSTGRES = f"PostgreSQL tests need {POSTGRES_ENV} (see README: Running the tests)"
NO_DRIVER = "PostgreSQL tests need its driver: pip install -e '.[test,postgres]'"


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack().start()
    fake.add_user("UALICE001", tz="America/New_York", name="alice")
    fake.add_user("UBOB00001", tz="Europe/Berlin", name="bob")
    fake.add_user("UDANA0001", tz="America/New_York", name="dana")
    yield fake
    fake.stop()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh database on the PostgreSQL server for this test run, dropped afterwards."""
    admin_url = os.environ.get(POSTGRES_ENV)
    if not admin_url:
        pytest.skip(NO_POSTGRES)
    if not has_postgres_driver():
        pytest.skip(NO_DRIVER)
    admin_url = make_url(admin_url).set(drivername="postgresql+psycopg")
    name = f"oneonone_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _clean(engine: Engine) -> None:
    """Empty every table. A test that froze or cut a connection (the database-freeze tests) can
    leave a server session idle in its transaction, holding row locks: end those first, so one
    test's leftovers never time out the next test's set-up."""
    with engine.begin() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """One SQLite file the real migrations brought to head, made once per run: each test starts
    from a copy (2 ms) rather than migrating a database of its own (over 100 ms)."""
    path = tmp_path_factory.mktemp("migrated") / "oneonone.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()  # the last connection to close folds the WAL back into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


#: One dialect and one compiled-statement cache per database kind in a test worker.
_SHARED_COMPILING: dict[str, tuple[Any, Any]] = {}


def _test_engine(url: str) -> Engine:
    """`make_engine(url)`, sharing its dialect and compiled statements with the test's siblings.

    SQLAlchemy caches a compiled statement per engine, keyed by the engine's dialect object, so
    an engine made afresh for each test compiled every statement it ran again: a fifth of the
    Slack tests' CPU. Engines of one kind in one test run are configured alike, so they can share
    both; each test still has a database, a pool and connections of its own.
    """
    engine = make_engine(url)
    kind = engine.url.drivername
    if kind in _SHARED_COMPILING:
        engine.dialect, engine._compiled_cache = _SHARED_COMPILING[kind]
    else:
        # SQLAlchemy initialises an engine's own dialect at its first connection: connect now,
        # or every engine after one that never connects runs on an uninitialised dialect (a
        # fresh-eyes review found a test order that failed so)
        with engine.connect():
            pass
        _SHARED_COMPILING[kind] = (engine.dialect, engine._compiled_cache)
    return engine


@pytest.fixture
def sqlite_engine(tmp_path, migrated_sqlite) -> Iterator[Engine]:
    path = tmp_path / "oneonone.db"
    shutil.copyfile(migrated_sqlite, path)
    engine = _test_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


@pytest.fixture
def postgres_engine(postgres_url) -> Iterator[Engine]:
    engine = _test_engine(postgres_url)
    _clean(engine)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine(request) -> Engine:
    """Runs the test once on SQLite and once on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_engine")


@pytest.fixture
def session_factory(engine):
    return make_session_factory(engine)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def config_for(fake_slack: FakeSlack, database_url: str = "sqlite://") -> Config:
    return Config(
        bot_token="xoxb-test-token",
        signing_secret=SIGNING_SECRET,
        database_url=database_url,
        slack_api_url=fake_slack.api_url,
    )


@pytest.fixture
def backoffs() -> list[float]:
    """The pauses the Web API client's retry backoff took, noted instead of slept."""
    return []


@pytest.fixture
def bolt_app(fake_slack, sqlite_engine, clock, backoffs):
    config = config_for(fake_slack)
    return build_app(
        client=make_web_client(config, sleep=backoffs.append),
        signing_secret=SIGNING_SECRET,
        session_factory=make_session_factory(sqlite_engine),
        clock=clock,
    )


@pytest.fixture
def http_bot(bolt_app) -> Iterator[HttpBot]:
    bot = HttpBot(make_server(bolt_app, host="127.0.0.1", port=0)).start()
    yield bot
    bot.stop()
