"""Many people, each with one case, written in a few statements rather than a handful
per row, for the import from a spreadsheet: one query for the CPR numbers already filed,
each year's case numbers taken from its counter at once
(:mod:`riskdesk.store.case_number_counter`, as the case repository takes them), and one
insert of each kind. The rows are filled by the repositories' own column mappings and
audited as they are: each person and case touched as created, in the unit of work's one
event."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from sqlalchemy import case, insert, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import Case, CaseStatus
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.person import Person
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.case_number_counter import CaseNumberCounter
from riskdesk.store.case_repository import case_columns
from riskdesk.store.clock import Clock
from riskdesk.store.person_repository import cpr_digits, person_columns
from riskdesk.store.tables import CaseRow, PersonRow

# SQLite allows 32,766 parameters per statement; stay well below.
_CHUNK = 500


class CaseImportWriter:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def filed(self, cprs: Collection[str]) -> dict[str, str | None]:
        """Of ``cprs`` (as :class:`Person` keeps them), those another person already has,
        each with the case number to name (an open case before a closed one, the newest
        first; None when that person has no case), as the person repository names it.
        Reads no record: only whether a number is taken."""
        wanted = {d: cpr for cpr in cprs if (d := cpr_digits(cpr)) is not None}
        found: dict[str, str | None] = {}
        keys = list(wanted)
        for start in range(0, len(keys), _CHUNK):
            rows = self._session.execute(
                select(PersonRow.cpr_digits, CaseRow.case_number)
                .outerjoin(CaseRow, CaseRow.person_id == PersonRow.id)
                .where(PersonRow.cpr_digits.in_(keys[start : start + _CHUNK]))
                .order_by(
                    PersonRow.cpr_digits,
                    case((CaseRow.status == CaseStatus.OPEN.value, 0), else_=1),
                    CaseRow.opened_on.desc(),
                    CaseRow.id.desc(),
                )
            )
            for digits, number in rows:
                found.setdefault(wanted[str(digits)], number)
        return found

    def add_all(self, records: Sequence[tuple[Person, Case]]) -> list[Case]:
        """Store each person with their case (its ``person_id`` is replaced), in order;
        case numbers continue each opening year's ``YYYY-NNNN``. The caller has checked
        the CPR numbers with :meth:`filed` in the same transaction."""
        if not records:
            return []
        now = self._clock()
        stamp = {"created_at": now, "updated_at": now, "updated_by": self._username}
        person_ids = self._insert(PersonRow, [person_columns(p) | stamp for p, _ in records])
        numbers = self._numbers_by_year([c.opened_on.year for _, c in records])
        made = [
            imported.model_copy(
                update={
                    "person_id": PersonId(person_id),
                    "case_number": next(numbers[imported.opened_on.year]),
                    "row_version": 1,
                }
            )
            for person_id, (_, imported) in zip(person_ids, records, strict=True)
        ]
        case_ids = self._insert(
            CaseRow, [case_columns(c) | stamp | {"case_number": c.case_number} for c in made]
        )
        for person_id, case_id in zip(person_ids, case_ids, strict=True):
            self._trail.touch(AuditEntity.PERSON, person_id, AuditAction.CREATE)
            self._trail.touch(AuditEntity.CASE, case_id, AuditAction.CREATE, person_id=person_id)
        # Named apart, as the repositories do: the access insight starts a story there.
        self._trail.note(created_person_ids=person_ids, created_case_ids=case_ids)
        return [c.model_copy(update={"id": CaseId(i)}) for c, i in zip(made, case_ids, strict=True)]

    def _insert(self, table: type[PersonRow | CaseRow], rows: list[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` and return their new ids in the same order: one statement (a
        few on the largest imports), where the ORM's objects cost more than the inserts
        themselves."""
        # What the ORM does before a statement of its own: pending changes go in first.
        self._session.flush()
        returning = insert(table).returning(table.id, sort_by_parameter_order=True)
        return list(self._session.connection().execute(returning, rows).scalars())

    def _numbers_by_year(self, years: Sequence[int]) -> dict[int, Iterator[str]]:
        counter = CaseNumberCounter(self._session)
        return {year: iter(counter.take(year, n)) for year, n in Counter(years).items()}
