"""Engines and sessions, with every wait on the database bounded.

SQLite runs in WAL mode with a busy timeout so listener threads and the nudge dispatcher can
write at the same time without "database is locked".

PostgreSQL gets a connect timeout, a statement and lock timeout, a pool timeout and TCP
keepalives; and because a frozen server answers none of those, sessions made by a factory with a
`deadline` are also bounded on our side (storage.deadlines): past it, the connection is cut and
the commit refused, so a reply that says "nothing was saved" stays true when the server thaws.
"""

from __future__ import annotations

import contextlib
import os
import threading
import weakref
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from storage.deadlines import WATCHDOG

SQLITE_BUSY_TIMEOUT_MS = 5_000
POSTGRES_CONNECT_TIMEOUT_S = 2  # libpq's smallest useful value
POSTGRES_STATEMENT_TIMEOUT_MS = 5_000
POSTGRES_LOCK_TIMEOUT_MS = 3_000
#: A session whose client vanished mid-transaction (a deadline cut its socket during a network
#: freeze) would otherwise hold its row locks until the server notices: our transactions are
#: short and never wait on Slack, so 30 s idle inside one means nobody is coming back.
POSTGRES_IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000
POOL_TIMEOUT_S = 2.0
#: What a listener's session may take, end to end, before it gives up: Slack wants its ack
#: within 3 s, and the polite "try again" must still make it.
REQUEST_DEADLINE_S = 2.0
#: The same for the dispatcher's short transactions, which no user waits on.
BACKGROUND_DEADLINE_S = 10.0


class DatabaseUnavailable(Exception):
    """The database did not answer in time; whatever was being done was not saved."""


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
    engine = create_engine(
        url,
        pool_size=10,
        max_overflow=20,
        pool_timeout=POOL_TIMEOUT_S,
        connect_args={
            "connect_timeout": POSTGRES_CONNECT_TIMEOUT_S,
            "options": (
                f"-c statement_timeout={POSTGRES_STATEMENT_TIMEOUT_MS} "
                f"-c lock_timeout={POSTGRES_LOCK_TIMEOUT_MS} "
                f"-c idle_in_transaction_session_timeout={POSTGRES_IDLE_IN_TRANSACTION_TIMEOUT_MS}"
            ),
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
        },
    )
    event.listen(engine, "checkout", _watch_and_ping(engine))
    event.listen(
        engine, "checkin", lambda dbapi_connection, _record: WATCHDOG.release(dbapi_connection)
    )
    return engine


def _watch_and_ping(engine: Engine):
    """Pool checkout: put the connection under the thread's deadline, then check it is alive.

    This is SQLAlchemy's `pool_pre_ping`, done here because the built-in one runs before any
    checkout hook, where no deadline could bound it. A dead connection is replaced by the pool
    (DisconnectionError), unless the deadline already passed: then there is no time to connect.
    """

    def on_checkout(dbapi_connection, _record, _proxy) -> None:
        deadline = WATCHDOG.watch(dbapi_connection)
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            if deadline is not None and deadline.passed():
                raise DatabaseUnavailable("the database did not answer in time") from error
            raise exc.DisconnectionError(type(error).__name__) from error

    return on_checkout


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


class BoundedSession(Session):
    """A session that lives at most `deadline` seconds (None: unbounded).

    Armed when it is made, disarmed when it is closed; a commit after the deadline is refused.
    """

    def __init__(self, *args: Any, deadline: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stack = ExitStack()
        self.deadline = (
            None if deadline is None else self._stack.enter_context(WATCHDOG.armed(deadline))
        )

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._stack.close()


@event.listens_for(BoundedSession, "before_commit")
def _refuse_late_commit(session: Session) -> None:
    deadline = getattr(session, "deadline", None)
    if deadline is not None and deadline.passed():
        raise DatabaseUnavailable("the database took too long; nothing was committed")


def make_session_factory(engine: Engine, *, deadline: float | None = None) -> sessionmaker[Session]:
    """Sessions for `engine`; with `deadline`, each is bounded to that many seconds (see
    REQUEST_DEADLINE_S and BACKGROUND_DEADLINE_S)."""
    return sessionmaker(engine, class_=BoundedSession, expire_on_commit=False, deadline=deadline)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: committed when the block ends, rolled back if it raises (or if the
    factory's deadline passed first)."""
    with _writer_turn(factory), factory() as session, session.begin():
        yield session


def is_unavailable(error: BaseException) -> bool:
    """True for the errors that mean "the database did not answer", not "our bug"."""
    return isinstance(
        error,
        (
            DatabaseUnavailable,
            TimeoutError,  # _writer_turn: SQLite stayed busy
            exc.OperationalError,
            exc.TimeoutError,
            exc.DisconnectionError,
        ),
    )


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
    """True when the database answers (`oneonone doctor`; `/healthz` reads storage.health)."""
    from sqlalchemy import text

    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception:
        return False
    return True
