"""What an import of cases from a spreadsheet found and did: how many rows, what was (or
would be) created, and each problem row with its reason. It holds counts, row numbers,
field names and case numbers, never a name or a CPR number."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from riskdesk.domain.case import Case, CaseKind, CaseStatus
from riskdesk.domain.case_import import RowProblem
from riskdesk.domain.case_import_columns import FIELD_LABELS, column_letter
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.refusals import Refusal

_WOULD = LocalizedText(
    da="Rækker læst: {rows}. Sager, der ville blive oprettet: {cases}, heraf lukkede: "
    "{closed}. Rækker med fejl: {bad}. Intet er gemt.",
    en="Rows read: {rows}. Cases that would be created: {cases}, of them closed: {closed}. "
    "Rows with problems: {bad}. Nothing was saved.",
)
_DID = LocalizedText(
    da="Rækker læst: {rows}. Sager oprettet: {cases}, heraf lukkede: {closed}. "
    "Rækker med fejl, sprunget over: {bad}.",
    en="Rows read: {rows}. Cases created: {cases}, of them closed: {closed}. "
    "Rows with problems, skipped: {bad}.",
)
_IGNORED = LocalizedText(
    da="Kolonner, der ikke er læst: {columns}.", en="Columns not read: {columns}."
)
_REFUSED = LocalizedText(
    da="Importen er afvist, og intet er gemt. Rækker med fejl: {bad}. Ret dem i regnearket, "
    "eller importér de andre rækker og spring dem med fejl over (--skip-invalid).",
    en="The import was refused, and nothing was saved. Rows with problems: {bad}. Correct "
    "them in the spreadsheet, or import the other rows and skip those (--skip-invalid).",
)
_PROBLEM_LINE = LocalizedText(
    da="Række {row}, {field}: {message}", en="Row {row}, {field}: {message}"
)
_ROW_LINE = LocalizedText(da="Række {row}: {message}", en="Row {row}: {message}")


@dataclass(frozen=True, slots=True)
class ImportReport:
    """``written`` says whether the cases were stored (False for a dry run)."""

    data_rows: int
    problems: tuple[RowProblem, ...]
    cases: tuple[Case, ...]
    ignored_columns: tuple[int, ...]
    written: bool

    @property
    def problem_rows(self) -> tuple[int, ...]:
        return tuple(sorted({p.row for p in self.problems}))

    @property
    def closed(self) -> int:
        return sum(1 for case in self.cases if case.status is CaseStatus.CLOSED)

    @property
    def by_level(self) -> dict[int, int]:
        return dict(sorted(Counter(case.level for case in self.cases).items()))

    @property
    def by_kind(self) -> dict[CaseKind, int]:
        return dict(Counter(case.kind for case in self.cases))

    @property
    def case_numbers(self) -> tuple[str, str] | None:
        """The first and last case number given (or that would be given)."""
        numbers = sorted(case.case_number for case in self.cases if case.case_number)
        return (numbers[0], numbers[-1]) if numbers else None

    def summary(self) -> LocalizedText:
        wording = _DID if self.written else _WOULD
        return wording.format(
            rows=self.data_rows,
            cases=len(self.cases),
            closed=self.closed,
            bad=len(self.problem_rows),
        )

    def ignored_note(self) -> LocalizedText | None:
        if not self.ignored_columns:
            return None
        return _IGNORED.format(columns=", ".join(map(column_letter, self.ignored_columns)))

    def problem_lines(self, language: Language | str) -> list[str]:
        return [problem_line(p, language) for p in self.sorted_problems()]

    def sorted_problems(self) -> Sequence[RowProblem]:
        return sorted(self.problems, key=lambda p: p.row)

    def as_json(self, language: Language | str) -> dict[str, Any]:
        numbers = self.case_numbers
        return {
            "rows": self.data_rows,
            "written": self.written,
            "cases": len(self.cases),
            "closed": self.closed,
            "levels": {str(level): n for level, n in self.by_level.items()},
            "kinds": {kind.value: n for kind, n in self.by_kind.items()},
            "case_numbers": list(numbers) if numbers else None,
            "problem_rows": list(self.problem_rows),
            "problems": [
                {
                    "row": p.row,
                    "field": p.field.value if p.field else None,
                    "message": p.message.text(language),
                }
                for p in self.sorted_problems()
            ],
            "ignored_columns": [column_letter(c) for c in self.ignored_columns],
        }


def problem_line(problem: RowProblem, language: Language | str) -> str:
    message = problem.message.text(language)
    if problem.field is None:
        return _ROW_LINE.text(language).format(row=problem.row, message=message)
    field = FIELD_LABELS[problem.field].text(language)
    return _PROBLEM_LINE.text(language).format(row=problem.row, field=field, message=message)


class ImportRefused(Refusal):
    """The real run found rows with problems and ``skip_invalid`` was not given: nothing
    was stored. :attr:`report` says which rows and why."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        super().__init__(_REFUSED.format(bad=len(report.problem_rows)))
