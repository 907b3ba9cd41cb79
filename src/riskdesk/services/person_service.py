"""Creating, reading and changing people; every touch is an audit event."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import PersonId
from riskdesk.domain.model_diff import changed_fields
from riskdesk.domain.person import Person, person_from

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class PersonService:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def create(self, data: Mapping[str, Any]) -> Person:
        """Validate and store a new person; raises :class:`UserInputError`, stores nothing then."""
        person = person_from({k: v for k, v in data.items() if k != "id"})
        with self._desk.vault.unit_of_work() as uow:
            stored = uow.persons.add(person)
            uow.audit.append(
                username=self._desk.user.username,
                action=AuditAction.CREATE,
                entity=AuditEntity.PERSON,
                entity_id=stored.id,
                details={},
            )
        return stored

    def get(self, person_id: PersonId) -> Person:
        with self._desk.vault.unit_of_work() as uow:
            person = uow.persons.get(person_id)
            uow.audit.append(
                username=self._desk.user.username,
                action=AuditAction.READ,
                entity=AuditEntity.PERSON,
                entity_id=person_id,
                details={},
            )
        return person

    def update(self, person_id: PersonId, data: Mapping[str, Any]) -> Person:
        """Replace the person's fields with ``data``; the audit event names which changed."""
        person = person_from({**{k: v for k, v in data.items() if k != "id"}, "id": person_id})
        with self._desk.vault.unit_of_work() as uow:
            before = uow.persons.get(person_id)
            stored = uow.persons.update(person)
            uow.audit.append(
                username=self._desk.user.username,
                action=AuditAction.UPDATE,
                entity=AuditEntity.PERSON,
                entity_id=person_id,
                details={"fields": changed_fields(before, stored)},
            )
        return stored
