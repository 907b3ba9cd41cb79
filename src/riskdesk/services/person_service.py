"""Creating, reading and changing people. The store's repositories write the audit
event for every touch in the same transaction."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from riskdesk.domain.ids import PersonId
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
            return uow.persons.add(person)

    def get(self, person_id: PersonId) -> Person:
        with self._desk.vault.unit_of_work() as uow:
            return uow.persons.get(person_id)

    def update(self, person_id: PersonId, data: Mapping[str, Any]) -> Person:
        """Replace the person's fields with ``data``; the audit event names which changed."""
        person = person_from({**{k: v for k, v in data.items() if k != "id"}, "id": person_id})
        with self._desk.vault.unit_of_work() as uow:
            return uow.persons.update(person)
