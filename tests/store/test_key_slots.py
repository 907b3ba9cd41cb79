from __future__ import annotations

import json
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from riskdesk.domain.vault_errors import NotAVault, UnknownUser, WrongPassword
from riskdesk.store.key_slot_errors import SlotDamaged
from riskdesk.store.key_slots import (
    DEFAULT_KDF_COST,
    KdfCost,
    KeyFile,
    new_data_key,
    new_vault_id,
    open_slot,
    read_key_file,
    seal_slot,
    sidecar_path,
    unwrap_data_key,
    wrap_data_key,
    write_key_file,
)
from riskdesk.store.signing import new_seed, public_key_of

V1 = new_vault_id()
V2 = new_vault_id()


def test_default_cost_meets_owasp_minimum() -> None:
    assert DEFAULT_KDF_COST.memory_kib >= 19 * 1024
    assert DEFAULT_KDF_COST.iterations >= 2
    assert DEFAULT_KDF_COST.lanes == 1


def test_sidecar_sits_next_to_the_vault(tmp_path: Path) -> None:
    assert sidecar_path(tmp_path / "a.riskdesk") == tmp_path / "a.riskdesk.keys"


def test_slot_opens_only_for_its_password_user_and_vault(cheap_kdf: KdfCost) -> None:
    key = new_data_key()
    slot = wrap_data_key(
        data_key=key, vault_id=V1, username="anna", password="rigtigt-kodeord", cost=cheap_kdf
    )
    assert unwrap_data_key(slot, vault_id=V1, username="anna", password="rigtigt-kodeord") == key
    for vault_id, username, password in [
        (V1, "anna", "forkert-kodeord"),
        (V1, "bent", "rigtigt-kodeord"),
        (V2, "anna", "rigtigt-kodeord"),
    ]:
        with pytest.raises(WrongPassword):
            unwrap_data_key(slot, vault_id=vault_id, username=username, password=password)


def test_salt_and_nonce_are_fresh_per_wrap(cheap_kdf: KdfCost) -> None:
    key = new_data_key()
    one, two = (
        wrap_data_key(data_key=key, vault_id=V1, username="u", password="p", cost=cheap_kdf)
        for _ in range(2)
    )
    assert one.salt != two.salt
    assert one.nonce != two.nonce
    assert one.slot_id != two.slot_id


def test_a_slot_holds_the_signing_key_bound_to_its_public_half_and_root(
    cheap_kdf: KdfCost,
) -> None:
    seed, root = new_seed(), public_key_of(new_seed())
    slot = seal_slot(
        data_key=new_data_key(),
        vault_id=V1,
        username="anna",
        password="kodeord-1",
        cost=cheap_kdf,
        seed=seed,
        root_key=root,
    )
    opened = open_slot(slot, vault_id=V1, username="anna", password="kodeord-1")
    assert opened.seed == seed
    assert slot.signing is not None
    assert slot.signing.public_key == public_key_of(seed)
    # A colleague who swaps the public half (to have the slot vouch for their key) or the
    # pinned root (to have its owner trust another root) makes it unopenable.
    other = public_key_of(new_seed())
    with pytest.raises(SlotDamaged):
        open_slot(
            replace(slot, signing=replace(slot.signing, public_key=other)),
            vault_id=V1,
            username="anna",
            password="kodeord-1",
        )
    with pytest.raises(WrongPassword):
        open_slot(replace(slot, root_key=other), vault_id=V1, username="anna", password="kodeord-1")


def test_key_file_round_trips_with_owner_only_permissions(
    tmp_path: Path, cheap_kdf: KdfCost
) -> None:
    slot = wrap_data_key(
        data_key=new_data_key(), vault_id=V1, username="anna", password="p", cost=cheap_kdf
    )
    path = tmp_path / "x.keys"
    write_key_file(path, KeyFile(vault_id=V1).with_slot("anna", slot))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = read_key_file(path)
    assert loaded.slot_for("anna") == slot
    with pytest.raises(UnknownUser):
        loaded.slot_for("bent")
    assert [p.name for p in tmp_path.iterdir()] == ["x.keys"]  # no temp file left


def test_one_damaged_record_leaves_the_others_readable(tmp_path: Path, cheap_kdf: KdfCost) -> None:
    key_file = KeyFile(vault_id=V1)
    for name in ("anna", "bent", "carl"):
        key_file = key_file.with_slot(
            name,
            wrap_data_key(
                data_key=new_data_key(), vault_id=V1, username=name, password="p", cost=cheap_kdf
            ),
        )
    path = tmp_path / "x.keys"
    write_key_file(path, key_file)
    lines = path.read_bytes().split(b"\n")
    bent = next(i for i, line in enumerate(lines) if b'"user":"bent"' in line)
    damaged = bytearray(lines[bent])
    damaged[len(damaged) // 2] ^= 0x10
    lines[bent] = bytes(damaged)
    path.write_bytes(b"\n".join(lines))
    loaded = read_key_file(path)
    assert [r.username for r in loaded.records] == ["anna", "carl"]
    assert [d.username for d in loaded.damaged] == ["bent"]
    assert loaded.damage_may_be("bent")
    # Bent's name is readable in the damaged line and nobody readable has it: it is his.
    assert not loaded.damage_may_be("anna")


def test_a_version_1_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "x.keys"
    slot = {
        "kdf": "argon2id",
        "memory_kib": 64,
        "iterations": 1,
        "lanes": 1,
        "salt": "AAAAAAAAAAAAAAAAAAAAAA==",
        "nonce": "AAAAAAAAAAAAAAAA",
        "wrapped_key": "AAAA",
    }
    document = {"format": "riskdesk-keys", "version": 1, "vault_id": V1, "slots": {"anna": slot}}
    path.write_text(json.dumps(document))
    loaded = read_key_file(path)
    assert loaded.version == 1
    assert loaded.slot_for("anna").sealed_as == 1


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"{}",
        b'{"format": "riskdesk-keys"}',
        b"[" * 100_000,
        b"riskdesk-key-slot " + b"[" * 100_000,
        b'{"format": "riskdesk-keys", "version": 1, "vault_id": "\xc3\xa6\xc3\xb8", "slots": {}}',
    ],
)
def test_malformed_key_file_is_not_a_vault(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.keys"
    path.write_bytes(content)
    with pytest.raises(NotAVault):
        read_key_file(path)


def test_missing_key_file_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault):
        read_key_file(tmp_path / "missing.keys")
