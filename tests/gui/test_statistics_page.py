"""The Statistik page in the main window: offered to supervisors and administrators only;
a preset fills the dates and shows the exact figures, marked internal; every chart turns
into its numbers with one click; the leader's texts are saved for the period (a CPR number
refused beside the editor); the report is exported to Word and Excel through run_op.
Looked at in Danish at 1280×800 and 1024×700 (the shots go to /tmp/riskdesk-team/shots)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from screen_fit import LAPTOP_SCREEN, SMALL_SCREEN, danish

from riskdesk.domain.localized import Language
from riskdesk.domain.statistics_facts import Period
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.statistics.statistics_page import StatisticsPage
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = pytest.mark.gui
SHOTS = Path("/tmp/riskdesk-team/shots")


@pytest.fixture
def leader_desk(demo_vault: Path) -> Iterator[Desk]:
    opened = Desk.open(demo_vault, username="leder", password=PASSWORD)
    yield opened
    opened.close()


def _window(qtbot, desk: Desk, vault: Path, language: Language = Language.ENGLISH) -> MainWindow:
    main = MainWindow(language=language)
    qtbot.addWidget(main)
    main.set_desk(desk, vault)
    return main


def _page(main: MainWindow) -> StatisticsPage:
    return next(p for p in main.pages if isinstance(p, StatisticsPage))


def _listed(main: MainWindow, page: StatisticsPage) -> bool:
    row = main.pages.index(page)
    item = main.navigation.item(row)
    return item is not None and not item.isHidden()


def test_a_caseworker_is_not_offered_the_page(qtbot, desk, demo_vault) -> None:
    main = _window(qtbot, desk, demo_vault)
    assert not _listed(main, _page(main))
    main.clear()


def test_a_preset_shows_the_exact_figures_and_each_chart_turns_to_numbers(
    qtbot, leader_desk, demo_vault
) -> None:
    main = _window(qtbot, leader_desk, demo_vault)
    page = _page(main)
    assert _listed(main, page)
    page.preset_box.setCurrentIndex(1)  # the last 12 months
    period = page.period()
    assert period is not None
    figures = leader_desk.statistics.figures(period)
    table1 = page.figures_tree.topLevelItem(0)
    assert table1 is not None
    assert table1.child(4).text(1) == str(figures.cases.in_period)
    assert "INTERNAL" in page.internal_label.text()
    for chart in page.charts():
        assert chart.stack.currentIndex() == 0
        chart.toggle.click()
        assert chart.stack.currentIndex() == 1
        assert chart.table.rowCount() > 0
    inquiries = page.inquiry_chart.table
    total = sum(
        int(inquiries.item(r, c).text())
        for r in range(inquiries.rowCount())
        for c in range(inquiries.columnCount())
    )
    assert total == figures.inquiry_count
    # Cases by level over time: a row per month, a column per level, as computed.
    over_time = page.level_month_chart.table
    assert over_time.rowCount() == len(figures.levels_by_month)
    for row, levels in enumerate(figures.levels_by_month.values()):
        assert [int(over_time.item(row, c).text()) for c in range(3)] == [
            levels[1],
            levels[2],
            levels[3],
        ]
    main.clear()


def test_texts_are_saved_and_a_cpr_number_is_refused_beside_the_editor(
    qtbot, leader_desk, demo_vault, wait_for_operations
) -> None:
    main = _window(qtbot, leader_desk, demo_vault)
    page = _page(main)
    page.preset_box.setCurrentIndex(2)
    period = page.period()
    assert period is not None
    editor = page.texts_editor
    editor.sections.setCurrentRow(10)  # the summary
    editor.editor.setPlainText("Et roligt halvår.")
    editor.sections.setCurrentRow(7)  # the reactive area
    editor.editor.setPlainText("Sagen om 010203-1234.")
    editor.save_button.click()
    wait_for_operations()
    assert leader_desk.statistics_report.texts(period).summary == ""
    assert "reactive area" in editor.problem_line.text().lower()
    editor.editor.setPlainText("Samarbejdet med jobcentret er formaliseret.")
    editor.save_button.click()
    wait_for_operations()
    assert leader_desk.statistics_report.texts(period).summary == "Et roligt halvår."
    main.clear()


def test_export_to_word_and_excel_through_run_op(
    qtbot, leader_desk, demo_vault, wait_for_operations, tmp_path: Path
) -> None:
    main = _window(qtbot, leader_desk, demo_vault)
    page = _page(main)
    page.preset_box.setCurrentIndex(1)
    targets = iter([tmp_path / "rapport.docx", tmp_path / "tabeller.xlsx"])
    page.choose_path = lambda _parent, _filter, _suffix: next(targets)
    page.word_button.click()
    wait_for_operations()
    page.excel_button.click()
    wait_for_operations()
    document = Document(io.BytesIO((tmp_path / "rapport.docx").read_bytes()))
    assert any(t.rows[0].cells[0].text == "Sager" for t in document.tables)
    assert "Tabel 1" in load_workbook(tmp_path / "tabeller.xlsx").sheetnames
    main.clear()


@pytest.mark.parametrize("size", [LAPTOP_SCREEN, SMALL_SCREEN])
def test_the_page_in_danish_at_laptop_and_small_screens(
    qtbot, leader_desk, demo_vault, size: tuple[int, int]
) -> None:
    with danish():
        main = _window(qtbot, leader_desk, demo_vault, Language.DANISH)
        page = _page(main)
        main.navigation.setCurrentRow(main.pages.index(page))
        main.resize(*size)
        main.show()
        qtbot.waitExposed(main)
        page.preset_box.setCurrentIndex(1)
        SHOTS.mkdir(parents=True, exist_ok=True)
        for index, name in enumerate(("tables", "charts", "texts")):
            page.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            main.grab().save(str(SHOTS / f"report-statistics-{name}-{size[0]}x{size[1]}.png"))
        assert page.width() <= size[0]
        main.clear()


def test_the_period_presets_are_calendar_half_years_and_whole_months() -> None:
    from datetime import date

    from riskdesk.domain.statistics_periods import half_year, last_months, period_presets

    today = date(2026, 11, 21)
    assert last_months(today, 6) == Period(date(2026, 6, 1), date(2026, 11, 30))
    assert last_months(today, 12) == Period(date(2025, 12, 1), date(2026, 11, 30))
    labels = [p.label.da for p in period_presets(today)]
    assert labels[:4] == [
        "Seneste 6 måneder",
        "Seneste 12 måneder",
        "2. halvår 2026",
        "1. halvår 2026",
    ]
    assert half_year(2017, 1) == Period(date(2017, 1, 1), date(2017, 6, 30))


def test_police_figures_add_the_crime_picture_and_a_bad_file_is_refused_on_the_page(
    qtbot, leader_desk, demo_vault, wait_for_operations, tmp_path: Path
) -> None:
    main = _window(qtbot, leader_desk, demo_vault)
    page = _page(main)
    page.preset_box.setCurrentIndex(1)
    police = tmp_path / "politi.csv"
    police.write_text("type;år;område;antal\nvold;2010;kommune;50\nvold;2016;kommune;40\n")
    page.choose_csv = lambda _parent: police
    page.police_button.click()
    assert "politi.csv" in page.police_button.text()
    page.choose_path = lambda _parent, _filter, _suffix: tmp_path / "rapport.docx"
    page.word_button.click()
    wait_for_operations()
    assert "Kriminalitetsbilledet" in [
        p.text for p in Document(str(tmp_path / "rapport.docx")).paragraphs
    ]
    police.write_text("type;år;område;antal\nvold;2010;et sted;50\n")
    page.choose_path = lambda _parent, _filter, _suffix: tmp_path / "anden.docx"
    page.word_button.click()
    wait_for_operations()
    assert "Line 2" in page.problem_line.text()
    assert not (tmp_path / "anden.docx").exists()
    main.clear()
