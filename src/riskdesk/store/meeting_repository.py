"""Meetings in the vault, as :class:`~riskdesk.domain.meeting.Meeting`, with their cases
as rows so a case's decisions can be found by the case. Every call is written to the
audit chain in the same transaction; audit details hold ids only, never summaries."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import (
    AgendaItem,
    AgendaRow,
    Meeting,
    MeetingDecision,
    MeetingId,
    MeetingKind,
    MeetingParticipant,
)
from riskdesk.domain.refusals import NotFound
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.clock import Clock
from riskdesk.store.person_repository import format_cpr
from riskdesk.store.tables import ActionPlanRow, CaseRow, MeetingItemRow, MeetingRow, PersonRow
from riskdesk.store.versioned_update import claim


class MeetingRepository:
    def __init__(self, session: Session, *, trail: AuditTrail, username: str, clock: Clock) -> None:
        self._session = session
        self._trail = trail
        self._username = username
        self._clock = clock

    def all(self) -> list[Meeting]:
        """Every meeting, by date."""
        rows = list(self._session.scalars(select(MeetingRow).order_by(MeetingRow.held_on)))
        meetings = [self._meeting(row) for row in rows]
        for meeting in meetings:
            self._record(AuditAction.READ, meeting)
        return meetings

    def get(self, meeting_id: MeetingId) -> Meeting:
        """Raises :class:`NotFound` for an unknown id."""
        meeting = self._meeting(self._row(meeting_id))
        self._record(AuditAction.READ, meeting)
        return meeting

    def save(self, meeting: Meeting) -> Meeting:
        """Store a new meeting (``id`` None) or replace a stored one, agenda included.
        Raises :class:`NotFound` for an unknown meeting id or case on the agenda."""
        for case_id in meeting.case_ids:
            if self._session.get(CaseRow, case_id) is None:
                raise NotFound
        now = self._clock()
        action = AuditAction.UPDATE
        if meeting.id is None:
            action = AuditAction.CREATE
            row = MeetingRow(
                created_by=self._username,
                created_at=now,
                updated_by=self._username,
                updated_at=now,
            )
            self._session.add(row)
        else:
            row = self._row(meeting.id)
            claim(
                self._session,
                MeetingRow,
                row.id,
                meeting.row_version,
                username=self._username,
                clock=self._clock,
            )
        row.kind = meeting.kind.value
        row.held_on = meeting.held_on
        row.starts_at = meeting.starts_at
        row.place = meeting.place
        row.area = meeting.area
        row.series_id = meeting.series_id
        row.participants_json = json.dumps(
            [p.model_dump() for p in meeting.participants], ensure_ascii=False
        )
        self._session.flush()
        self._save_items(row.id, meeting.items)
        self._session.flush()
        stored = self._meeting(row)
        self._record(action, stored)
        return stored

    def decisions_for_case(self, case_id: CaseId) -> list[MeetingDecision]:
        """The case's meeting decisions, newest meeting first; empty ones are left out."""
        pairs = self._session.execute(
            select(MeetingItemRow, MeetingRow)
            .join(MeetingRow, MeetingItemRow.meeting_id == MeetingRow.id)
            .where(MeetingItemRow.case_id == case_id, MeetingItemRow.decision != "")
            .order_by(MeetingRow.held_on.desc(), MeetingRow.id.desc())
        ).all()
        self._trail.touch(AuditEntity.CASE, None, case_id=case_id)
        self._trail.touch_many(AuditEntity.MEETING, ((m.id, None, case_id) for _, m in pairs))
        return [
            MeetingDecision(
                meeting_id=MeetingId(meeting.id),
                held_on=meeting.held_on,
                kind=MeetingKind(meeting.kind),
                text=item.decision,
            )
            for item, meeting in pairs
        ]

    def next_of_kind(self, kind: MeetingKind, *, today: date) -> Meeting | None:
        """The first meeting of ``kind`` on or after ``today``."""
        row = self._session.scalars(
            select(MeetingRow)
            .where(MeetingRow.kind == kind.value, MeetingRow.held_on >= today)
            .order_by(MeetingRow.held_on, MeetingRow.starts_at, MeetingRow.id)
            .limit(1)
        ).first()
        if row is None:
            return None
        meeting = self._meeting(row)
        self._record(AuditAction.READ, meeting)
        return meeting

    def case_ids_of(self, meeting_id: MeetingId) -> list[CaseId]:
        """The cases now on the stored agenda (not a reading of them)."""
        return [CaseId(row.case_id) for row in self._item_rows(meeting_id)]

    def kind_and_date(self, meeting_id: MeetingId) -> tuple[MeetingKind, date]:
        """What names a meeting (not a reading of its agenda); raises :class:`NotFound`."""
        row = self._row(meeting_id)
        return MeetingKind(row.kind), row.held_on

    def agenda_rows(self, meeting_id: MeetingId) -> list[AgendaRow]:
        """The agenda as the meetings page and the agenda document show it, in order, in
        one query: each case with its person, level and newest plan version. Raises
        :class:`NotFound` for an unknown meeting."""
        self._row(meeting_id)
        newest = (
            select(func.max(ActionPlanRow.version))
            .where(ActionPlanRow.case_id == MeetingItemRow.case_id)
            .correlate(MeetingItemRow)
            .scalar_subquery()
        )
        query = (
            select(
                MeetingItemRow.case_id,
                CaseRow.case_number,
                CaseRow.person_id,
                PersonRow.name,
                PersonRow.cpr_digits,
                PersonRow.birth_date,
                PersonRow.guardians_json,
                CaseRow.level,
                MeetingItemRow.summary,
                MeetingItemRow.decision,
                MeetingItemRow.notes,
                ActionPlanRow.version,
                ActionPlanRow.review_status,
                ActionPlanRow.shared_on,
            )
            .join(CaseRow, CaseRow.id == MeetingItemRow.case_id)
            .join(PersonRow, PersonRow.id == CaseRow.person_id)
            .outerjoin(
                ActionPlanRow,
                and_(
                    ActionPlanRow.case_id == MeetingItemRow.case_id, ActionPlanRow.version == newest
                ),
            )
            .where(MeetingItemRow.meeting_id == meeting_id)
            .order_by(MeetingItemRow.position)
        )
        rows = [
            AgendaRow(
                case_id=CaseId(r.case_id),
                case_number=r.case_number,
                person_id=r.person_id,
                person_name=r.name,
                cpr=format_cpr(r.cpr_digits),
                birth_date=r.birth_date,
                guardians=tuple(g["name"] for g in json.loads(r.guardians_json)),
                level=r.level,
                summary=r.summary,
                decision=r.decision,
                notes=r.notes,
                plan_version=r.version,
                plan_status=r.review_status,
                plan_shared_on=r.shared_on,
            )
            for r in self._session.execute(query)
        ]
        self._trail.touch(AuditEntity.MEETING, meeting_id)
        for row in rows:
            self._trail.touch(AuditEntity.CASE, row.case_id, person_id=row.person_id)
            self._trail.touch(AuditEntity.PERSON, row.person_id)
        return rows

    def _save_items(self, meeting_id: int, items: tuple[AgendaItem, ...]) -> None:
        # Rows are updated in place rather than deleted and re-added: the flush inserts
        # before it deletes, which would trip the one-case-once constraint.
        existing = {row.case_id: row for row in self._item_rows(meeting_id)}
        for position, item in enumerate(items):
            row = existing.pop(item.case_id, None)
            if row is None:
                row = MeetingItemRow(meeting_id=meeting_id, case_id=item.case_id)
                self._session.add(row)
            row.position = position
            row.summary = item.summary
            row.decision = item.decision
            row.decision_owner = item.decision_owner
            row.decision_budget = item.decision_budget
            row.decision_deadline = item.decision_deadline
            row.notes = item.notes
        for row in existing.values():
            self._session.delete(row)

    def _item_rows(self, meeting_id: int) -> list[MeetingItemRow]:
        return list(
            self._session.scalars(
                select(MeetingItemRow)
                .where(MeetingItemRow.meeting_id == meeting_id)
                .order_by(MeetingItemRow.position)
            )
        )

    def _meeting(self, row: MeetingRow) -> Meeting:
        return Meeting(
            id=MeetingId(row.id),
            kind=MeetingKind(row.kind),
            held_on=row.held_on,
            starts_at=row.starts_at,
            place=row.place,
            area=row.area,
            series_id=MeetingId(row.series_id) if row.series_id is not None else None,
            participants=tuple(
                MeetingParticipant.model_validate(p) for p in json.loads(row.participants_json)
            ),
            items=tuple(
                AgendaItem(
                    case_id=CaseId(item.case_id),
                    summary=item.summary,
                    decision=item.decision,
                    notes=item.notes,
                    decision_owner=item.decision_owner,
                    decision_budget=item.decision_budget,
                    decision_deadline=item.decision_deadline,
                )
                for item in self._item_rows(row.id)
            ),
            row_version=row.row_version,
        )

    def _row(self, meeting_id: MeetingId) -> MeetingRow:
        row = self._session.get(MeetingRow, meeting_id)
        if row is None:
            raise NotFound
        return row

    def _record(self, action: AuditAction, meeting: Meeting) -> None:
        # The cases on the agenda are named, so each person's access insight shows that
        # their case was on the meeting; their content is not read here.
        self._trail.touch(AuditEntity.MEETING, meeting.id, action)
        for case_id in meeting.case_ids:
            self._trail.touch(AuditEntity.MEETING, meeting.id, action, case_id=case_id)
