"""Migration 0011: a vault from before record versions upgrades keeping its records,
each at version 1, and persons and cases learn from the audit trail who wrote them last."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from old_vaults import make_old

from riskdesk.domain.case import case_from
from riskdesk.domain.person import person_from
from riskdesk.domain.use_cases import UseCase
from riskdesk.store import migrate
from riskdesk.store.tables import CaseRow, PersonRow
from riskdesk.store.vault import Vault

ADMIN, ADMIN_PASSWORD = "admin", "Admin-kodeord-1"  # as in conftest.py


def test_a_vault_from_before_versions_upgrades_with_its_last_writers(
    vault: Vault, vault_path: Path
) -> None:
    with vault.unit_of_work(UseCase.CASE_CREATE_WITH_PERSON) as uow:
        person = uow.persons.add(person_from({"name": "Ida Test", "birth_date": "2010-05-01"}))
        assert person.id is not None
        case = uow.cases.add(
            case_from(
                {
                    "person_id": person.id,
                    "level": 2,
                    "opened_on": date(2026, 1, 5),
                    "caseworker": ADMIN,
                }
            )
        )
    vault.close()
    make_old(vault_path, "0010", passwords={ADMIN: ADMIN_PASSWORD})

    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert migrate.current_revision(opened._require_open()) == migrate.head_revision()
        with opened.unit_of_work(UseCase.CASE_VIEW) as uow:
            assert case.id is not None
            read = uow.cases.get(case.id)
            assert (read.row_version, uow.persons.get(person.id).row_version) == (1, 1)
        with opened._require_open().connect() as connection:
            writers = connection.execute(
                PersonRow.__table__.select().with_only_columns(PersonRow.updated_by)
            ).scalars()
            assert list(writers) == [ADMIN]
            writers = connection.execute(
                CaseRow.__table__.select().with_only_columns(CaseRow.updated_by)
            ).scalars()
            assert list(writers) == [ADMIN]
