"""The SQLAlchemy engine over SQLCipher connections."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, ExceptionContext, create_engine, event
from sqlalchemy.pool import QueuePool

from riskdesk.domain.vault_errors import VaultBusy, VaultDamaged, VaultDamagedReadOnly
from riskdesk.store.cipher_connection import CACHE_KIB, open_cipher_connection
from riskdesk.store.damage_watch import VaultHealth, is_damage_error

SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
READING_ONLY = "riskdesk_reading_only"
"""Execution option of a connection whose transaction only reads (see ``_begin``)."""


def build_engine(
    path: Path,
    key: bytearray,
    *,
    create: bool = False,
    foreign_keys: bool = True,
    health: VaultHealth | None = None,
    cache_kib: int = CACHE_KIB,
) -> Engine:
    """An engine whose every connection is keyed with ``key``. The key is read each time
    a connection opens, so wiping the bytearray also stops new connections.

    Failures come out as what the user can act on: a write lock another user held past
    the busy timeout is :class:`VaultBusy`; damage SQLite runs into marks ``health``
    damaged and is :class:`VaultDamaged`. Once ``health`` is damaged, connections open
    read-only and a write is :class:`VaultDamagedReadOnly`. ``cache_kib``: each
    connection's page cache (:data:`~riskdesk.store.cipher_connection.SCAN_CACHE_KIB`
    for the migration engine, which reads the file through once)."""
    watch = health if health is not None else VaultHealth()

    def creator() -> Any:
        return open_cipher_connection(
            path,
            key,
            create=create,
            foreign_keys=foreign_keys,
            read_only=watch.damaged,
            cache_kib=cache_kib,
        )

    # Naming sqlcipher3 as the DBAPI module makes SQLAlchemy wrap its exceptions
    # (sqlalchemy.exc.DatabaseError etc.) exactly as it does for sqlite3.
    # hide_parameters: SQLAlchemy otherwise puts bound values (names, CPR numbers) into
    # exception messages, which end up in logs and crash reports.
    # QueuePool, not the SingletonThreadPool SQLAlchemy picks for an address without a
    # file: that pool's dispose() closes every thread's connection, so locking while an
    # operation ran on the worker thread pulled its connection away mid-fetch (a
    # segmentation fault). A checked-out connection now stays with its operation until
    # it is returned, and is closed then.
    # pool_use_lifo: the connection returned last is handed out next. A connection's page
    # cache is dropped whenever another connection has committed since its last read,
    # and every audited use case commits, so the GUI's two connections (GUI thread and
    # operations thread) taken in turn (FIFO) re-read and decrypted the tables for every
    # search (37 → 17 ms CPU per keystroke at 10,000 people), and both caches filled.
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_use_lifo=True,
        hide_parameters=True,
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # The driver runs in autocommit (see cipher_connection); start real transactions.
        # IMMEDIATE takes the write lock at once: every use case ends by appending to the
        # audit chain, and a deferred transaction that read first and must then write
        # fails at once (SQLITE_BUSY, no waiting) when another connection wrote meanwhile.
        # Taking the lock first makes a second writer wait its turn (busy timeout).
        if watch.damaged:
            # A connection opened before the damage was found can still write; this
            # stops it. Reading needs no write lock, so nobody waits behind us.
            connection.exec_driver_sql("PRAGMA query_only = ON")
            connection.exec_driver_sql("BEGIN")
        elif connection.get_execution_options().get(READING_ONLY):
            # A long read that writes nothing (the audit walk): a snapshot that lets the
            # others write meanwhile, where the write lock would stop them for minutes.
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    @event.listens_for(engine, "handle_error", retval=True)
    def _translate(context: ExceptionContext) -> BaseException | None:
        return translated_error(context.original_exception, watch)

    return engine


def translated_error(error: BaseException, health: VaultHealth) -> BaseException | None:
    """The :class:`VaultError` a driver failure means for the user, or None to let it
    through as it is."""
    code = sqlite_code(error)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return VaultBusy()
    if is_damage_error(error):
        # SQLite's words name the kind of damage, never row contents.
        health.mark_damaged([str(error)])
        return VaultDamaged()
    if code == SQLITE_READONLY and health.damaged:
        return VaultDamagedReadOnly()
    return None


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of a driver error (None for anything else)."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF
