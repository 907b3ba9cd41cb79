"""The ``.rdbackup`` file: one file holding everything a vault is made of.

Layout: the line ``RISKDESK-BACKUP``, one line of JSON (the header), then the payload:
the parts, one after the other, as the header lists them with their sizes. The header
carries the format version, when the backup was taken, the schema revision, the version
of RiskDesk that took it, the vault's id and the SHA-256 of the whole payload; it holds
no person data and no key. The parts are the files of the vault as they are on disk:

- ``vault``: a snapshot of the SQLCipher database, encrypted with the vault's data key
  exactly as the vault is (SQLite's online backup API, so it is a consistent copy);
- ``keys``: the key file, each user's slot sealed under their own password;
- ``checkpoint``: the signed witness of the audit trail's head (absent if the vault had
  none).

So a backup is as readable as the vault: to anyone with a user's password, to nobody
without one.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from riskdesk.domain.backup_refusals import BackupChecksumFailed, NotABackup
from riskdesk.store.atomic_file import PRIVATE_FILE_MODE, write_atomically

MAGIC = b"RISKDESK-BACKUP\n"
FORMAT_VERSION = 1
PART_NAMES = ("vault", "keys", "checkpoint")
_MAX_HEADER_BYTES = 64 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupHeader:
    created_at: datetime
    schema_revision: str
    riskdesk_version: str
    vault_id: str
    parts: tuple[tuple[str, int], ...]
    payload_sha256: str
    format_version: int = FORMAT_VERSION

    def size_of(self, name: str) -> int | None:
        return next((size for part, size in self.parts if part == name), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": self.format_version,
            "created_at": self.created_at.isoformat(),
            "schema_revision": self.schema_revision,
            "riskdesk_version": self.riskdesk_version,
            "vault_id": self.vault_id,
            "parts": [{"name": name, "size": size} for name, size in self.parts],
            "payload_sha256": self.payload_sha256,
        }


def write_backup_file(
    out: Path,
    parts: dict[str, bytes],
    *,
    created_at: datetime,
    schema_revision: str,
    riskdesk_version: str,
    vault_id: str,
) -> BackupHeader:
    """Write the parts under ``out`` atomically (a temporary file renamed into place, so
    a kill leaves no half file under the final name)."""
    listed = tuple((name, len(parts[name])) for name in PART_NAMES if name in parts)
    payload = [parts[name] for name, _ in listed]
    digest = hashlib.sha256()
    for part in payload:
        digest.update(part)
    header = BackupHeader(
        created_at=created_at,
        schema_revision=schema_revision,
        riskdesk_version=riskdesk_version,
        vault_id=vault_id,
        parts=listed,
        payload_sha256=digest.hexdigest(),
    )
    line = json.dumps(header.to_json(), sort_keys=True, ensure_ascii=True).encode("ascii")
    write_atomically(out, b"".join((MAGIC, line, b"\n", *payload)))
    return header


def read_header(path: Path) -> BackupHeader:
    """The header of the backup at ``path``; raises :class:`NotABackup`."""
    with path.open("rb") as file:
        header, _ = _header_of(file)
    return header


def verify_payload(path: Path) -> BackupHeader:
    """Read the whole file and check the payload against the header's checksum and
    sizes; raises :class:`NotABackup` or :class:`BackupChecksumFailed`."""
    with path.open("rb") as file:
        header, _ = _header_of(file)
        digest = hashlib.sha256()
        total = 0
        for chunk in iter(lambda: file.read(_CHUNK), b""):
            digest.update(chunk)
            total += len(chunk)
    if (
        total != sum(size for _, size in header.parts)
        or digest.hexdigest() != header.payload_sha256
    ):
        raise BackupChecksumFailed
    return header


def unpack(path: Path, targets: dict[str, Path]) -> None:
    """Write each part of the backup to its file in ``targets`` (new, owner-only files;
    an existing one is never overwritten). The caller verified the payload first."""
    with path.open("rb") as file:
        header, _ = _header_of(file)
        for name, size in header.parts:
            target = targets.get(name)
            if target is None:
                file.seek(size, os.SEEK_CUR)
                continue
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
            with os.fdopen(fd, "wb") as out:
                for chunk in _chunks(file, size):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())


def _chunks(file: IO[bytes], size: int) -> Iterator[bytes]:
    left = size
    while left > 0:
        chunk = file.read(min(_CHUNK, left))
        if not chunk:
            raise BackupChecksumFailed
        left -= len(chunk)
        yield chunk


def _header_of(file: IO[bytes]) -> tuple[BackupHeader, int]:
    if file.read(len(MAGIC)) != MAGIC:
        raise NotABackup
    line = file.readline(_MAX_HEADER_BYTES)
    if not line.endswith(b"\n"):
        raise NotABackup
    try:
        raw = json.loads(line)
        parts = tuple((str(part["name"]), int(part["size"])) for part in raw["parts"])
        header = BackupHeader(
            format_version=int(raw["format_version"]),
            created_at=datetime.fromisoformat(str(raw["created_at"])),
            schema_revision=str(raw["schema_revision"]),
            riskdesk_version=str(raw["riskdesk_version"]),
            vault_id=str(raw["vault_id"]),
            parts=parts,
            payload_sha256=str(raw["payload_sha256"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise NotABackup from None
    names = [name for name, _ in parts]
    if (
        header.format_version != FORMAT_VERSION
        or any(size < 0 for _, size in parts)
        or "vault" not in names
        or "keys" not in names
        or len(set(names)) != len(names)
        or not set(names) <= set(PART_NAMES)
    ):
        raise NotABackup
    return header, file.tell()
