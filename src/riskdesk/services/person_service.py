"""Creating, reading and changing people; each call one unit of work and one audit event."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from riskdesk.domain.ids import PersonId
from riskdesk.domain.person import Person, person_from
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.postal_code_list import shipped_postal_codes
from riskdesk.services.service_context import ServiceContext


class PersonService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def create(self, data: Mapping[str, Any]) -> Person:
        """Validate and store a new person; raises :class:`UserInputError` (and
        :class:`CprAlreadyFiled` for a CPR number another person has), stores nothing then.
        Contact details are stored normalised and the city is the postal code's town."""
        person = person_from(
            {k: v for k, v in data.items() if k != "id"},
            today=date.today(),
            postal_codes=shipped_postal_codes(),
        )
        with self._ctx.work(UseCase.PERSON_CREATE) as uow:
            return uow.persons.add(person)

    def get(self, person_id: PersonId) -> Person:
        with self._ctx.work(UseCase.PERSON_VIEW) as uow:
            return uow.persons.get(person_id)

    def update(self, person_id: PersonId, data: Mapping[str, Any]) -> Person:
        """Replace the person's fields with ``data``; the audit event names which changed."""
        person = person_from(
            {**{k: v for k, v in data.items() if k != "id"}, "id": person_id},
            today=date.today(),
            postal_codes=shipped_postal_codes(),
        )
        with self._ctx.work(UseCase.PERSON_UPDATE) as uow:
            return uow.persons.update(person)
