"""A damaged key slot affects only its own user: random bit flips anywhere in the key
file outside one user's record never lock that user out (before: 25 of 60 did, since
the file was one JSON document), and the user whose record was hit is told their key is
damaged. A seeded loop over a real vault's key file."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from riskdesk.domain.vault_errors import VaultError
from riskdesk.store.audit_findings import FindingKind
from riskdesk.store.key_slot_errors import SlotDamaged
from riskdesk.store.key_slots import sidecar_path
from riskdesk.store.vault import Vault
from vault_fixtures import PASSWORD

FLIPS = 60
USERS = ("admin", "leder", "koordinator")


def _own_record(content: bytes, username: str) -> range:
    """The bytes of ``username``'s record, from its marker to its line break."""
    marker = content.index(f'"user":"{username}"'.encode())
    start = content.rindex(b"riskdesk-key-slot ", 0, marker)
    return range(start, content.index(b"\n", marker) + 1)


def _flip(path: Path, position: int, bit: int) -> None:
    content = bytearray(path.read_bytes())
    content[position] ^= 1 << bit
    path.write_bytes(bytes(content))


def _owner(content: bytes, position: int) -> str | None:
    for username in USERS:
        if position in _own_record(content, username):
            return username
    return None  # the comment line


@pytest.mark.parametrize("user", USERS)
def test_flips_outside_a_users_record_never_lock_them_out(demo_path: Path, user: str) -> None:
    keys = sidecar_path(demo_path)
    original = keys.read_bytes()
    mine = _own_record(original, user)
    outside = [i for i in range(len(original)) if i not in mine]
    rng = random.Random(f"flips-{user}")  # noqa: S311 - where to flip, not a secret
    hit_others = 0
    for _ in range(FLIPS // len(USERS)):
        keys.write_bytes(original)
        position = rng.choice(outside)
        _flip(keys, position, rng.randrange(8))
        with Vault.open(demo_path, username=user, password=PASSWORD) as opened:
            told = {finding.kind for finding in opened.opening_findings}
        owner = _owner(original, position)
        if owner is None:
            continue
        hit_others += 1
        try:
            Vault.open(demo_path, username=owner, password=PASSWORD).close()
        except SlotDamaged:
            # Told about it, and so is everyone else who opens meanwhile.
            assert FindingKind.SLOT_DAMAGED in told
        except VaultError as error:
            pytest.fail(f"a flip in {owner}'s record told them: {error.text('en')}")
    assert hit_others > 0


def test_a_flip_in_ones_own_record_says_so(demo_path: Path) -> None:
    keys = sidecar_path(demo_path)
    original = keys.read_bytes()
    mine = _own_record(original, "leder")
    rng = random.Random("own")  # noqa: S311 - where to flip, not a secret
    for _ in range(10):
        keys.write_bytes(original)
        # The line break after the record is the record's; only its content counts here.
        _flip(keys, rng.choice(list(mine)[len("riskdesk-key-slot ") : -2]), rng.randrange(8))
        with pytest.raises(SlotDamaged):
            Vault.open(demo_path, username="leder", password=PASSWORD)
        Vault.open(demo_path, username="admin", password=PASSWORD).close()
