"""How the case list paints: a screen of plain rows without asking the model's ``data()``,
the same pixels as Qt's own item delegate (closed cases, overdue marks, a selected and
current row, texts too long for their column), once per key typed, and what it keeps
laid out is dropped at a lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from gui.screen_fit import LAPTOP_SCREEN, danish
from riskdesk.domain.case import CaseStatus
from riskdesk.domain.localized import Language
from riskdesk.domain.release_timeline import Deadline, Milestone
from riskdesk.gui.cases.case_list_page import CaseListPage
from riskdesk.gui.cases.case_table_model import CaseTableModel, Column

pytestmark = [pytest.mark.gui, pytest.mark.vault]


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def data_calls(monkeypatch) -> list[int]:
    """The roles the case model's ``data()`` is asked for (patched before the page is
    made: PySide looks a Python override up when the object is made)."""
    calls: list[int] = []
    original = CaseTableModel.data

    def counted(self, index, role=Qt.ItemDataRole.DisplayRole):
        calls.append(int(role))
        return original(self, index, role)

    monkeypatch.setattr(CaseTableModel, "data", counted)
    return calls


@pytest.fixture
def page(qtbot, data_calls, desk, wait_for_operations) -> Iterator[CaseListPage]:
    with danish():
        shown = CaseListPage(language=Language.DANISH)
        qtbot.addWidget(shown)
        shown.resize(*LAPTOP_SCREEN)
        shown.set_desk(desk)
        shown.show()
        qtbot.waitExposed(shown)
        qtbot.waitUntil(lambda: shown.model.complete)
        wait_for_operations()
        yield shown
        shown.clear()
        wait_for_operations()


def _grab(page: CaseListPage) -> QImage:
    return page.view.viewport().grab().toImage()


def _qt_painted(page: CaseListPage) -> QImage:
    own = page.view.itemDelegate()
    page.view.setItemDelegate(QStyledItemDelegate(page.view))
    try:
        return _grab(page)
    finally:
        page.view.setItemDelegate(own)


def test_a_screen_of_rows_paints_without_asking_data(page, data_calls) -> None:
    assert page.model.rowCount() > 20
    page.view.clearSelection()
    page.view.setCurrentIndex(page.model.index(-1, -1))
    data_calls.clear()

    page.view.viewport().repaint()

    assert data_calls == []


def test_the_list_paints_as_qt_s_item_delegate_does(page, desk) -> None:
    rows = [page.model.record(row) for row in range(page.model.rowCount())]
    assert any(row.status is CaseStatus.CLOSED for row in rows[:25])
    late = [Deadline(milestone=Milestone.PLAN_READY, due=date(2026, 1, 5))]
    page.model.set_overdue({rows[1].case_id: late, rows[4].case_id: late * 3})
    # Names too long for the column: Qt elides them.
    page.view.horizontalHeader().resizeSection(Column.CASEWORKER, 40)
    page.select_case(int(rows[6].case_id))
    page.view.setFocus()

    assert _grab(page) == _qt_painted(page)


def test_a_new_palette_or_font_paints_as_qt_s_item_delegate_does(page) -> None:
    palette = page.view.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f5f8b"))
    page.view.setPalette(palette)
    font = page.view.font()
    font.setPointSize(font.pointSize() + 3)
    page.view.setFont(font)

    assert _grab(page) == _qt_painted(page)


def test_the_english_list_paints_as_qt_s_item_delegate_does(qtbot, desk, wait_for_operations):
    page = CaseListPage(language=Language.ENGLISH)
    qtbot.addWidget(page)
    page.resize(*LAPTOP_SCREEN)
    page.set_desk(desk)
    page.show()
    qtbot.waitUntil(lambda: page.model.complete)
    wait_for_operations()

    assert _grab(page) == _qt_painted(page)
    page.clear()


def test_a_key_typed_paints_the_rows_once(qtbot, page) -> None:
    paints = _Paints()
    page.view.viewport().installEventFilter(paints)
    page.search_edit.setFocus()

    qtbot.keyClick(page.search_edit, "a")
    qtbot.wait(200)

    assert page.model.search == "a"
    assert paints.count == 1


def test_a_lock_drops_the_texts_laid_out(page) -> None:
    page.view.viewport().repaint()
    assert page.cells.laid_out > 0

    page.clear()

    assert page.cells.laid_out == 0
