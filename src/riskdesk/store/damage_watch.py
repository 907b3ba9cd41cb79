"""Damage in the vault file, and the read-only state a damaged vault is kept in.

Every page of a SQLCipher file carries an HMAC, so a flipped byte or a zeroed page
anywhere shows as a page whose HMAC fails. :func:`find_damage` checks them all: about
0.4–0.5 s of CPU for a 10,000-person vault of 63 MB on the 2-core development machine,
linear in the file's size (about 5 s at 100,000 people). The command line checks every
page as the vault opens, before this session writes anything. The window opens without
it and checks the pages on a thread of its own once the case list is painted
(:meth:`VaultHealth.check_later`, :mod:`riskdesk.store.opening_checks`); until that check
has ended, a use case that writes waits for it, so nothing the user saves, creates or
deletes reaches a damaged file. Only the audit events of the login and of the reads in
those first seconds may be written first. SQLite's own structural check
(``PRAGMA integrity_check``) stays on demand (File → Check vault integrity, ``riskdesk
vault check``) and damage that a use case runs into (SQLite reports a malformed page)
counts too.

Once damaged, a vault stays damaged for the session: use cases that only read still run
(without an audit event, which could not be written), every other one is refused with
:class:`VaultDamagedReadOnly` before it starts, and new connections open the file
read-only, so nothing more is written into a file that must be restored.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from riskdesk.domain.audit import AuditAction
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.vault_errors import VaultDamagedReadOnly
from riskdesk.store.repeated_interrupt import acquire_interrupting

READING_ACTIONS = frozenset({AuditAction.READ, AuditAction.SEARCH, AuditAction.LOGIN})
"""Use cases audited under these only read, so they still run on a damaged vault."""

SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
CONFIRM_PAUSE_SECONDS = 0.05


class VaultHealth:
    """Whether the open vault may be written to. It starts sound and turns damaged at
    most once, never back; safe to read and mark from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._problems: tuple[str, ...] = ()
        self._damaged = False
        self._listeners: list[Callable[[], object]] = []
        self._pending: Callable[[], object] | None = None
        self._stop_pending: Callable[[], object] | None = None
        # Held while the page check runs: whoever needs its verdict waits here.
        self._checking = threading.Lock()

    @property
    def damaged(self) -> bool:
        return self._damaged

    @property
    def problems(self) -> tuple[str, ...]:
        """What the checks reported (page numbers, SQLite's words; never row contents)."""
        return self._problems

    def mark_damaged(self, problems: Sequence[str]) -> None:
        """From now on the vault is only read. Listeners are told the first time, on the
        thread that found the damage."""
        with self._lock:
            first = not self._damaged
            self._damaged = True
            self._problems = (*self._problems, *problems)
            listeners = list(self._listeners) if first else []
        for listener in listeners:
            listener()

    def when_damaged(self, listener: Callable[[], object]) -> None:
        """Call ``listener()`` once when the vault turns damaged, or now if it is."""
        with self._lock:
            if not self._damaged:
                self._listeners.append(listener)
                return
        listener()

    @property
    def pending(self) -> bool:
        """Whether the page-by-page check is still to run (or running)."""
        return self._pending is not None or self._checking.locked()

    def check_later(self, check: Callable[[], object], *, stop: Callable[[], object]) -> None:
        """The vault opened without its page-by-page check: ``check()`` runs it once and
        marks what it finds. Until it has run, a use case that writes waits for it.
        ``stop()``, from another thread, ends a check under way without a verdict."""
        self._pending = check
        self._stop_pending = stop

    def settle(self) -> None:
        """Run the page check still to run, on this thread, or wait for the thread that
        is running it; at once when there is none. A check that failed (other than by
        finding damage) is still to run: the next write tries it again."""
        with self._checking:
            check = self._pending
            if check is not None:
                check()
                self._pending = None

    def stop_checking(self) -> None:
        """The vault closes: a check not begun never runs (it would need the key that is
        about to be wiped), and one under way is stopped and has ended when this returns.
        Stopped, not waited for: at 100,000 people the check reads for seconds, and a
        lock or a quit right after unlock would wait for all of it."""
        stop = self._stop_pending
        if stop is None:
            self._checking.acquire()
        else:
            acquire_interrupting(self._checking, stop)
        try:
            self._pending = self._stop_pending = None
        finally:
            self._checking.release()

    def admit(self, use_case: UseCase) -> bool:
        """Whether ``use_case`` runs read-only (the vault is damaged, so its audit event
        cannot be written). Raises :class:`VaultDamagedReadOnly` for a use case that
        writes; such a use case first waits for a page check still to run. Decided once,
        as it starts: a use case admitted while the vault was sound keeps its audit event
        even if damage is found meanwhile."""
        writes = use_case.action not in READING_ACTIONS
        if writes and self.pending:
            self.settle()
        if not self._damaged:
            return False
        if writes:
            raise VaultDamagedReadOnly
        return True


def find_damage(connection: Any) -> list[str]:
    """The pages of the file under ``connection`` (a keyed DB-API connection) whose HMAC
    fails, each confirmed by a second look: a page read while another user's commit was
    writing it can look torn once, never twice."""
    first = _failed_pages(connection)
    if not first:
        return []
    time.sleep(CONFIRM_PAUSE_SECONDS)
    again = set(_failed_pages(connection))
    return [problem for problem in first if problem in again]


def _failed_pages(connection: Any) -> list[str]:
    return [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]


def is_damage_error(error: BaseException) -> bool:
    """Whether SQLite reported damage: a malformed database (SQLITE_CORRUPT) or, from
    SQLCipher, a page that fails its HMAC (SQLITE_NOTADB)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return int(code) & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    message = str(error).lower()
    return "malformed" in message or "not a database" in message
