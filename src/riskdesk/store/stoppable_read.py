"""A read on a thread of its own that another thread can stop: the case list's rest,
read while the window answers keys (at 100,000 people, seconds of work), must end
promptly when the vault is locked, before the key is wiped, and never touch the vault
after that.

Stopping has two halves, because a thread is stopped only where it meets the database:

- a statement running on the read's connection is interrupted (SQLite's
  ``interrupt()``, PostgreSQL's ``cancel()``); the interrupt lands only on a statement
  already running, so :meth:`StoppableRead.stop` repeats it until the read has let go
  (as the page check is stopped at lock, :meth:`VaultHealth.stop_checking`);
- a statement about to start on the read's thread is refused (:class:`ReadStopped`).

Either way the use case's unit of work rolls back: nothing is written, not even its audit
event, for a read whose result nobody sees. The listeners below are SQLAlchemy's, on every
pool and engine, but act only on a thread inside :meth:`StoppableRead.run`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

from riskdesk.store.repeated_interrupt import acquire_interrupting

_on_this_thread = threading.local()


class ReadStopped(Exception):
    """The read was stopped (the vault is being locked); nobody waits for its result."""


class StoppableRead:
    """Runs one call (:meth:`run`) that :meth:`stop`, from another thread, ends at the
    database's next step."""

    def __init__(self) -> None:
        self._stopped = False
        self._connections: list[Any] = []
        self._connections_lock = threading.Lock()
        # Held while run() runs: stop() returns once it can take it.
        self._running = threading.Lock()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def run[T](self, call: Callable[[], T]) -> T:
        """``call()`` on this thread; raises :class:`ReadStopped` (or the driver's error
        for an interrupted statement) once :meth:`stop` was called."""
        with self._running:
            if self._stopped:
                raise ReadStopped
            _on_this_thread.read = self
            try:
                return call()
            finally:
                _on_this_thread.read = None
                with self._connections_lock:
                    self._connections.clear()

    def stop(self) -> None:
        """End the read and return once it has let go of the database (at once if it
        has not begun, or has ended)."""
        self._stopped = True
        acquire_interrupting(self._running, self._interrupt)
        self._running.release()

    def _interrupt(self) -> None:
        with self._connections_lock:
            for connection in self._connections:
                stop = getattr(connection, "interrupt", None) or connection.cancel
                stop()

    def _checked_out(self, connection: Any) -> None:
        with self._connections_lock:
            self._connections.append(connection)

    def _checked_in(self, connection: Any) -> None:
        with self._connections_lock:
            if connection in self._connections:
                self._connections.remove(connection)


def _read_on_this_thread() -> StoppableRead | None:
    return getattr(_on_this_thread, "read", None)


@event.listens_for(Pool, "checkout")
def _checked_out(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
    read = _read_on_this_thread()
    if read is not None:
        read._checked_out(dbapi_connection)


@event.listens_for(Pool, "checkin")
def _checked_in(dbapi_connection: Any, _record: Any) -> None:
    read = _read_on_this_thread()
    if read is not None and dbapi_connection is not None:
        read._checked_in(dbapi_connection)


@event.listens_for(Engine, "before_cursor_execute")
def _before_statement(*_args: Any) -> None:
    read = _read_on_this_thread()
    if read is not None and read.stopped:
        raise ReadStopped
