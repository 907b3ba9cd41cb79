from __future__ import annotations

from pathlib import Path

import pytest

from riskdesk.store.cipher_connection import CACHE_KIB, apply_raw_key, open_cipher_connection


class _Recorder:
    def __init__(self) -> None:
        self.statements: list[str] = []

    def execute(self, sql: str) -> None:
        self.statements.append(sql)


@pytest.mark.parametrize("key", [b"", b"x" * 31, b"x" * 33, "a" * 32])
def test_key_must_be_exactly_32_bytes(key: object) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        apply_raw_key(_Recorder(), key)  # type: ignore[arg-type]


def test_key_is_given_as_hex_only() -> None:
    recorder = _Recorder()
    apply_raw_key(recorder, b"'\"; DROP TABLE x; --" + bytes(12))
    (statement,) = recorder.statements
    assert statement.startswith("PRAGMA key = \"x'")
    hex_part = statement.removeprefix("PRAGMA key = \"x'").removesuffix("'\"")
    assert len(hex_part) == 64
    assert set(hex_part) <= set("0123456789abcdef")


def test_opening_never_creates_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "typo.riskdesk"
    with pytest.raises(Exception, match="unable to open"):
        open_cipher_connection(missing, bytes(32))
    assert not missing.exists()


def test_each_connection_caches_more_than_sqlites_default(tmp_path: Path) -> None:
    """A search reads the cases and persons tables whole: at 100,000 people they are
    34 MB, far past SQLite's default cache of 2 MiB (``-2000``)."""
    connection = open_cipher_connection(tmp_path / "v.riskdesk", bytes(32), create=True)
    try:
        (cache_size,) = connection.execute("PRAGMA cache_size").fetchone()
    finally:
        connection.close()
    assert cache_size == -CACHE_KIB
    assert CACHE_KIB >= 32 * 1024
