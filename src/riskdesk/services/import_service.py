"""Moving in from a spreadsheet: ``desk.imports.read(path)``, then
``desk.imports.check(sheet, mapping)`` (the dry run) and
``desk.imports.import_cases(sheet, mapping, skip_invalid=…)``.

Both runs do the same work in ONE transaction: every row checked by the domain's rules
(:mod:`riskdesk.domain.case_import`), then a CPR number already in the vault refused
with the editor's words, and the good rows written in a few statements by the store's
import writer (not one use case per row). The dry run then rolls back (nothing written,
no audit event); the real run commits only when no row had a problem or ``skip_invalid``
was given, as one ``case.import`` event holding the counts (and the ids of what it
created, as every event does, so each citizen's access insight shows the import) and no
person data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path

from riskdesk.domain.case_import import ImportRules, RowProblem, check_rows
from riskdesk.domain.case_import_columns import ColumnMapping, ImportField, Sheet, column_mapping
from riskdesk.domain.import_report import ImportRefused, ImportReport
from riskdesk.domain.person import CprAlreadyFiled
from riskdesk.domain.use_cases import UseCase
from riskdesk.services.postal_code_list import shipped_postal_codes
from riskdesk.services.service_context import ServiceContext
from riskdesk.services.spreadsheet_file import read_sheet


class _DryRunDone(Exception):
    """Leaves the dry run's transaction so that it rolls back."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report


class ImportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def read(self, path: Path) -> Sheet:
        """The spreadsheet at ``path`` (.xlsx or .csv); see
        :func:`~riskdesk.services.spreadsheet_file.read_sheet` for what it refuses."""
        return read_sheet(path)

    def mapping(
        self, sheet: Sheet, chosen: Mapping[int, ImportField | None] | None = None
    ) -> ColumnMapping:
        """The columns by their headers, ``chosen`` overriding; raises
        :class:`UserInputError` when a needed column is missing or doubled."""
        return column_mapping(sheet.headers, chosen)

    def check(
        self, sheet: Sheet, mapping: ColumnMapping, *, today: date | None = None
    ) -> ImportReport:
        """The dry run: what would be created and every problem row. Writes nothing."""
        try:
            self._run(sheet, mapping, today=today, write=False, skip_invalid=True)
        except _DryRunDone as done:
            return done.report
        raise AssertionError("the dry run always rolls back")  # pragma: no cover

    def import_cases(
        self,
        sheet: Sheet,
        mapping: ColumnMapping,
        *,
        skip_invalid: bool = False,
        today: date | None = None,
    ) -> ImportReport:
        """Store every good row's person and case, all or nothing. Raises
        :class:`ImportRefused` (nothing stored) while any row has a problem, unless
        ``skip_invalid``: then those rows are left out and reported."""
        return self._run(sheet, mapping, today=today, write=True, skip_invalid=skip_invalid)

    def _run(
        self,
        sheet: Sheet,
        mapping: ColumnMapping,
        *,
        today: date | None,
        write: bool,
        skip_invalid: bool,
    ) -> ImportReport:
        with self._ctx.work(UseCase.CASE_IMPORT, audited=write) as uow:
            rules = ImportRules(
                levels=self._ctx.forms.levels,
                today=today or date.today(),
                importer=self._ctx.user.username,
                users=uow.users.list(),
                postal_codes=shipped_postal_codes(),
            )
            checked = check_rows(sheet, mapping, rules)
            problems = list(checked.problems)
            filed = uow.case_import.filed([r.person.cpr for r in checked.rows if r.person.cpr])
            free = []
            for row in checked.rows:
                if row.person.cpr in filed:
                    taken = CprAlreadyFiled(case_id=None, case_number=filed[row.person.cpr])
                    problems.append(RowProblem(row.row, ImportField.CPR, taken.message))
                else:
                    free.append((row.person, row.case))
            created = uow.case_import.add_all(free)
            report = ImportReport(
                data_rows=checked.data_rows,
                problems=tuple(problems),
                cases=tuple(created),
                ignored_columns=mapping.ignored,
                written=write,
            )
            if not write:
                raise _DryRunDone(report)
            if report.problems and not skip_invalid:
                raise ImportRefused(replace(report, written=False))
            uow.note(
                rows=report.data_rows,
                imported_cases=len(created),
                imported_closed=report.closed,
                skipped_rows=len(report.problem_rows),
            )
        return report
