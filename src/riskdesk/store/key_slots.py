"""The ``.keys`` file beside a vault (the key slots): one line per slot record, each
line whole in itself, so that damage to one user's line never locks out another. What a
slot holds and how it is sealed is :mod:`riskdesk.store.slot_sealing`.

A line is ``riskdesk-key-slot {JSON}``: the record carries the vault id and file salt
itself (there is no shared header to break) and a checksum of its own content. A reader
finds records by their marker, not by line breaks, and reads one JSON value after it,
so a flipped byte in one record, in the break after it or in the comment line damages
that record at most. Damaged records are counted, never guessed at.

The checksum finds accidents only; what stops a colleague who rewrites a record on
purpose is the AES-GCM seal (the slot no longer opens) and the signatures.

Version-1 files (one JSON document) are still read; they are rewritten as version 2 the
first time a vault opens with this version.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from riskdesk.domain.vault_errors import NotAVault, UnknownUser
from riskdesk.store.atomic_file import write_atomically
from riskdesk.store.signing import PUBLIC_KEY_BYTES
from riskdesk.store.slot_sealing import (
    DATA_KEY_BYTES,
    DEFAULT_KDF_COST,
    NONCE_BYTES,
    KdfCost,
    KeySlot,
    OpenedSlot,
    SealedSigningKey,
    new_data_key,
    new_slot_id,
    new_vault_id,
    open_slot,
    seal_slot,
    spend_kdf_time,
    unwrap_data_key,
    wipe,
    wrap_data_key,
)
from riskdesk.store.witness import witness_from_json, witness_to_json

__all__ = [
    "DATA_KEY_BYTES",
    "DEFAULT_KDF_COST",
    "DamagedRecord",
    "KdfCost",
    "KeyFile",
    "KeySlot",
    "OpenedSlot",
    "SlotRecord",
    "new_data_key",
    "new_vault_id",
    "open_slot",
    "read_key_file",
    "seal_slot",
    "sidecar_path",
    "spend_kdf_time",
    "unwrap_data_key",
    "wipe",
    "wrap_data_key",
    "write_key_file",
]

_MARKER = b"riskdesk-key-slot "
_COMMENT = b"# RiskDesk key slots: one line per user, each sealed with that user's password.\n"
_V1_FORMAT = "riskdesk-keys"
# A key file holds a few hundred short lines at most; anything far larger is not one.
_MAX_FILE_BYTES = 8 * 1024 * 1024
# Bounds on costs read from disk: a tampered record must not make unlocking hang or
# allocate gigabytes.
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_ITERATIONS = 64
_MAX_LANES = 16
_VAULT_ID = re.compile(r"^[0-9a-f]{8,64}$")
_SLOT_ID = re.compile(r"^[0-9a-f]{8,64}$")
_FILE_SALT = re.compile(r"^[0-9a-f]{32}$")
_USER_IN_RAW = re.compile(rb'"user":"([a-z0-9][a-z0-9._-]{1,63})"')


@dataclass(frozen=True)
class SlotRecord:
    username: str
    slot: KeySlot


@dataclass(frozen=True)
class DamagedRecord:
    """An unreadable record, kept as it was (it may be its user's only way in, should
    someone repair it by hand) with the user name it seems to carry, if any."""

    raw: bytes
    username: str | None


@dataclass(frozen=True)
class KeyFile:
    """The parsed sidecar: the vault's id, its records (a user has two for a moment
    while their password changes) and the records that could not be read."""

    vault_id: str
    records: tuple[SlotRecord, ...] = ()
    # The first 16 bytes of the vault file (SQLCipher's salt, not secret): when the file
    # will not decrypt, they tell a damaged vault from a different file.
    file_salt: str | None = None
    damaged: tuple[DamagedRecord, ...] = ()
    version: int = 2

    def damage_may_be(self, username: str) -> bool:
        """Whether an unreadable record may be ``username``'s: it names them, or no one
        (its name too may be what was damaged) or no one with a readable record."""
        readable = {record.username for record in self.records}
        if username in readable:
            return False
        return any(
            d.username is None or d.username == username or d.username not in readable
            for d in self.damaged
        )

    def records_for(self, username: str) -> tuple[KeySlot, ...]:
        return tuple(r.slot for r in self.records if r.username == username)

    def slot_for(self, username: str) -> KeySlot:
        """The user's one record; raises :class:`UnknownUser` if they have none."""
        slots = self.records_for(username)
        if not slots:
            raise UnknownUser
        return slots[-1]

    def with_slot(self, username: str, slot: KeySlot) -> KeyFile:
        """This file with ``slot`` added for ``username`` beside any record they have."""
        return replace(self, records=(*self.records, SlotRecord(username, slot)))

    def keeping(self, current: Mapping[str, str | None]) -> KeyFile:
        """Only the records that are current: ``current`` maps each user of the vault
        to their current record's id (None: not named yet, so every record of theirs
        is kept). An unreadable record is dropped once it cannot be anyone's way in:
        its user, or every user if it names none, has a readable current record."""
        kept = tuple(
            r
            for r in self.records
            if r.username in current and current[r.username] in (None, r.slot.slot_id)
        )
        served = {r.username for r in kept}
        locked_out = set(current) - served
        damaged = tuple(
            d
            for d in self.damaged
            if (d.username in locked_out)
            or ((d.username is None or d.username not in current) and locked_out)
        )
        return replace(self, records=kept, damaged=damaged)

    def replacing(self, username: str, slot_id: str | None, slot: KeySlot) -> KeyFile:
        """This file with the record ``slot_id`` of ``username`` replaced by ``slot``."""
        records = tuple(
            SlotRecord(username, slot)
            if r.username == username and r.slot.slot_id == slot_id
            else r
            for r in self.records
        )
        return replace(self, records=records)


