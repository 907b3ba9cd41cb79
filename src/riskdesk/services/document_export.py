"""Every Word document RiskDesk saves outside the vault, made one way: a registry maps
each :class:`DocumentKind` to what it is made from, its template, the record its export
is audited under and the file name it suggests. ``desk.documents.export(kind, id, path)``
reads and renders in one unit of work, saves the file(s), and records ONE audit event
naming the document kind and the file names only (a folder can name someone's share).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from riskdesk.documents.access_insight_document import render_access_insight
from riskdesk.documents.document_errors import DocumentError
from riskdesk.documents.document_file import save_document
from riskdesk.documents.docx_rendering import RenderedDocument
from riskdesk.documents.meeting_documents import render_meeting_agenda, render_meeting_minutes
from riskdesk.documents.pdf_conversion import convert_to_pdf
from riskdesk.documents.plan_document import render_plan_document
from riskdesk.documents.release_meeting_documents import render_agenda, render_minutes
from riskdesk.domain.audit import AuditEntity
from riskdesk.domain.document_kinds import DocumentKind
from riskdesk.domain.ids import CaseId, PersonId, PlanId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import MEETING_KIND_LABELS, MeetingId
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import (
    NoPlan,
    NoReleaseMeeting,
    NotFound,
    PermissionDenied,
    Refusal,
    UnknownCase,
    UnknownMeeting,
    UnknownPlan,
    UserInputError,
)
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.access_insight_service import (
    ACCESS_INSIGHT_REFUSED,
    build_insight,
    insight_document_model,
)
from riskdesk.services.document_models import meeting_model, plan_model, release_meeting_model
from riskdesk.services.service_context import ServiceContext
from riskdesk.store.audit_trail import AuditTrail
from riskdesk.store.unit_of_work import UnitOfWork

__all__ = ["DocumentExportService", "DocumentKind", "DocumentProblem", "ExportedDocument"]

DocumentProblem = DocumentError
"""Re-exported so the GUI and CLI can catch document errors without importing the
documents layer."""

_NOT_FROZEN = LocalizedText(
    da="Denne version af handleplanen er ikke godkendt, så der er intet låst dokument.",
    en="This version of the action plan is not approved, so it has no frozen document.",
)


@dataclass(frozen=True)
class ExportedDocument:
    """What was saved. ``pdf_problem`` says why no PDF was made when one was asked for
    (:class:`PdfUnavailable` without LibreOffice); the .docx is saved either way.
    ``notice`` is the renderer's note when a municipality's own template was passed over."""

    docx: Path
    pdf: Path | None = None
    pdf_problem: DocumentError | None = None
    notice: LocalizedText | None = None


@dataclass(frozen=True)
class _Source:
    """What a document builder may use: the unit of work it reads in, and the context."""

    uow: UnitOfWork
    ctx: ServiceContext
    today: date


@dataclass(frozen=True)
class _Document:
    entity: AuditEntity
    """The kind of record the export is audited under."""
    render: Callable[[_Source, int], RenderedDocument]
    file_name: Callable[[UnitOfWork, int], str]
    by_case: bool = False
    """The record id is the case's (the plan, the release meeting): the event then names
    the row it read, and the case in its details."""


class DocumentExportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def render(
        self, kind: DocumentKind, record_id: int, *, today: date | None = None
    ) -> RenderedDocument:
        """The document as .docx bytes; nothing is saved. Audited as a reading of the
        record (the bytes hold person data). Raises :class:`DocumentError` when the
        document cannot be made, and a :class:`Refusal` as :meth:`export` does."""
        rendered, _ = self._read(UseCase.DOCUMENT_RENDER, kind, record_id, today, audited=True)
        return rendered

    def export(
        self,
        kind: DocumentKind,
        record_id: int,
        path: Path,
        *,
        pdf: bool = False,
        today: date | None = None,
    ) -> ExportedDocument:
        """Render, save to ``path`` and audit; with ``pdf`` (and ``kind.allows_pdf``),
        also a PDF beside it. A missing LibreOffice is reported in the result, not raised.
        Raises :class:`DocumentError` when the document cannot be made or saved (nothing
        is then recorded, as nothing left the vault), a :class:`NotFound` naming what is
        missing (an unknown case, meeting or plan version; :class:`NoPlan` or
        :class:`NoReleaseMeeting` for a case without one: no file is then written),
        :class:`PermissionDenied` (audited) for an access insight the user may not make,
        and :class:`UserInputError` for a plan version that was not approved."""
        rendered, trail = self._read(UseCase.DOCUMENT_EXPORT, kind, record_id, today, audited=False)
        # The file is written between the reading and the recording: a failed save leaves
        # no event, and no transaction holds the vault while LibreOffice works.
        save_document(path, rendered.data)
        files = [path.name]
        exported = ExportedDocument(docx=path, notice=rendered.notice)
        if pdf and kind.allows_pdf:
            try:
                pdf_path = convert_to_pdf(path, out_dir=path.parent)
            except DocumentError as problem:
                exported = ExportedDocument(docx=path, pdf_problem=problem, notice=rendered.notice)
            else:
                files.append(pdf_path.name)
                exported = ExportedDocument(docx=path, pdf=pdf_path, notice=rendered.notice)
        with self._ctx.work(UseCase.DOCUMENT_EXPORT, trail=trail) as uow:
            uow.note(files=files)
        return exported

    def suggested_name(self, kind: DocumentKind, record_id: int) -> str:
        """The file name to offer when saving: the one place that names documents. It
        never holds a person's name or CPR number, since file names travel in e-mails,
        folder listings and backups. Refuses as :meth:`export` does when the record is
        missing or the case has no plan or release meeting to print."""
        # A case number, a version or a meeting date is not a reading of person data.
        with self._ctx.work(UseCase.DOCUMENT_EXPORT, audited=False) as uow:
            return _DOCUMENTS[kind].file_name(uow, record_id)

    def _read(
        self,
        use_case: UseCase,
        kind: DocumentKind,
        record_id: int,
        today: date | None,
        *,
        audited: bool,
    ) -> tuple[RenderedDocument, AuditTrail]:
        document = _DOCUMENTS[kind]
        trail = AuditTrail(use_case)
        try:
            with self._ctx.work(use_case, trail=trail, audited=audited) as uow:
                rendered = document.render(
                    _Source(uow, self._ctx, today or date.today()), record_id
                )
                if not trail.refused:
                    if document.by_case:
                        trail.about_kind(document.entity)
                    else:
                        uow.about(document.entity, record_id)
                    uow.note(document=kind.value)
        except Refusal:
            if trail.refused:
                # Its own transaction rolled back; the attempt is recorded in one of its own.
                with self._ctx.work(use_case, trail=trail):
                    pass
            raise
        return rendered, trail


def _plan(source: _Source, case_id: int) -> RenderedDocument:
    return render_plan_document(
        plan_model(source.uow, source.ctx.forms, CaseId(case_id), today=source.today),
        custom_templates=source.ctx.forms.own_templates,
    )


def _frozen_plan(source: _Source, plan_id: int) -> RenderedDocument:
    try:
        frozen = source.uow.reviews.frozen_document(PlanId(plan_id))
    except NotFound:
        raise UnknownPlan(plan_id) from None
    if frozen is None:
        raise UserInputError([Problem("plan", _NOT_FROZEN)])
    source.uow.note(frozen=True, document_sha256=hashlib.sha256(frozen.data).hexdigest())
    return RenderedDocument(frozen.data, Path(frozen.kind))


def _release(render: Callable[..., RenderedDocument]) -> Callable[[_Source, int], RenderedDocument]:
    def build(source: _Source, case_id: int) -> RenderedDocument:
        model = release_meeting_model(
            source.uow, source.ctx.forms, CaseId(case_id), today=source.today
        )
        return render(model, custom_templates=source.ctx.forms.own_templates)

    return build


def _meeting(kind: DocumentKind) -> Callable[[_Source, int], RenderedDocument]:
    def build(source: _Source, meeting_id: int) -> RenderedDocument:
        model = meeting_model(
            source.uow, source.ctx.forms, MeetingId(meeting_id), today=source.today
        )
        own = source.ctx.forms.own_templates
        if kind is DocumentKind.MEETING_MINUTES:
            return render_meeting_minutes(model, custom_templates=own)
        return render_meeting_agenda(
            model,
            pseudonymised=kind is DocumentKind.MEETING_AGENDA_PSEUDONYMISED,
            custom_templates=own,
        )

    return build


def _access_insight(source: _Source, person_id: int) -> RenderedDocument:
    insight = build_insight(source.uow, source.ctx.user, PersonId(person_id), record_first=False)
    if insight is None:
        raise PermissionDenied(ACCESS_INSIGHT_REFUSED)
    return render_access_insight(
        insight_document_model(insight, source.ctx.forms.municipality),
        custom_templates=source.ctx.forms.own_templates,
    )


# The file names refuse what the documents refuse (a case without a plan or a release
# meeting, an unknown record): the export dialog asks for the name first, so it says the
# same sentence as the command line and never offers to save a document that cannot be made.


def _case_number(uow: UnitOfWork, case_id: int) -> str:
    try:
        return uow.cases.number_of(CaseId(case_id))
    except NotFound:
        raise UnknownCase from None


def _plan_name(uow: UnitOfWork, case_id: int) -> str:
    number = _case_number(uow, case_id)
    version = uow.plans.current_version(CaseId(case_id))
    if version is None:
        raise NoPlan(number)
    return f"handleplan-{number}-v{version}.docx"


def _frozen_name(uow: UnitOfWork, plan_id: int) -> str:
    try:
        case_id, version = uow.plans.case_and_version(PlanId(plan_id))
    except NotFound:
        raise UnknownPlan(plan_id) from None
    return f"handleplan-{_case_number(uow, case_id)}-v{version}-godkendt.docx"


def _release_name(template: str) -> Callable[[UnitOfWork, int], str]:
    def name(uow: UnitOfWork, case_id: int) -> str:
        number = _case_number(uow, case_id)
        if uow.release_meetings.get(CaseId(case_id)) is None:
            raise NoReleaseMeeting(number)
        return template.format(number=number)

    return name


def _meeting_name(template: str) -> Callable[[UnitOfWork, int], str]:
    # Danish names: the documents are Danish and go to Danish partners. The meeting's kind
    # and date name it.
    def name(uow: UnitOfWork, meeting_id: int) -> str:
        try:
            kind, held_on = uow.meetings.kind_and_date(MeetingId(meeting_id))
        except NotFound:
            raise UnknownMeeting(meeting_id) from None
        return template.format(kind=MEETING_KIND_LABELS[kind].da, date=held_on.isoformat())

    return name


_DOCUMENTS: dict[DocumentKind, _Document] = {
    DocumentKind.PLAN: _Document(AuditEntity.PLAN, _plan, _plan_name, by_case=True),
    DocumentKind.FROZEN_PLAN: _Document(AuditEntity.PLAN, _frozen_plan, _frozen_name),
    DocumentKind.RELEASE_AGENDA: _Document(
        AuditEntity.RELEASE_MEETING,
        _release(render_agenda),
        _release_name("Dagsorden løsladelsesmøde {number}.docx"),
        by_case=True,
    ),
    DocumentKind.RELEASE_MINUTES: _Document(
        AuditEntity.RELEASE_MEETING,
        _release(render_minutes),
        _release_name("Referat løsladelsesmøde {number}.docx"),
        by_case=True,
    ),
    DocumentKind.MEETING_AGENDA: _Document(
        AuditEntity.MEETING,
        _meeting(DocumentKind.MEETING_AGENDA),
        _meeting_name("Dagsorden {kind} {date}.docx"),
    ),
    DocumentKind.MEETING_AGENDA_PSEUDONYMISED: _Document(
        AuditEntity.MEETING,
        _meeting(DocumentKind.MEETING_AGENDA_PSEUDONYMISED),
        _meeting_name("Dagsorden {kind} {date} pseudonymiseret.docx"),
    ),
    DocumentKind.MEETING_MINUTES: _Document(
        AuditEntity.MEETING,
        _meeting(DocumentKind.MEETING_MINUTES),
        _meeting_name("Referat {kind} {date}.docx"),
    ),
    DocumentKind.ACCESS_INSIGHT: _Document(
        AuditEntity.PERSON, _access_insight, lambda _uow, _person_id: "indsigt-logudtraek.docx"
    ),
}
