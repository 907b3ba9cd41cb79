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

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import Case, CaseStatus
from riskdesk.domain.person import Person
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.case_number_counter import CaseNumberCounter
from riskdesk.store.case_repository import _copy_into as copy_case_into
from riskdesk.store.case_repository import case_from_row
from riskdesk.store.clock import Clock
from riskdesk.store.person_repository import _copy_into as copy_person_into
from riskdesk.store.person_repository import cpr_digits
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
        now = self._clock()
        people: list[PersonRow] = []
        for person, _ in records:
            row = PersonRow(created_at=now, updated_at=now, updated_by=self._username)
            copy_person_into(row, person)
            people.append(row)
        self._session.add_all(people)
        self._session.flush()
        numbers = self._numbers_by_year([c.opened_on.year for _, c in records])
        cases: list[CaseRow] = []
        for person_row, (_, imported) in zip(people, records, strict=True):
            case_row = CaseRow(created_at=now, updated_at=now, updated_by=self._username)
            copy_case_into(case_row, imported)
            case_row.person_id = person_row.id
            case_row.case_number = next(numbers[imported.opened_on.year])
            cases.append(case_row)
        self._session.add_all(cases)
        self._session.flush()
        for person_row, case_row in zip(people, cases, strict=True):
            self._trail.touch(AuditEntity.PERSON, person_row.id, AuditAction.CREATE)
            self._trail.touch(
                AuditEntity.CASE, case_row.id, AuditAction.CREATE, person_id=person_row.id
            )
        # Named apart, as the repositories do: the access insight starts a story there.
        self._trail.note(
            created_person_ids=[row.id for row in people],
            created_case_ids=[row.id for row in cases],
        )
        return [case_from_row(row) for row in cases]

    def _numbers_by_year(self, years: Sequence[int]) -> dict[int, Iterator[str]]:
        counter = CaseNumberCounter(self._session)
        return {year: iter(counter.take(year, n)) for year, n in Counter(years).items()}
