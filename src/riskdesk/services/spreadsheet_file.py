"""A spreadsheet file read into plain rows: an ``.xlsx`` (openpyxl, read-only, the first
sheet, cached values of formulas) or a ``.csv`` (UTF-8 with or without BOM, else Windows-1252
as older Danish Excel saves it; ``;`` or ``,`` between fields). The first filled-in row
is the header; rows keep the numbers the spreadsheet shows."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Final

from riskdesk.domain.case_import_columns import Cell, Sheet, SheetRow
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError

MAX_ROWS: Final = 20_000
"""More rows than a unit keeps cases; a bigger file is refused before it fills memory."""

SPREADSHEET_SUFFIXES: Final = (".xlsx", ".xlsm", ".csv")

_NOT_A_SPREADSHEET = LocalizedText(
    da="Vælg et Excel-regneark (.xlsx) eller en CSV-fil (.csv).",
    en="Choose an Excel spreadsheet (.xlsx) or a CSV file (.csv).",
)
_UNREADABLE = LocalizedText(
    da="Filen kan ikke læses som et Excel-regneark (.xlsx). Gem den igen fra Excel, "
    "eller gem den som CSV.",
    en="The file cannot be read as an Excel spreadsheet (.xlsx). Save it again from "
    "Excel, or save it as CSV.",
)
_TOO_MANY = LocalizedText(
    da="Regnearket har over {max} rækker. Del det op i flere filer.",
    en="The spreadsheet has over {max} rows. Split it into several files.",
)


def read_sheet(path: Path) -> Sheet:
    """Raises :class:`UserInputError` for a file that is no spreadsheet or too big, and
    :class:`OSError` for one the system will not give."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _sheet(_csv_rows(path.read_bytes()))
    if suffix in (".xlsx", ".xlsm"):
        return _sheet(_xlsx_rows(path))
    raise UserInputError([Problem("file", _NOT_A_SPREADSHEET)])


def _xlsx_rows(path: Path) -> Iterator[tuple[Cell, ...]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError):
        raise UserInputError([Problem("file", _UNREADABLE)]) from None
    try:
        sheet = workbook.worksheets[0]
        # Some programs write a wrong size into the file; read what is really there.
        sheet.reset_dimensions()
        for values in sheet.iter_rows(min_row=1, min_col=1, values_only=True):
            yield tuple(_cell(value) for value in values)
    finally:
        workbook.close()


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | date):
        return value
    # A time of day, a duration or an error value: kept as text, for the rules to refuse.
    return str(value)


def _csv_rows(raw: bytes) -> Iterator[tuple[Cell, ...]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    header = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if header.count(";") >= header.count(",") else ","
    for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        yield tuple(record)


def _sheet(rows: Iterable[tuple[Cell, ...]]) -> Sheet:
    headers: tuple[str, ...] | None = None
    body: list[SheetRow] = []
    for number, cells in enumerate(rows, start=1):
        if headers is None:
            if any(_filled(cell) for cell in cells):
                headers = tuple("" if cell is None else str(cell).strip() for cell in cells)
            continue
        if not any(_filled(cell) for cell in cells):
            continue
        if len(body) >= MAX_ROWS:
            raise UserInputError([Problem("file", _TOO_MANY.format(max=MAX_ROWS))])
        body.append(SheetRow(number, cells))
    return Sheet(headers=headers or (), rows=tuple(body))


def _filled(cell: Cell) -> bool:
    return cell is not None and not (isinstance(cell, str) and not cell.strip())