def sidecar_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


def read_key_file(path: Path) -> KeyFile:
    """Parse the sidecar. Raises :class:`NotAVault` if it is missing, too big, or has
    no readable record at all; otherwise damaged records are only counted."""
    try:
        with path.open("rb") as file:
            data = file.read(_MAX_FILE_BYTES + 1)
    except OSError:
        raise NotAVault from None
    if len(data) > _MAX_FILE_BYTES:
        raise NotAVault
    if _MARKER not in data:
        return _read_version_1(data)
    records: list[tuple[str, str | None, SlotRecord, bytes]] = []
    damaged: list[DamagedRecord] = []
    for raw in _segments(data):
        try:
            vault_id, salt, record, rest = _record_from_segment(raw)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            damaged.append(_damaged(raw))
            continue
        records.append((vault_id, salt, record, raw))
        if rest.strip():
            # More than a line break after the record: the next record, whose marker
            # was damaged.
            damaged.append(_damaged(rest))
    if not records:
        raise NotAVault
    # Every record names the vault; one that names another is treated as damaged.
    vault_id, _ = Counter(r[0] for r in records).most_common(1)[0]
    damaged += [_damaged(r[3]) for r in records if r[0] != vault_id]
    mine = [r for r in records if r[0] == vault_id]
    salts = Counter(r[1] for r in mine if r[1] is not None).most_common(1)
    return KeyFile(
        vault_id=vault_id,
        records=tuple(r[2] for r in mine),
        file_salt=salts[0][0] if salts else None,
        damaged=tuple(damaged),
    )


def write_key_file(path: Path, key_file: KeyFile) -> None:
    """Write ``key_file`` as version 2, atomically (old or new content, never a mix).
    Callers hold the vault's write lock, so two writers never interleave."""
    lines = [_COMMENT]
    for record in sorted(key_file.records, key=lambda r: (r.username, r.slot.slot_id or "")):
        body = _record_to_json(record, key_file)
        body["check"] = _checksum(body)
        lines.append(_MARKER + _canonical(body).encode("utf-8") + b"\n")
    lines += [_MARKER + d.raw.rstrip(b"\n") + b"\n" for d in key_file.damaged]
    write_atomically(path, b"".join(lines))


def _segments(data: bytes) -> list[bytes]:
    """Each record's bytes, from its marker up to the next one."""
    segments = []
    start = data.find(_MARKER)
    while start != -1:
        content = start + len(_MARKER)
        following = data.find(_MARKER, content)
        segments.append(data[content : following if following != -1 else len(data)])
        start = following
    return segments


def _damaged(raw: bytes) -> DamagedRecord:
    found = _USER_IN_RAW.search(raw)
    return DamagedRecord(raw=raw, username=found.group(1).decode("ascii") if found else None)


def _record_from_segment(raw: bytes) -> tuple[str, str | None, SlotRecord, bytes]:
    """The record at the start of ``raw`` and the bytes after it."""
    # Records are ASCII; whatever else a damaged byte made stays undecoded here and
    # fails the checksum if it is inside the record.
    text = raw.decode("utf-8", errors="surrogateescape")
    # raw_decode reads one JSON value and ignores what follows: a damaged line break
    # after a record does not damage the record.
    body, end = json.JSONDecoder().raw_decode(text)
    if not isinstance(body, dict):
        raise ValueError("not a record")
    check = body.pop("check")
    if check != _checksum(body):
        raise ValueError("checksum")
    vault_id = str(body["vault_id"])
    salt = body.get("file_salt")
    if not _VAULT_ID.match(vault_id) or (salt is not None and not _FILE_SALT.match(str(salt))):
        raise ValueError("vault id")
    slot_id = str(body["id"])
    if not _SLOT_ID.match(slot_id):
        raise ValueError("slot id")
    username = str(body["user"])
    sealed_as = body["sealed_as"]
    if sealed_as not in (1, 2):
        raise ValueError("seal")
    slot = _slot_from_json(body, slot_id=slot_id, sealed_as=sealed_as)
    if body.get("witness") is not None:
        slot = replace(slot, witness=witness_from_json(username, body["witness"]))
    rest = text[end:].encode("utf-8", errors="surrogateescape")
    return vault_id, str(salt) if salt is not None else None, SlotRecord(username, slot), rest


