"""Mentor courses in the vault, as :class:`~riskdesk.domain.mentor_course.MentorCourse`,
listed with their case number and the mentor's name in one query. Every course read or
written is reported to the audit trail with its case and person, so their access insight
shows it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Row, Select, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.mentor_access import CaseScope
from riskdesk.domain.mentor_course import (
    EndReason,
    MentorCourse,
    MentorCourseId,
    MentorCourseLine,
    Reoffended,
)
from riskdesk.domain.refusals import NotFound
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.tables import CaseRow, UserRow
from riskdesk.store.unit_work_tables import MentorCourseRow

_FIELDS = (
    "case_id",
    "mentor_username",
    "external_mentor",
    "started_on",
    "planned_end",
    "ended_on",
    "end_reason",
    "reoffended",
    "reoffended_on",
    "note",
)


class MentorCourseRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def add(self, course: MentorCourse) -> MentorCourse:
        """Store a new course (its ``id`` is ignored); raises :class:`NotFound` for a
        case that is not in the vault."""
        if self._session.get(CaseRow, course.case_id) is None:
            raise NotFound
        now = self._clock()
        row = MentorCourseRow(created_by=self._username, created_at=now)
        self._copy_into(row, course, now)
        self._session.add(row)
        self._session.flush()
        self._record(AuditAction.CREATE, row)
        return _course(row)

    def update(self, course: MentorCourse) -> MentorCourse:
        """Store ``course`` over the stored one; raises :class:`NotFound` for an unknown id.
        The changed fields are noted for the audit event (their names, not values)."""
        if course.id is None:
            raise NotFound
        row = self._row(course.id)
        before = _course(row)
        changed = sorted(f for f in _FIELDS if getattr(before, f) != getattr(course, f))
        self._copy_into(row, course, self._clock())
        self._session.flush()
        self._record(AuditAction.UPDATE, row)
        self._trail.note(course_fields=changed)
        return _course(row)

    def get(self, course_id: MentorCourseId) -> MentorCourse:
        """Raises :class:`NotFound` for an unknown id."""
        row = self._row(course_id)
        self._record(AuditAction.READ, row)
        return _course(row)

    def of_case(self, case_id: CaseId) -> list[MentorCourse]:
        """The case's courses, oldest first, unaudited: for checking a change against
        the others (the use case reports what it shows)."""
        rows = self._session.scalars(
            select(MentorCourseRow)
            .where(MentorCourseRow.case_id == case_id)
            .order_by(MentorCourseRow.started_on, MentorCourseRow.id)
        )
        return [_course(row) for row in rows]

    def lines(
        self, *, case_id: CaseId | None = None, mentor_username: str | None = None
    ) -> list[MentorCourseLine]:
        """Courses with their case number and mentor's name, newest start first; of one
        case, one mentor, or (neither given) all. Each course listed is audited with its
        case and person: the list shows which cases have a mentor."""
        query = _line_query()
        conditions: list[ColumnElement[bool]] = []
        if case_id is not None:
            conditions.append(MentorCourseRow.case_id == case_id)
        if mentor_username is not None:
            conditions.append(MentorCourseRow.mentor_username == mentor_username)
        lines = [_line(r) for r in self._session.execute(query.where(*conditions))]
        for line in lines:
            self._trail.touch(
                AuditEntity.MENTOR_COURSE,
                line.course.id,
                person_id=line.person_id,
                case_id=line.course.case_id,
            )
        if case_id is not None:
            person_id = self._session.scalar(select(CaseRow.person_id).where(CaseRow.id == case_id))
            self._trail.touch(AuditEntity.CASE, case_id, person_id=person_id)
        return lines

    def scope_of(self, mentor_username: str) -> CaseScope:
        """The cases of ``mentor_username``'s courses and their persons (not audited:
        it decides what the mentor may read, and reads nothing for them)."""
        rows = self._session.execute(
            select(CaseRow.id, CaseRow.person_id)
            .join(MentorCourseRow, MentorCourseRow.case_id == CaseRow.id)
            .where(MentorCourseRow.mentor_username == mentor_username)
        )
        return CaseScope.of((case_id, person_id) for case_id, person_id in rows)

    def _row(self, course_id: MentorCourseId) -> MentorCourseRow:
        row = self._session.get(MentorCourseRow, course_id)
        if row is None:
            raise self._trail.unseen()
        return row

    def _copy_into(self, row: MentorCourseRow, course: MentorCourse, now: datetime) -> None:
        row.case_id = course.case_id
        row.mentor_username = course.mentor_username
        row.external_mentor = course.external_mentor
        row.started_on = course.started_on
        row.planned_end = course.planned_end
        row.ended_on = course.ended_on
        row.end_reason = course.end_reason.value if course.end_reason else ""
        row.reoffended = course.reoffended.value
        row.reoffended_on = course.reoffended_on
        row.note = course.note
        row.updated_by = self._username
        row.updated_at = now

    def _record(self, action: AuditAction, row: MentorCourseRow) -> None:
        person_id = self._session.scalar(select(CaseRow.person_id).where(CaseRow.id == row.case_id))
        self._trail.touch(
            AuditEntity.MENTOR_COURSE, row.id, action, person_id=person_id, case_id=row.case_id
        )


def _course(row: MentorCourseRow) -> MentorCourse:
    return MentorCourse(
        id=MentorCourseId(row.id),
        case_id=CaseId(row.case_id),
        mentor_username=row.mentor_username,
        external_mentor=row.external_mentor,
        started_on=row.started_on,
        planned_end=row.planned_end,
        ended_on=row.ended_on,
        end_reason=EndReason(row.end_reason) if row.end_reason else None,
        reoffended=Reoffended(row.reoffended),
        reoffended_on=row.reoffended_on,
        note=row.note,
    )


def _line_query() -> Select[MentorCourseRow, str, int, str]:
    return (
        select(MentorCourseRow, CaseRow.case_number, CaseRow.person_id, UserRow.display_name)
        .join(CaseRow, CaseRow.id == MentorCourseRow.case_id)
        .outerjoin(UserRow, UserRow.username == MentorCourseRow.mentor_username)
        .order_by(MentorCourseRow.started_on.desc(), MentorCourseRow.id.desc())
    )


def _line(r: Row[MentorCourseRow, str, int, str]) -> MentorCourseLine:
    row, case_number, person_id, display_name = r
    course = _course(row)
    return MentorCourseLine(
        course=course,
        case_number=case_number,
        person_id=PersonId(person_id),
        mentor_name=display_name or course.external_mentor or course.mentor_username or "",
    )
