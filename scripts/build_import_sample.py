"""Build the sample spreadsheet for moving in from Excel,
``src/riskdesk/resources/import-eksempel.xlsx``: ``python scripts/build_import_sample.py``.

Its people are synthetic (:mod:`riskdesk.demo.synthetic_people`, a fixed seed and date),
its headers the Danish ones the import reads, its values the Danish labels, its dates
real Excel date cells and its CPR numbers text (a number cell would lose a leading zero).
The caseworker column is left empty: the user who imports becomes the caseworker. The
file's own dates are fixed, so building it again gives the same bytes."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from riskdesk.demo.synthetic_people import synthetic_records
from riskdesk.domain.case import KIND_LABELS, REFERRAL_LABELS

SAMPLE = (
    Path(__file__).resolve().parents[1] / "src" / "riskdesk" / "resources" / "import-eksempel.xlsx"
)
ROWS = 24
SEED = 2026
AS_OF = date(2026, 11, 1)
HEADERS = (
    "Navn",
    "CPR",
    "Fødselsdato",
    "Niveau",
    "Sagstype",
    "Oprettet",
    "Sagsbehandler",
    "Henvisning",
    "Status",
    "Lukket",
)
WIDTHS = (24, 13, 13, 8, 15, 12, 15, 18, 9, 12)
DATE_FORMAT = "dd.mm.yyyy"


def build(path: Path = SAMPLE) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Sager"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, record in enumerate(
        synthetic_records(ROWS, seed=SEED, today=AS_OF, caseworkers=("",))
    ):
        case, person = record.case, record.person
        closed = case.get("status") == "closed"
        # A few people without a CPR number, as a unit has them: a date of birth instead.
        without_cpr = index % 8 == 7
        sheet.append(
            [
                person["name"],
                None if without_cpr else person["cpr"],
                _born(person["cpr"]) if without_cpr else None,
                case["level"],
                KIND_LABELS[case["kind"]].da,
                case["opened_on"],
                None,
                REFERRAL_LABELS[case["referral_source"]].da,
                "Lukket" if closed else "Åben",
                case.get("closed_on"),
            ]
        )
    for column, width in zip("ABCDEFGHIJ", WIDTHS, strict=True):
        sheet.column_dimensions[column].width = width
        for cell in sheet[column][1:]:
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
            elif column == "B":
                cell.number_format = "@"
    sheet.freeze_panes = "A2"
    fixed = datetime(AS_OF.year, AS_OF.month, AS_OF.day)
    workbook.properties.created = fixed
    workbook.properties.modified = fixed
    workbook.properties.creator = "RiskDesk"
    workbook.save(path)
    _fix_zip_times(path, fixed)
    return path


def _fix_zip_times(path: Path, when: datetime) -> None:
    # The zip records each member's time of writing, and openpyxl the time of saving as
    # the file's "modified"; fixed ones keep rebuilds identical.
    with zipfile.ZipFile(path) as built:
        members = [(info, built.read(info)) for info in built.infolist()]
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    members = [
        (info, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data))
        if info.filename == "docProps/core.xml"
        else (info, data)
        for info, data in members
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as fixed:
        for info, data in members:
            stamped = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            stamped.compress_type = zipfile.ZIP_DEFLATED
            fixed.writestr(stamped, data)


def _born(cpr: str) -> date:
    from riskdesk.domain.cpr import parse_cpr

    return parse_cpr(cpr).birth_date


if __name__ == "__main__":
    print(build())
