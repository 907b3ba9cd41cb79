"""Cases in the vault, as :class:`~riskdesk.domain.case.Case` and
:class:`~riskdesk.domain.case.CaseSummary`; reads, searches and changes are audited."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    String,
    bindparam,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import (
    Case,
    CaseKind,
    CaseStatus,
    CaseSummary,
    LegalBasis,
    ReferralSource,
)
from riskdesk.domain.case_list import CaseListRow, CaseMatches
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.refusals import NotFound
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.case_number_counter import CaseNumberCounter
from riskdesk.store.case_scope_filter import within_scope
from riskdesk.store.case_search import CaseSearch, case_search
from riskdesk.store.case_search_tested import tested_listing
from riskdesk.store.clock import Clock
from riskdesk.store.person_repository import format_cpr
from riskdesk.store.tables import CaseRow, PersonRow
from riskdesk.store.versioned_update import claim


class CaseRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock
        self._numbers = CaseNumberCounter(session)

    def add(self, case: Case) -> Case:
        """Stores ``case``; an empty case number becomes the next ``YYYY-NNNN`` for the
        year it was opened. Raises :class:`NotFound` if the person does not exist."""
        if self._session.get(PersonRow, case.person_id) is None:
            raise NotFound
        now = self._clock()
        row = CaseRow(created_at=now, updated_at=now, updated_by=self._username)
        _copy_into(row, case)
        if case.case_number:
            self._numbers.saw(case.case_number)
            row.case_number = case.case_number
        else:
            (row.case_number,) = self._numbers.take(case.opened_on.year)
        self._session.add(row)
        self._session.flush()
        self._record(AuditAction.CREATE, row)
        self._trail.note(created_case_ids=[row.id])
        return case_from_row(row)

    def get(self, case_id: CaseId) -> Case:
        row = self._row(case_id)
        self._record(AuditAction.READ, row)
        return case_from_row(row)

    def level_of(self, case_id: CaseId) -> int:
        """The case's level, read as :meth:`get` reads the case (an assessment's
        finalising compares with it, thousands of times in an import); raises
        :class:`NotFound`."""
        self._session.flush()
        found = self._session.connection().execute(_LEVEL, {"case_id": case_id}).first()
        if found is None:
            raise self._trail.unseen()
        self._trail.touch(AuditEntity.CASE, case_id, person_id=found.person_id)
        return int(found.level)

    def update(self, case: Case) -> Case:
        """Raises :class:`NotFound`, or :class:`StaleRecord` when someone saved the case
        after ``case`` was read (its ``row_version``)."""
        if case.id is None:
            raise NotFound
        row = self._row(case.id)
        before = case_from_row(row)
        changed = sorted(
            name
            for name in Case.model_fields
            if name != "row_version" and getattr(before, name) != getattr(case, name)
        )
        claim(
            self._session,
            CaseRow,
            row.id,
            case.row_version,
            username=self._username,
            clock=self._clock,
        )
        number = row.case_number
        _copy_into(row, case)
        row.case_number = case.case_number or number
        if row.case_number != number:
            self._numbers.saw(row.case_number)
        self._session.flush()
        self._record(AuditAction.UPDATE, row)
        self._trail.note(case_fields=changed)
        return case_from_row(row)

    def delete(self, case_id: CaseId) -> None:
        row = self._row(case_id)
        self._record(AuditAction.DELETE, row)
        self._session.delete(row)
        self._session.flush()

    def for_person(self, person_id: PersonId) -> list[Case]:
        rows = self._session.scalars(
            select(CaseRow).where(CaseRow.person_id == person_id).order_by(CaseRow.case_number)
        )
        cases = [case_from_row(row) for row in rows]
        self._trail.touch(AuditEntity.PERSON, person_id)
        for case in cases:
            assert case.id is not None
            self._trail.touch(AuditEntity.CASE, case.id, person_id=person_id)
        return cases

    def summaries(self, search: str = "") -> list[CaseSummary]:
        """The case list, newest case number first. Every word of ``search`` must match
        the person's name (any part, any case), the start of the CPR number (with or
        without the dash) or the start of the case number. The search is audited with
        its criteria and the number found, not every case listed: a list view is not a
        reading of each record."""
        query = _summary_query().where(
            *case_search(self._session, search).where, *within_scope(self._trail, CaseRow.id)
        )
        summaries = [_summary(r) for r in self._session.execute(query)]
        self._trail.note(search=search, results=len(summaries))
        return summaries

    def list_rows(
        self, search: str = "", *, limit: int | None = None, by_name: bool = False
    ) -> CaseMatches:
        """The cases :meth:`summaries` finds, as plain rows, the first ``limit`` of them
        (all without one), with how many there are. Audited as :meth:`summaries` is.
        ``by_name`` orders them as the case list sorted by name does (the folded name,
        then newest case number first), so its first rows are the list's first rows."""
        bind = self._session.get_bind()
        found = case_search(self._session, search)
        where = found.where + within_scope(self._trail, CaseRow.id)
        order = _order(by_name=by_name, dialect=bind.dialect.name)
        total: int | None = None
        if limit is not None and found.looked_up:
            # Sorted by the cases alone, then read with their people: a word can name
            # thousands, and reading each one's person before sorting cost more.
            first = select(CaseRow.id).where(*where).order_by(*order).limit(limit)
            if found.reads_persons or by_name:
                first = first.join(PersonRow, _PERSON_OF_CASE)
            where = [CaseRow.id.in_(first)]
        elif limit is not None and found.reads_persons:
            few = min(_FEW, found.cases // 50)
            where, total = tested_listing(
                self._session.connection(),
                where,
                few=few,
                limit=limit,
                cases=found.cases,
                by_name=by_name,
            )
        query = _list_query(order).where(*where)
        if limit is not None:
            query = query.limit(limit)
        kinds, statuses = _KINDS, _STATUSES
        # SQLite keeps a date as ISO text; SQLAlchemy's own conversion (a regular
        # expression per value) was a fifth of a 10,000-case listing. PostgreSQL's driver
        # gives dates already.
        day = date.fromisoformat if bind.dialect.name == "sqlite" else _as_is
        # Executed as a plain statement, not through the ORM (whose row loading was half
        # of a 10,000-case listing), and unpacked, not sliced; ids are plain ints at run
        # time (NewType), so only the two enums and the dates need converting.
        listed = self._session.connection().execute(query)
        rows = [
            CaseListRow(
                i, no, pid, name, folded, cpr, day(born), lvl, kinds[k], statuses[s], cw, day(on)
            )
            for i, no, pid, name, folded, cpr, born, lvl, k, s, cw, on in listed
        ]
        if total is None:
            total = (
                len(rows)
                if limit is None or len(rows) < limit
                else self._count(found, found.where + within_scope(self._trail, CaseRow.id))
            )
        self._trail.note(search=search, results=total)
        return CaseMatches(rows, total)

    def _count(self, found: CaseSearch, where: list[ColumnElement[bool]]) -> int:
        count = select(func.count()).select_from(CaseRow)
        # Without words every case counts, and reading each one's person (a page of the
        # file each, decrypted) would only slow the count at unlock.
        if found.reads_persons:
            count = count.join(PersonRow, _PERSON_OF_CASE)
        return self._session.connection().scalar(count.where(*where)) or 0

    def searched(self, search: str, *, results: int) -> None:
        """Record a search made within the list already read by :meth:`list_rows`: its
        criteria and the number found, as :meth:`summaries` records its own."""
        self._trail.note(search=search, results=results)

    def by_number(self, case_number: str) -> CaseSummary | None:
        """The case with exactly this number, or None."""
        row = self._session.execute(
            _summary_query().where(CaseRow.case_number == case_number.strip())
        ).first()
        if row is None:
            if self._trail.scope is not None:
                raise self._trail.unseen()
            return None
        summary = _summary(row)
        self._trail.touch(AuditEntity.CASE, summary.case_id, person_id=summary.person_id)
        return summary

    def number_of(self, case_id: CaseId) -> str:
        """The case number alone (not a reading of the case); raises :class:`NotFound`."""
        return self._row(case_id).case_number

    def _row(self, case_id: CaseId) -> CaseRow:
        row = self._session.get(CaseRow, case_id)
        if row is None:
            raise self._trail.unseen()
        return row

    def _record(self, action: AuditAction, row: CaseRow) -> None:
        self._trail.touch(AuditEntity.CASE, row.id, action, person_id=row.person_id)


def _summary_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            CaseRow.id,
            CaseRow.case_number,
            CaseRow.person_id,
            PersonRow.name,
            PersonRow.cpr_digits,
            PersonRow.birth_date,
            CaseRow.level,
            CaseRow.kind,
            CaseRow.status,
            CaseRow.caseworker,
            CaseRow.opened_on,
            CaseRow.closed_on,
            CaseRow.close_reason,
            CaseRow.referral_source,
        )
        .join(PersonRow, PersonRow.id == CaseRow.person_id)
        .order_by(CaseRow.case_number.desc())
    )


