"""Niveau-1 concerns in the vault, as :class:`~riskdesk.domain.concern.Concern`, listed by
period, topic, area, source and status in SQL, and their places on coordination-meeting
agendas. A concern names no person, so touching one names none in the audit trail; only
the escalation names the case it became (and so its person's access insight shows it)."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.concern import (
    AgeBand,
    CloseReason,
    Concern,
    ConcernFilter,
    ConcernId,
    ConcernOnAgenda,
    ConcernStatus,
    Sex,
)
from riskdesk.domain.ids import CaseId
from riskdesk.domain.inquiry import InquiryId, InquirySource
from riskdesk.domain.meeting import MeetingId, MeetingKind
from riskdesk.domain.refusals import NotFound, UnknownMeeting
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.tables import CaseRow, MeetingRow
from riskdesk.store.unit_work_tables import ConcernRow, InquiryRow, MeetingConcernRow


class ConcernRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def add(self, concern: Concern) -> Concern:
        """Store a new, open concern (its ``id``, status and links are ignored)."""
        now = self._clock()
        row = ConcernRow(
            noted_on=concern.noted_on,
            topic=concern.topic,
            age_band=concern.age_band.value,
            sex=concern.sex.value,
            area=concern.area,
            source=concern.source.value,
            status=ConcernStatus.OPEN.value,
            close_reason="",
            note=concern.note,
            created_by=self._username,
            created_at=now,
        )
        self._stamp(row, now)
        self._session.add(row)
        self._session.flush()
        self._trail.touch(AuditEntity.CONCERN, row.id, AuditAction.CREATE)
        return self.get(ConcernId(row.id), audited=False)

    def get(self, concern_id: ConcernId, *, audited: bool = True) -> Concern:
        """Raises :class:`NotFound` for an unknown id."""
        found = self._session.execute(_query().where(ConcernRow.id == concern_id)).first()
        if found is None:
            raise NotFound
        concern = self._with_meetings([_concern(found)])[0]
        if audited:
            self._trail.touch(AuditEntity.CONCERN, concern.id)
        return concern

    def listed(self, criteria: ConcernFilter) -> list[Concern]:
        """The concerns matching ``criteria``, newest first."""
        query = _query()
        if criteria.start is not None:
            query = query.where(ConcernRow.noted_on >= criteria.start)
        if criteria.end is not None:
            query = query.where(ConcernRow.noted_on <= criteria.end)
        for column, value in (
            (ConcernRow.topic, criteria.topic),
            (ConcernRow.area, criteria.area),
            (ConcernRow.source, criteria.source),
            (ConcernRow.status, criteria.status),
        ):
            if value is not None:
                query = query.where(column == str(value))
        found = self._with_meetings([_concern(r) for r in self._session.execute(query)])
        self._trail.note(
            criteria=criteria.model_dump(mode="json", exclude_none=True), results=len(found)
        )
        return found

    def close(self, concern_id: ConcernId, reason: CloseReason) -> Concern:
        row = self._row(concern_id)
        row.status = ConcernStatus.CLOSED.value
        row.close_reason = reason.value
        return self._updated(row)

    def escalate(self, concern_id: ConcernId, case_id: CaseId) -> Concern:
        """Mark the concern escalated to ``case_id``: the link is the case's id, nothing
        of its person is copied into the concern."""
        row = self._row(concern_id)
        row.status = ConcernStatus.ESCALATED.value
        row.case_id = case_id
        return self._updated(row)

    def link_inquiry(self, inquiry_id: InquiryId, concern_id: ConcernId) -> bool:
        """Point the inquiry at the concern made from it; False when it already points at
        one. Raises :class:`NotFound` for an unknown inquiry."""
        inquiry = self._session.get(InquiryRow, inquiry_id)
        if inquiry is None:
            raise NotFound
        if inquiry.concern_id is not None:
            return False
        inquiry.concern_id = concern_id
        inquiry.updated_by = self._username
        inquiry.updated_at = self._clock()
        self._session.flush()
        self._trail.touch(
            AuditEntity.INQUIRY,
            inquiry.id,
            AuditAction.UPDATE,
            person_id=inquiry.person_id,
            case_id=inquiry.case_id,
        )
        return True

    def meeting_kind(self, meeting_id: MeetingId) -> MeetingKind:
        """Raises :class:`UnknownMeeting` for an unknown id."""
        row = self._session.get(MeetingRow, meeting_id)
        if row is None:
            raise UnknownMeeting(meeting_id)
        return MeetingKind(row.kind)

    def put_on_agenda(self, meeting_id: MeetingId, concern_id: ConcernId) -> bool:
        """Add the concern last on the meeting's agenda; False when it is there already."""
        self._row(concern_id)
        if self._agenda_row(meeting_id, concern_id) is not None:
            return False
        last = self._session.scalar(
            select(func.max(MeetingConcernRow.position)).where(
                MeetingConcernRow.meeting_id == meeting_id
            )
        )
        self._session.add(
            MeetingConcernRow(
                meeting_id=meeting_id,
                concern_id=concern_id,
                position=0 if last is None else last + 1,
            )
        )
        self._session.flush()
        self._touch_agenda(meeting_id, concern_id)
        return True

    def take_off_agenda(self, meeting_id: MeetingId, concern_id: ConcernId) -> bool:
        """Remove the concern from the agenda; False when it was not on it."""
        row = self._agenda_row(meeting_id, concern_id)
        if row is None:
            return False
        self._session.delete(row)
        self._session.flush()
        self._touch_agenda(meeting_id, concern_id)
        return True

    def agenda(self, meeting_id: MeetingId) -> list[ConcernOnAgenda]:
        """The concerns on the meeting's agenda, in order: number and topic only."""
        rows = self._session.execute(
            select(MeetingConcernRow.concern_id, ConcernRow.topic, MeetingConcernRow.position)
            .join(ConcernRow, ConcernRow.id == MeetingConcernRow.concern_id)
            .where(MeetingConcernRow.meeting_id == meeting_id)
            .order_by(MeetingConcernRow.position, MeetingConcernRow.id)
        ).all()
        self._trail.touch_many(AuditEntity.CONCERN, ((r[0], None, None) for r in rows))
        return [
            ConcernOnAgenda(concern_id=ConcernId(r[0]), topic=r[1], position=r[2]) for r in rows
        ]

    def _agenda_row(self, meeting_id: MeetingId, concern_id: ConcernId) -> MeetingConcernRow | None:
        return self._session.scalars(
            select(MeetingConcernRow).where(
                MeetingConcernRow.meeting_id == meeting_id,
                MeetingConcernRow.concern_id == concern_id,
            )
        ).first()

    def _touch_agenda(self, meeting_id: MeetingId, concern_id: ConcernId) -> None:
        # Both change: the meeting's agenda and the meetings the concern is on.
        self._trail.touch(AuditEntity.MEETING, meeting_id, AuditAction.UPDATE)
        self._trail.touch(AuditEntity.CONCERN, concern_id, AuditAction.UPDATE)
        self._trail.about(AuditEntity.CONCERN, concern_id)

    def _updated(self, row: ConcernRow) -> Concern:
        self._stamp(row, self._clock())
        self._session.flush()
        self._trail.touch(AuditEntity.CONCERN, row.id, AuditAction.UPDATE, case_id=row.case_id)
        return self.get(ConcernId(row.id), audited=False)

    def _with_meetings(self, concerns: list[Concern]) -> list[Concern]:
        ids = [c.id for c in concerns]
        meetings: dict[int, list[int]] = defaultdict(list)
        # SQLite allows some 32,000 bound values; a year's list is a few hundred.
        for start in range(0, len(ids), 10_000):
            for concern_id, meeting_id in self._session.execute(
                select(MeetingConcernRow.concern_id, MeetingConcernRow.meeting_id)
                .where(MeetingConcernRow.concern_id.in_(ids[start : start + 10_000]))
                .order_by(MeetingConcernRow.meeting_id)
            ):
                meetings[concern_id].append(meeting_id)
        return [
            c.model_copy(update={"meeting_ids": tuple(meetings[c.id])}) if c.id in meetings else c
            for c in concerns
        ]

    def _stamp(self, row: ConcernRow, now: datetime) -> None:
        row.updated_by = self._username
        row.updated_at = now

    def _row(self, concern_id: ConcernId) -> ConcernRow:
        row = self._session.get(ConcernRow, concern_id)
        if row is None:
            raise NotFound
        return row


def _query() -> Any:
    return (
        select(
            ConcernRow.id,
            ConcernRow.noted_on,
            ConcernRow.topic,
            ConcernRow.age_band,
            ConcernRow.sex,
            ConcernRow.area,
            ConcernRow.source,
            ConcernRow.status,
            ConcernRow.close_reason,
            ConcernRow.case_id,
            CaseRow.case_number,
            ConcernRow.note,
        )
        .outerjoin(CaseRow, CaseRow.id == ConcernRow.case_id)
        .order_by(ConcernRow.noted_on.desc(), ConcernRow.id.desc())
    )


def _concern(r: Any) -> Concern:
    # Rows were validated when written; constructing without validation keeps a long
    # list fast.
    return Concern.model_construct(
        id=ConcernId(r[0]),
        noted_on=r[1],
        topic=r[2],
        age_band=AgeBand(r[3]),
        sex=Sex(r[4]),
        area=r[5],
        source=InquirySource(r[6]),
        status=ConcernStatus(r[7]),
        close_reason=CloseReason(r[8]) if r[8] else None,
        case_id=CaseId(r[9]) if r[9] is not None else None,
        case_number=r[10],
        meeting_ids=(),
        note=r[11] or "",
    )
