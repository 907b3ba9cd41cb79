"""Ed25519 signatures: each user's own key signs what they write (audit events, role
assignments, witnesses of the audit head), so no colleague holding the vault's data key
can write in their name.

Every signature covers a purpose string and the vault id before the message, so a
signature made for one purpose or one vault is never valid for another.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

SEED_BYTES = 32
PUBLIC_KEY_BYTES = 32
_SIGNATURE_BYTES = 64


class Purpose(StrEnum):
    AUDIT_EVENT = "riskdesk audit event v2"
    AUTOSAVES = "riskdesk autosaves v1"
    ROLE_RECORD = "riskdesk role record v1"
    WITNESS = "riskdesk audit witness v1"


def new_seed() -> bytearray:
    """A fresh private key, mutable so that it can be wiped."""
    return bytearray(secrets.token_bytes(SEED_BYTES))


def _message(purpose: Purpose, vault_id: str, message: bytes) -> bytes:
    return purpose.value.encode("ascii") + b"\x00" + vault_id.encode("ascii") + b"\x00" + message


class Signer:
    """One user's private key for the time their vault is open."""

    def __init__(self, seed: bytes | bytearray, *, username: str) -> None:
        if len(seed) != SEED_BYTES:
            raise ValueError("a signing seed is 32 bytes")
        self.username = username
        self._key: Ed25519PrivateKey | None = Ed25519PrivateKey.from_private_bytes(bytes(seed))
        self.public_key = self._key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def sign(self, purpose: Purpose, vault_id: str, message: bytes) -> str:
        if self._key is None:
            raise RuntimeError("the signing key was dropped")
        return encode(self._key.sign(_message(purpose, vault_id, message)))

    def drop(self) -> None:
        self._key = None


def public_key_of(seed: bytes | bytearray) -> bytes:
    key = Ed25519PrivateKey.from_private_bytes(bytes(seed))
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def verify(
    public_key: bytes | None, purpose: Purpose, vault_id: str, message: bytes, signature: str | None
) -> bool:
    """Whether ``signature`` is ``public_key``'s over ``message`` for ``purpose`` in this
    vault. A missing key or signature, or one of the wrong shape, is simply not valid."""
    if public_key is None or signature is None or len(public_key) != PUBLIC_KEY_BYTES:
        return False
    raw = decode(signature)
    if raw is None or len(raw) != _SIGNATURE_BYTES:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            raw, _message(purpose, vault_id, message)
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def decode(text: str | None) -> bytes | None:
    """Base64 text as bytes; None for anything that is not strict base64."""
    if text is None:
        return None
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
