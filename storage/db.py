"""Engines and sessions.

SQLite runs in WAL mode with a busy timeout so listener threads and the nudge dispatcher can
write at the same time without "database is locked".
"""

from __future__ import annotations

import contextlib
import os
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 15_000


def make_engine(url: str) -> Engine:
    """An engine for `url` with the settings this bot relies on."""
    if url.startswith("sqlite"):
        _create_private(url)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)


def _create_private(url: str) -> None:
    """Create a new SQLite file readable by its owner only (0600): it holds everyone's journal.
    SQLite gives its `-wal` and `-shm` files the same mode as the database file."""
    path = make_url(url).database
    if not path or path == ":memory:" or path.startswith("file:") or os.path.exists(path):
        return
    with contextlib.suppress(FileNotFoundError):  # a missing folder: SQLite says so itself
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Let SQLAlchemy issue BEGIN itself (see _sqlite_begin_immediate).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin_immediate(connection) -> None:
    """Take the write lock at BEGIN.

    A deferred transaction that reads and then writes can fail with "database is locked" at
    once, busy timeout or not, when another writer got in between; IMMEDIATE waits its turn.
    """
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back if it raises."""
    with _writer_turn(factory), factory() as session, session.begin():
        yield session


_writer_locks: weakref.WeakKeyDictionary[Engine, threading.RLock] = weakref.WeakKeyDictionary()
_writer_locks_guard = threading.Lock()


@contextmanager
def _writer_turn(factory: sessionmaker[Session]) -> Iterator[None]:
    """On SQLite, this process's transactions take turns on a lock of our own before
    BEGIN IMMEDIATE. SQLite lets one writer in at a time and makes the others poll with a
    growing sleep, which under load lets one thread lose the race for seconds (a slash command
    then misses Slack's 3 s); a waiting thread here is woken the moment the lock is free.
    Other processes on the same file still wait through SQLite's busy timeout."""
    engine = factory.kw.get("bind")
    if engine is None or engine.dialect.name != "sqlite":
        yield
        return
    with _writer_locks_guard:
        lock = _writer_locks.setdefault(engine, threading.RLock())
    if not lock.acquire(timeout=SQLITE_BUSY_TIMEOUT_MS / 1000):
        raise TimeoutError("the database is busy")
    try:
        yield
    finally:
        lock.release()


def ping(engine: Engine) -> bool:
    """True when the database answers; what `GET /healthz` reports to a load balancer."""
    from sqlalchemy import text

    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        return False
    return True
