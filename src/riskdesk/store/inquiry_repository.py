"""Inquiries in the vault, as :class:`~riskdesk.domain.inquiry.Inquiry`, listed by period,
type and source in SQL. Each inquiry written is reported to the audit trail with the case
and person it is linked to, so their access insight shows it; a list is audited by its
criteria and count, as the case list is, not as a reading of every linked case."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.inquiry import Inquiry, InquiryFilter, InquiryId, InquiryKind, InquirySource
from riskdesk.domain.refusals import NotFound
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.tables import CaseRow, PersonRow
from riskdesk.store.unit_work_tables import InquiryRow


class InquiryRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def add(self, inquiry: Inquiry) -> Inquiry:
        """Store a new inquiry (its ``id`` is ignored); raises :class:`NotFound` for a
        linked case that is not in the vault."""
        now = self._clock()
        row = InquiryRow(
            received_on=inquiry.received_on,
            kind=inquiry.kind.value,
            source=inquiry.source.value,
            received_by=inquiry.received_by,
            note=inquiry.note,
            created_by=self._username,
            created_at=now,
        )
        self._stamp(row, now)
        self._session.add(row)
        self._link_rows(row, case_id=inquiry.case_id, person_id=inquiry.person_id)
        self._session.flush()
        self._record(AuditAction.CREATE, row)
        return self.get(InquiryId(row.id), audited=False)

    def link(
        self,
        inquiry_id: InquiryId,
        *,
        case_id: CaseId | None = None,
        person_id: PersonId | None = None,
    ) -> Inquiry:
        """Link the inquiry to a case (and so its person) or to a person alone. Raises
        :class:`NotFound` for an unknown inquiry, case or person."""
        row = self._row(inquiry_id)
        self._link_rows(row, case_id=case_id, person_id=person_id)
        self._stamp(row, self._clock())
        self._session.flush()
        self._record(AuditAction.UPDATE, row)
        return self.get(inquiry_id, audited=False)

    def get(self, inquiry_id: InquiryId, *, audited: bool = True) -> Inquiry:
        """Raises :class:`NotFound` for an unknown id."""
        found = self._session.execute(_query().where(InquiryRow.id == inquiry_id)).first()
        if found is None:
            raise NotFound
        inquiry = _inquiry(found)
        if audited:
            self._trail.touch(
                AuditEntity.INQUIRY,
                inquiry.id,
                person_id=inquiry.person_id,
                case_id=inquiry.case_id,
            )
        return inquiry

    def listed(self, criteria: InquiryFilter) -> list[Inquiry]:
        """The inquiries matching ``criteria``, newest first."""
        query = _query()
        if criteria.start is not None:
            query = query.where(InquiryRow.received_on >= criteria.start)
        if criteria.end is not None:
            query = query.where(InquiryRow.received_on <= criteria.end)
        if criteria.kind is not None:
            query = query.where(InquiryRow.kind == criteria.kind.value)
        if criteria.source is not None:
            query = query.where(InquiryRow.source == criteria.source.value)
        found = [_inquiry(r) for r in self._session.execute(query)]
        self._trail.note(
            criteria=criteria.model_dump(mode="json", exclude_none=True), results=len(found)
        )
        return found

    def _link_rows(self, row: InquiryRow, *, case_id: int | None, person_id: int | None) -> None:
        if case_id is not None:
            case = self._session.get(CaseRow, case_id)
            if case is None:
                raise NotFound
            row.case_id = case.id
            row.person_id = case.person_id
        elif person_id is not None:
            if self._session.get(PersonRow, person_id) is None:
                raise NotFound
            row.person_id = person_id

    def _stamp(self, row: InquiryRow, now: datetime) -> None:
        row.updated_by = self._username
        row.updated_at = now

    def _row(self, inquiry_id: InquiryId) -> InquiryRow:
        row = self._session.get(InquiryRow, inquiry_id)
        if row is None:
            raise NotFound
        return row

    def _record(self, action: AuditAction, row: InquiryRow) -> None:
        self._trail.touch(
            AuditEntity.INQUIRY, row.id, action, person_id=row.person_id, case_id=row.case_id
        )


def _query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            InquiryRow.id,
            InquiryRow.received_on,
            InquiryRow.kind,
            InquiryRow.source,
            InquiryRow.received_by,
            InquiryRow.case_id,
            CaseRow.case_number,
            InquiryRow.person_id,
            InquiryRow.concern_id,
            InquiryRow.note,
        )
        .outerjoin(CaseRow, CaseRow.id == InquiryRow.case_id)
        .order_by(InquiryRow.received_on.desc(), InquiryRow.id.desc())
    )


def _inquiry(r: Row[*tuple[Any, ...]]) -> Inquiry:
    # Rows were validated when written; constructing without validation keeps a long
    # list fast.
    return Inquiry.model_construct(
        id=InquiryId(r[0]),
        received_on=r[1],
        kind=InquiryKind(r[2]),
        source=InquirySource(r[3]),
        received_by=r[4],
        case_id=CaseId(r[5]) if r[5] is not None else None,
        case_number=r[6],
        person_id=PersonId(r[7]) if r[7] is not None else None,
        concern_id=r[8],
        note=r[9] or "",
    )
