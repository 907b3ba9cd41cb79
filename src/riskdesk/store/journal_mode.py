"""Which SQLite journal a vault runs with: WAL on this computer's own disks, the rollback
journal on a network share (see :mod:`riskdesk.store.storage_location` for why)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from riskdesk.domain.vault_errors import VaultBusy
from riskdesk.store import cipher_connection
from riskdesk.store.storage_location import is_network_path

LOCAL_JOURNAL = "wal"
NETWORK_JOURNAL = "delete"
SQLITE_BUSY = 5


def wanted_journal_mode(path: Path) -> str:
    return NETWORK_JOURNAL if is_network_path(path) else LOCAL_JOURNAL


def settle_journal_mode(connect: Callable[[], Any], path: Path) -> None:
    """Put the vault at ``path`` in the journal mode its location needs, with keyed
    DB-API connections from ``connect()``. The mode is stored in
    the file, so a vault moved onto a share changes mode at its first open there.

    Leaving WAL needs the file to itself: SQLite refuses at once while any other
    connection has it open. Two colleagues opening a moved vault at the same moment take
    turns (close, a short random pause, again) for as long as the busy timeout; a vault
    someone keeps open in WAL mode is refused with :class:`VaultBusy`, since WAL over the
    network would be unsafe. A local vault left in rollback mode (someone has it open
    from a share) is merely slower, and is used as it is."""
    wanted = wanted_journal_mode(path)
    deadline = time.monotonic() + cipher_connection.BUSY_TIMEOUT_SECONDS
    while True:
        mode = _try_journal_mode(connect, wanted)
        if mode == wanted or wanted == LOCAL_JOURNAL:
            return
        if time.monotonic() > deadline:
            raise VaultBusy
        time.sleep(random.uniform(0.02, 0.1))  # noqa: S311 - a pause, not a secret


def _try_journal_mode(connect: Callable[[], Any], wanted: str) -> str | None:
    """The mode after asking for ``wanted`` once, or None when another connection kept
    SQLite from changing it."""
    connection = connect()
    try:
        # PRAGMA takes no bound parameters; the text is one of two constants.
        (mode,) = connection.execute(f"PRAGMA journal_mode = {wanted}").fetchone()
    except Exception as error:
        if getattr(error, "sqlite_errorcode", None) == SQLITE_BUSY:
            return None
        raise
    finally:
        connection.close()
    return str(mode).lower()
