"""The vault's connection pool hands out the connection returned last (#14 items 4 and 9):
its page cache is the warm one, and the other stays cold (and small)."""

from __future__ import annotations

from pathlib import Path

from riskdesk.store.cipher_connection import CACHE_KIB, SCAN_CACHE_KIB, open_cipher_connection
from riskdesk.store.engine import build_engine


def test_the_connection_returned_last_is_handed_out_next(tmp_path: Path) -> None:
    path = tmp_path / "pool.rdv"
    key = bytearray(range(32))
    open_cipher_connection(path, key, create=True).close()
    engine = build_engine(path, key)
    try:
        # Two use cases at once (the GUI thread's and the operations thread's).
        first, second = engine.connect(), engine.connect()
        first_raw = first.connection.dbapi_connection
        second_raw = second.connection.dbapi_connection
        assert first_raw is not second_raw
        first.close()
        second.close()
        with engine.connect() as third:
            assert third.connection.dbapi_connection is second_raw
        with engine.connect() as fourth:
            assert fourth.connection.dbapi_connection is second_raw
    finally:
        engine.dispose()


def test_an_engine_for_reading_the_file_through_once_keeps_a_small_cache(tmp_path: Path) -> None:
    path = tmp_path / "scan.rdv"
    key = bytearray(range(32))
    open_cipher_connection(path, key, create=True).close()
    scanning, working = (build_engine(path, key, cache_kib=SCAN_CACHE_KIB), build_engine(path, key))
    try:
        with scanning.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -SCAN_CACHE_KIB
        with working.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA cache_size").scalar() == -CACHE_KIB
    finally:
        scanning.dispose()
        working.dispose()
