"""What a key slot holds, and how: the vault's data key and the user's own signing key,
sealed under the user's password. The file they live in is :mod:`riskdesk.store.key_slots`.

A slot holds the random data key sealed with AES-256-GCM under a key that Argon2id
derives from the password, and, sealed under the same password-derived key with its own
nonce, the user's Ed25519 signing key. The associated data binds the vault id, the user
name, the slot's id and the vault's root public key (which the user thereby trusts), and
for the signing key also its public half: a slot copied to another user or vault, or
whose public parts were changed, does not open. Nothing in a slot is person data.

A slot an administrator seals (a new user, a reset password) holds no signing key but a
one-time **enrolment key** instead, sealed the same way under the password the
administrator gave: with it the user proves, once, that the key they then register is
theirs (:mod:`riskdesk.store.role_assignments`).

Slots written before signing existed (version 1) have no id, root or signing key; they
still open, and are replaced the first time their user opens after the upgrade.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from riskdesk.domain.vault_errors import NotAVault, WrongPassword
from riskdesk.store.key_slot_errors import SlotDamaged
from riskdesk.store.signing import PUBLIC_KEY_BYTES, SEED_BYTES, public_key_of
from riskdesk.store.witness import Witness

DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
_V1_AAD = b"riskdesk key slot v1\x00"
_V2_AAD = b"riskdesk key slot v2\x00"
_SIGNING_AAD = b"riskdesk signing key v1\x00"
_ENROLMENT_AAD = b"riskdesk enrolment key v1\x00"


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
class SealedSigningKey:
    public_key: bytes
    nonce: bytes
    wrapped_seed: bytes


@dataclass(frozen=True)
class KeySlot:
    """One user's slot. ``sealed_as`` 1 marks a slot written before signing existed (its
    seal binds neither id nor root); ``witness`` is the public, separately signed part
    that the user rewrites when they lock; ``enrolment`` the one-time key of a slot an
    administrator sealed."""

    cost: KdfCost
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    slot_id: str
    sealed_as: int = 2
    root_key: bytes | None = None
    signing: SealedSigningKey | None = None
    witness: Witness | None = None
    enrolment: SealedSigningKey | None = None


@dataclass
class OpenedSlot:
    """What a password opened: the data key, and the user's signing seed and enrolment
    seed if the slot holds them. All are mutable so that they can be wiped."""

    slot: KeySlot
    data_key: bytearray
    seed: bytearray | None
    enrolment: bytearray | None = None

    def wipe(self) -> None:
        for secret in (self.data_key, self.seed, self.enrolment):
            if secret is not None:
                wipe(secret)


def wipe(secret: bytearray) -> None:
    for index in range(len(secret)):
        secret[index] = 0


def new_data_key() -> bytearray:
    """A fresh random data key, mutable so that it can be wiped when the vault closes."""
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))


def new_vault_id() -> str:
    return secrets.token_hex(16)


def new_slot_id() -> str:
    return secrets.token_hex(16)


def seal_slot(
    *,
    data_key: bytes | bytearray,
    vault_id: str,
    username: str,
    password: str,
    cost: KdfCost,
    seed: bytes | bytearray | None = None,
    root_key: bytes | None = None,
    enrolment: bytes | bytearray | None = None,
) -> KeySlot:
    """A new slot for ``username`` with a fresh id, salt and nonces. Without ``seed``
    the slot holds no signing key yet (its user registers one at their first open,
    proving it with the ``enrolment`` seed, if the slot holds one)."""
    slot_id = new_slot_id()
    salt = secrets.token_bytes(SALT_BYTES)
    nonce = secrets.token_bytes(NONCE_BYTES)
    sealing = AESGCM(_derive(password, salt, cost))
    wrapped = sealing.encrypt(
        nonce, bytes(data_key), _data_key_aad(vault_id, username, slot_id, root_key)
    )

    def sealed(secret: bytes | bytearray | None, label: bytes) -> SealedSigningKey | None:
        if secret is None:
            return None
        public_key = public_key_of(secret)
        seed_nonce = secrets.token_bytes(NONCE_BYTES)
        aad = _seed_aad(vault_id, username, slot_id, public_key, root_key, label)
        return SealedSigningKey(
            public_key=public_key,
            nonce=seed_nonce,
            wrapped_seed=sealing.encrypt(seed_nonce, bytes(secret), aad),
        )

    return KeySlot(
        cost=cost,
        salt=salt,
        nonce=nonce,
        wrapped_key=wrapped,
        slot_id=slot_id,
        root_key=root_key,
        signing=sealed(seed, _SIGNING_AAD),
        enrolment=sealed(enrolment, _ENROLMENT_AAD),
    )


def open_slot(slot: KeySlot, *, vault_id: str, username: str, password: str) -> OpenedSlot:
    """Open ``slot`` with ``password``. Raises :class:`WrongPassword` if the password (or
    the user name or vault id bound to the slot) does not match, and
    :class:`SlotDamaged` if the data key opens but the signing or enrolment key does not
    (its public parts were changed)."""
    sealing = AESGCM(_derive(password, slot.salt, slot.cost))
    aad = (
        _V1_AAD + vault_id.encode("ascii") + b"\x00" + username.encode("utf-8")
        if slot.sealed_as == 1
        else _data_key_aad(vault_id, username, slot.slot_id, slot.root_key)
    )
    try:
        key = bytearray(sealing.decrypt(slot.nonce, slot.wrapped_key, aad))
    except InvalidTag:
        raise WrongPassword from None
    if len(key) != DATA_KEY_BYTES:
        raise NotAVault
    opened = OpenedSlot(slot=slot, data_key=key, seed=None)
    if slot.sealed_as == 1:
        return opened
    try:
        opened.seed = _unseal(sealing, slot.signing, _SIGNING_AAD, slot, vault_id, username)
        opened.enrolment = _unseal(
            sealing, slot.enrolment, _ENROLMENT_AAD, slot, vault_id, username
        )
    except SlotDamaged:
        opened.wipe()
        raise
    return opened


def _unseal(
    sealing: AESGCM,
    sealed: SealedSigningKey | None,
    label: bytes,
    slot: KeySlot,
    vault_id: str,
    username: str,
) -> bytearray | None:
    if sealed is None:
        return None
    aad = _seed_aad(vault_id, username, slot.slot_id, sealed.public_key, slot.root_key, label)
    try:
        seed = bytearray(sealing.decrypt(sealed.nonce, sealed.wrapped_seed, aad))
    except InvalidTag:
        raise SlotDamaged from None
    if len(seed) != SEED_BYTES or public_key_of(seed) != sealed.public_key:
        wipe(seed)
        raise SlotDamaged
    return seed


def wrap_data_key(
    *, data_key: bytes | bytearray, vault_id: str, username: str, password: str, cost: KdfCost
) -> KeySlot:
    """A slot holding only the data key (no signing key, no root)."""
    return seal_slot(
        data_key=data_key, vault_id=vault_id, username=username, password=password, cost=cost
    )


def unwrap_data_key(slot: KeySlot, *, vault_id: str, username: str, password: str) -> bytearray:
    """The data key from ``slot``; raises :class:`WrongPassword` as :func:`open_slot`."""
    opened = open_slot(slot, vault_id=vault_id, username=username, password=password)
    for secret in (opened.seed, opened.enrolment):
        if secret is not None:
            wipe(secret)
    return opened.data_key


def spend_kdf_time(cost: KdfCost, password: str) -> None:
    """Run the KDF once and discard the result, so that an unknown user name takes as
    long to refuse as a wrong password and user names cannot be probed by timing."""
    _derive(password, bytes(SALT_BYTES), cost)


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


def _data_key_aad(vault_id: str, username: str, slot_id: str, root_key: bytes | None) -> bytes:
    return b"\x00".join(
        (
            _V2_AAD + vault_id.encode("ascii"),
            username.encode("utf-8"),
            slot_id.encode("ascii"),
            (root_key or b"").hex().encode("ascii"),
        )
    )


def _seed_aad(
    vault_id: str,
    username: str,
    slot_id: str,
    public_key: bytes,
    root_key: bytes | None,
    label: bytes,
) -> bytes:
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise SlotDamaged
    return b"\x00".join(
        (
            label + vault_id.encode("ascii"),
            username.encode("utf-8"),
            slot_id.encode("ascii"),
            public_key.hex().encode("ascii"),
            (root_key or b"").hex().encode("ascii"),
        )
    )
