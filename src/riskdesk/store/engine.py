"""The SQLAlchemy engine over SQLCipher connections."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event

from riskdesk.store.cipher_connection import open_cipher_connection


def build_engine(
    path: Path, key: bytearray, *, create: bool = False, foreign_keys: bool = True
) -> Engine:
    """An engine whose every connection is keyed with ``key``. The key is read each time
    a connection opens, so wiping the bytearray also stops new connections."""

    def creator() -> Any:
        return open_cipher_connection(path, key, create=create, foreign_keys=foreign_keys)

    # Naming sqlcipher3 as the DBAPI module makes SQLAlchemy wrap its exceptions
    # (sqlalchemy.exc.DatabaseError etc.) exactly as it does for sqlite3.
    # hide_parameters: SQLAlchemy otherwise puts bound values (names, CPR numbers) into
    # exception messages, which end up in logs and crash reports.
    engine = create_engine(
        "sqlite+pysqlite://", module=sqlcipher3, creator=creator, hide_parameters=True
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # The driver runs in autocommit (see cipher_connection); start real transactions.
        # IMMEDIATE takes the write lock at once: every use case ends by appending to the
        # audit chain, and a deferred transaction that read first and must then write
        # fails at once (SQLITE_BUSY, no waiting) when another connection wrote meanwhile.
        # Taking the lock first makes a second writer wait its turn (busy timeout).
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
