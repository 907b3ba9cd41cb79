"""The case list on a 1024×700 screen and a 1280×800 laptop, in Danish: every column is on
screen with its whole heading, the name takes the room left; the count of cases is
written with a thousands separator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from gui.screen_fit import LAPTOP_SCREEN, SMALL_SCREEN, danish
from riskdesk.domain.localized import Language
from riskdesk.gui.cases.case_table_model import Column
from riskdesk.gui.main_window import MainWindow

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def window(qtbot, desk, demo_vault, wait_for_operations) -> Iterator[MainWindow]:
    with danish():
        main = MainWindow(language=Language.DANISH)
        qtbot.addWidget(main)
        main.set_desk(desk, demo_vault)
        main.navigation.setCurrentRow(main.pages.index(main.case_list))
        main.show()
        qtbot.waitUntil(lambda: main.case_list.model.complete)
        wait_for_operations()
        yield main
        main.clear()
        wait_for_operations()


@pytest.mark.parametrize("screen", [SMALL_SCREEN, LAPTOP_SCREEN])
def test_every_column_is_on_screen_with_its_whole_heading(qtbot, window, screen) -> None:
    window.resize(*screen)
    qtbot.wait(50)
    view = window.case_list.view
    header = view.horizontalHeader()
    metrics = header.fontMetrics()

    for column in Column:
        heading = window.case_list.model.headerData(column, Qt.Orientation.Horizontal)
        left = header.sectionViewportPosition(column)
        assert left >= 0, heading
        assert left + header.sectionSize(column) <= view.viewport().width(), heading
        assert header.sectionSize(column) >= metrics.horizontalAdvance(heading), heading
    assert not view.horizontalScrollBar().isVisible()
    # The name, the column searched by, keeps the most room.
    assert header.sectionSize(Column.NAME) == max(header.sectionSize(c) for c in Column)


def test_the_columns_show_their_texts_whole(qtbot, window) -> None:
    window.resize(*SMALL_SCREEN)
    qtbot.wait(50)
    page = window.case_list
    metrics = page.view.fontMetrics()
    header = page.view.horizontalHeader()
    for row in range(page.model.rowCount()):
        for column in Column:
            if column is Column.NAME:
                continue
            text = page.model.data(page.model.index(row, column))
            assert metrics.horizontalAdvance(text) < header.sectionSize(column), text


def test_the_count_has_a_thousands_separator(qtbot, window, desk) -> None:
    page = window.case_list
    rows = desk.cases.listing().rows
    # The demo vault's cases, many times over: the count is what is tested.
    many = [
        row._replace(case_id=n) for n, row in enumerate(rows * (1200 // len(rows) + 1), start=1)
    ]
    page.model.set_rows(many)
    page.search_edit.setText("a")
    page.search_edit.setText("")

    assert page.count_label.text().startswith(f"{len(many) // 1000}.{len(many) % 1000:03}")
