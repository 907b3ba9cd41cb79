"""Per-user key slots: the vault's data key wrapped under each user's password.

The sidecar ``<vault>.keys`` holds one slot per user name. A slot is the random data
key sealed with AES-256-GCM under a key that Argon2id derives from the password; the
vault id and the user name are bound as associated data, so a slot copied to another
user or another vault does not open. Nothing in the sidecar is person data.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from riskdesk.domain.vault_errors import NotAVault, UnknownUser, WrongPassword
from riskdesk.store.atomic_file import write_atomically

DATA_KEY_BYTES = 32
_SALT_BYTES = 16
_NONCE_BYTES = 12
_FORMAT = "riskdesk-keys"
_FORMAT_VERSION = 1
_AAD_PREFIX = b"riskdesk key slot v1\x00"
# Bounds on costs read from disk: a tampered sidecar must not make unlocking hang or
# allocate gigabytes.
_MAX_MEMORY_KIB = 1024 * 1024
_MAX_ITERATIONS = 64
_MAX_LANES = 16


@dataclass(frozen=True)
class KdfCost:
    """Argon2id parameters; stored in each slot so they can be raised later."""

    memory_kib: int
    iterations: int
    lanes: int


# OWASP's floor is m=19 MiB, t=2, p=1. 64 MiB with t=2 costs roughly 0.2-0.4 s on the
# two-core reference machine (see benchmarks/kdf_cost.py): slow for a guesser, quick
# enough that unlocking does not feel sluggish.
DEFAULT_KDF_COST = KdfCost(memory_kib=64 * 1024, iterations=2, lanes=1)


@dataclass(frozen=True)
class KeySlot:
    cost: KdfCost
    salt: bytes
    nonce: bytes
    wrapped_key: bytes


@dataclass(frozen=True)
class KeyFile:
    """The parsed sidecar: the vault's random id and its slots by user name."""

    vault_id: str
    slots: Mapping[str, KeySlot] = field(default_factory=lambda: MappingProxyType({}))
    # The first 16 bytes of the vault file (SQLCipher's salt, not secret): when the file
    # will not decrypt, they tell a damaged vault from a different file.
    file_salt: str | None = None

    def slot_for(self, username: str) -> KeySlot:
        try:
            return self.slots[username]
        except KeyError:
            raise UnknownUser from None

    def with_slot(self, username: str, slot: KeySlot) -> KeyFile:
        return replace(self, slots=MappingProxyType({**self.slots, username: slot}))

    def without_slot(self, username: str) -> KeyFile:
        remaining = {name: slot for name, slot in self.slots.items() if name != username}
        return replace(self, slots=MappingProxyType(remaining))


def sidecar_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


def new_data_key() -> bytearray:
    """A fresh random data key, mutable so that it can be wiped when the vault closes."""
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def new_vault_id() -> str:
    return secrets.token_hex(16)


def wrap_data_key(
    *, data_key: bytes | bytearray, vault_id: str, username: str, password: str, cost: KdfCost
) -> KeySlot:
    """Seal ``data_key`` for ``username``; salt and nonce are fresh on every call."""
    salt = secrets.token_bytes(_SALT_BYTES)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    wrapping_key = _derive(password, salt, cost)
    wrapped = AESGCM(wrapping_key).encrypt(
        nonce, bytes(data_key), _associated_data(vault_id, username)
    )
    return KeySlot(cost=cost, salt=salt, nonce=nonce, wrapped_key=wrapped)


def unwrap_data_key(slot: KeySlot, *, vault_id: str, username: str, password: str) -> bytearray:
    """The data key from ``slot``; raises :class:`WrongPassword` if the password (or the
    user name or vault id bound to the slot) does not match."""
    wrapping_key = _derive(password, slot.salt, slot.cost)
    try:
        key = AESGCM(wrapping_key).decrypt(
            slot.nonce, slot.wrapped_key, _associated_data(vault_id, username)
        )
    except InvalidTag:
        raise WrongPassword from None
    if len(key) != DATA_KEY_BYTES:
        raise NotAVault
    return bytearray(key)


def spend_kdf_time(cost: KdfCost, password: str) -> None:
    """Run the KDF once and discard the result, so that an unknown user name takes as
    long to refuse as a wrong password and user names cannot be probed by timing."""
    _derive(password, bytes(_SALT_BYTES), cost)


def read_key_file(path: Path) -> KeyFile:
    """Parse the sidecar; a missing or malformed one raises :class:`NotAVault`."""
    try:
        raw = json.loads(path.read_bytes())
        if raw.get("format") != _FORMAT or raw.get("version") != _FORMAT_VERSION:
            raise NotAVault
        slots = {str(name): _slot_from_json(entry) for name, entry in raw["slots"].items()}
        salt = raw.get("file_salt")
        return KeyFile(
            vault_id=str(raw["vault_id"]),
            slots=MappingProxyType(slots),
            file_salt=str(salt) if salt is not None else None,
        )
    except NotAVault:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise NotAVault from None


def write_key_file(path: Path, key_file: KeyFile) -> None:
    document = {
        "format": _FORMAT,
        "version": _FORMAT_VERSION,
        "vault_id": key_file.vault_id,
        "file_salt": key_file.file_salt,
        "slots": {name: _slot_to_json(slot) for name, slot in sorted(key_file.slots.items())},
    }
    write_atomically(path, json.dumps(document, indent=2).encode("utf-8") + b"\n")


def _derive(password: str, salt: bytes, cost: KdfCost) -> bytes:
    # NFC, so that "å" typed on one system matches "å" typed as a + ring on another.
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=cost.iterations,
        lanes=cost.lanes,
        memory_cost=cost.memory_kib,
    )
    return kdf.derive(secret)


def _associated_data(vault_id: str, username: str) -> bytes:
    return _AAD_PREFIX + vault_id.encode("ascii") + b"\x00" + username.encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_to_json(slot: KeySlot) -> dict[str, Any]:
    return {
        "kdf": "argon2id",
        "memory_kib": slot.cost.memory_kib,
        "iterations": slot.cost.iterations,
        "lanes": slot.cost.lanes,
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped_key": _b64(slot.wrapped_key),
    }


def _slot_from_json(entry: Mapping[str, Any]) -> KeySlot:
    if entry["kdf"] != "argon2id":
        raise NotAVault
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
        raise NotAVault
    slot = KeySlot(
        cost=cost,
        salt=base64.b64decode(entry["salt"], validate=True),
        nonce=base64.b64decode(entry["nonce"], validate=True),
        wrapped_key=base64.b64decode(entry["wrapped_key"], validate=True),
    )
    if len(slot.nonce) != _NONCE_BYTES or len(slot.salt) < 8:
        raise NotAVault
    return slot
