"""Spreadsheets for the import tests, made from the synthetic data generator: the
columns a unit keeps, with Danish headers and Danish labels, and ten bad rows planted
on request. Written as real .xlsx (openpyxl) or .csv files."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.case import KIND_LABELS, REFERRAL_LABELS

TODAY = date(2026, 11, 21)
HEADERS = (
    "Navn",
    "CPR",
    "Niveau",
    "Sagstype",
    "Oprettet",
    "Sagsbehandler",
    "Henvisning",
    "Status",
    "Lukket",
)


@dataclass
class PlantedSheet:
    rows: list[list[Any]]
    bad_rows: dict[int, str]
    """Spreadsheet row number → which rule it breaks."""


def good_rows(count: int, *, seed: int = 11, caseworker: str = "koordinator") -> list[list[Any]]:
    records = synthetic_records(count, seed=seed, today=TODAY, caseworkers=(caseworker,))
    rows: list[list[Any]] = []
    for record in records:
        case = record.case
        closed = case.get("status") == "closed"
        rows.append(
            [
                record.person["name"],
                record.person["cpr"],
                case["level"],
                KIND_LABELS[case["kind"]].da,
                case["opened_on"],
                case["caseworker"],
                REFERRAL_LABELS[case["referral_source"]].da,
                "Lukket" if closed else "Åben",
                case.get("closed_on"),
            ]
        )
    return rows


def with_ten_bad_rows(rows: list[list[Any]], *, cpr_in_vault: str) -> PlantedSheet:
    """``rows`` with ten of them broken, one rule each; row numbers as in the sheet
    (the header is row 1)."""
    rows = [list(row) for row in rows]

    def spoil(index: int, why: str, **cells: Any) -> None:
        for header, value in cells.items():
            rows[index][HEADERS.index(header)] = value
        bad[index + 2] = why

    bad: dict[int, str] = {}
    spoil(3, "CPR number of a wrong shape", CPR="12345")
    spoil(40, "CPR number that is no date", CPR="320199-1234")
    spoil(77, "CPR number twice in the file", CPR=rows[10][1])
    spoil(120, "CPR number already in the vault", CPR=cpr_in_vault)
    spoil(150, "unknown level", Niveau=7)
    spoil(200, "concern-only level", Niveau="Niveau 1")
    spoil(260, "unknown kind", Sagstype="Fodbold")
    spoil(310, "closed without a date", Status="lukket", Lukket=None)
    spoil(380, "caseworker who is no user", Sagsbehandler="ukendt.kollega")
    spoil(450, "no name", Navn="  ")
    return PlantedSheet(rows=rows, bad_rows=bad)


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], headers: Sequence[str] = HEADERS) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    delimiter: str = ";",
    bom: bool = True,
    headers: Sequence[str] = HEADERS,
) -> Path:
    def text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, date):
            return f"{value.day:02}.{value.month:02}.{value.year}"
        return str(value)

    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([text(v) for v in row])
    return path
