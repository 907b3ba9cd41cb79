"""Crash-safe replacement of small files that must never be left half-written."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

PRIVATE_FILE_MODE = 0o600


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a reader sees either the old or the new
    content, never a mix, even after a power cut. The file is readable by its owner only.
    """
    temp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    # Restrictive permissions are set at creation, before any byte is written, so the
    # content is never readable by others, not even for a moment.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    # The rename itself lives in the directory; without this a crash can undo it.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
