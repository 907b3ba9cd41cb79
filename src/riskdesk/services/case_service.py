"""Cases: search, open, edit and close; every touch of person data is audited."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import Case, CaseStatus, CaseSummary, case_from
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.model_diff import changed_fields
from riskdesk.domain.person import Person, person_from
from riskdesk.domain.problems import UserInputError

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk
    from riskdesk.store.unit_of_work import UnitOfWork

_FIXED_BY_SERVICE = ("id", "person_id", "case_number", "status", "closed_on", "close_reason")


class CaseService:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def search(self, text: str = "") -> list[CaseSummary]:
        """Cases whose person's name, CPR number or case number matches ``text``
        ("" lists all). The criteria are audited, since a search can reveal a person."""
        criteria = text.strip()
        with self._desk.vault.unit_of_work() as uow:
            rows = uow.cases.summaries(criteria)
            uow.audit.append(
                username=self._desk.user.username,
                action=AuditAction.SEARCH,
                entity=AuditEntity.CASE_LIST,
                entity_id=None,
                details={"criteria": criteria, "results": len(rows)},
            )
        return rows

    def get(self, case_id: CaseId) -> Case:
        with self._desk.vault.unit_of_work() as uow:
            case = uow.cases.get(case_id)
            self._audit(uow, AuditAction.READ, case_id)
        return case

    def for_person(self, person_id: PersonId) -> list[Case]:
        with self._desk.vault.unit_of_work() as uow:
            cases = uow.cases.for_person(person_id)
            uow.audit.append(
                username=self._desk.user.username,
                action=AuditAction.READ,
                entity=AuditEntity.PERSON,
                entity_id=person_id,
                details={"cases": [c.id for c in cases]},
            )
        return cases

    def create_person_with_case(
        self, *, person: Mapping[str, Any], case: Mapping[str, Any]
    ) -> tuple[Person, Case]:
        """Store a new person and their first case in one transaction: both or neither.

        Both are validated before anything is written, and the problems of both are
        reported together."""
        problems = []
        new_person: Person | None = None
        try:
            new_person = person_from({k: v for k, v in person.items() if k != "id"})
        except UserInputError as error:
            problems.extend(error.problems)
        try:
            self._validated_new_case(case, person_id=PersonId(0))
        except UserInputError as error:
            problems.extend(error.problems)
        if problems or new_person is None:
            raise UserInputError(problems)
        with self._desk.vault.unit_of_work() as uow:
            stored_person = uow.persons.add(new_person)
            assert stored_person.id is not None
            uow.audit.append(
                username=self._desk.user.username,
                action=AuditAction.CREATE,
                entity=AuditEntity.PERSON,
                entity_id=stored_person.id,
                details={},
            )
            stored_case = uow.cases.add(self._validated_new_case(case, person_id=stored_person.id))
            self._audit(uow, AuditAction.CREATE, stored_case.id)
        return stored_person, stored_case

    def import_records(self, records: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]]) -> int:
        """Store many people, each with one case, in one transaction (all or none).

        Everything is validated first; the first invalid record stops the import."""
        validated = [
            (person_from(dict(person)), self._validated_new_case(case, person_id=PersonId(0)))
            for person, case in records
        ]
        with self._desk.vault.unit_of_work() as uow:
            for person, case in validated:
                stored = uow.persons.add(person)
                assert stored.id is not None
                uow.audit.append(
                    username=self._desk.user.username,
                    action=AuditAction.CREATE,
                    entity=AuditEntity.PERSON,
                    entity_id=stored.id,
                    details={"import": True},
                )
                stored_case = uow.cases.add(case.model_copy(update={"person_id": stored.id}))
                self._audit(uow, AuditAction.CREATE, stored_case.id, imported=True)
        return len(validated)

    def open_case(self, *, person_id: PersonId, data: Mapping[str, Any]) -> Case:
        new_case = self._validated_new_case(data, person_id=person_id)
        with self._desk.vault.unit_of_work() as uow:
            uow.persons.get(person_id)
            stored = uow.cases.add(new_case)
            self._audit(uow, AuditAction.CREATE, stored.id)
        return stored

    def update(self, case_id: CaseId, data: Mapping[str, Any]) -> Case:
        """Change the case's editable fields; number, person and closing stay as they are."""
        with self._desk.vault.unit_of_work() as uow:
            before = uow.cases.get(case_id)
            editable = {k: v for k, v in data.items() if k not in _FIXED_BY_SERVICE}
            changed = case_from(before.model_dump() | editable)
            self._desk.levels.get(changed.level)
            stored = uow.cases.update(changed)
            self._audit(uow, AuditAction.UPDATE, case_id, fields=changed_fields(before, stored))
        return stored

    def close(self, case_id: CaseId, *, closed_on: date, reason: str) -> Case:
        with self._desk.vault.unit_of_work() as uow:
            before = uow.cases.get(case_id)
            closed = case_from(
                before.model_dump()
                | {"status": CaseStatus.CLOSED, "closed_on": closed_on, "close_reason": reason}
            )
            stored = uow.cases.update(closed)
            self._audit(uow, AuditAction.UPDATE, case_id, fields=changed_fields(before, stored))
        return stored

    def reopen(self, case_id: CaseId) -> Case:
        with self._desk.vault.unit_of_work() as uow:
            before = uow.cases.get(case_id)
            reopened = case_from(
                before.model_dump()
                | {"status": CaseStatus.OPEN, "closed_on": None, "close_reason": ""}
            )
            stored = uow.cases.update(reopened)
            self._audit(uow, AuditAction.UPDATE, case_id, fields=changed_fields(before, stored))
        return stored

    def _validated_new_case(self, data: Mapping[str, Any], *, person_id: PersonId) -> Case:
        values: dict[str, Any] = {
            "opened_on": date.today(),
            "caseworker": self._desk.user.username,
        }
        values |= {k: v for k, v in data.items() if k not in _FIXED_BY_SERVICE and v is not None}
        values["person_id"] = person_id
        case = case_from(values)
        self._desk.levels.get(case.level)
        return case

    def _audit(
        self, uow: UnitOfWork, action: AuditAction, case_id: CaseId | None, **details: Any
    ) -> None:
        uow.audit.append(
            username=self._desk.user.username,
            action=action,
            entity=AuditEntity.CASE,
            entity_id=case_id,
            details=details,
        )