_KINDS = {kind.value: kind for kind in CaseKind}
_STATUSES = {status.value: status for status in CaseStatus}
_PERSON_OF_CASE = PersonRow.id == CaseRow.person_id
# Built once: building a statement costs more than running it.
_LEVEL = select(CaseRow.level, CaseRow.person_id).where(CaseRow.id == bindparam("case_id"))
# A search that tests every case lists its cases from their ids when it finds at most
# this many (and at most one in 50 of the vault's); more are dense enough that the
# list's order soon has its first ones (benchmarks/search_lengths.py, one and two
# letters at 10,000 and 100,000 people).
_FEW = 2000


def _order(*, by_name: bool, dialect: str) -> list[Any]:
    order: list[Any] = [CaseRow.case_number.desc()]
    if by_name:
        # Python compares the list's names by code point, as SQLite's BINARY collation
        # does; PostgreSQL's database collation would not, "C" does.
        name = PersonRow.name_folded
        order.insert(0, name.collate("C") if dialect == "postgresql" else name)
    return order


def _list_query(order: list[Any]) -> Select[*tuple[Any, ...]]:
    return (
        select(
            CaseRow.id,
            CaseRow.case_number,
            CaseRow.person_id,
            PersonRow.name,
            PersonRow.name_folded,
            PersonRow.cpr_digits,
            type_coerce(PersonRow.birth_date, String),
            CaseRow.level,
            CaseRow.kind,
            CaseRow.status,
            CaseRow.caseworker,
            type_coerce(CaseRow.opened_on, String),
        )
        .join(PersonRow, _PERSON_OF_CASE)
        .order_by(*order)
    )


