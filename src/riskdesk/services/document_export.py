"""Word documents from the vault: the action plan and the release meeting's agenda and
minutes. The view models are filled here (the documents package never reads the vault);
every saved file is an EXPORT audit event naming the document kind and file name only."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from riskdesk.documents.document_errors import DocumentError
from riskdesk.documents.document_file import save_document
from riskdesk.documents.docx_rendering import RenderedDocument
from riskdesk.documents.municipality import Municipality, load_municipality
from riskdesk.documents.pdf_conversion import convert_to_pdf
from riskdesk.documents.plan_document import render_plan_document
from riskdesk.documents.plan_document_model import (
    AssessmentSummary,
    CaseView,
    DomainRow,
    PersonView,
    PlanDocumentModel,
    ProfileRow,
)
from riskdesk.documents.release_meeting_document_model import ReleaseMeetingDocumentModel
from riskdesk.documents.release_meeting_documents import render_agenda, render_minutes
from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.assessment_record import AssessmentRecord
from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case import KIND_LABELS, Case
from riskdesk.domain.ids import CaseId
from riskdesk.domain.instrument import Instrument
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.person import Person
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.domain.release_progress import milestones_done
from riskdesk.services.plan_service import newest_final

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

DocumentProblem = DocumentError
"""Re-exported so the GUI and CLI can catch document errors without importing the
documents layer."""


class DocumentKind(StrEnum):
    PLAN = "plan"
    RELEASE_AGENDA = "release_agenda"
    RELEASE_MINUTES = "release_minutes"


@dataclass(frozen=True)
class ExportedDocument:
    """What was saved. ``pdf_problem`` says why no PDF was made when one was asked for
    (:class:`PdfUnavailable` without LibreOffice); the .docx is saved either way.
    ``notice`` is the renderer's note when a municipality's own template was passed over."""

    docx: Path
    pdf: Path | None = None
    pdf_problem: DocumentError | None = None
    notice: LocalizedText | None = None


def save_rendered(
    rendered: RenderedDocument, path: Path, *, pdf: bool, audit: Callable[[Path], None]
) -> ExportedDocument:
    """Save ``rendered`` to ``path`` and ``audit`` it; with ``pdf``, also a PDF beside it,
    audited too. A missing LibreOffice is reported in the result, not raised: the .docx is
    saved either way. Raises :class:`DocumentError` when the .docx cannot be saved."""
    save_document(path, rendered.data)
    audit(path)
    if not pdf:
        return ExportedDocument(docx=path, notice=rendered.notice)
    try:
        pdf_path = convert_to_pdf(path, out_dir=path.parent)
    except DocumentError as problem:
        return ExportedDocument(docx=path, pdf_problem=problem, notice=rendered.notice)
    audit(pdf_path)
    return ExportedDocument(docx=path, pdf=pdf_path, notice=rendered.notice)


class DocumentExportService:
    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    @cached_property
    def municipality(self) -> Municipality:
        """The municipality settings file; raises :class:`DocumentError` when unreadable."""
        return load_municipality()

    def plan_model(self, case_id: CaseId, *, today: date | None = None) -> PlanDocumentModel:
        """The plan document's facts. A case without a plan prints an empty plan, so the
        document's "ikke udfyldt" markers show what is missing."""
        today = today or date.today()
        case, person = self._case_and_person(case_id)
        plan = self._desk.plans.current(case_id) or ActionPlan(case_id=case_id, made_on=today)
        record = newest_final(self._desk.assessments.for_person(case.person_id))
        return PlanDocumentModel(
            municipality=self.municipality,
            person=_person_view(person, today),
            case=_case_view(case),
            plan=plan,
            assessment=self._assessment_summary(record) if record is not None else None,
            printed_on=today,
        )

    def meeting_model(
        self, case_id: CaseId, *, today: date | None = None
    ) -> ReleaseMeetingDocumentModel:
        """The agenda's and minutes' facts; a case without a meeting prints a blank one."""
        today = today or date.today()
        case, person = self._case_and_person(case_id)
        meeting = self._desk.release_meetings.get(case_id) or ReleaseMeeting(case_id=case_id)
        has_plan = self._desk.plans.current(case_id) is not None
        return ReleaseMeetingDocumentModel(
            municipality=self.municipality,
            person=_person_view(person, today),
            case=_case_view(case),
            meeting=meeting,
            form=self._desk.release_meetings.form,
            printed_on=today,
            done=milestones_done(meeting, has_plan=has_plan, today=today),
        )

    def render(
        self, kind: DocumentKind, case_id: CaseId, *, today: date | None = None
    ) -> RenderedDocument:
        """The document as .docx bytes; nothing is written and nothing audited."""
        if kind is DocumentKind.PLAN:
            return render_plan_document(self.plan_model(case_id, today=today))
        model = self.meeting_model(case_id, today=today)
        return (
            render_agenda(model) if kind is DocumentKind.RELEASE_AGENDA else render_minutes(model)
        )

    def export(
        self,
        kind: DocumentKind,
        case_id: CaseId,
        path: Path,
        *,
        pdf: bool = False,
        today: date | None = None,
    ) -> ExportedDocument:
        """Render, save to ``path`` and audit; with ``pdf``, also a PDF beside it. Raises
        :class:`DocumentError` when the document cannot be made or saved."""
        rendered = self.render(kind, case_id, today=today)
        return save_rendered(
            rendered, path, pdf=pdf, audit=lambda saved: self._audit_export(kind, case_id, saved)
        )

    def _audit_export(self, kind: DocumentKind, case_id: CaseId, path: Path) -> None:
        # The file name only: the folder can name a colleague's or a partner's share.
        entity = AuditEntity.PLAN if kind is DocumentKind.PLAN else AuditEntity.RELEASE_MEETING
        with self._desk.vault.unit_of_work() as uow:
            uow.audit.append(
                username=self._desk.user.username,
                action=AuditAction.EXPORT,
                entity=entity,
                entity_id=None,
                details={"case_id": case_id, "document": kind.value, "file": path.name},
            )

    def _case_and_person(self, case_id: CaseId) -> tuple[Case, Person]:
        case = self._desk.cases.get(case_id)
        return case, self._desk.persons.get(case.person_id)

    def _assessment_summary(self, record: AssessmentRecord) -> AssessmentSummary | None:
        snapshot = record.snapshot
        if snapshot is None:
            return None
        instrument: Instrument | None
        try:
            instrument = self._desk.assessments.instrument_for(record)
        except UserInputError:
            # An instrument version no longer loaded: the snapshot alone still prints.
            instrument = None
        reasons = [r.da for r in snapshot.reasons]
        if snapshot.level_override_reason:
            reasons.append(snapshot.level_override_reason)
        return AssessmentSummary(
            instrument=instrument.title.da if instrument else snapshot.instrument_id,
            instrument_version=snapshot.instrument_version,
            assessed_on=record.draft.assessment_date,
            total=snapshot.total,
            max_total=snapshot.max_total,
            band=snapshot.band_label.da,
            final_band=snapshot.final_band_label.da,
            override_reason=snapshot.band_override_reason or "",
            level=snapshot.level,
            level_reason="; ".join(reasons),
            missing_items=snapshot.missing_count,
            domains=tuple(
                DomainRow(
                    name=d.title.da,
                    score=d.score,
                    max_score=d.max_score,
                    rating=d.rating,
                    strength=d.strength,
                )
                for d in snapshot.domains
            ),
            profile=tuple(
                ProfileRow(
                    title=p.title.da,
                    present=p.present,
                    of=p.of,
                    rating=p.rating,
                    factors=tuple(_factor_label(instrument, f) for f in p.factor_ids),
                )
                for p in snapshot.four_domains
            ),
            strengths=tuple(d.title.da for d in snapshot.domains if d.strength),
            responsivity=tuple(
                _factor_label(instrument, f) for f in sorted(record.draft.responsivity)
            ),
            disclaimer=instrument.disclaimer.da if instrument else "",
        )


def _factor_label(instrument: Instrument | None, factor_id: str) -> str:
    """An item's or checklist factor's Danish wording; the id when it cannot be found."""
    if instrument is None:
        return factor_id
    item = instrument.item(factor_id)
    if item is not None:
        return item.text.da
    factors = [
        *instrument.responsivity,
        *(f for p in instrument.risk_domains for f in p.extra_factors),
    ]
    return next((f.label.da for f in factors if f.id == factor_id), factor_id)


def _person_view(person: Person, today: date) -> PersonView:
    town = " ".join(part for part in (person.postal_code, person.city) if part)
    return PersonView(
        name=person.name,
        cpr=person.cpr or "",
        birth_date=person.born,
        address=", ".join(part for part in (person.address, town) if part),
        guardians=tuple(g.name for g in person.guardians),
        minor=person.is_minor_at(today),
    )


def _case_view(case: Case) -> CaseView:
    return CaseView(
        case_number=case.case_number,
        level=case.level,
        kind=KIND_LABELS[case.kind].da,
        caseworker=case.caseworker,
    )
