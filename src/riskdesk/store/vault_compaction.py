"""Compacting the vault after a deletion, so no old page keeps what was deleted.

A deleted row's bytes stay in its page (and in freed pages) until the page is reused;
in WAL mode the old page also stays in the main file until a checkpoint. ``VACUUM``
rebuilds the database into fresh pages (its temporary copy kept in memory, never in a
temporary file), and ``wal_checkpoint(TRUNCATE)`` copies them into the file, cuts the file
to its new size and empties the WAL. What is then left of the deleted rows lies only in
disk blocks the file system freed: still encrypted with the vault's key (see
``docs/SECURITY.md``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine


def compact(engine: Engine) -> bool:
    """Rebuild the vault and empty its WAL; True when nothing is left in the WAL, False
    when another connection (a colleague reading) kept the checkpoint from finishing
    past the busy timeout: the rebuilt pages then reach the file when the last user
    closes the vault. Runs outside any transaction (SQLite's VACUUM needs that)."""
    with engine.connect() as connection:
        raw: Any = connection.connection.dbapi_connection
        raw.execute("PRAGMA temp_store = MEMORY")
        raw.execute("VACUUM")
        mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            return True
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return int(busy) == 0
