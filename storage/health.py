"""Is the database answering right now? A background probe with a client-side deadline.

`/healthz` and the listeners' entry check read `healthy()`, which never touches the database:
they answer at once even when the server is frozen. The probe runs `SELECT 1` every `every`
seconds; a probe still waiting after `deadline` seconds marks the database down at once (the
watchdog then cuts its connection), and the first probe that answers again marks it up.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import Engine, text

from storage.deadlines import WATCHDOG

log = logging.getLogger(__name__)


class DatabaseMonitor:
    def __init__(self, engine: Engine, *, every: float = 0.25, deadline: float = 1.0) -> None:
        self.engine, self.every, self.deadline = engine, every, deadline
        self._ok = True
        self._probe_started: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="db-monitor", daemon=True)

    def start(self) -> DatabaseMonitor:
        self._probe()  # know the state before the first request
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def healthy(self) -> bool:
        started = self._probe_started
        if started is not None and time.monotonic() - started > self.deadline:
            return False
        return self._ok

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self._probe()

    def _probe(self) -> None:
        self._probe_started = time.monotonic()
        try:
            with WATCHDOG.armed(self.deadline), self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            ok = True
        except Exception as error:
            ok = False
            log.debug("database probe failed: %s", type(error).__name__)
        finally:
            self._probe_started = None
        if ok != self._ok:
            log.log(
                logging.INFO if ok else logging.WARNING,
                "database is %s",
                "answering again" if ok else "not answering",
            )
        self._ok = ok
