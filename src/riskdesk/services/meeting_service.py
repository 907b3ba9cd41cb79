"""Meetings (SSP, KSP, PSP, operative group, coordination): list, edit, put cases on the
agenda, record the decision per case (which the case then shows), find the next meeting
of a kind, and export the agenda, the pseudonymised agenda and the minutes as Word
documents (through ``desk.documents``). Each call is one unit of work with one audit
event naming the meeting and the cases on it."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from datetime import date

from pydantic import BaseModel, ConfigDict

from riskdesk.domain.action_plan import ActionPlan
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
from riskdesk.domain.meeting_decision_plan import with_decision_action, with_decision_details
from riskdesk.domain.meeting_series import check_area, series_dates, series_meetings
from riskdesk.domain.plan_review import ReviewAttempt
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.document_models import plan_status
from riskdesk.services.plan_service import save_plan_in
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

    def areas(self) -> tuple[str, ...]:
        """The school districts or areas a coordination meeting is held for."""
        return self._ctx.forms.municipality.areas

    def save(self, meeting: Meeting) -> Meeting:
        """Store a new meeting (``id`` None) or replace one, agenda included. Raises
        :class:`NotFound` for an unknown meeting or case and :class:`UserInputError` on
        ``area`` (see :func:`check_area`)."""
        check_area(meeting, self.areas())
        with self._ctx.work(UseCase.MEETING_SAVE) as uow:
            if meeting.id is not None:
                _name_removed_cases(uow, meeting)
            return uow.meetings.save(meeting)

    def save_series(
        self,
        first: Meeting,
        *,
        every_weeks: int | None = None,
        until: date | None = None,
        dates: Iterable[date] = (),
    ) -> builtins.list[Meeting]:
        """Store the new meeting ``first`` and its repeats, every ``every_weeks`` weeks
        until ``until`` or on the given ``dates``, all in one unit of work: each with the
        first's kind, time, place, participants and area, the first's id as their
        ``series_id``, and the agenda only on the first. Raises :class:`UserInputError`
        naming the field, storing nothing."""
        days = series_dates(first.held_on, every_weeks=every_weeks, until=until, dates=dates)
        check_area(first, self.areas())
        with self._ctx.work(UseCase.MEETING_SERIES) as uow:
            stored = uow.meetings.save(first.model_copy(update={"id": None}))
            assert stored.id is not None
            stored = uow.meetings.save(stored.model_copy(update={"series_id": stored.id}))
            rest = [uow.meetings.save(m) for m in series_meetings(stored, days)]
            uow.trail.about(AuditEntity.MEETING, stored.id)
            uow.note(series_size=len(days))
            return [stored, *rest]

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
        self,
        meeting_id: MeetingId,
        case_id: CaseId,
        text: str,
        *,
        owner: str | None = None,
        budget: str | None = None,
        deadline: date | None = None,
        today: date | None = None,
    ) -> Meeting:
        """Record what the meeting decided about the case, with who carries it out, its
        budget and deadline (each kept as stored when not given); the case then lists it
        (:meth:`decisions_for_case`). Raises
        :class:`UserInputError` for a case not on the agenda, an empty decision, a meeting
        not yet held, or an owner or budget too long."""
        with self._ctx.work(UseCase.MEETING_DECISION) as uow:
            meeting = uow.meetings.get(meeting_id)
            changed = with_decision(meeting, case_id, text, today=today or date.today())
            item = changed.item(case_id)
            assert item is not None  # with_decision refuses a case not on the agenda
            changed = with_decision_details(
                changed,
                case_id,
                owner=item.decision_owner if owner is None else owner,
                budget=item.decision_budget if budget is None else budget,
                deadline=deadline or item.decision_deadline,
            )
            return uow.meetings.save(changed)

    def decision_to_plan(self, meeting_id: MeetingId, case_id: CaseId) -> ActionPlan:
        """The meeting's decision on the case as an action in the case's plan (a new plan
        when there is none), with its owner and deadline, saved through the plan's
        versioning rule in the same unit of work. Raises :class:`UserInputError` when
        there is no decision to carry over and :class:`ReviewRefused` (audited) while the
        plan waits for review."""
        with (
            self._ctx.refusals_recorded(UseCase.PLAN_EDIT_REFUSED, ReviewAttempt.EDIT),
            self._ctx.work(UseCase.MEETING_DECISION_TO_PLAN) as uow,
        ):
            meeting = uow.meetings.get(meeting_id)
            current = uow.plans.current(case_id) or ActionPlan(
                case_id=case_id, made_on=meeting.held_on
            )
            plan = save_plan_in(uow, case_id, with_decision_action(current, meeting, case_id))
            uow.trail.about_kind(AuditEntity.PLAN)
            return plan

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
