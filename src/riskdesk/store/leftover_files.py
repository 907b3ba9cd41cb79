"""Files a killed RiskDesk leaves beside a vault, removed at the next open.

- ``.NAME.keys.*.tmp``: a key-file write killed before its rename. Every writer of the
  key file holds the vault's write lock, and so does the caller, so none is in use.
- ``.NAME.checkpoint.*.tmp``: the same for the checkpoint file, written after a commit
  without the lock.
- ``NAME.backup-…`` that is partial: a ``VACUUM INTO`` killed midway leaves a file whose
  first page (written last) is still zeros, and its ``-journal``. A finished backup
  starts with SQLCipher's random salt and is never touched.

The last two are removed only once they are a minute old: another user's RiskDesk may
be writing one right now (a backup is made without the write lock).
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

_SALT_BYTES = 16
_SMALLEST_DATABASE = 512
_SETTLED_AFTER_SECONDS = 60.0


def remove_leftovers(vault_path: Path) -> None:
    folder = vault_path.parent
    for temp in folder.glob(f".{vault_path.name}.keys.*.tmp"):
        _remove(temp)
    for temp in folder.glob(f".{vault_path.name}.checkpoint.*.tmp"):
        if _settled(temp):
            _remove(temp)
    for backup in folder.glob(f"{vault_path.name}.backup-*"):
        if backup.name.endswith(("-journal", ".keys")) or not _settled(backup):
            continue
        journal = backup.with_name(backup.name + "-journal")
        if journal.exists() or _never_finished(backup):
            _remove(backup)
            _remove(journal)
    for journal in folder.glob(f"{vault_path.name}.backup-*-journal"):
        if _settled(journal) and not journal.with_name(journal.name[: -len("-journal")]).exists():
            _remove(journal)


def _settled(path: Path) -> bool:
    try:
        return time.time() - path.stat().st_mtime > _SETTLED_AFTER_SECONDS
    except OSError:
        return False


def _never_finished(backup: Path) -> bool:
    try:
        with backup.open("rb") as file:
            head = file.read(_SALT_BYTES)
        size = backup.stat().st_size
    except OSError:
        return False
    return size < _SMALLEST_DATABASE or head == bytes(_SALT_BYTES)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
