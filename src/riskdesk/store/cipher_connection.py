"""Opening one SQLCipher connection with the raw data key.

This is the only place where key material meets SQL text, and it only ever formats
32 bytes as hexadecimal, so no quote or password can change the statement.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3

from riskdesk.store.key_slots import DATA_KEY_BYTES

DbapiConnection = Any
BUSY_TIMEOUT_SECONDS = 15.0
# Each connection's page cache, in KiB (SQLite's default is 2 MiB). A search reads the
# cases and persons tables whole; they no longer fit the default at 10,000 people (34 MB
# at 100,000), so every search read and decrypted them from the file again. Measured by
# benchmarks/search_cache.py at 10,000 people (load 10): desk.cases.find p50 221 ms at
# 2 MiB, 92 ms at 16 MiB, 88 ms at 64 MiB (peak RSS 109 → 120 MB); 64 MiB holds the
# 100,000-person tables too, and pages are taken only as they are read.
CACHE_KIB = 64 * 1024
# For a connection that reads the file through once (a migration with its backup copy, an
# integrity check, a backup): caching pages read once only fills memory. Opening a copy
# of the 10,000-person vault one migration behind peaked at 227 MB RSS with 64 MiB and
# 157 MB with 2 MiB (Argon2's 64 MiB then the peak), for 0.27 s more CPU (2.3 s).
SCAN_CACHE_KIB = 2 * 1024


def apply_raw_key(connection: DbapiConnection, key: bytes | bytearray) -> None:
    """Key ``connection`` with ``key`` as a raw 256-bit key (no KDF inside SQLCipher:
    the data key is already random, so opening is fast)."""
    if not isinstance(key, bytes | bytearray) or len(key) != DATA_KEY_BYTES:
        raise ValueError("the data key must be exactly 32 bytes")
    # PRAGMA does not take bound parameters; the text is built only from hex digits.
    connection.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")


def open_cipher_connection(
    path: Path,
    key: bytes | bytearray,
    *,
    create: bool = False,
    foreign_keys: bool = True,
    read_only: bool = False,
    cache_kib: int = CACHE_KIB,
) -> DbapiConnection:
    """A keyed connection to ``path``. Without ``create`` the file must already exist
    (``mode=rw``), so a mistyped path can never leave an empty vault behind. A
    ``read_only`` connection opens the file for reading only (``mode=ro``): it can write
    neither the file nor, when it closes, fold the WAL into it. ``cache_kib``: its page
    cache (:data:`SCAN_CACHE_KIB` for a connection that reads the file through once)."""
    mode = "ro" if read_only else "rwc" if create else "rw"
    uri = f"file:{quote(str(path.resolve()))}?mode={mode}"
    # A second writer (the GUI's operations thread, a colleague on a shared vault) waits
    # its turn rather than failing; use cases keep their transactions short.
    connection = sqlcipher3.connect(
        uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS
    )
    try:
        # Autocommit at the driver, with SQLAlchemy emitting BEGIN itself (engine.py),
        # so DDL in migrations is inside the transaction and can be rolled back.
        connection.isolation_level = None
        # SQLCipher would write its own lines about a damaged page to stderr, where the
        # command line promises one line; damage reaches the user as VaultDamaged.
        connection.execute("PRAGMA cipher_log_level = NONE")
        apply_raw_key(connection, key)
        connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        connection.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
    except BaseException:
        connection.close()
        raise
    return connection
