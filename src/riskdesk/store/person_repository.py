"""Persons in the vault, as :class:`~riskdesk.domain.person.Person`. Every call that
touches a person's record is written to the audit chain in the same transaction.

A CPR number belongs to one person: adding or changing a person to a number another
person has is refused here, where every write passes, inside the writing transaction
(``BEGIN IMMEDIATE`` on a vault, a lock on the number on the team server), so two users
cannot file the same number at once either."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import case, exists, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.person import CprAlreadyFiled, Guardian, Person
from riskdesk.domain.refusals import NotFound, Refusal
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.portable_sql import one_writer_at_a_time
from riskdesk.store.tables import CaseRow, PersonRow
from riskdesk.store.versioned_update import claim


class PersonHasCases(Refusal):
    message = LocalizedText(
        da="Personen har sager og kan ikke slettes, før sagerne er slettet.",
        en="The person has cases and cannot be deleted until the cases are deleted.",
    )


def fold_name(name: str) -> str:
    """The search form of a name: case-folded with single spaces."""
    return " ".join(name.casefold().split())


def cpr_digits(cpr: str | None) -> str | None:
    return cpr.replace("-", "") if cpr else None


def format_cpr(digits: str | None) -> str | None:
    return f"{digits[:6]}-{digits[6:]}" if digits else None


class PersonRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def add(self, person: Person) -> Person:
        """Raises :class:`CprAlreadyFiled` when another person has the CPR number."""
        self._check_cpr_free(person)
        now = self._clock()
        row = PersonRow(created_at=now, updated_at=now, updated_by=self._username)
        _copy_into(row, person)
        self._session.add(row)
        self._session.flush()
        self._trail.touch(AuditEntity.PERSON, row.id, AuditAction.CREATE)
        # Named apart from people only read: the access insight starts a person's story at
        # their creation (an id can be reused after a deletion).
        self._trail.note(created_person_ids=[row.id])
        return person_from_row(row)

    def get(self, person_id: PersonId) -> Person:
        row = self._row(person_id)
        self._trail.touch(AuditEntity.PERSON, row.id)
        return person_from_row(row)

    def update(self, person: Person) -> Person:
        """Raises :class:`NotFound`, :class:`CprAlreadyFiled` when another person has
        the CPR number, or :class:`StaleRecord` when someone saved the person after
        ``person`` was read (its ``row_version``)."""
        if person.id is None:
            raise NotFound
        row = self._row(person.id)
        self._check_cpr_free(person)
        before = person_from_row(row)
        changed = sorted(
            name
            for name in Person.model_fields
            if name != "row_version" and getattr(before, name) != getattr(person, name)
        )
        claim(
            self._session,
            PersonRow,
            row.id,
            person.row_version,
            username=self._username,
            clock=self._clock,
        )
        _copy_into(row, person)
        self._session.flush()
        # Field names only: the values are person data and already in the record itself.
        self._trail.touch(AuditEntity.PERSON, row.id, AuditAction.UPDATE)
        self._trail.note(person_fields=changed)
        return person_from_row(row)

    def delete(self, person_id: PersonId) -> None:
        """Raises :class:`NotFound`, or :class:`PersonHasCases` while cases refer to it."""
        row = self._row(person_id)
        if self._session.scalar(select(exists().where(CaseRow.person_id == row.id))):
            raise PersonHasCases
        self._session.delete(row)
        self._session.flush()
        self._trail.touch(AuditEntity.PERSON, person_id, AuditAction.DELETE)

    def _check_cpr_free(self, person: Person) -> None:
        digits = cpr_digits(person.cpr)
        if digits is None:
            return
        one_writer_at_a_time(self._session, f"cpr:{digits}")
        other = self._session.scalar(
            select(PersonRow.id).where(PersonRow.cpr_digits == digits, PersonRow.id != person.id)
        )
        if other is None:
            return
        # The case to offer: an open one before a closed one, the newest first.
        found = self._session.execute(
            select(CaseRow.id, CaseRow.case_number)
            .where(CaseRow.person_id == other)
            .order_by(
                case((CaseRow.status == CaseStatus.OPEN.value, 0), else_=1),
                CaseRow.opened_on.desc(),
                CaseRow.id.desc(),
            )
            .limit(1)
        ).first()
        if found is None:
            raise CprAlreadyFiled(case_id=None, case_number=None)
        raise CprAlreadyFiled(case_id=CaseId(found.id), case_number=found.case_number)

    def _row(self, person_id: PersonId) -> PersonRow:
        row = self._session.get(PersonRow, person_id)
        if row is None:
            raise self._trail.unseen()
        return row


def _copy_into(row: PersonRow, person: Person) -> None:
    for column, value in person_columns(person).items():
        setattr(row, column, value)


def person_columns(person: Person) -> dict[str, Any]:
    """The person's stored columns (not its id, times or version)."""
    return {
        "name": person.name,
        "name_folded": fold_name(person.name),
        "cpr_digits": cpr_digits(person.cpr),
        "birth_date": person.born,
        "phone": person.phone,
        "email": person.email,
        "address": person.address,
        "postal_code": person.postal_code,
        "city": person.city,
        "guardians_json": json.dumps(
            [guardian.model_dump() for guardian in person.guardians], ensure_ascii=False
        ),
        "notes": person.notes,
    }


def person_from_row(row: PersonRow) -> Person:
    return Person(
        id=PersonId(row.id),
        name=row.name,
        cpr=format_cpr(row.cpr_digits),
        birth_date=row.birth_date,
        phone=row.phone,
        email=row.email,
        address=row.address,
        postal_code=row.postal_code,
        city=row.city,
        guardians=tuple(Guardian.model_validate(g) for g in json.loads(row.guardians_json)),
        notes=row.notes,
        row_version=row.row_version,
    )
