"""Creating and opening vaults, and every way opening can fail without touching disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.domain.vault_errors import (
    NotAVault,
    UnknownUser,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassword,
)
from riskdesk.store import vault as vault_module
from riskdesk.store.key_slots import KdfCost, sidecar_path
from riskdesk.store.vault import Vault

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-kodeord-1"  # as in conftest.py


def _snapshot(directory: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in directory.iterdir()}


def test_first_user_is_an_administrator(vault: Vault) -> None:
    assert vault.user.username == ADMIN
    assert vault.user.role is Role.ADMINISTRATOR


def test_create_refuses_an_existing_file_or_sidecar(
    vault_path: Path, cheap_kdf: KdfCost, tmp_path: Path
) -> None:
    vault_path.write_bytes(b"someone's file")
    with pytest.raises(VaultExists):
        Vault.create(
            vault_path, username=ADMIN, display_name="A", password="x" * 8, kdf_cost=cheap_kdf
        )
    assert vault_path.read_bytes() == b"someone's file"
    other = tmp_path / "other.riskdesk"
    sidecar_path(other).write_text("{}")
    with pytest.raises(VaultExists):
        Vault.create(other, username=ADMIN, display_name="A", password="x" * 8, kdf_cost=cheap_kdf)
    assert not other.exists()


def test_reopens_with_the_right_password(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as reopened:
        assert reopened.user.username == ADMIN
        assert reopened.full_integrity_check() == []


def test_wrong_password_fails_before_the_database_is_opened(
    vault: Vault, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    before = _snapshot(vault_path.parent)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the database was opened")

    monkeypatch.setattr(vault_module, "build_engine", refuse)
    monkeypatch.setattr(vault_module, "open_cipher_connection", refuse)
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, username=ADMIN, password="forkert-kodeord")
    with pytest.raises(UnknownUser):
        Vault.open(vault_path, username="nobody", password=ADMIN_PASSWORD)
    assert _snapshot(vault_path.parent) == before


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "typo.riskdesk", username=ADMIN, password=ADMIN_PASSWORD)
    assert list(tmp_path.iterdir()) == []


def test_missing_sidecar_is_not_a_vault(vault: Vault, vault_path: Path) -> None:
    vault.close()
    sidecar_path(vault_path).unlink()
    before = _snapshot(vault_path.parent)
    with pytest.raises(NotAVault):
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)
    assert _snapshot(vault_path.parent) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"Kaere dagbog, i dag ...\n" * 200, b"SQLite format 3\x00" + bytes(4080)],
    ids=["empty", "text", "plain-sqlite-header"],
)
def test_a_file_that_is_not_a_vault(vault: Vault, vault_path: Path, content: bytes) -> None:
    vault.close()
    vault_path.write_bytes(content)
    before = _snapshot(vault_path.parent)
    with pytest.raises(NotAVault):
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)
    assert _snapshot(vault_path.parent) == before


def test_another_vaults_file_is_not_this_vault(
    vault: Vault, vault_path: Path, tmp_path: Path, cheap_kdf: KdfCost
) -> None:
    vault.close()
    other = tmp_path / "other.riskdesk"
    Vault.create(
        other, username=ADMIN, display_name="A", password=ADMIN_PASSWORD, kdf_cost=cheap_kdf
    ).close()
    vault_path.write_bytes(other.read_bytes())
    with pytest.raises(NotAVault):
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)


def _filled(vault: Vault) -> None:
    from datetime import date

    from riskdesk.domain.person import Person

    with vault.unit_of_work(UseCase.CASE_VIEW) as uow:
        for number in range(300):
            uow.persons.add(
                Person(name=f"Testperson {number}", birth_date=date(2001, 1, 1), notes="x" * 40)
            )


def _checkpoint(vault: Vault) -> None:
    # Fold the WAL into the main file, so damage to the file is damage to the data.
    with vault.unit_of_work(UseCase.CASE_VIEW) as uow:
        del uow
    vault.close()


def test_damaged_first_page(vault: Vault, vault_path: Path) -> None:
    _filled(vault)
    _checkpoint(vault)
    data = bytearray(vault_path.read_bytes())
    data[100:140] = bytes(40)
    vault_path.write_bytes(bytes(data))
    before = _snapshot(vault_path.parent)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)
    assert _snapshot(vault_path.parent) == before


def test_truncated_file(vault: Vault, vault_path: Path) -> None:
    _filled(vault)
    _checkpoint(vault)
    data = vault_path.read_bytes()
    vault_path.write_bytes(data[: len(data) // 2])
    before = _snapshot(vault_path.parent)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)
    assert _snapshot(vault_path.parent) == before


def test_damaged_data_page_is_found_by_the_integrity_check(vault: Vault, vault_path: Path) -> None:
    _filled(vault)
    _checkpoint(vault)
    data = bytearray(vault_path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 200
    data[middle : middle + 16] = bytes(16)
    vault_path.write_bytes(bytes(data))
    try:
        opened = Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)
    except VaultDamaged:
        return  # found already at open: also right
    with opened:
        assert opened.full_integrity_check() != []


def test_closed_vault_is_locked(vault: Vault) -> None:
    vault.close()
    vault.close()
    with pytest.raises(VaultLocked), vault.unit_of_work(UseCase.CASE_VIEW):
        pass
