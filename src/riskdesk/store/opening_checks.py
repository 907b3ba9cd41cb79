"""What opening a vault checks in the file itself, once the password has given the key and
before anything is written (the login event, the WAL, a schema upgrade): the file
decrypts and holds a vault, it is not cut short, and no page is damaged. Then a sound
vault's journal mode is settled for where it lives."""

from __future__ import annotations

from pathlib import Path

from riskdesk.domain.vault_errors import NotAVault, VaultBusy, VaultDamaged, VaultError
from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.damage_watch import VaultHealth, find_damage
from riskdesk.store.engine import SQLITE_BUSY, SQLITE_LOCKED, sqlite_code
from riskdesk.store.journal_mode import settle_journal_mode


def check_before_writing(
    path: Path, key: bytearray, *, file_salt: str | None, health: VaultHealth
) -> None:
    """Check the vault at ``path`` with bare connections keyed with ``key``. Raises
    :class:`NotAVault` (another file, or another vault: its salt is not ``file_salt``,
    the one the key file recorded), :class:`VaultDamaged` (unreadable or cut short) or
    :class:`VaultBusy`; marks ``health`` damaged when pages fail their HMAC, and the
    vault then opens read-only."""
    try:
        connection = open_cipher_connection(path, key)
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
        problems = find_damage(connection)
        if problems:
            health.mark_damaged(problems)
            # Closing the last connection would fold a WAL left by a crash into the
            # damaged file; a reader holding the file open keeps it from happening.
            guard = open_cipher_connection(path, key, read_only=True)
            guard.execute("BEGIN")
            guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except VaultError:
        raise
    except Exception as error:
        raise classify_open_failure(path, error, file_salt=file_salt) from None
    finally:
        connection.close()
        if guard is not None:
            guard.close()
    if not health.damaged:
        settle_journal_mode(lambda: open_cipher_connection(path, key), path)


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
