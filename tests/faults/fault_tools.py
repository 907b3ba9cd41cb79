"""What the fault harnesses share: the vault's users, a process that holds the vault's
write lock, bytes damaged in the file, and a fake mount table (the operating system is a
true port) that puts a folder on a network file system. Fixtures are in conftest.py."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from vault_fixtures import PASSWORD

PAGE_SIZE = 4096
WRITERS = ("koordinator", "leder", "koordinator")
"""The demo vault's users who do casework (tests/conftest.py; an administrator does
none): the caseworker writes from two processes at once, as from two windows."""

LOCK_HOLDER = Path(__file__).with_name("lock_holder.py")

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the mount table is Linux's"
)


@contextmanager
def write_lock_held(vault: Path, *, username: str = "admin") -> Iterator[None]:
    """Another user's process holds ``vault``'s write lock (a use case's transaction left
    open) until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, str(LOCK_HOLDER), str(vault), username],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=dict(os.environ, RISKDESK_PASSWORD=PASSWORD),
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "holding"
        yield
    finally:
        holder.stdin.write("release\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    assert holder.returncode == 0


def page_count(vault: Path) -> int:
    return vault.stat().st_size // PAGE_SIZE


def flip_byte(vault: Path, page: int, offset: int = 1000) -> None:
    """Flip one bit of one byte in page ``page`` (0-based), as a failing disk would."""
    with vault.open("r+b") as file:
        file.seek(page * PAGE_SIZE + offset)
        (byte,) = file.read(1)
        file.seek(page * PAGE_SIZE + offset)
        file.write(bytes([byte ^ 0x01]))


def zero_page(vault: Path, page: int) -> None:
    """Overwrite page ``page`` (0-based) with zeros, as a torn write or a bad sector would."""
    with vault.open("r+b") as file:
        file.seek(page * PAGE_SIZE)
        file.write(bytes(PAGE_SIZE))


def fingerprint(path: Path) -> tuple[bytes, int]:
    """A file's bytes and modification time, to show nothing wrote to it."""
    return path.read_bytes(), path.stat().st_mtime_ns


def fake_mountinfo(folder: Path, fs_type: str) -> str:
    """``/proc/self/mountinfo`` text with ``folder`` mounted as ``fs_type`` over a local
    root file system."""
    return (
        "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        f"97 22 0:53 / {folder} rw,relatime shared:60 - {fs_type} server:/export rw,vers=4.2\n"
    )


def move_vault(vault: Path, folder: Path) -> Path:
    """Move ``vault`` and its key file into ``folder``; the new path."""
    moved = folder / vault.name
    vault.rename(moved)
    vault.with_name(vault.name + ".keys").rename(moved.with_name(moved.name + ".keys"))
    return moved