def _as_is[T](value: T) -> T:
    return value


def _summary(r: Row[*tuple[Any, ...]]) -> CaseSummary:
    # Rows come from the vault and were validated when written; constructing without
    # validation keeps a 10,000-case list fast.
    return CaseSummary.model_construct(
        case_id=CaseId(r[0]),
        case_number=r[1],
        person_id=PersonId(r[2]),
        person_name=r[3],
        cpr=format_cpr(r[4]),
        birth_date=r[5],
        level=r[6],
        kind=CaseKind(r[7]),
        status=CaseStatus(r[8]),
        caseworker=r[9],
        opened_on=r[10],
        closed_on=r[11],
        close_reason=r[12] or "",
        referral_source=ReferralSource(r[13]) if r[13] else None,
    )


def _copy_into(row: CaseRow, case: Case) -> None:
    for column, value in case_columns(case).items():
        setattr(row, column, value)


def case_columns(case: Case) -> dict[str, Any]:
    """The case's stored columns but its number (not its id, times or version)."""
    return {
        "person_id": case.person_id,
        "level": case.level,
        "kind": case.kind.value,
        "status": case.status.value,
        "opened_on": case.opened_on,
        "closed_on": case.closed_on,
        "close_reason": case.close_reason,
        "caseworker": case.caseworker,
        "referral_source": case.referral_source.value,
        "legal_basis": case.legal_basis.value,
        "legal_basis_note": case.legal_basis_note,
        "notes": case.notes,
    }


def case_from_row(row: CaseRow) -> Case:
    return Case(
        id=CaseId(row.id),
        person_id=PersonId(row.person_id),
        case_number=row.case_number,
        level=row.level,
        kind=CaseKind(row.kind),
        status=CaseStatus(row.status),
        opened_on=row.opened_on,
        closed_on=row.closed_on,
        close_reason=row.close_reason,
        caseworker=row.caseworker,
        referral_source=ReferralSource(row.referral_source),
        legal_basis=LegalBasis(row.legal_basis),
        legal_basis_note=row.legal_basis_note,
        notes=row.notes,
        row_version=row.row_version,
    )
