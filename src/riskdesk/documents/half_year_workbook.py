"""The half-year report's tables as an Excel workbook (openpyxl): one sheet per table,
with the same suppressed cells as the Word report ("<5" and "x" are text, the rest
numbers), so a sheet can be charted but never shows what the report hides."""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from riskdesk.documents.half_year_tables import PrintedTable, PublishedReport

_SHEET_NAME_LIMIT = 31
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
_HEADING_FILL = PatternFill("solid", fgColor="D9D9D9")


def half_year_workbook(report: PublishedReport) -> bytes:
    """The workbook as .xlsx bytes; the caller saves it (all or nothing)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for table in report.tables():
        sheet = workbook.create_sheet(_sheet_name(table.title, used))
        _fill(sheet, table, report.period_label)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _fill(sheet: object, table: PrintedTable, period_label: str) -> None:
    ws = sheet  # openpyxl's Worksheet, untyped
    ws.append([f"{table.title} – {period_label}"])  # type: ignore[attr-defined]
    ws["A1"].font = Font(bold=True)  # type: ignore[index]
    ws.append(list(table.header))  # type: ignore[attr-defined]
    for cell in ws[2]:  # type: ignore[index]
        cell.font = Font(bold=True)
        cell.fill = _HEADING_FILL
    for row in table.rows:
        ws.append([row[0], *(_value(text) for text in row[1:])])  # type: ignore[attr-defined]
    ws.column_dimensions["A"].width = max(  # type: ignore[attr-defined]
        12, min(60, max(len(row[0]) for row in table.rows) + 2)
    )
    for column in "BCDEF":
        ws.column_dimensions[column].width = 14  # type: ignore[attr-defined]
    for row in ws.iter_rows(min_row=2, min_col=2):  # type: ignore[attr-defined]
        for cell in row:
            cell.alignment = Alignment(horizontal="right")


def _value(text: str) -> int | str:
    return int(text) if text.isdigit() else text


def _sheet_name(title: str, used: set[str]) -> str:
    # "Tabel 1: Enkeltsager …" is known by its number; other titles are kept whole.
    short = title.split(":")[0] if title.startswith(("Tabel", "Figur")) else title
    base = _NOT_IN_SHEET_NAMES.sub("-", short)
    name = base[:_SHEET_NAME_LIMIT]
    number = 2
    while name in used:
        suffix = f" {number}"
        name = base[: _SHEET_NAME_LIMIT - len(suffix)] + suffix
        number += 1
    used.add(name)
    return name
