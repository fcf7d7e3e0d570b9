"""Client-side deadlines for database work: a frozen server cannot hold a thread for ever.

A server that hangs (frozen VM, stalled disk, a paused network path) answers nothing, so its own
`statement_timeout` never fires, and the kernel keeps ACKing our bytes, so TCP keepalives and
`tcp_user_timeout` stay quiet too. The only bound left is on our side: when a thread's deadline
passes while it still holds a database connection, the watchdog shuts that connection's socket
down. The blocked driver call then fails at once ("server closed the connection"), SQLAlchemy
discards the connection, and the caller's transaction rolls back — nothing was saved.

A thread arms a deadline (`WATCHDOG.armed(seconds)`) before it opens a session; every connection
it checks out meanwhile is registered (`watch`, from the pool's checkout event in storage.db) until
it goes back to the pool (`release`, from the checkin event).
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)
class Deadline:
    """One armed deadline: a monotonic instant and the connections used before it."""

    at: float
    connections: list[Any] = field(default_factory=list)
    fired: bool = False

    def passed(self) -> bool:
        return self.fired or time.monotonic() >= self.at


class Watchdog:
    """One thread that sleeps until the earliest armed deadline and cuts what outlived it."""

    def __init__(self) -> None:
        self._armed: set[Deadline] = set()
        self._condition = threading.Condition()
        self._local = threading.local()
        self._thread: threading.Thread | None = None

    @contextlib.contextmanager
    def armed(self, seconds: float) -> Iterator[Deadline]:
        """Within this block, this thread's database connections live at most `seconds`."""
        deadline = Deadline(time.monotonic() + seconds)
        stack = self._stack()
        stack.append(deadline)
        with self._condition:
            self._armed.add(deadline)
            self._start()
            self._condition.notify()
        try:
            yield deadline
        finally:
            with self._condition:
                self._armed.discard(deadline)
            stack.remove(deadline)

    def watch(self, dbapi_connection: Any) -> Deadline | None:
        """Put a connection this thread just checked out under its innermost deadline."""
        stack = self._stack()
        if not stack:
            return None
        deadline = stack[-1]
        with self._condition:
            deadline.connections.append(dbapi_connection)
            if deadline.fired:
                _cut(dbapi_connection)
        return deadline

    def release(self, dbapi_connection: Any) -> None:
        """The connection went back to the pool: whoever takes it next is not bound by our
        deadline (pool checkin event)."""
        with self._condition:
            for deadline in self._armed:
                if dbapi_connection in deadline.connections:
                    deadline.connections.remove(dbapi_connection)

    def _stack(self) -> list[Deadline]:
        if not hasattr(self._local, "stack"):
            self._local.stack = []
        return self._local.stack

    def _start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="db-watchdog", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        with self._condition:
            while True:
                now = time.monotonic()
                waiting = [d for d in self._armed if not d.fired]
                for deadline in [d for d in waiting if d.at <= now]:
                    deadline.fired = True
                    for connection in deadline.connections:
                        _cut(connection)
                upcoming = [d.at for d in waiting if d.at > now]
                self._condition.wait(timeout=min(upcoming) - now if upcoming else None)


def _cut(dbapi_connection: Any) -> None:
    """Shut the connection's socket down under the driver's feet (psycopg: `fileno()`)."""
    if getattr(dbapi_connection, "closed", False) or not hasattr(dbapi_connection, "fileno"):
        return
    with contextlib.suppress(Exception):  # already closed, or closed meanwhile: nothing to cut
        duplicate = socket.socket(fileno=os.dup(dbapi_connection.fileno()))
        with duplicate:
            duplicate.shutdown(socket.SHUT_RDWR)


WATCHDOG = Watchdog()
