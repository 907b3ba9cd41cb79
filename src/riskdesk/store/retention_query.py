"""What retention reads: every case without its person's name or CPR number, the cases on
meeting agendas, and how many audit events are older than a day. It reads no person
data, so it touches no person or case in the audit trail; the service notes counts."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from riskdesk.domain.retention import AgendaRecord, CaseRecord
from riskdesk.store.tables import AuditEventRow, CaseRow, MeetingItemRow, MeetingRow


class RetentionQuery:
    def __init__(self, session: Session) -> None:
        self._session = session

    def cases(self) -> list[CaseRecord]:
        rows = self._session.execute(
            select(
                CaseRow.id,
                CaseRow.case_number,
                CaseRow.person_id,
                CaseRow.kind,
                CaseRow.caseworker,
                CaseRow.opened_on,
                CaseRow.closed_on,
                CaseRow.status,
            ).order_by(CaseRow.id)
        )
        return [
            CaseRecord(
                case_id=row.id,
                case_number=row.case_number,
                person_id=row.person_id,
                kind=row.kind,
                caseworker=row.caseworker,
                opened_on=row.opened_on,
                # A case counts as closed by its status; an open case has no closing day.
                closed_on=row.closed_on if row.status == "closed" else None,
            )
            for row in rows
        ]

    def agenda(self) -> list[AgendaRecord]:
        rows = self._session.execute(
            select(MeetingItemRow.case_id, MeetingRow.held_on).join(
                MeetingRow, MeetingRow.id == MeetingItemRow.meeting_id
            )
        )
        return [AgendaRecord(case_id=row.case_id, held_on=row.held_on) for row in rows]

    def audit_events_before(self, day: date) -> int:
        # Event times are stored as naive UTC.
        moment = datetime.combine(day, time.min)
        count = self._session.scalar(
            select(func.count(AuditEventRow.id)).where(AuditEventRow.at < moment)
        )
        return int(count or 0)
