from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from riskdesk.domain.refusals import NotFound
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import PasswordChangeRequired, Role, UserDeactivated
from riskdesk.domain.vault_errors import UnknownUser, WrongPassword
from riskdesk.store.key_slots import read_key_file, sidecar_path
from riskdesk.store.vault import Vault

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-kodeord-1"  # as in conftest.py


def _slots(vault_path: Path) -> dict[str, object]:
    """Each user's records in the key file (their sealed parts, not the witness)."""
    records = read_key_file(sidecar_path(vault_path)).records
    return {
        name: [replace(r.slot, witness=None) for r in records if r.username == name]
        for name in {r.username for r in records}
    }


def test_added_user_can_open_with_their_role(vault: Vault, vault_path: Path) -> None:
    added = vault.add_user(
        username="bente.sb", display_name="Bente Test", role=Role.CASEWORKER, password="bente-kode"
    )
    assert added.id is not None
    vault.close()
    # The administrator chose the password: the user chooses their own at the first open.
    with pytest.raises(PasswordChangeRequired):
        Vault.open(vault_path, username="bente.sb", password="bente-kode")
    with Vault.open(
        vault_path, username="bente.sb", password="bente-kode", new_password="bentes-egen"
    ) as opened:
        assert opened.user.role is Role.CASEWORKER
        with opened.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
            assert [u.username for u in uow.users.list()] == [ADMIN, "bente.sb"]


def test_own_password_change_leaves_others_able_to_open(vault: Vault, vault_path: Path) -> None:
    vault.add_user(
        username="carl.leder", display_name="Carl", role=Role.SUPERVISOR, password="carl-kode-0"
    )
    admin_slot_before = _slots(vault_path)[ADMIN]
    vault.close()
    with Vault.open(
        vault_path, username="carl.leder", password="carl-kode-0", new_password="carl-kode-1"
    ) as carl:
        with pytest.raises(WrongPassword):
            carl.change_password(old_password="forkert", new_password="carl-kode-2")
        carl.change_password(old_password="carl-kode-1", new_password="carl-kode-2")
    assert _slots(vault_path)[ADMIN] == admin_slot_before
    for old in ("carl-kode-0", "carl-kode-1"):
        with pytest.raises(WrongPassword):
            Vault.open(vault_path, username="carl.leder", password=old)
    Vault.open(vault_path, username="carl.leder", password="carl-kode-2").close()
    Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD).close()


def test_admin_reset_and_reauthentication(vault: Vault, vault_path: Path) -> None:
    vault.add_user(
        username="dorte", display_name="Dorte", role=Role.CASEWORKER, password="glemt-kode"
    )
    vault.reset_password(username="dorte", new_password="ny-kode-123")
    assert vault.verify_password("dorte", "ny-kode-123")
    assert not vault.verify_password("dorte", "glemt-kode")
    assert not vault.verify_password("nobody", "ny-kode-123")
    assert vault.verify_password(ADMIN, ADMIN_PASSWORD)
    with pytest.raises(NotFound):
        vault.reset_password(username="nobody", new_password="whatever-1")
    vault.close()
    with pytest.raises(PasswordChangeRequired):
        Vault.open(vault_path, username="dorte", password="ny-kode-123")
    Vault.open(
        vault_path, username="dorte", password="ny-kode-123", new_password="dortes-egen"
    ).close()
    with pytest.raises(WrongPassword):
        Vault.open(vault_path, username="dorte", password="ny-kode-123")
    Vault.open(vault_path, username="dorte", password="dortes-egen").close()


def test_user_without_a_row_cannot_open(vault: Vault, vault_path: Path) -> None:
    vault.add_user(username="erik", display_name="Erik", role=Role.CASEWORKER, password="erik-kode")
    vault.close()
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        # Deactivating is a signed assignment now; the row's flag alone decides nothing.
        opened.set_role(username="erik", role=Role.CASEWORKER, active=False)
        engine = opened._require_open()
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE users SET active = 1 WHERE username = 'erik'")
    with pytest.raises(UserDeactivated):
        Vault.open(vault_path, username="erik", password="erik-kode")
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        engine = opened._require_open()
        with engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM users WHERE username = 'erik'")
    with pytest.raises(UnknownUser):
        Vault.open(vault_path, username="erik", password="erik-kode")


def test_user_changes_are_audited(vault: Vault) -> None:
    vault.add_user(username="finn", display_name="Finn", role=Role.CASEWORKER, password="finn-kode")
    vault.reset_password(username="finn", new_password="finn-kode-2")
    vault.change_password(old_password=ADMIN_PASSWORD, new_password="Admin-kodeord-2")
    with vault.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
        changes = [e.details.get("use_case") for e in uow.audit.events()]
        assert uow.audit.verify().intact
    assert changes[-3:] == ["user.add", "user.reset_password", "user.change_password"]
