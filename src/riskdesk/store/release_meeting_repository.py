"""Release meetings in the vault, one per case, as
:class:`~riskdesk.domain.release_meeting.ReleaseMeeting`. Every call is written to the
audit chain in the same transaction; audit details hold ids only."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.ids import CaseId
from riskdesk.domain.refusals import NotFound
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.case_scope_filter import within_scope
from riskdesk.store.clock import Clock
from riskdesk.store.portable_sql import json_text
from riskdesk.store.tables import ActionPlanRow, CaseRow, ReleaseMeetingRow
from riskdesk.store.versioned_update import claim, insert_first


class ReleaseMeetingRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def get(self, case_id: CaseId) -> ReleaseMeeting | None:
        """The case's release meeting, or None when none is recorded."""
        row = self._by_case(case_id)
        self._record(AuditAction.READ, row.id if row else None, case_id)
        return meeting_from_row(row) if row else None

    def save(self, meeting: ReleaseMeeting) -> ReleaseMeeting:
        """Store or replace the meeting of ``meeting.case_id``. Raises :class:`NotFound`
        for a meeting without a case or of an unknown case, and :class:`StaleRecord`
        when the stored meeting was saved after ``meeting`` was read (its
        ``row_version``; ``NO_RECORD_YET``: before the case had a meeting)."""
        if meeting.case_id is None or self._session.get(CaseRow, meeting.case_id) is None:
            raise NotFound
        now = self._clock()
        row = self._by_case(meeting.case_id)
        action = AuditAction.UPDATE
        if row is None:
            action = AuditAction.CREATE
            case_id = meeting.case_id
            made = insert_first(
                self._session,
                ReleaseMeetingRow,
                {
                    "case_id": case_id,
                    "created_by": self._username,
                    "created_at": now,
                    "updated_by": self._username,
                    "updated_at": now,
                    "meeting_json": meeting.model_dump_json(),
                },
                winner=lambda: self._session.scalar(
                    select(ReleaseMeetingRow.id).where(ReleaseMeetingRow.case_id == case_id)
                ),
                clock=self._clock,
            )
            row = self._session.get_one(ReleaseMeetingRow, made)
        else:
            claim(
                self._session,
                ReleaseMeetingRow,
                row.id,
                meeting.row_version,
                username=self._username,
                clock=self._clock,
            )
            row.meeting_json = meeting.model_dump_json()
            self._session.flush()
        self._record(action, row.id, meeting.case_id)
        return meeting_from_row(row)

    def timelines_of_open_cases(self) -> dict[CaseId, tuple[str, bool]]:
        """Every open case's meeting that has an expected release date, as its stored
        JSON, with whether the case has an action plan: one query however many cases
        there are, on the meetings' unique case index (the case list marks overdue
        deadlines from it, parsing only the meetings of the rows it draws). Audited as
        one read naming how many meetings were read."""
        has_plan = exists().where(ActionPlanRow.case_id == ReleaseMeetingRow.case_id)
        expected = json_text(ReleaseMeetingRow.meeting_json, "expected_release")
        rows = self._session.execute(
            select(ReleaseMeetingRow.case_id, ReleaseMeetingRow.meeting_json, has_plan)
            .join(CaseRow, CaseRow.id == ReleaseMeetingRow.case_id)
            .where(CaseRow.status == CaseStatus.OPEN.value, expected.is_not(None))
            .where(*within_scope(self._trail, CaseRow.id))
        ).all()
        # A list view, like the case list: counted, not a reading of each record.
        self._trail.note(open_cases=len(rows))
        return {CaseId(case_id): (text, bool(plan)) for case_id, text, plan in rows}

    def _by_case(self, case_id: CaseId) -> ReleaseMeetingRow | None:
        return self._session.scalars(
            select(ReleaseMeetingRow).where(ReleaseMeetingRow.case_id == case_id)
        ).first()

    def _record(self, action: AuditAction, row_id: int | None, case_id: int) -> None:
        self._trail.touch(AuditEntity.RELEASE_MEETING, row_id, action, case_id=case_id)


def meeting_from_row(row: ReleaseMeetingRow) -> ReleaseMeeting:
    meeting = ReleaseMeeting.model_validate_json(row.meeting_json)
    return meeting.model_copy(update={"row_version": row.row_version})
