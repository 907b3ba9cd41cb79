"""Case numbers come from one counter per year (store/case_number_counter.py), shared by
the case repository and the spreadsheet import, and are never given twice."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import delete

from riskdesk.domain.case import Case
from riskdesk.domain.ids import CaseId
from riskdesk.domain.person import Person
from riskdesk.domain.retention import DeletionOrder
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.tables import VaultSettingRow
from riskdesk.store.vault import Vault

_WRITER = Path(__file__).with_name("case_number_writer.py")
ADMIN, ADMIN_PASSWORD = "admin", "Admin-kodeord-1"  # as in conftest.py


def _person(name: str) -> Person:
    return Person(name=name, birth_date=date(2003, 3, 3))


def _add(vault: Vault, opened: date, number: str = "") -> Case:
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        person = uow.persons.add(_person(f"Testperson {opened} {number}"))
        assert person.id is not None
        return uow.cases.add(
            Case(
                person_id=person.id,
                case_number=number,
                level=2,
                opened_on=opened,
                caseworker=ADMIN,
            )
        )


def _delete(vault: Vault, case_id: CaseId | None) -> None:
    assert case_id is not None
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        uow.cases.delete(case_id)


def test_each_year_counts_on_its_own(vault: Vault) -> None:
    opened = [date(2024, 5, 1), date(2025, 1, 2), date(2024, 12, 31), date(2025, 6, 1)]
    numbers = [_add(vault, day).case_number for day in opened]
    assert numbers == ["2024-0001", "2025-0001", "2024-0002", "2025-0002"]


def test_a_deleted_cases_number_is_not_given_again(vault: Vault) -> None:
    _add(vault, date(2025, 1, 2))
    newest = _add(vault, date(2025, 2, 2))
    _delete(vault, newest.id)
    assert _add(vault, date(2025, 3, 2)).case_number == "2025-0003"


def test_a_case_deleted_by_retention_leaves_its_number_to_its_tombstone(vault: Vault) -> None:
    _add(vault, date(2025, 1, 2))
    newest = _add(vault, date(2025, 2, 2))
    assert newest.id is not None
    order = DeletionOrder(
        case_id=newest.id,
        case_number=newest.case_number,
        person_id=newest.person_id,
        rule_id="test",
        delete_person=True,
    )
    with vault.unit_of_work(UseCase.RETENTION_DELETE) as uow:
        uow.case_deletion.delete([order])
    assert _add(vault, date(2025, 3, 2)).case_number == "2025-0003"


def test_a_number_given_by_hand_moves_the_count_past_it(vault: Vault) -> None:
    _add(vault, date(2025, 1, 2))
    given = _add(vault, date(2025, 1, 3), number="2025-0500")
    _delete(vault, given.id)
    assert _add(vault, date(2025, 1, 4)).case_number == "2025-0501"


def test_the_import_takes_its_numbers_from_the_same_counter(vault: Vault) -> None:
    newest = _add(vault, date(2025, 1, 2))
    _delete(vault, newest.id)
    records = [
        (_person("Testperson Import 1"), _case(date(2025, 4, 1))),
        (_person("Testperson Import 2"), _case(date(2026, 1, 1))),
        (_person("Testperson Import 3"), _case(date(2025, 4, 2))),
    ]
    with vault.unit_of_work(UseCase.CASE_IMPORT) as uow:
        imported = uow.case_import.add_all(records)
    assert [c.case_number for c in imported] == ["2025-0002", "2026-0001", "2025-0003"]
    assert _add(vault, date(2025, 5, 1)).case_number == "2025-0004"


def _case(opened: date) -> Case:
    return Case(person_id=0, level=2, opened_on=opened, caseworker=ADMIN)


def test_a_vault_without_a_counter_goes_on_from_its_highest_number(vault: Vault) -> None:
    for day in (date(2025, 1, 2), date(2025, 1, 3)):
        _add(vault, day)
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        # As a vault written before the counter existed.
        uow.cases._session.execute(
            delete(VaultSettingRow).where(VaultSettingRow.name.startswith("case_number_last:"))
        )
    assert _add(vault, date(2025, 1, 4)).case_number == "2025-0003"


def test_two_writing_processes_never_share_a_number(vault: Vault, vault_path: Path) -> None:
    vault.close()
    writers = [
        subprocess.Popen(
            [sys.executable, str(_WRITER), str(vault_path), ADMIN, ADMIN_PASSWORD, "25", name],
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("Testperson A", "Testperson B")
    ]
    given = []
    for writer in writers:
        out, _ = writer.communicate(timeout=300)
        assert writer.returncode == 0
        given.extend(out.split())
    assert sorted(given) == [f"2025-{n:04d}" for n in range(1, 51)]


def test_what_the_import_returns_is_what_it_stored(vault: Vault) -> None:
    """The import writes with one statement per table and builds its answer from what it
    wrote: each case and person read back is the same, the person with every field."""
    people = [
        Person(
            name=f"Testperson Læsning {n}",
            birth_date=date(2004, 2, n),
            phone="12 34 56 78",
            address="Testvej 1",
            postal_code="8000",
            city="Aarhus C",
            notes="Noter",
        )
        for n in range(1, 4)
    ]
    cases = [_case(date(2025, 4, n)).model_copy(update={"notes": "Sag"}) for n in range(1, 4)]
    with vault.unit_of_work(UseCase.CASE_IMPORT) as uow:
        imported = uow.case_import.add_all(list(zip(people, cases, strict=True)))
    with vault.unit_of_work(UseCase.CASE_VIEW) as uow:
        for case, person in zip(imported, people, strict=True):
            assert case.id is not None
            assert uow.cases.get(case.id) == case
            stored = uow.persons.get(case.person_id)
            assert stored.model_copy(update={"id": None, "row_version": None}) == person
