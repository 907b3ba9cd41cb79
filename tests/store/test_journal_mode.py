"""A vault on a network share runs with SQLite's rollback journal, never WAL (whose
shared-memory index does not work between computers); on the computer's own disk it
runs with WAL. The mount table is the port: a fake one puts a folder on NFS."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.vault_errors import VaultBusy
from riskdesk.store import cipher_connection, storage_location
from riskdesk.store.key_slots import KdfCost
from riskdesk.store.vault import Vault

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-kodeord-1"  # as in conftest.py

pytestmark = [
    pytest.mark.vault,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux mount table"),
]


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    table = tmp_path / "mountinfo"
    table.write_text(
        "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
        f"60 22 0:50 / {folder.resolve()} rw - nfs4 fil02:/export rw,vers=4.2\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(storage_location, "MOUNTINFO", table)
    return folder


def _journal(vault: Vault) -> str:
    """ "wal" if the open vault, having read, keeps -wal and -shm files beside it (WAL's
    log and shared-memory index), else "rollback" (its -journal lives only while a
    write commits)."""
    with vault.unit_of_work(UseCase.CASE_VIEW) as uow:
        uow.settings.get("vault_id")
    sidecars = {p.name.rsplit("-", 1)[-1] for p in vault.path.parent.iterdir() if "-" in p.name}
    return "wal" if {"wal", "shm"} <= sidecars else "rollback"


def test_a_vault_made_on_a_share_uses_the_rollback_journal(share: Path, cheap_kdf: KdfCost) -> None:
    path = share / "enhed.rdv"
    with Vault.create(
        path, username=ADMIN, display_name="A", password=ADMIN_PASSWORD, kdf_cost=cheap_kdf
    ) as vault:
        assert _journal(vault) == "rollback"
    with Vault.open(path, username=ADMIN, password=ADMIN_PASSWORD) as vault:
        assert _journal(vault) == "rollback"


def test_a_vault_moved_onto_a_share_leaves_wal_and_back_home_returns_to_it(
    vault: Vault, vault_path: Path, share: Path
) -> None:
    assert _journal(vault) == "wal"
    vault.close()
    moved = share / vault_path.name
    vault_path.rename(moved)
    vault_path.with_name(vault_path.name + ".keys").rename(moved.with_name(moved.name + ".keys"))
    with Vault.open(moved, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert _journal(opened) == "rollback"
    moved.rename(vault_path)
    moved.with_name(moved.name + ".keys").rename(vault_path.with_name(vault_path.name + ".keys"))
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert _journal(opened) == "wal"


def test_a_share_vault_someone_keeps_open_in_wal_mode_is_refused_as_busy(
    vault: Vault, vault_path: Path, share: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Someone on the file server itself has it open locally, in WAL mode.
    assert _journal(vault) == "wal"
    table = storage_location.MOUNTINFO
    table.write_text(
        table.read_text(encoding="utf-8").replace(str(share.resolve()), str(vault_path.parent)),
        encoding="utf-8",
    )
    monkeypatch.setattr(cipher_connection, "BUSY_TIMEOUT_SECONDS", 0.3)
    with pytest.raises(VaultBusy):
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)
    assert _journal(vault) == "wal"
