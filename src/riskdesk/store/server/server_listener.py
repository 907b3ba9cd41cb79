"""Hearing the team server's announcements (see :mod:`server_notify`): one connection of
its own, logged in as the user, LISTENing on a background thread, for as long as the
store is open.

Announcements of the store's own use cases are skipped (they carry its random origin):
the user's own window has already redrawn from its operation's changes. After the
connection to the server was lost, announcements may have been missed meanwhile, so the
first thing reported on reconnecting is that anything may have changed."""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable

import psycopg
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.store.server.server_notify import CHANNEL, EVERYTHING, announce, parsed
from riskdesk.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

Subscriber = Callable[[RemoteChanges], object]

# How soon the thread sees that it is asked to stop (it waits for announcements this
# long at a time), and how long it waits before logging in again after losing the server.
POLL_S = 0.25
RECONNECT_S = 5.0
# Locking waits no longer for the thread: one caught logging in to a server that does
# not answer ends by itself (daemon, closing what it opened) once the login gives up.
STOP_WAIT_S = 2.0


class LiveChannel:
    """A store's announcements and its listener (started by the first subscriber)."""

    def __init__(self, engine: Callable[[], Engine]) -> None:
        # Asked for again at each login: after the user changed their password the
        # store logs in with a new engine, and the old one's password is refused.
        self._engine = engine
        self._origin = secrets.token_hex(8)
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        self._listener: ChangeListener | None = None

    def announce(self, session: Session, uow: UnitOfWork) -> None:
        """Announce what ``uow`` wrote, in its transaction (delivered at commit)."""
        announce(session, uow, origin=self._origin)

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber`` on the listener's thread with each other connection's
        announcement; returns what ends the subscription."""
        with self._lock:
            self._subscribers.append(subscriber)
            if self._listener is None:
                self._listener = ChangeListener(self._connect, self._deliver, self._reconnected)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.alive

    def close(self) -> None:
        """Stop the listener and close its connection (waits for its thread)."""
        with self._lock:
            listener, self._listener = self._listener, None
            self._subscribers.clear()
        if listener is not None:
            listener.stop()

    def _connect(self) -> psycopg.Connection[object]:
        # The engine's own connection settings (login, TLS, time zone), out of its pool.
        pooled = self._engine().raw_connection()
        connection: psycopg.Connection[object] = pooled.driver_connection  # type: ignore[assignment]
        pooled.detach()
        connection.rollback()
        connection.autocommit = True
        connection.execute(f"LISTEN {CHANNEL}")
        return connection

    def _deliver(self, payload: str) -> None:
        heard = parsed(payload)
        if heard is not None and heard[0] != self._origin:
            self._report(heard[1])

    def _report(self, change: RemoteChanges) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            try:
                subscriber(change)
            except Exception:  # one broken subscriber must not deafen the others
                log.exception("A live-change subscriber failed")

    def _reconnected(self) -> None:
        self._report(EVERYTHING)


class ChangeListener:
    """The thread that holds the LISTEN connection."""

    def __init__(
        self,
        connect: Callable[[], psycopg.Connection[object]],
        deliver: Callable[[str], None],
        reconnected: Callable[[], None] | None = None,
    ) -> None:
        self._connect = connect
        self._deliver = deliver
        self._reconnected = reconnected
        self._stopping = threading.Event()
        # Connected before the thread starts, so a listener that returned is listening;
        # a server that does not answer now is tried again from the thread.
        self._connection: psycopg.Connection[object] | None = None
        try:
            self._connection = connect()
        except Exception as error:  # the type only: libpq's message names the login
            log.warning("Not hearing the server's announcements yet (%s)", type(error).__name__)
        self._thread = threading.Thread(target=self._run, name="riskdesk-live", daemon=True)
        self._thread.start()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(STOP_WAIT_S)

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                connection = self._connection
                if connection is None:
                    self._connection = self._login_again()
                    continue
                try:
                    for note in connection.notifies(timeout=POLL_S):
                        self._deliver(note.payload)
                except psycopg.Error:
                    log.warning("Lost the team server's announcements; logging in again")
                    connection.close()
                    self._connection = None
        finally:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _login_again(self) -> psycopg.Connection[object] | None:
        if self._stopping.wait(RECONNECT_S):
            return None
        try:
            connection = self._connect()
        except Exception:  # the server is still away: try again later
            return None
        if self._reconnected is not None:
            self._reconnected()
        return connection
