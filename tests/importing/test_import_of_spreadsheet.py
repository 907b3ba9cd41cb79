"""Moving in from Excel (#15 item 6), against a real vault: a 500-row spreadsheet with ten
bad rows, the dry run, the refused real run, --skip-invalid, and the one audit event."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from import_sheets import TODAY, good_rows, with_ten_bad_rows, write_csv, write_xlsx
from riskdesk.domain.audit import AuditEvent
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.case_import_columns import ImportField
from riskdesk.domain.import_report import ImportRefused
from riskdesk.domain.refusals import UserInputError
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


@pytest.fixture
def desk(demo_path: Path) -> Iterator[Desk]:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as opened:
        yield opened


def _events(desk: Desk) -> list[AuditEvent]:
    return desk.audit.events()


def _vault_cpr(desk: Desk) -> str:
    cpr = next(c.cpr for c in desk.cases.search("") if c.cpr)
    assert cpr is not None
    return cpr


def test_the_dry_run_reports_exactly_the_ten_bad_rows_and_writes_nothing(
    desk: Desk, tmp_path: Path
) -> None:
    planted = with_ten_bad_rows(good_rows(500), cpr_in_vault=_vault_cpr(desk))
    path = write_xlsx(tmp_path / "sager.xlsx", planted.rows)
    cases_before, events_before = len(desk.cases.search("")), len(_events(desk))

    sheet = desk.imports.read(path)
    report = desk.imports.check(sheet, desk.imports.mapping(sheet), today=TODAY)

    assert report.problem_rows == tuple(sorted(planted.bad_rows))
    assert report.data_rows == 500
    assert len(report.cases) == 490
    assert not report.written
    assert len(desk.cases.search("")) == cases_before
    # The case search itself is audited; the dry run adds nothing to the trail.
    assert len(_events(desk)) == events_before + 1


def test_the_report_names_rows_and_fields_never_a_name_or_cpr_number(
    desk: Desk, tmp_path: Path
) -> None:
    rows = good_rows(500)
    planted = with_ten_bad_rows(rows, cpr_in_vault=_vault_cpr(desk))
    sheet = desk.imports.read(write_xlsx(tmp_path / "sager.xlsx", planted.rows))
    report = desk.imports.check(sheet, desk.imports.mapping(sheet), today=TODAY)

    fields = {p.row: p.field for p in report.problems}
    assert fields[5] is ImportField.CPR
    assert fields[152] is ImportField.LEVEL
    assert fields[262] is ImportField.KIND
    assert fields[312] is ImportField.CLOSED_ON
    assert fields[382] is ImportField.CASEWORKER
    assert fields[452] is ImportField.NAME
    assert "række 12" in next(p for p in report.problems if p.row == 79).message.da.lower()
    shown = json.dumps(report.as_json("da"), ensure_ascii=False) + "\n".join(
        report.problem_lines("en")
    )
    for row in planted.rows:
        name, cpr = str(row[0]).strip(), str(row[1])
        assert cpr not in shown
        assert cpr.replace("-", "") not in shown
        if name:
            assert name not in shown


def test_the_real_run_is_refused_while_rows_are_bad_then_skips_them_in_one_event(
    desk: Desk, tmp_path: Path
) -> None:
    planted = with_ten_bad_rows(good_rows(500), cpr_in_vault=_vault_cpr(desk))
    sheet = desk.imports.read(write_xlsx(tmp_path / "sager.xlsx", planted.rows))
    mapping = desk.imports.mapping(sheet)
    cases_before = len(desk.cases.search(""))
    events_before = len(_events(desk))

    with pytest.raises(ImportRefused) as refused:
        desk.imports.import_cases(sheet, mapping, today=TODAY)
    assert refused.value.report.problem_rows == tuple(sorted(planted.bad_rows))
    assert "Rækker med fejl: 10." in refused.value.text("da")
    assert len(desk.cases.search("")) == cases_before
    events_after_refusal = len(_events(desk))
    assert events_after_refusal == events_before + 1  # the search above, nothing else

    report = desk.imports.import_cases(sheet, mapping, skip_invalid=True, today=TODAY)

    assert report.written
    assert len(report.cases) == 490
    cases = desk.cases.search("")
    assert len(cases) == cases_before + 490
    imported = _events(desk)[events_after_refusal:]
    assert [e.details["use_case"] for e in imported] == ["case.import", "case.search"]
    event = imported[0]
    assert event.details["imported_cases"] == 490
    assert event.details["skipped_rows"] == 10
    assert event.details["rows"] == 500
    text = json.dumps(event.details, ensure_ascii=False)
    for row in planted.rows[:50]:
        assert str(row[1]) not in text
        assert str(row[0]) not in text
    created = {c.id for c in report.cases}
    closed = [c for c in cases if c.status is CaseStatus.CLOSED and c.case_id in created]
    assert len(closed) == report.closed > 0
    assert all(c.closed_on is not None for c in closed)


def test_once_the_rows_are_corrected_all_500_are_imported(desk: Desk, tmp_path: Path) -> None:
    sheet = desk.imports.read(write_xlsx(tmp_path / "sager.xlsx", good_rows(500)))
    before = len(desk.cases.search(""))

    report = desk.imports.import_cases(sheet, desk.imports.mapping(sheet), today=TODAY)

    assert (report.data_rows, len(report.cases), report.problems) == (500, 500, ())
    assert len(desk.cases.search("")) == before + 500
    numbers = [c.case_number for c in report.cases]
    assert len(set(numbers)) == 500
    assert desk.audit.verify().intact


def test_a_csv_as_danish_excel_writes_it_imports_like_the_xlsx(desk: Desk, tmp_path: Path) -> None:
    rows = good_rows(30, seed=5)
    rows[4][2] = "niveau 9"
    path = write_csv(tmp_path / "sager.csv", rows, delimiter=";", bom=True)
    sheet = desk.imports.read(path)

    report = desk.imports.check(sheet, desk.imports.mapping(sheet), today=TODAY)

    assert report.problem_rows == (6,)
    assert len(report.cases) == 29
    assert {c.opened_on for c in report.cases} == {r[4] for i, r in enumerate(rows) if i != 4}


def test_a_csv_with_commas_and_without_bom_and_english_headers(desk: Desk, tmp_path: Path) -> None:
    headers = (
        " Name ",
        "cpr",
        "LEVEL",
        "kind",
        "opened_on",
        "Caseworker",
        "referral_source",
        "status",
        "closed_on",
    )
    rows = good_rows(20, seed=6)
    path = write_csv(tmp_path / "cases.csv", rows, delimiter=",", bom=False, headers=headers)
    sheet = desk.imports.read(path)

    report = desk.imports.import_cases(sheet, desk.imports.mapping(sheet), today=TODAY)

    assert (len(report.cases), report.problems) == (20, ())


def test_a_sheet_without_a_name_column_is_refused_naming_the_column_not_the_file(
    desk: Desk, tmp_path: Path
) -> None:
    headers = ("Klient", "CPR", "Niveau")
    path = write_xlsx(tmp_path / "x.xlsx", [["A B", "0101901234", 2]], headers=headers)
    sheet = desk.imports.read(path)

    with pytest.raises(UserInputError) as refused:
        desk.imports.mapping(sheet)

    assert "navn" in refused.value.text("da")
    mapping = desk.imports.mapping(sheet, {0: ImportField.NAME})
    assert mapping.column_of(ImportField.NAME) == 0


def test_a_file_that_is_no_spreadsheet_is_refused_in_our_words(tmp_path: Path, desk: Desk) -> None:
    broken = tmp_path / "sager.xlsx"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(UserInputError) as refused:
        desk.imports.read(broken)
    assert "Excel" in refused.value.text("da")
    with pytest.raises(UserInputError):
        desk.imports.read(tmp_path / "sager.docx")


def test_a_csv_saved_by_older_danish_excel_in_windows_1252_is_read(
    desk: Desk, tmp_path: Path
) -> None:
    text = "\r\nNavn,Fødselsdato,Niveau,Sagstype\r\nSøren Ærø,24.12.2008,2,Løsladelse\r\n"
    path = tmp_path / "sager.csv"
    path.write_bytes(text.encode("cp1252"))
    sheet = desk.imports.read(path)

    report = desk.imports.check(sheet, desk.imports.mapping(sheet), today=TODAY)

    assert report.problems == ()
    (case,) = report.cases
    assert case.kind.value == "release"
    assert sheet.rows[0].number == 3