def _read_version_1(data: bytes) -> KeyFile:
    try:
        raw = json.loads(data)
        if raw.get("format") != _V1_FORMAT or raw.get("version") != 1:
            raise NotAVault
        vault_id = str(raw["vault_id"])
        if not _VAULT_ID.match(vault_id):
            raise NotAVault
        records = tuple(
            # Ids are new here; the seal of a version-1 slot binds none.
            SlotRecord(str(name), _slot_from_json(entry, slot_id=new_slot_id(), sealed_as=1))
            for name, entry in raw["slots"].items()
        )
        salt = raw.get("file_salt")
        return KeyFile(
            vault_id=vault_id,
            records=records,
            file_salt=str(salt) if salt is not None else None,
            version=1,
        )
    except NotAVault:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, binascii.Error):
        raise NotAVault from None


def _record_to_json(record: SlotRecord, key_file: KeyFile) -> dict[str, Any]:
    slot = record.slot
    body: dict[str, Any] = {
        "user": record.username,
        "vault_id": key_file.vault_id,
        "file_salt": key_file.file_salt,
        "id": slot.slot_id,
        "sealed_as": slot.sealed_as,
        "kdf": "argon2id",
        "memory_kib": slot.cost.memory_kib,
        "iterations": slot.cost.iterations,
        "lanes": slot.cost.lanes,
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped_key": _b64(slot.wrapped_key),
        "root_key": _b64(slot.root_key) if slot.root_key is not None else None,
        "signing": _sealed_to_json(slot.signing),
        "witness": witness_to_json(slot.witness) if slot.witness is not None else None,
    }
    if slot.enrolment is not None:
        # Written only when present, so the records of everyone else stay as they were.
        body["enrolment"] = _sealed_to_json(slot.enrolment)
    return body


def _sealed_to_json(sealed: SealedSigningKey | None) -> dict[str, str] | None:
    if sealed is None:
        return None
    return {
        "public_key": _b64(sealed.public_key),
        "nonce": _b64(sealed.nonce),
        "wrapped_seed": _b64(sealed.wrapped_seed),
    }


def _sealed_from_json(entry: Any) -> SealedSigningKey | None:
    if entry is None:
        return None
    return SealedSigningKey(
        public_key=_unb64(entry["public_key"]),
        nonce=_unb64(entry["nonce"]),
        wrapped_seed=_unb64(entry["wrapped_seed"]),
    )


def _slot_from_json(entry: Mapping[str, Any], *, slot_id: str, sealed_as: int) -> KeySlot:
    if entry["kdf"] != "argon2id":
        raise ValueError("kdf")
    cost = KdfCost(
        memory_kib=int(entry["memory_kib"]),
        iterations=int(entry["iterations"]),
        lanes=int(entry["lanes"]),
    )
    if not (
        8 * cost.lanes <= cost.memory_kib <= _MAX_MEMORY_KIB
        and 1 <= cost.iterations <= _MAX_ITERATIONS
        and 1 <= cost.lanes <= _MAX_LANES
    ):
        raise ValueError("cost")
    root = entry.get("root_key")
    slot = KeySlot(
        cost=cost,
        salt=_unb64(entry["salt"]),
        nonce=_unb64(entry["nonce"]),
        wrapped_key=_unb64(entry["wrapped_key"]),
        slot_id=slot_id,
        sealed_as=sealed_as,
        root_key=_unb64(root) if root is not None else None,
        signing=_sealed_from_json(entry.get("signing")),
        enrolment=_sealed_from_json(entry.get("enrolment")),
    )
    if len(slot.nonce) != NONCE_BYTES or len(slot.salt) < 8:
        raise ValueError("nonce")
    keys = [slot.root_key] + [s.public_key for s in (slot.signing, slot.enrolment) if s]
    if any(key is not None and len(key) != PUBLIC_KEY_BYTES for key in keys):
        raise ValueError("key")
    return slot


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def _checksum(body: Mapping[str, Any]) -> str:
    return hashlib.sha256(_canonical(body).encode("utf-8")).hexdigest()[:32]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(str(text), validate=True)
