"""Meetings (SSP, KSP, PSP, operative group, coordination): list, edit, put cases on the
agenda, record the decision per case (which the case then shows), find the next meeting
of a kind, and export the agenda, the pseudonymised agenda and the minutes as Word
documents (through ``desk.documents``). Each call is one unit of work with one audit
event naming the meeting and the cases on it."""

from __future__ import annotations

import builtins
from datetime import date

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import (
    Meeting,
    MeetingDecision,
    MeetingId,
    MeetingKind,
    upcoming_first,
    with_case,
    with_decision,
    with_item_text,
    without_case,
)
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.document_models import plan_status
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.unit_of_work import UnitOfWork


class AgendaEntry(BaseModel):
    """A case on the agenda with what the meeting needs to know about it."""

    model_config = ConfigDict(frozen=True)

    case_id: CaseId
    case_number: str
    person_name: str
    cpr: str | None
    birth_date: date
    level: int
    plan_status: LocalizedText
    summary: str
    decision: str
    notes: str

    def __repr__(self) -> str:
        return f"AgendaEntry(case_id={self.case_id})"

    __str__ = __repr__


class MeetingService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def list(self, *, upcoming_only: bool = False, today: date | None = None) -> list[Meeting]:
        """Meetings from today on, soonest first, then (unless ``upcoming_only``) past
        ones, newest first."""
        today = today or date.today()
        with self._ctx.work(UseCase.MEETING_LIST) as uow:
            meetings = upcoming_first(uow.meetings.all(), today=today)
        return [m for m in meetings if m.held_on >= today] if upcoming_only else meetings

    def get(self, meeting_id: MeetingId) -> Meeting:
        """Raises :class:`NotFound` for an unknown meeting."""
        with self._ctx.work(UseCase.MEETING_VIEW) as uow:
            return uow.meetings.get(meeting_id)

    def save(self, meeting: Meeting) -> Meeting:
        """Store a new meeting (``id`` None) or replace one, agenda included. Raises
        :class:`NotFound` for an unknown meeting or case."""
        with self._ctx.work(UseCase.MEETING_SAVE) as uow:
            if meeting.id is not None:
                _name_removed_cases(uow, meeting)
            return uow.meetings.save(meeting)

    def add_case(self, meeting_id: MeetingId, case_id: CaseId, *, summary: str = "") -> Meeting:
        """Put the case last on the agenda. Raises :class:`UserInputError` when it is
        already there and :class:`NotFound` for an unknown meeting or case."""
        with self._ctx.work(UseCase.MEETING_ADD_CASE) as uow:
            meeting = uow.meetings.get(meeting_id)
            return uow.meetings.save(with_case(meeting, case_id, summary=summary))

    def remove_case(self, meeting_id: MeetingId, case_id: CaseId) -> Meeting:
        """Take the case off the agenda; raises :class:`UserInputError` when not on it."""
        with self._ctx.work(UseCase.MEETING_REMOVE_CASE) as uow:
            meeting = uow.meetings.get(meeting_id)
            return uow.meetings.save(without_case(meeting, case_id))

    def set_summary(
        self, meeting_id: MeetingId, case_id: CaseId, text: str, *, notes: str | None = None
    ) -> Meeting:
        """The case's summary for the meeting (and notes, when given)."""
        with self._ctx.work(UseCase.MEETING_SUMMARY) as uow:
            meeting = uow.meetings.get(meeting_id)
            changed = with_item_text(meeting, case_id, summary=text, notes=notes)
            return uow.meetings.save(changed)

    def record_decision(
        self, meeting_id: MeetingId, case_id: CaseId, text: str, *, today: date | None = None
    ) -> Meeting:
        """Record what the meeting decided about the case; the case then lists it
        (:meth:`decisions_for_case`). Raises :class:`UserInputError` for a case not on
        the agenda, an empty decision or a meeting not yet held."""
        with self._ctx.work(UseCase.MEETING_DECISION) as uow:
            meeting = uow.meetings.get(meeting_id)
            changed = with_decision(meeting, case_id, text, today=today or date.today())
            return uow.meetings.save(changed)

    def decisions_for_case(self, case_id: CaseId) -> builtins.list[MeetingDecision]:
        """The case's meeting decisions (date, kind, text), newest first."""
        with self._ctx.work(UseCase.MEETING_CASE_DECISIONS) as uow:
            return uow.meetings.decisions_for_case(case_id)

    def next_meeting(self, kind: MeetingKind, *, today: date | None = None) -> Meeting | None:
        """The first meeting of ``kind`` from today on, or None."""
        with self._ctx.work(UseCase.MEETING_NEXT) as uow:
            return uow.meetings.next_of_kind(kind, today=today or date.today())

    def agenda(self, meeting_id: MeetingId) -> builtins.list[AgendaEntry]:
        """The cases on the agenda, in order, with level, plan status and person: one
        query, one transaction, one audit event naming the cases and people."""
        with self._ctx.work(UseCase.MEETING_AGENDA) as uow:
            rows = uow.meetings.agenda_rows(meeting_id)
        return [
            AgendaEntry(
                case_id=row.case_id,
                case_number=row.case_number,
                person_name=row.person_name,
                cpr=row.cpr,
                birth_date=row.birth_date,
                level=row.level,
                plan_status=plan_status(row),
                summary=row.summary,
                decision=row.decision,
                notes=row.notes,
            )
            for row in rows
        ]


def _name_removed_cases(uow: UnitOfWork, meeting: Meeting) -> None:
    # A case taken off the agenda is no longer in the saved meeting; the event must
    # still name it, so the person's access insight shows who removed it.
    assert meeting.id is not None
    before = uow.meetings.case_ids_of(meeting.id)
    for case_id in set(before) - set(meeting.case_ids):
        uow.trail.touch(AuditEntity.MEETING, meeting.id, AuditAction.UPDATE, case_id=case_id)
