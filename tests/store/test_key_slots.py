from __future__ import annotations

import stat
from pathlib import Path

import pytest

from riskdesk.domain.vault_errors import NotAVault, UnknownUser, WrongPassword
from riskdesk.store.key_slots import (
    DEFAULT_KDF_COST,
    KdfCost,
    KeyFile,
    new_data_key,
    read_key_file,
    sidecar_path,
    unwrap_data_key,
    wrap_data_key,
    write_key_file,
)


def test_default_cost_meets_owasp_minimum() -> None:
    assert DEFAULT_KDF_COST.memory_kib >= 19 * 1024
    assert DEFAULT_KDF_COST.iterations >= 2
    assert DEFAULT_KDF_COST.lanes == 1


def test_sidecar_sits_next_to_the_vault(tmp_path: Path) -> None:
    assert sidecar_path(tmp_path / "a.riskdesk") == tmp_path / "a.riskdesk.keys"


def test_slot_opens_only_for_its_password_user_and_vault(cheap_kdf: KdfCost) -> None:
    key = new_data_key()
    slot = wrap_data_key(
        data_key=key, vault_id="v1", username="anna", password="rigtigt-kodeord", cost=cheap_kdf
    )
    assert unwrap_data_key(slot, vault_id="v1", username="anna", password="rigtigt-kodeord") == key
    for vault_id, username, password in [
        ("v1", "anna", "forkert-kodeord"),
        ("v1", "bent", "rigtigt-kodeord"),
        ("v2", "anna", "rigtigt-kodeord"),
    ]:
        with pytest.raises(WrongPassword):
            unwrap_data_key(slot, vault_id=vault_id, username=username, password=password)


def test_salt_and_nonce_are_fresh_per_wrap(cheap_kdf: KdfCost) -> None:
    key = new_data_key()
    one, two = (
        wrap_data_key(data_key=key, vault_id="v", username="u", password="p", cost=cheap_kdf)
        for _ in range(2)
    )
    assert one.salt != two.salt
    assert one.nonce != two.nonce


def test_key_file_round_trips_with_owner_only_permissions(
    tmp_path: Path, cheap_kdf: KdfCost
) -> None:
    slot = wrap_data_key(
        data_key=new_data_key(), vault_id="v", username="anna", password="p", cost=cheap_kdf
    )
    path = tmp_path / "x.keys"
    write_key_file(path, KeyFile(vault_id="v").with_slot("anna", slot))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = read_key_file(path)
    assert loaded.slot_for("anna") == slot
    with pytest.raises(UnknownUser):
        loaded.slot_for("bent")
    assert [p.name for p in tmp_path.iterdir()] == ["x.keys"]  # no temp file left


@pytest.mark.parametrize("content", [b"", b"not json", b"{}", b'{"format": "riskdesk-keys"}'])
def test_malformed_key_file_is_not_a_vault(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.keys"
    path.write_bytes(content)
    with pytest.raises(NotAVault):
        read_key_file(path)


def test_missing_key_file_is_not_a_vault(tmp_path: Path) -> None:
    with pytest.raises(NotAVault):
        read_key_file(tmp_path / "missing.keys")
