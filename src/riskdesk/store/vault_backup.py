"""Taking a backup of an open vault while others may be writing, and putting a restored
vault in its place.

**A consistent snapshot.** The database, the key file and the checkpoint must be of one
moment: a key file from after a password change beside a database from before it would
lock that user out of the restored vault. Every writer of the database and of the key
file holds the vault's write lock, so the backup takes it too (``BEGIN IMMEDIATE``) just
long enough to read the key file and the checkpoint and to open a read transaction on a
second connection. That read transaction pins the database as it was at that moment
(WAL readers see one snapshot; with the rollback journal its shared lock holds writers
back), and SQLite's online backup API copies that snapshot page by page after the lock
is released, with the vault's own key. Writers wait for milliseconds, never for the copy.

**Restoring.** The parts are unpacked into a hidden folder beside the new vault, opened
and verified there, and only then moved to their names, never over an existing file;
on any failure the folder is removed, so nothing is left where the vault was to go.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

import riskdesk
from riskdesk.domain.vault_errors import VaultBusy, VaultExists
from riskdesk.store.atomic_file import PRIVATE_FILE_MODE
from riskdesk.store.backup_file import BackupHeader, write_backup_file
from riskdesk.store.checkpoint_file import checkpoint_path
from riskdesk.store.cipher_connection import SCAN_CACHE_KIB, open_cipher_connection
from riskdesk.store.engine import SQLITE_BUSY, SQLITE_LOCKED, sqlite_code
from riskdesk.store.key_slots import read_key_file, sidecar_path, write_key_file
from riskdesk.store.opening_checks import salt_of

if TYPE_CHECKING:
    from riskdesk.store.vault import Vault

_SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
_SETTLED_AFTER_SECONDS = 60.0
_STAGING_SETTLED_AFTER_SECONDS = 3600.0


def take_backup(vault: Vault, out: Path, *, now: datetime) -> BackupHeader:
    """Write a backup of ``vault`` to ``out`` (which must not exist yet). Raises
    :class:`VaultBusy` when the write lock is held past the busy timeout."""
    if out.exists():
        raise VaultExists
    state = vault._state
    snapshot = out.with_name(f".{out.name}.{secrets.token_hex(8)}.snapshot")
    try:
        with _busy_as_vault_busy():
            database, keys, checkpoint, revision = _snapshot(vault.path, state.key, snapshot)
    finally:
        _remove_with_side_files(snapshot)
    parts = {"vault": database, "keys": keys}
    if checkpoint is not None:
        parts["checkpoint"] = checkpoint
    return write_backup_file(
        out,
        parts,
        created_at=now,
        schema_revision=revision,
        riskdesk_version=riskdesk.__version__,
        vault_id=state.vault_id,
    )


def _snapshot(path: Path, key: bytearray, snapshot: Path) -> tuple[bytes, bytes, bytes | None, str]:
    lock = open_cipher_connection(path, key)
    reader = open_cipher_connection(path, key, cache_kib=SCAN_CACHE_KIB)
    try:
        lock.execute("BEGIN IMMEDIATE")
        try:
            reader.execute("BEGIN")
            # The first read starts the snapshot the copy below will see.
            (revision,) = reader.execute("SELECT version_num FROM alembic_version").fetchone()
            keys = sidecar_path(path).read_bytes()
            checkpoint = _read_if_there(checkpoint_path(path))
        finally:
            lock.execute("ROLLBACK")
        # Created empty and owner-only first: the backup API fills an empty database.
        os.close(os.open(snapshot, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        target = open_cipher_connection(snapshot, key)
        try:
            reader.backup(target)
        finally:
            target.close()
        reader.execute("COMMIT")
        return snapshot.read_bytes(), keys, checkpoint, str(revision)
    finally:
        reader.close()
        lock.close()


def _read_if_there(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


@contextlib.contextmanager
def _busy_as_vault_busy() -> Iterator[None]:
    try:
        yield
    except sqlcipher3.OperationalError as error:
        if sqlite_code(error) in (SQLITE_BUSY, SQLITE_LOCKED):
            raise VaultBusy from None
        raise


def remove_backup_leftovers(folder: Path) -> None:
    """Remove what a killed backup left in ``folder`` (its snapshot and the temporary
    file that was to be renamed into place), once a minute old: another RiskDesk may be
    writing one right now."""
    for pattern in (".*.rdbackup.*.snapshot*", ".*.rdbackup.*.tmp"):
        for leftover in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if time.time() - leftover.stat().st_mtime > _SETTLED_AFTER_SECONDS:
                    leftover.unlink()


# -- restoring ---------------------------------------------------------------------


def vault_files(vault_path: Path) -> dict[str, Path]:
    """Where each part of a backup goes for a vault at ``vault_path``."""
    return {
        "vault": vault_path,
        "keys": sidecar_path(vault_path),
        "checkpoint": checkpoint_path(vault_path),
    }


def adopt_file_salt(vault_path: Path) -> None:
    """Record the restored database's own salt in its key file: the snapshot is a new
    file with a salt of its own, and the key file's tells a damaged first page from
    another file (see :func:`~riskdesk.store.opening_checks.classify_open_failure`)."""
    keys = sidecar_path(vault_path)
    key_file = read_key_file(keys)
    salt = salt_of(vault_path)
    if key_file.file_salt != salt:
        write_key_file(keys, replace(key_file, file_salt=salt))


def staging_folder(vault_path: Path) -> Path:
    """A new, hidden, owner-only folder beside ``vault_path`` for restoring into. Such
    folders a killed restore left are removed first, once an hour old (a restore of a
    big vault may still be verifying in another window)."""
    for leftover in vault_path.parent.glob(f".{vault_path.name}.restore-*"):
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > _STAGING_SETTLED_AFTER_SECONDS:
                shutil.rmtree(leftover)
    folder = vault_path.with_name(f".{vault_path.name}.restore-{secrets.token_hex(8)}")
    folder.mkdir(mode=0o700)
    return folder


def move_into_place(staged: Path, vault_path: Path) -> None:
    """Move the vault staged at ``staged`` (and its key file and checkpoint) to
    ``vault_path``. Raises :class:`VaultExists`, having moved nothing, when any of its
    names is taken; a failure halfway takes back what was moved."""
    moves = [
        (source, target)
        for source, target in zip(
            vault_files(staged).values(), vault_files(vault_path).values(), strict=True
        )
        if source.exists()
    ]
    wal = staged.with_name(staged.name + "-wal")
    if wal.exists():
        moves.append((wal, vault_path.with_name(vault_path.name + "-wal")))
    if any(target.exists() for _, target in vault_files(vault_path).items()):
        raise VaultExists
    done: list[tuple[Path, Path]] = []
    try:
        # The vault file last: until it is there, no one can open a half-moved vault.
        for source, target in sorted(moves, key=lambda move: move[1] == vault_path):
            _move_without_overwriting(source, target)
            done.append((source, target))
    except BaseException:
        for source, target in reversed(done):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        raise


def _move_without_overwriting(source: Path, target: Path) -> None:
    try:
        # A hard link fails if the name is taken, where a rename would replace it.
        os.link(source, target)
    except FileExistsError:
        raise VaultExists from None
    except OSError:
        # File systems without hard links (FAT on a USB stick): checked, then renamed.
        if target.exists():
            raise VaultExists from None
        os.replace(source, target)
        return
    source.unlink()


def remove_staging(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _remove_with_side_files(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in _SQLITE_SIDE_SUFFIXES)):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
