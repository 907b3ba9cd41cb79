"""A vault made before roles and events were signed keeps opening. Its first
administrator to open signs the roles as they stand (trust on first use, recorded as an
event); each user registers their own key at their first open; the older events keep
their HMAC links and are fixed by the first signed event after them."""

from __future__ import annotations

from pathlib import Path

import pytest
from old_vaults import make_old

from riskdesk.domain.person import Person
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.store.audit_findings import FindingKind
from riskdesk.store.key_slot_errors import RolesTampered
from riskdesk.store.key_slots import read_key_file, sidecar_path
from riskdesk.store.vault import Vault

ADMIN, ADMIN_PASSWORD = "admin", "Admin-kodeord-1"  # as in conftest.py
PASSWORDS = {ADMIN: ADMIN_PASSWORD, "leder": "leder-kode-1", "bo": "bo-kodeord-1"}


@pytest.fixture
def old_vault(vault: Vault, vault_path: Path) -> Path:
    """A vault at 0005 as that version wrote it: users, people, an HMAC-linked trail."""
    vault.add_user(
        username="leder", display_name="L", role=Role.SUPERVISOR, password="leder-kode-1"
    )
    vault.add_user(username="bo", display_name="Bo", role=Role.CASEWORKER, password="bo-kodeord-1")
    for number in range(3):
        with vault.unit_of_work(UseCase.PERSON_CREATE) as uow:
            uow.persons.add(Person(name=f"Testperson {number}", cpr=f"0{number + 1}0190-1234"))
    vault.close()
    make_old(vault_path, "0005", passwords=PASSWORDS)
    assert read_key_file(sidecar_path(vault_path)).version == 1
    return vault_path


def _sql(vault: Vault, statement: str) -> None:
    with vault._require_open().begin() as connection:
        connection.exec_driver_sql(statement)


def _verify(vault: Vault) -> tuple[bool, set[FindingKind]]:
    with vault.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
        report = uow.audit.verify()
    return report.intact, {finding.kind for finding in report.findings}


def test_the_first_administrator_signs_the_roles_as_they_stand(old_vault: Path) -> None:
    with Vault.open(old_vault, username="bo", password="bo-kodeord-1") as bo:
        # Before any administrator opened: the roles of the table, said to be unsigned.
        assert bo.user.role is Role.CASEWORKER
        assert _verify(bo) == (True, {FindingKind.ROLES_NOT_SIGNED})
    with Vault.open(old_vault, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert admin.opening_findings == ()
        with admin.unit_of_work(UseCase.AUDIT_EVENTS) as uow:
            signing = [e for e in uow.audit.events() if e.details["use_case"] == "user.sign_roles"]
            roles = {user.username: user.role for user in uow.users.list()}
        (signed,) = signing
        assert signed.username == ADMIN
        assert signed.details["users"] == 3
        assert roles == {ADMIN: Role.ADMINISTRATOR, "leder": Role.SUPERVISOR, "bo": Role.CASEWORKER}
    for name in ("leder", "bo"):
        with Vault.open(old_vault, username=name, password=PASSWORDS[name]) as opened:
            assert opened._state.keys.signer is not None
    assert read_key_file(sidecar_path(old_vault)).version == 2
    with Vault.open(old_vault, username="leder", password="leder-kode-1") as leder:
        assert leder.user.role is Role.SUPERVISOR
        assert _verify(leder) == (True, set())


def test_older_events_stay_protected_after_the_upgrade(old_vault: Path) -> None:
    Vault.open(old_vault, username=ADMIN, password=ADMIN_PASSWORD).close()
    with Vault.open(old_vault, username="bo", password="bo-kodeord-1") as bo:
        _sql(bo, "UPDATE audit_events SET username = 'leder' WHERE sequence = 4")
        intact, kinds = _verify(bo)
    assert not intact
    assert FindingKind.EVENT_ALTERED in kinds


def test_roles_are_signed_only_once(old_vault: Path) -> None:
    """Once signed, wiping the roles does not make a vault new again: a user whose slot
    pins the root refuses it, and signed events show the roles were there."""
    Vault.open(old_vault, username=ADMIN, password=ADMIN_PASSWORD).close()
    Vault.open(old_vault, username="bo", password="bo-kodeord-1").close()
    with Vault.open(old_vault, username="bo", password="bo-kodeord-1") as bo:
        _sql(bo, "DELETE FROM role_assignments")
        _sql(bo, "UPDATE users SET role = 'administrator' WHERE username = 'bo'")
    for name in (ADMIN, "bo"):
        with pytest.raises(RolesTampered):
            Vault.open(old_vault, username=name, password=PASSWORDS[name])
