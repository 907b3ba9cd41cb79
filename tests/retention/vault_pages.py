"""Every page of a vault and its WAL, decrypted by hand with the data key, so a test sees
what a keyholder reading the raw file would: free pages and stale WAL frames included,
which no SQL query (and no logical export) shows.

SQLCipher 4's defaults, which RiskDesk keeps: 4096-byte pages, each encrypted with
AES-256-CBC under the raw data key, with a 16-byte IV and a 64-byte HMAC at its end; the
first 16 bytes of page 1 are the file's salt, not encrypted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_SIZE = 16
SALT_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def decrypt_page(page: bytes, key: bytes, *, first: bool) -> bytes:
    start = SALT_SIZE if first else 0
    end = PAGE_SIZE - RESERVE
    iv = page[end : end + IV_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:end]) + decryptor.finalize()


def vault_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of the main file, then every frame of its WAL (when there is one)."""
    data = path.read_bytes()
    for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        yield decrypt_page(data[offset : offset + PAGE_SIZE], key, first=offset == 0)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        frames = wal.read_bytes()
        step = WAL_FRAME_HEADER + PAGE_SIZE
        for offset in range(WAL_HEADER, len(frames) - step + 1, step):
            number = int.from_bytes(frames[offset : offset + 4], "big")
            body = frames[offset + WAL_FRAME_HEADER : offset + step]
            yield decrypt_page(body, key, first=number == 1)


def plaintext(path: Path, key: bytes) -> bytes:
    return b"".join(vault_pages(path, key))
