"""After a backup is restored, every witness remembers a later end than the restored
trail has: an administrator accepts the trail as it now is, and from then on it is
intact again, with what was found still listed as accepted."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from riskdesk.domain.person import Person
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import Role
from riskdesk.store.audit_acceptance import accept_trail
from riskdesk.store.audit_findings import FindingKind
from riskdesk.store.vault import Vault

ADMIN, ADMIN_PASSWORD = "admin", "Admin-kodeord-1"  # as in conftest.py


def _work(vault: Vault, name: str) -> None:
    with vault.unit_of_work(UseCase.PERSON_CREATE) as uow:
        uow.persons.add(Person(name=name, birth_date="2000-01-01"))


def test_an_administrator_accepts_a_restored_trail(vault: Vault, vault_path: Path) -> None:
    vault.add_user(username="bo", display_name="Bo", role=Role.CASEWORKER, password="bo-kode-1")
    _work(vault, "Testperson En")
    vault.close()
    Vault.open(vault_path, username="bo", password="bo-kode-1", new_password="bos-egen").close()
    backup = vault_path.with_name("backup.rdv")
    shutil.copyfile(vault_path, backup)
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        _work(admin, "Testperson To")
    shutil.copyfile(backup, vault_path)  # the restore

    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert FindingKind.TRUNCATED in {f.kind for f in admin.opening_findings}
    with (
        Vault.open(vault_path, username="bo", password="bos-egen") as bo,
        pytest.raises(PermissionDenied),
    ):
        accept_trail(bo)
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        accepted = accept_trail(admin)
    assert not accepted.intact

    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as admin:
        assert admin.opening_findings == ()
        with admin.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
            report = uow.audit.verify()
            (acceptance,) = [
                e for e in uow.audit.events() if e.details["use_case"] == "audit.accept"
            ]
    # The witnesses that remembered the later end are gone; the event names the cut.
    assert report.intact
    assert any(item.startswith("truncated:") for item in acceptance.details["accepted"])


def test_an_accepted_change_stays_listed(vault: Vault, vault_path: Path) -> None:
    _work(vault, "Testperson En")
    _work(vault, "Testperson To")
    with vault._require_open().begin() as connection:
        connection.exec_driver_sql("UPDATE audit_events SET username = 'x' WHERE sequence = 2")
    accept_trail(vault)
    with vault.unit_of_work(UseCase.AUDIT_VERIFY) as uow:
        report = uow.audit.verify()
    assert report.intact
    assert {f.kind for f in report.findings} == {
        FindingKind.EVENT_ALTERED,
        FindingKind.FOREIGN_SIGNATURE,
    }
    assert all(finding.accepted for finding in report.findings)
    assert report.findings[0].text("en").endswith("(accepted by an administrator)")
