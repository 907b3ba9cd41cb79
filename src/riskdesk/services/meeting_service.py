"""Meetings (SSP, KSP, PSP, operative group, coordination): list, edit, put cases on the
agenda, record the decision per case (which the case then shows), find the next meeting
of a kind, and export the agenda, the pseudonymised agenda and the minutes as Word
documents. The store's repositories write the audit events; every saved document is an
EXPORT event naming the meeting, the document kind and the file name only."""

from __future__ import annotations

import builtins
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from riskdesk.documents.docx_rendering import RenderedDocument
from riskdesk.documents.meeting_document_model import MeetingCaseView, MeetingDocumentModel
from riskdesk.documents.meeting_documents import render_meeting_agenda, render_meeting_minutes
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import (
    Identity,
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
from riskdesk.domain.person import Person
from riskdesk.domain.plan_review import REVIEW_STATUS_LABELS
from riskdesk.services.document_export import ExportedDocument, save_rendered

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class MeetingDocumentKind(StrEnum):
    AGENDA = "meeting_agenda"
    PSEUDONYMISED_AGENDA = "meeting_agenda_pseudonymised"
    MINUTES = "meeting_minutes"


_NO_PLAN = LocalizedText(da="Ingen handleplan", en="No action plan")
_PLAN_STATUS = LocalizedText(
    da="Version {version}: {status_da}", en="Version {version}: {status_en}"
)
_SHARED = LocalizedText(da=", delt {on}", en=", shared on {on}")


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
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def list(self, *, upcoming_only: bool = False, today: date | None = None) -> list[Meeting]:
        """Meetings from today on, soonest first, then (unless ``upcoming_only``) past
        ones, newest first."""
        today = today or date.today()
        with self._desk.vault.unit_of_work() as uow:
            meetings = upcoming_first(uow.meetings.all(), today=today)
        return [m for m in meetings if m.held_on >= today] if upcoming_only else meetings

    def get(self, meeting_id: MeetingId) -> Meeting:
        """Raises :class:`NotFound` for an unknown meeting."""
        with self._desk.vault.unit_of_work() as uow:
            return uow.meetings.get(meeting_id)

    def save(self, meeting: Meeting) -> Meeting:
        """Store a new meeting (``id`` None) or replace one, agenda included. Raises
        :class:`NotFound` for an unknown meeting or case."""
        with self._desk.vault.unit_of_work() as uow:
            return uow.meetings.save(meeting)

    def add_case(self, meeting_id: MeetingId, case_id: CaseId, *, summary: str = "") -> Meeting:
        """Put the case last on the agenda. Raises :class:`UserInputError` when it is
        already there and :class:`NotFound` for an unknown meeting or case."""
        with self._desk.vault.unit_of_work() as uow:
            meeting = uow.meetings.get(meeting_id)
            return uow.meetings.save(with_case(meeting, case_id, summary=summary))

    def remove_case(self, meeting_id: MeetingId, case_id: CaseId) -> Meeting:
        """Take the case off the agenda; raises :class:`UserInputError` when not on it."""
        with self._desk.vault.unit_of_work() as uow:
            meeting = uow.meetings.get(meeting_id)
            return uow.meetings.save(without_case(meeting, case_id))

    def set_summary(
        self, meeting_id: MeetingId, case_id: CaseId, text: str, *, notes: str | None = None
    ) -> Meeting:
        """The case's summary for the meeting (and notes, when given)."""
        with self._desk.vault.unit_of_work() as uow:
            meeting = uow.meetings.get(meeting_id)
            changed = with_item_text(meeting, case_id, summary=text, notes=notes)
            return uow.meetings.save(changed)

    def record_decision(
        self, meeting_id: MeetingId, case_id: CaseId, text: str, *, today: date | None = None
    ) -> Meeting:
        """Record what the meeting decided about the case; the case then lists it
        (:meth:`decisions_for_case`). Raises :class:`UserInputError` for a case not on
        the agenda, an empty decision or a meeting not yet held."""
        with self._desk.vault.unit_of_work() as uow:
            meeting = uow.meetings.get(meeting_id)
            changed = with_decision(meeting, case_id, text, today=today or date.today())
            return uow.meetings.save(changed)

    def decisions_for_case(self, case_id: CaseId) -> builtins.list[MeetingDecision]:
        """The case's meeting decisions (date, kind, text), newest first."""
        with self._desk.vault.unit_of_work() as uow:
            return uow.meetings.decisions_for_case(case_id)

    def next_meeting(self, kind: MeetingKind, *, today: date | None = None) -> Meeting | None:
        """The first meeting of ``kind`` from today on, or None."""
        with self._desk.vault.unit_of_work() as uow:
            return uow.meetings.next_of_kind(kind, today=today or date.today())

    def agenda(self, meeting_id: MeetingId) -> builtins.list[AgendaEntry]:
        """The cases on the agenda, in order, with level, plan status and person."""
        return [entry for entry, _ in self._entries(self.get(meeting_id))]

    def _entries(self, meeting: Meeting) -> builtins.list[tuple[AgendaEntry, Person]]:
        entries: builtins.list[tuple[AgendaEntry, Person]] = []
        for item in meeting.items:
            case = self._desk.cases.get(item.case_id)
            person = self._desk.persons.get(case.person_id)
            entry = AgendaEntry(
                case_id=item.case_id,
                case_number=case.case_number,
                person_name=person.name,
                cpr=person.cpr,
                birth_date=person.born,
                level=case.level,
                plan_status=self.plan_status(item.case_id),
                summary=item.summary,
                decision=item.decision,
                notes=item.notes,
            )
            entries.append((entry, person))
        return entries

    def plan_status(self, case_id: CaseId) -> LocalizedText:
        """The current plan version's review status (draft, submitted, returned,
        approved) and, when it was handed out, the date it was shared."""
        plan_id = self._desk.review.current_plan_id(case_id)
        if plan_id is None:
            return _NO_PLAN
        state = self._desk.review.state(plan_id)
        label = REVIEW_STATUS_LABELS[state.status]
        text = _PLAN_STATUS.format(version=state.version, status_da=label.da, status_en=label.en)
        plan = self._desk.review.plan(plan_id)
        if plan.shared_on is None:
            return text
        shared = _SHARED.format(on=plan.shared_on.strftime("%d.%m.%Y"))
        return LocalizedText(da=text.da + shared.da, en=text.en + shared.en)

    # ----- documents ----------------------------------------------------------------

    def document_model(
        self, meeting_id: MeetingId, *, today: date | None = None
    ) -> MeetingDocumentModel:
        """The agenda's and minutes' facts, identities included (the pseudonymised
        variant replaces them when rendering)."""
        meeting = self.get(meeting_id)
        cases = tuple(
            MeetingCaseView(
                case_number=entry.case_number,
                identity=Identity(
                    name=person.name,
                    cpr=person.cpr,
                    birth_date=person.born,
                    guardians=tuple(g.name for g in person.guardians),
                ),
                level=entry.level,
                summary=entry.summary,
                plan_status=entry.plan_status.da,
                decision=entry.decision,
                notes=entry.notes,
            )
            for entry, person in self._entries(meeting)
        )
        return MeetingDocumentModel(
            municipality=self._desk.documents.municipality,
            kind=meeting.kind,
            held_on=meeting.held_on,
            starts_at=meeting.starts_at,
            place=meeting.place,
            participants=meeting.participants,
            cases=cases,
            printed_on=today or date.today(),
        )

    def render(
        self, kind: MeetingDocumentKind, meeting_id: MeetingId, *, today: date | None = None
    ) -> RenderedDocument:
        """The document as .docx bytes; nothing is written and nothing audited."""
        model = self.document_model(meeting_id, today=today)
        if kind is MeetingDocumentKind.MINUTES:
            return render_meeting_minutes(model)
        return render_meeting_agenda(
            model, pseudonymised=kind is MeetingDocumentKind.PSEUDONYMISED_AGENDA
        )

    def export(
        self,
        kind: MeetingDocumentKind,
        meeting_id: MeetingId,
        path: Path,
        *,
        pdf: bool = False,
        today: date | None = None,
    ) -> ExportedDocument:
        """Render, save to ``path`` and audit; with ``pdf``, also a PDF beside it. Raises
        :class:`DocumentError` when the document cannot be made or saved."""
        rendered = self.render(kind, meeting_id, today=today)
        return save_rendered(
            rendered,
            path,
            pdf=pdf,
            audit=lambda saved: self._audit_export(kind, meeting_id, saved),
        )

    def _audit_export(self, kind: MeetingDocumentKind, meeting_id: MeetingId, path: Path) -> None:
        # The file name only: the folder can name a colleague's or a partner's share. The
        # case ids say whose data left the vault, for the citizen's right of access.
        with self._desk.vault.unit_of_work() as uow:
            case_ids = list(uow.meetings.get(meeting_id).case_ids)
            uow.audit.append(
                username=self._desk.user.username,
                action=AuditAction.EXPORT,
                entity=AuditEntity.MEETING,
                entity_id=meeting_id,
                details={"document": kind.value, "file": path.name, "case_ids": case_ids},
            )
