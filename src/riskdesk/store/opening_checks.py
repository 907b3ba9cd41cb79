"""What opening a vault checks in the file itself, once the password has given the key and
before anything is written (the login event, the WAL, a schema upgrade): the file
decrypts and holds a vault, it is not cut short, and no page is damaged. Then a sound
vault's journal mode is settled for where it lives.

The last of these, every page's HMAC, reads the whole file: 0.4–0.5 s of CPU at 10,000
people and ten times that at 100,000, most of what stood between the password and the
case list. The window therefore opens with ``pages_later`` and runs it on a thread of
its own once the list is painted (:class:`PagesCheckedLater`). What keeps that sound:

- page 1, the schema and the file's length are still checked here, so a vault that is
  not one, or is cut short, is still refused before anything is written;
- a use case that writes waits for the check's verdict (:meth:`VaultHealth.admit`), so
  nothing the user saves reaches a damaged file; found damaged, the desk is read-only
  at once and the window shows its banner;
- an upgrade of the schema, or a change of journal mode, writes much of the file, and
  on a network share (rollback journal) the login would be written into the file
  itself: then the pages are checked here first, as before;
- the check reads on a read-only connection in a read transaction, opened here before
  this check's own connection closes and held until the verdict (until the vault
  closes, when damage is found by it or by a use case meanwhile): as long as it is
  open, no closing connection can fold the WAL (with the events of the login and of
  the first reads, or left by a crash) into the file, and being read-only it cannot
  fold it itself when it closes last. The links between audit events, which also read
  the whole file, are checked on it too (:meth:`PagesCheckedLater.then`).

Skipping the check when the file has not changed since the last clean one was weighed
and left: the check is there for bit rot and a failing disk, which change no time
stamp and no size.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from riskdesk.domain.vault_errors import NotAVault, VaultBusy, VaultDamaged, VaultError
from riskdesk.store.cipher_connection import SCAN_CACHE_KIB, open_cipher_connection
from riskdesk.store.damage_watch import VaultHealth, find_damage, is_damage_error
from riskdesk.store.engine import SQLITE_BUSY, SQLITE_LOCKED, sqlite_code
from riskdesk.store.journal_mode import LOCAL_JOURNAL, settle_journal_mode, wanted_journal_mode


def check_before_writing(
    path: Path,
    key: bytearray,
    *,
    file_salt: str | None,
    health: VaultHealth,
    pages_later: bool = False,
) -> PagesCheckedLater | None:
    """Check the vault at ``path`` with bare connections keyed with ``key``. Raises
    :class:`NotAVault` (another file, or another vault: its salt is not ``file_salt``,
    the one the key file recorded), :class:`VaultDamaged` (unreadable or cut short) or
    :class:`VaultBusy`; marks ``health`` damaged when pages fail their HMAC, and the
    vault then opens read-only. With ``pages_later`` the pages are left to the check
    returned, which ``health`` runs when asked (see the module's words); None when they
    were checked here."""
    later: PagesCheckedLater | None = None
    try:
        connection = open_cipher_connection(path, key, cache_kib=SCAN_CACHE_KIB)
    except Exception as error:
        # Keying may already read page 1 (setting the page cache does), so a damaged
        # first page can fail here as well as in the first query below.
        raise classify_open_failure(path, error, file_salt=file_salt) from None
    guard = None
    try:
        # Decrypts page 1. An empty file passes that test too, as a new empty database,
        # so the vault's own schema must be there.
        (tables,) = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if tables != 1:
            raise NotAVault
        (pages,) = connection.execute("PRAGMA page_count").fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
        wal = path.with_name(path.name + "-wal")
        # Every page's HMAC (below) cannot see pages missing from the end. With a WAL,
        # recent pages may live only there; otherwise the file holds them all.
        # int(): SQLCipher answers page_size as text outside WAL mode.
        if not wal.exists() and path.stat().st_size < int(pages) * int(page_size):
            raise VaultDamaged
        (mode,) = connection.execute("PRAGMA journal_mode").fetchone()
        # Only in WAL mode at home: a reader held open there stops no writer.
        if pages_later and str(mode).lower() == wanted_journal_mode(path) == LOCAL_JOURNAL:
            # Held before this connection closes, so closing it folds no WAL either.
            later = PagesCheckedLater(health, _guard_on(path, key))
            health.check_later(later, stop=later.stop)
            problems = []
        else:
            problems = find_damage(connection)
        if problems:
            health.mark_damaged(problems)
            # Closing the last connection would fold a WAL left by a crash into the
            # damaged file; a reader holding the file open keeps it from happening.
            guard = _guard_on(path, key)
    except VaultError:
        if later is not None:
            later.close()
        raise
    except Exception as error:
        if later is not None:
            later.close()
        raise classify_open_failure(path, error, file_salt=file_salt) from None
    finally:
        connection.close()
        if guard is not None:
            guard.close()
    if not health.damaged:
        settle_journal_mode(lambda: open_cipher_connection(path, key), path)
    return later


def _guard_on(path: Path, key: bytearray) -> Any:
    """A read-only connection in a read transaction: while it is open no other
    connection, closing, can fold the WAL into the file, and it cannot fold it itself."""
    guard = open_cipher_connection(path, key, read_only=True, cache_kib=SCAN_CACHE_KIB)
    try:
        guard.execute("BEGIN")
        guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        guard.close()
        raise
    return guard


class PagesCheckedLater:
    """Every page's HMAC, checked after the vault has opened; called once, by
    :meth:`VaultHealth.settle`. It reads on ``guard`` (:func:`_guard_on`), held from the
    open on: no WAL, neither the login's nor one left by a crash, is folded into the file
    before the verdict. Found sound, the guard is let go; found damaged (by this check or
    by a use case meanwhile), it is kept until :meth:`close`, after the vault's own
    connections have closed."""

    def __init__(self, health: VaultHealth, guard: Any) -> None:
        self._health = health
        self._guard: Any = guard
        self._then: list[Callable[[Any], object]] = []
        self._stopped = False
        # Between stop() interrupting the guard and close() closing it.
        self._guard_lock = threading.Lock()

    def then(self, step: Callable[[Any], object]) -> None:
        """Run ``step(connection)`` too, on the check's connection after the pages: a
        further read of the whole file that need not delay the window either."""
        self._then.append(step)

    def __call__(self) -> None:
        connection = self._guard
        if connection is None or self._stopped:  # the vault is closing
            return
        try:
            problems = find_damage(connection)
        except Exception as error:
            if self._stopped:  # interrupted: no verdict
                return
            if not is_damage_error(error):
                raise
            problems = [str(error)]
        for step in self._then:
            if self._stopped:
                return
            try:
                step(connection)
            except Exception as error:
                if self._stopped:
                    return
                # Damage stops the step where it stands; it is reported as damage.
                if not is_damage_error(error):
                    raise
        if problems:
            self._health.mark_damaged(problems)
        elif not self._health.damaged:
            self.close()

    def stop(self) -> None:
        """End the check under way at SQLite's next step, from any thread: the vault is
        closing, and the key it reads with is about to be wiped."""
        self._stopped = True
        with self._guard_lock:
            if self._guard is not None:
                self._guard.interrupt()

    def close(self) -> None:
        """Let go of the file; call after the vault's other connections have closed."""
        with self._guard_lock:
            guard, self._guard = self._guard, None
        if guard is not None:
            guard.close()


def salt_of(path: Path) -> str:
    """SQLCipher's salt: the first 16 bytes of the file, in the clear."""
    with path.open("rb") as file:
        return file.read(16).hex()


def classify_open_failure(path: Path, error: Exception, *, file_salt: str | None) -> VaultError:
    if sqlite_code(error) in (SQLITE_BUSY, SQLITE_LOCKED):
        return VaultBusy()
    message = str(error).lower()
    if "not a database" in message:
        # The key came from a slot that verified, so either this file is not the vault
        # this sidecar belongs to, or its first page is broken; SQLCipher's salt at the
        # start of the file tells which.
        if file_salt is not None and salt_of(path) == file_salt:
            return VaultDamaged()
        return NotAVault()
    if "malformed" in message or "corrupt" in message or "disk i/o" in message:
        return VaultDamaged()
    return NotAVault()
