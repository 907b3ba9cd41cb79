"""The half-year report (``desk.statistics_report``): the leader's texts per period, and
the report made from the figures, suppressed, as Word (and PDF) and Excel. Supervisors
and administrators only.

A report is made as the other exports are: read in one unit of work (no event yet),
render and save outside any transaction (LibreOffice can take seconds), then record ONE
``STATISTICS_REPORT`` event naming the period and the file names (never a folder: it can
name someone's share). A failed render or save records nothing, as nothing left the vault.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from riskdesk.documents.document_errors import DocumentError
from riskdesk.documents.document_file import save_document
from riskdesk.documents.half_year_document import render_half_year
from riskdesk.documents.half_year_tables import PublishedReport, published_report
from riskdesk.documents.pdf_conversion import convert_to_pdf
from riskdesk.domain.half_year_texts import LATEST_KEY, HalfYearTexts, checked_texts, period_key
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.meeting import MeetingKind
from riskdesk.domain.police_figures import PoliceCount, offence_indices, parse_police_csv
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.statistics_access import MAY_SEE_STATISTICS, OnlyLeadersSeeStatistics
from riskdesk.domain.statistics_facts import Period
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.service_context import ServiceContext
from riskdesk.services.statistics_service import read_figures
from riskdesk.store.settings_repository import SettingsRepository
from riskdesk.store.unit_of_work import UnitOfWork

Progress = Callable[[LocalizedText], None]
_READING = LocalizedText(da="Læser tallene …", en="Reading the figures …")
_WRITING = LocalizedText(da="Skriver rapporten …", en="Writing the report …")
_PDF = LocalizedText(da="Laver PDF …", en="Making the PDF …")
_POLICE_UNREADABLE = LocalizedText(
    da="Politiets CSV-fil kan ikke læses.", en="The police CSV file cannot be read."
)


@dataclass(frozen=True)
class ReportFiles:
    """What was saved. ``pdf_problem`` says why no PDF was made when one was asked for;
    ``notice`` is the renderer's note when a municipality's own template was passed over."""

    docx: Path | None = None
    pdf: Path | None = None
    xlsx: Path | None = None
    pdf_problem: DocumentError | None = None
    notice: LocalizedText | None = None


class StatisticsReportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def texts(self, period: Period) -> HalfYearTexts:
        """The texts kept for ``period``; for a period without any, the texts saved last
        (the next half-year starts from the last one's words), else empty ones."""
        self._require_leader(UseCase.STATISTICS_VIEW)
        with self._ctx.work(UseCase.STATISTICS_VIEW, audited=False) as uow:
            return _stored_texts(uow.settings, period)

    def save_texts(self, period: Period, values: dict[str, str], *, today: date) -> HalfYearTexts:
        """Keep the texts for ``period``. Raises :class:`UserInputError` naming each section
        that is too long or holds a CPR number, birth date, e-mail address or phone
        number; nothing is then stored. Audited with the period and the sections given."""
        self._require_leader(UseCase.STATISTICS_TEXTS_SAVE)
        texts = checked_texts(values, on=today)
        with self._ctx.work(UseCase.STATISTICS_TEXTS_SAVE) as uow:
            key = period_key(period)
            uow.settings.put(key, texts.model_dump_json())
            uow.settings.put(LATEST_KEY, key)
            uow.note(
                period_from=period.start.isoformat(),
                period_to=period.end.isoformat(),
                sections=sorted(k for k, v in texts.model_dump().items() if v),
            )
        return texts

    def published(self, period: Period, *, courses_since: date | None = None) -> PublishedReport:
        """The report's tables as published (suppressed), for a preview; not audited as an
        export (nothing leaves the vault), but as a look at the figures."""
        self._require_leader(UseCase.STATISTICS_VIEW)
        with self._ctx.work(UseCase.STATISTICS_VIEW) as uow:
            report = self._read(uow, period, courses_since)[0]
            uow.note(period_from=period.start.isoformat(), period_to=period.end.isoformat())
        return report

    def export(
        self,
        period: Period,
        *,
        docx: Path | None = None,
        pdf: bool = False,
        xlsx: Path | None = None,
        today: date | None = None,
        courses_since: date | None = None,
        police_csv: Path | None = None,
        progress: Progress | None = None,
    ) -> ReportFiles:
        """Make the report for ``period``: the Word document at ``docx`` (with ``pdf``, a
        PDF beside it; a missing LibreOffice is reported in the result, not raised) and
        the tables at ``xlsx``; with ``police_csv``, the crime picture from the police's
        report counts. Raises :class:`OnlyLeadersSeeStatistics` (audited) for a caseworker
        or mentor, :class:`UserInputError` naming the line and column of a police CSV that
        cannot be read, :class:`DocumentError` when the report cannot be made or saved
        (nothing is then recorded)."""
        tell = progress or (lambda _step: None)
        today = today or date.today()
        self._require_leader(UseCase.STATISTICS_REPORT)
        police = offence_indices(_police_counts(police_csv)) if police_csv else []
        tell(_READING)
        with self._ctx.work(UseCase.STATISTICS_REPORT, audited=False) as uow:
            report, texts = self._read(uow, period, courses_since)
        municipality = self._ctx.forms.municipality
        tell(_WRITING)
        files: list[str] = []
        result = ReportFiles()
        if docx is not None:
            rendered = render_half_year(
                report,
                texts,
                municipality,
                today=today,
                custom_templates=self._ctx.forms.own_templates,
                police=police,
            )
            save_document(docx, rendered.data)
            files.append(docx.name)
            result = ReportFiles(docx=docx, notice=rendered.notice)
        if xlsx is not None:
            # openpyxl (with numpy, 36 MB resident) only for a workbook asked for.
            from riskdesk.documents.half_year_workbook import half_year_workbook

            save_document(xlsx, half_year_workbook(report))
            files.append(xlsx.name)
            result = ReportFiles(docx=result.docx, xlsx=xlsx, notice=result.notice)
        if pdf and docx is not None:
            tell(_PDF)
            try:
                pdf_path = convert_to_pdf(docx, out_dir=docx.parent)
            except DocumentError as problem:
                result = ReportFiles(result.docx, None, result.xlsx, problem, result.notice)
            else:
                files.append(pdf_path.name)
                result = ReportFiles(result.docx, pdf_path, result.xlsx, None, result.notice)
        with self._ctx.work(UseCase.STATISTICS_REPORT) as uow:
            uow.note(
                period_from=period.start.isoformat(),
                period_to=period.end.isoformat(),
                files=files,
                suppress_below=report.threshold,
                police_csv=police_csv.name if police_csv else None,
            )
        return result

    def _read(
        self, uow: UnitOfWork, period: Period, courses_since: date | None
    ) -> tuple[PublishedReport, HalfYearTexts]:
        forms = self._ctx.forms
        figures = read_figures(uow, forms, period, courses_since=courses_since)
        held = uow.statistics.meetings_by_kind(period.start, period.end)
        meetings = {kind.value: held.get(kind.value, 0) for kind in MeetingKind}
        report = published_report(
            figures,
            threshold=forms.municipality.statistics.suppress_below,
            meetings=meetings,
            concern_topics=forms.concern_topics,
        )
        return report, _stored_texts(uow.settings, period)

    def _require_leader(self, use_case: UseCase) -> None:
        role = self._ctx.user.role
        if role not in MAY_SEE_STATISTICS:
            with self._ctx.work(use_case) as uow:
                uow.trail.refuse(role=role.value)
            raise OnlyLeadersSeeStatistics()


def _police_counts(path: Path) -> list[PoliceCount]:
    try:
        data = path.read_bytes()
    except OSError:
        raise UserInputError([Problem("police_csv", _POLICE_UNREADABLE)]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel on a Danish Windows saves CSV in the ANSI code page.
        text = data.decode("cp1252", errors="replace")
    return parse_police_csv(text)


def _stored_texts(settings: SettingsRepository, period: Period) -> HalfYearTexts:
    raw = settings.get(period_key(period))
    if raw is None:
        latest = settings.get(LATEST_KEY)
        raw = settings.get(latest) if latest else None
    if raw is None:
        return HalfYearTexts()
    return HalfYearTexts.model_validate(json.loads(raw))
