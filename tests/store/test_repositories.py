from __future__ import annotations

from datetime import date

import pytest

from riskdesk.domain.case import Case, CaseStatus
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.person import Guardian, Person
from riskdesk.domain.refusals import NotFound
from riskdesk.domain.use_cases import UseCase
from riskdesk.store.person_repository import PersonHasCases
from riskdesk.store.vault import Vault


def _add(vault: Vault, name: str, cpr: str | None, opened: date) -> tuple[Person, Case]:
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        person = uow.persons.add(
            Person(name=name, cpr=cpr, birth_date=None if cpr else date(2003, 3, 3))
        )
        assert person.id is not None
        case = uow.cases.add(
            Case(person_id=person.id, level=2, opened_on=opened, caseworker="admin")
        )
    return person, case


def test_person_round_trip(vault: Vault) -> None:
    original = Person(
        name="Testperson Åse Ærø",
        cpr="0101901234",
        phone="11223344",
        guardians=(Guardian(name="Testværge Bo", relation="far"),),
        notes="linje 1\nlinje 2",
    )
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        added = uow.persons.add(original)
    assert added.id is not None
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        fetched = uow.persons.get(added.id)
        assert fetched == original.model_copy(update={"id": added.id, "row_version": 1})
        assert fetched.cpr == "010190-1234"
        uow.persons.update(fetched.model_copy(update={"city": "Testby"}))
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        assert uow.persons.get(added.id).city == "Testby"
        uow.persons.delete(added.id)
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow, pytest.raises(NotFound):
        uow.persons.get(added.id)


def test_person_with_cases_cannot_be_deleted(vault: Vault) -> None:
    person, case = _add(vault, "Testperson Sag", None, date(2025, 1, 1))
    assert person.id is not None
    assert case.id is not None
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow, pytest.raises(PersonHasCases):
        uow.persons.delete(person.id)
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        uow.cases.delete(case.id)
        uow.persons.delete(person.id)


def test_case_numbers_count_per_year(vault: Vault) -> None:
    numbers = [
        _add(vault, f"Testperson {i}", None, opened)[1].case_number
        for i, opened in enumerate([date(2024, 5, 1), date(2025, 1, 2), date(2025, 6, 1)])
    ]
    assert numbers == ["2024-0001", "2025-0001", "2025-0002"]


def test_case_update_and_for_person(vault: Vault) -> None:
    person, case = _add(vault, "Testperson Luk", None, date(2025, 1, 1))
    assert person.id is not None
    closed = case.model_copy(
        update={"status": CaseStatus.CLOSED, "closed_on": date(2025, 2, 1), "close_reason": "done"}
    )
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        updated = uow.cases.update(Case.model_validate(closed.model_dump()))
        assert updated.case_number == case.case_number
        assert uow.cases.for_person(person.id) == [updated]
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow, pytest.raises(NotFound):
        uow.cases.get(CaseId(999))
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow, pytest.raises(NotFound):
        uow.cases.add(case.model_copy(update={"id": None, "person_id": PersonId(999)}))


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("", ["2025-0003", "2025-0002", "2025-0001"]),
        ("åse", ["2025-0001"]),
        ("ÅSE ærø", ["2025-0001"]),
        ("ærø åse", ["2025-0001"]),
        ("0101901234", ["2025-0001"]),
        ("010190-1234", ["2025-0001"]),
        ("020285", ["2025-0002"]),
        ("2025-0003", ["2025-0003"]),
        ("testperson", ["2025-0003", "2025-0002", "2025-0001"]),
        ("100%", []),
        ("åse bent", []),
    ],
)
def test_summaries_search(vault: Vault, search: str, expected: list[str]) -> None:
    _add(vault, "Testperson Åse Ærø", "010190-1234", date(2025, 1, 1))
    _add(vault, "Testperson Bent", "020285-4321", date(2025, 2, 1))
    _add(vault, "Testperson Cille", None, date(2025, 3, 1))
    with vault.unit_of_work(UseCase.CASE_UPDATE) as uow:
        found = uow.cases.summaries(search)
    assert [s.case_number for s in found] == expected
    if "2025-0001" in expected:
        first = next(s for s in found if s.case_number == "2025-0001")
        assert first.cpr == "010190-1234"
        assert first.person_name == "Testperson Åse Ærø"
        assert first.birth_date == date(1990, 1, 1)
