"""Release meetings in the vault, one per case, as
:class:`~riskdesk.domain.release_meeting.ReleaseMeeting`. Every call is written to the
audit chain in the same transaction; audit details hold ids only."""

from __future__ import annotations

import json
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import bindparam, exists, or_, select, text, union_all, update
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.ids import CaseId
from riskdesk.domain.refusals import NotFound
from riskdesk.domain.release_marks import late_window, rules_key
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.domain.release_progress import timeline_part
from riskdesk.domain.release_timeline import TimelineRules
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.case_scope_filter import within_scope
from riskdesk.store.clock import Clock
from riskdesk.store.tables import ActionPlanRow, CaseRow, ReleaseMeetingRow
from riskdesk.store.versioned_update import claim, insert_first

# Windows given to meetings without one in one count of the marks: the first count after
# migration 0013 would take 7 s at 100,000 people to give all of them one (0.6 ms each),
# where the case list waits for it; the rest are counted when drawn, as before 0013.
FILLED_AT_ONCE = 500


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

    def save(self, meeting: ReleaseMeeting, *, rules: TimelineRules) -> ReleaseMeeting:
        """Store or replace the meeting of ``meeting.case_id``, with the days its case
        can be late under ``rules`` (:func:`late_window`). Raises :class:`NotFound`
        for a meeting without a case or of an unknown case, and :class:`StaleRecord`
        when the stored meeting was saved after ``meeting`` was read (its
        ``row_version``; ``NO_RECORD_YET``: before the case had a meeting)."""
        if meeting.case_id is None or not self._case_exists(meeting.case_id):
            raise NotFound
        now = self._clock()
        row = self._by_case(meeting.case_id)
        if row is None:
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
                    **_window_columns(meeting, rules=rules, key=rules_key(rules)),
                },
                winner=lambda: self._session.scalar(
                    select(ReleaseMeetingRow.id).where(ReleaseMeetingRow.case_id == case_id)
                ),
                clock=self._clock,
            )
            self._record(AuditAction.CREATE, made, case_id)
            # What was written is ``meeting`` itself, at a new row's first version: read
            # back, it would only be validated again.
            return meeting.model_copy(update={"row_version": 1})
        claim(
            self._session,
            ReleaseMeetingRow,
            row.id,
            meeting.row_version,
            username=self._username,
            clock=self._clock,
        )
        row.meeting_json = meeting.model_dump_json()
        for column, value in _window_columns(meeting, rules=rules, key=rules_key(rules)).items():
            setattr(row, column, value)
        self._session.flush()
        self._record(AuditAction.UPDATE, row.id, meeting.case_id)
        return meeting_from_row(row)

    def late_candidates(self, *, rules: TimelineRules, today: date) -> list[LateCandidate]:
        """The open cases' meetings that can have a deadline overdue on ``today``: those
        whose stored :class:`LateWindow` holds it (by index: the late ones, few), and
        those with no window under ``rules`` yet (saved before migration 0013, or under
        other rules). Each with its stored JSON and whether the case has a plan, for the
        one rule to count. The missing windows are filled in here, at most
        :data:`FILLED_AT_ONCE` a time, so they are read in full a few times at most (not
        by a user who may only read meetings on the team server). Audited as one read
        naming how many were read."""
        meeting = ReleaseMeetingRow
        key = rules_key(rules)
        has_plan = exists().where(ActionPlanRow.case_id == meeting.case_id)
        counted = meeting.marks_rules == key
        # One branch per index range, so each database reads only the rows it needs.
        candidates = union_all(
            select(meeting.id).where(counted, meeting.late_from <= today),
            select(meeting.id).where(
                counted, meeting.late_span_until >= today, meeting.late_span_from <= today
            ),
            select(meeting.id).where(counted, meeting.plan_late_from <= today, ~has_plan),
            select(meeting.id).where(meeting.marks_rules.is_(None)),
            select(meeting.id).where(meeting.marks_rules < key),
            select(meeting.id).where(meeting.marks_rules > key),
        )
        is_open = CaseRow.status == CaseStatus.OPEN.value
        uncounted = meeting.marks_rules.is_distinct_from(key)
        rows = self._session.execute(
            select(
                meeting.id,
                meeting.case_id,
                meeting.meeting_json,
                has_plan.label("has_plan"),
                uncounted.label("uncounted"),
                is_open.label("is_open"),
            )
            .join(CaseRow, CaseRow.id == meeting.case_id)
            .where(meeting.id.in_(candidates), or_(is_open, uncounted))
            .where(*within_scope(self._trail, CaseRow.id))
        ).all()
        # A closed case's meeting without a window is read only to be given one.
        found = [row for row in rows if row.is_open]
        # A list view, like the case list: counted, not a reading of each record.
        self._trail.note(meetings_read=len(found))
        # In the order of their ids, so two users filling at once take the rows' locks
        # in one order on the team server.
        to_fill = sorted((row.id, row.meeting_json) for row in rows if row.uncounted)
        if to_fill and self._may_fill():
            self._fill_windows(to_fill[:FILLED_AT_ONCE], rules=rules, key=key)
        return [
            LateCandidate(CaseId(row.case_id), row.meeting_json, bool(row.has_plan))
            for row in found
        ]

    def _may_fill(self) -> bool:
        """Whether this user may write the meetings: on the team server an administrator
        or a mentor only reads them, and leaves their windows to the next count."""
        if self._session.get_bind().dialect.name != "postgresql":
            return True
        return bool(
            self._session.scalar(text("SELECT has_table_privilege('release_meetings', 'UPDATE')"))
        )

    def _fill_windows(self, rows: list[tuple[int, str]], *, rules: TimelineRules, key: str) -> None:
        # Not over a window a colleague's save wrote since this read (on the team server
        # the UPDATE lands on their newer row, and its JSON is not the one read here).
        self._session.execute(
            update(ReleaseMeetingRow).where(ReleaseMeetingRow.marks_rules.is_distinct_from(key)),
            [
                {"id": row_id, **_window_columns(stored_meeting(text), rules=rules, key=key)}
                for row_id, text in rows
            ],
            # The windows are nobody's loaded objects: this use case read rows, not records.
            execution_options={"synchronize_session": None},
        )

    def _case_exists(self, case_id: CaseId) -> bool:
        self._session.flush()
        return self._session.connection().scalar(_CASE_EXISTS, {"case_id": case_id}) is not None

    def _by_case(self, case_id: CaseId) -> ReleaseMeetingRow | None:
        return self._session.scalars(
            select(ReleaseMeetingRow).where(ReleaseMeetingRow.case_id == case_id)
        ).first()

    def _record(self, action: AuditAction, row_id: int | None, case_id: int) -> None:
        self._trail.touch(AuditEntity.RELEASE_MEETING, row_id, action, case_id=case_id)


# Built once: the demo saves thousands of meetings.
_CASE_EXISTS = select(CaseRow.id).where(CaseRow.id == bindparam("case_id"))


class LateCandidate(NamedTuple):
    case_id: CaseId
    meeting_json: str
    has_plan: bool


def stored_meeting(text: str) -> ReleaseMeeting:
    """What the timeline reads of a stored meeting (its dates, reached milestones and
    checklist statuses), without checking the rest."""
    return timeline_part(json.loads(text))


def _window_columns(meeting: ReleaseMeeting, *, rules: TimelineRules, key: str) -> dict[str, Any]:
    window = late_window(meeting, rules=rules)
    return {
        "late_from": window.late_from,
        "late_span_from": window.late_span_from,
        "late_span_until": window.late_span_until,
        "plan_late_from": window.plan_late_from,
        "marks_rules": key,
    }


def meeting_from_row(row: ReleaseMeetingRow) -> ReleaseMeeting:
    meeting = ReleaseMeeting.model_validate_json(row.meeting_json)
    return meeting.model_copy(update={"row_version": row.row_version})
