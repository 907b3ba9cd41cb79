"""At unlock the case list paints its first rows by name, then reads every case: what it
shows in the end, and what a search or a sort made before then shows, is what the whole
list shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt

from riskdesk.domain.case_list import SearchIndex, narrowed, search_terms
from riskdesk.domain.localized import Language
from riskdesk.gui.cases import case_list_page
from riskdesk.gui.cases.case_list_page import CaseListPage
from riskdesk.gui.cases.case_table_model import Column
from vault_fixtures import DEMO_PERSONS

pytestmark = [pytest.mark.gui, pytest.mark.vault]

FIRST = 5


class _PaintSeen(QObject):
    """What the model held at each paint of the list."""

    def __init__(self, page: CaseListPage) -> None:
        super().__init__()
        self.page = page
        self.seen: list[tuple[int, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append((self.page.model.rowCount(), self.page.model.complete))
        return False


@pytest.fixture
def page(qtbot, monkeypatch, desk, wait_for_operations):
    monkeypatch.setattr(case_list_page, "FIRST_ROWS", FIRST)
    shown = CaseListPage(language=Language.DANISH)
    shown.resize(1000, 600)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    # Emptied while the desk is open: a search typed is recorded, as at a lock.
    shown.clear()
    wait_for_operations()
    shown.close()
    shown.deleteLater()


def _case_ids(page: CaseListPage) -> list[int]:
    return [page.model.record(row).case_id for row in range(page.model.rowCount())]


def test_the_first_rows_paint_before_the_rest_is_read(qtbot, page, desk) -> None:
    paints = _PaintSeen(page)
    page.view.viewport().installEventFilter(paints)
    page.set_desk(desk)
    assert page.model.rowCount() == FIRST
    assert str(DEMO_PERSONS) in page.count_label.text()
    qtbot.waitUntil(lambda: page.model.complete)
    assert paints.seen[0] == (FIRST, False)
    every = sorted(desk.cases.listing().rows, key=lambda row: row.name_folded)
    assert _case_ids(page) == [row.case_id for row in every]
    assert str(DEMO_PERSONS) in page.count_label.text()


def test_a_search_typed_before_the_rest_is_read_searches_every_case(qtbot, page, desk) -> None:
    page.set_desk(desk)
    assert not page.model.complete
    every = sorted(desk.cases.listing().rows, key=lambda row: row.name_folded)
    # A word found among the later rows only: not among the first ones painted.
    text = every[-1].person_name.split()[0]
    page.search_edit.setText(text)
    qtbot.waitUntil(lambda: page.model.complete)
    found = narrowed(list(range(len(every))), SearchIndex.of(every), search_terms(text))
    assert _case_ids(page) == [every[p].case_id for p in found]
    assert any(p >= FIRST for p in found)


def test_a_sort_before_the_rest_is_read_sorts_every_case(qtbot, page, desk) -> None:
    page.set_desk(desk)
    assert not page.model.complete
    page.view.sortByColumn(Column.CASE_NUMBER, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.complete)
    numbers = [row.case_number for row in desk.cases.listing().rows]
    assert [page.model.record(r).case_number for r in range(page.model.rowCount())] == numbers


def test_a_list_sorted_otherwise_reads_every_case_at_once(qtbot, page, desk) -> None:
    page.view.sortByColumn(Column.CASE_NUMBER, Qt.SortOrder.DescendingOrder)
    page.set_desk(desk)
    assert page.model.complete
    assert page.model.rowCount() == DEMO_PERSONS
