"""The half-year report made from a real demo vault and read back: the .docx with python-docx
(Table 1, Table 2, Figure 1 as a picture with its table, "<5" where counts are small, no
exact count from 1 to 4 in any table, no name, CPR or case number from the vault), the
.xlsx with openpyxl (one sheet per table, suppressed); one audit event per report naming
the period and the files; the leader's texts kept per period; a caseworker refused."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.statistics_access import OnlyLeadersSeeStatistics
from riskdesk.domain.statistics_facts import Period
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

PERIOD = Period(date(2026, 1, 1), date(2026, 6, 30))
TODAY = date(2026, 7, 2)
SMALL = {"1", "2", "3", "4"}


def _open(path: Path | str, username: str) -> Desk:
    return Desk.open(path, username=username, password=PASSWORD)


def _all_text(document: object) -> str:
    parts = [p.text for p in document.paragraphs]  # type: ignore[attr-defined]
    for table in document.tables:  # type: ignore[attr-defined]
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    for section in document.sections:  # type: ignore[attr-defined]
        parts.extend(p.text for p in section.footer.paragraphs)
        parts.extend(p.text for p in section.header.paragraphs)
    return "\n".join(parts)


def _table_starting(document: object, first_header: str) -> list[list[str]]:
    for table in document.tables:  # type: ignore[attr-defined]
        if table.rows[0].cells[0].text == first_header:
            return [[cell.text for cell in row.cells] for row in table.rows]
    raise AssertionError(f"no table headed {first_header!r}")


def test_the_report_reads_back_with_its_tables_figure_and_no_identity(
    demo_location: Path | str, tmp_path: Path
) -> None:
    out, sheets = tmp_path / "rapport.docx", tmp_path / "tabeller.xlsx"
    with _open(demo_location, "leder") as desk:
        people = desk.cases.search()
        exact = desk.statistics.figures(PERIOD)
        files = desk.statistics_report.export(PERIOD, docx=out, xlsx=sheets, today=TODAY)
    assert files.docx == out
    assert files.xlsx == sheets
    document = Document(io.BytesIO(out.read_bytes()))

    table1 = _table_starting(document, "Sager")
    assert table1[2][0] == "Niveau 2"
    assert table1[3][0] == "Niveau 3"
    assert table1[4][1] in {str(exact.cases.in_period), "x"}
    table2 = _table_starting(document, "Mentorforløb")
    assert any(row[0].startswith("Aktive mentorforløb") for row in table2)

    # Figure 1: a picture, its caption, then the table of its numbers.
    body = list(document.element.body.iterchildren())
    pictures = [i for i, el in enumerate(body) if el.findall(".//{*}drawing")]
    figure = next(i for i in pictures if "Figur 1" in "".join(body[i + 1].itertext()))
    numbers = next(el for el in body[figure:] if el.tag.endswith("}tbl"))
    assert "Måned" in "".join(numbers.itertext())

    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "<5" in cells, "the demo vault's months by type hold small counts"
    assert not SMALL & set(cells), "no exact count from 1 to 4 is published"
    text = _all_text(document)
    for person in people:
        assert person.person_name not in text
        assert person.case_number not in text
        if person.cpr:
            assert person.cpr.replace("-", "") not in text.replace("-", "")

    workbook = load_workbook(sheets)
    assert "Tabel 1" in workbook.sheetnames
    assert "Tabel 2" in workbook.sheetnames
    assert "Figur 1" in workbook.sheetnames
    values = [c.value for ws in workbook for row in ws.iter_rows() for c in row]
    assert not {1, 2, 3, 4} & {v for v in values if isinstance(v, int)}
    assert "<5" in values


def test_one_export_event_names_the_period_and_files_and_no_one(
    demo_location: Path | str, tmp_path: Path
) -> None:
    with _open(demo_location, "leder") as desk:
        desk.statistics_report.export(PERIOD, docx=tmp_path / "r.docx", today=TODAY)
        events = desk.audit.events()
    event = events[-1]
    assert event.details["use_case"] == "statistics.report"
    assert event.details["files"] == ["r.docx"]
    assert event.details["period_from"] == "2026-01-01"
    assert not event.details.get("person_ids")
    assert not event.details.get("case_ids")
    assert events[-2].details["use_case"] != "statistics.report"


def test_a_caseworker_gets_no_report_and_the_attempt_is_audited(
    demo_location: Path | str, tmp_path: Path
) -> None:
    with _open(demo_location, "koordinator") as desk:
        with pytest.raises(OnlyLeadersSeeStatistics):
            desk.statistics_report.export(PERIOD, docx=tmp_path / "r.docx", today=TODAY)
        event = desk.audit.events()[-1]
    assert not (tmp_path / "r.docx").exists()
    assert event.details["use_case"] == "statistics.report"
    assert event.details["refused"] is True


def test_texts_are_kept_per_period_and_the_next_starts_from_the_last(
    demo_location: Path | str,
) -> None:
    later = Period(date(2026, 7, 1), date(2026, 12, 31))
    with _open(demo_location, "leder") as desk:
        assert desk.statistics_report.texts(PERIOD).summary == ""
        desk.statistics_report.save_texts(
            PERIOD, {"summary": "Et roligt halvår.", "unit": "Enheden."}, today=TODAY
        )
        assert desk.statistics_report.texts(PERIOD).summary == "Et roligt halvår."
        assert desk.statistics_report.texts(later).unit == "Enheden."
        event = desk.audit.events()[-1]
    assert event.details["use_case"] == "statistics.texts_save"
    assert event.details["sections"] == ["summary", "unit"]
    assert "Et roligt" not in str(event.details)


def test_a_text_with_a_cpr_number_is_refused_naming_the_section(
    demo_location: Path | str, tmp_path: Path
) -> None:
    with _open(demo_location, "leder") as desk:
        with pytest.raises(UserInputError) as refused:
            desk.statistics_report.save_texts(
                PERIOD, {"reactive": "Sagen om 010203-1234 er lukket."}, today=TODAY
            )
        assert desk.statistics_report.texts(PERIOD).reactive == ""
        desk.statistics_report.save_texts(PERIOD, {"summary": "Tekst til resumé."}, today=TODAY)
        desk.statistics_report.export(PERIOD, docx=tmp_path / "r.docx", today=TODAY)
    problem = refused.value.problems[0]
    assert problem.path == ("reactive",)
    assert "reaktive" in problem.message.da
    assert "010203" not in problem.message.da
    text = _all_text(Document(str(tmp_path / "r.docx")))
    assert "Tekst til resumé." in text
    assert "[Tekst til afsnittet »Det reaktive område«" in text


def test_a_police_csv_adds_the_crime_picture_with_an_index_chart_per_offence(
    demo_location: Path | str, tmp_path: Path
) -> None:
    police = tmp_path / "politi.csv"
    police.write_text(
        "type;år;område;antal\n"
        + "".join(
            f"{offence};{year};{area};{100 + year - 2010}\n"
            for offence in ("vold", "indbrud")
            for year in range(2010, 2017)
            for area in ("kommune", "kreds")
        ),
        encoding="utf-8",
    )
    without, with_police = tmp_path / "uden.docx", tmp_path / "med.docx"
    with _open(demo_location, "leder") as desk:
        desk.statistics_report.export(PERIOD, docx=without, today=TODAY)
        desk.statistics_report.export(PERIOD, docx=with_police, police_csv=police, today=TODAY)
        event = desk.audit.events()[-1]
    plain, crime = Document(str(without)), Document(str(with_police))
    assert "Kriminalitetsbilledet" not in _all_text(plain)
    text = _all_text(crime)
    assert "Kriminalitetsbilledet" in text
    assert "Anmeldelser: indbrud" in text
    assert len(crime.inline_shapes) == len(plain.inline_shapes) + 2
    indices = _table_starting(crime, "År")
    assert indices[1] == ["2010", "100", "100"]
    assert event.details["police_csv"] == "politi.csv"


def test_a_police_csv_that_cannot_be_read_makes_no_report(
    demo_location: Path | str, tmp_path: Path
) -> None:
    police = tmp_path / "politi.csv"
    police.write_text("type;år;område;antal\nvold;2010;ukendt;5\n", encoding="utf-8")
    with _open(demo_location, "leder") as desk, pytest.raises(UserInputError) as refused:
        desk.statistics_report.export(PERIOD, docx=tmp_path / "r.docx", police_csv=police)
    assert "Linje 2" in refused.value.problems[0].message.da
    assert not (tmp_path / "r.docx").exists()
