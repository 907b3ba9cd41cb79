from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.case_list import CaseListRow, fold_name, search_terms
from riskdesk.domain.ids import CaseId, PersonId
from riskdesk.domain.localized import Language
from riskdesk.domain.release_timeline import Deadline, Milestone
from riskdesk.gui.cases import case_table_model
from riskdesk.gui.cases.case_table_model import (
    CASE_ID_ROLE,
    SORT_ROLE,
    CaseTableModel,
    Column,
    prepare_rows,
)

pytestmark = pytest.mark.gui


def _summary(n: int, name: str, *, level: int = 2, status: CaseStatus = CaseStatus.OPEN):
    return CaseListRow(
        case_id=CaseId(n),
        case_number=f"2026-{n:04d}",
        person_id=PersonId(n),
        person_name=name,
        name_folded=fold_name(name),
        cpr_digits=None if n % 2 else f"0101{n % 100:02d}1234",
        birth_date=date(2000 + n % 20, 1, 1),
        level=level,
        kind=CaseKind.EXIT if n == 3 else CaseKind.INDIVIDUAL,
        status=status,
        caseworker="koordinator",
        opened_on=date(2026, 1, n),
    )


ROWS = [
    _summary(1, "Åse Holm", level=3),
    _summary(2, "anders Berg", status=CaseStatus.CLOSED),
    _summary(3, "Bo Dahl"),
]


def test_the_model_passes_qt_model_tester(qtmodeltester) -> None:
    model = CaseTableModel(language=Language.DANISH)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_rows_show_labels_in_the_chosen_language(qtbot) -> None:
    model = CaseTableModel(language=Language.ENGLISH, level_name=lambda n: f"L{n}")
    model.set_rows(ROWS)
    assert model.rowCount() == 3
    assert model.columnCount() == len(Column)
    row = [model.index(2, c).data() for c in Column]
    assert row == [
        "2026-0003",
        "Bo Dahl",
        "",
        "L2",
        "EXIT",
        "Open",
        "koordinator",
        "2026-01-03",
        "",
    ]
    assert model.index(1, Column.STATUS).data() == "Closed"
    assert model.index(1, 0).data(CASE_ID_ROLE) == 2
    danish = CaseTableModel(language=Language.DANISH)
    danish.set_rows(ROWS)
    assert danish.index(1, Column.STATUS).data() == "Lukket"
    assert danish.index(0, Column.KIND).data() == "Enkeltsag"
    assert danish.index(2, Column.OPENED).data() == "03.01.2026"


def _names(model: CaseTableModel) -> list[str]:
    return [model.index(r, Column.NAME).data() for r in range(model.rowCount())]


def test_sorting_by_name_ignores_case_and_by_level_is_numeric(qtbot, qtmodeltester) -> None:
    model = CaseTableModel(language=Language.DANISH)
    model.set_rows(ROWS)
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert _names(model)[:2] == ["anders Berg", "Bo Dahl"]
    model.sort(Column.LEVEL, Qt.SortOrder.DescendingOrder)
    assert _names(model)[0] == "Åse Holm"
    qtmodeltester.check(model)


def test_the_sort_keys_are_those_of_the_sort_role_both_ways_and_ties_keep_the_vault_order(
    qtbot,
) -> None:
    rows = [_summary(n, f"Person {n % 7}", level=n % 4 + 1) for n in range(1, 29)]
    model = CaseTableModel(language=Language.DANISH)
    model.set_rows(rows)
    for column in Column:
        keys = {
            model.record(n).case_id: model.index(n, column).data(SORT_ROLE)
            for n in range(model.rowCount())
        }
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            shown = [model.record(r).case_id for r in range(model.rowCount())]
            descending = order == Qt.SortOrder.DescendingOrder
            expected = sorted(
                (row.case_id for row in rows), key=keys.__getitem__, reverse=descending
            )
            assert shown == expected, (column, order)


def test_the_selected_row_follows_its_case_when_the_list_is_sorted(qtbot) -> None:
    model = CaseTableModel(language=Language.DANISH)
    model.set_rows(ROWS)
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    selected = QPersistentModelIndex(model.index(model.row_of(CaseId(1)), Column.CPR))
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert selected.row() == model.row_of(CaseId(1)) == 0
    assert selected.column() == Column.CPR


def test_a_search_narrows_the_rows_in_their_order_and_widens_again(qtbot) -> None:
    model = CaseTableModel(language=Language.DANISH)
    model.set_rows(ROWS)
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    model.set_search("b", search_terms("b"))
    assert _names(model) == ["Bo Dahl", "anders Berg"]
    model.set_search("bo", search_terms("bo"))
    assert _names(model) == ["Bo Dahl"]
    assert model.row_of(CaseId(2)) is None
    model.set_search("2026-0001", search_terms("2026-0001"))
    assert _names(model) == ["Åse Holm"]
    model.set_search("010102", search_terms("010102"))
    assert _names(model) == ["anders Berg"]
    model.set_search("", ())
    assert _names(model) == ["Åse Holm", "Bo Dahl", "anders Berg"]
    model.set_rows(ROWS[1:])
    assert _names(model) == ["Bo Dahl", "anders Berg"]


def test_ten_thousand_rows_load_in_one_reset(qtbot) -> None:
    model = CaseTableModel(language=Language.DANISH)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([_summary(n % 28 + 1, f"Person {n}") for n in range(10_000)])
    assert model.rowCount() == 10_000
    assert resets == [True]


def test_overdue_release_deadlines_are_marked_explained_and_sortable(qtbot, qtmodeltester) -> None:
    model = CaseTableModel(language=Language.ENGLISH)
    model.set_rows(ROWS)
    changed: list[int] = []
    model.dataChanged.connect(lambda first, last: changed.append(first.column()))
    model.set_overdue(
        {
            CaseId(3): (
                Deadline(milestone=Milestone.MEETING, due=date(2026, 10, 10)),
                Deadline(milestone=Milestone.PLAN_READY, due=date(2026, 12, 10)),
            ),
            CaseId(1): (Deadline(milestone=Milestone.MENTOR_ARRANGED, due=date(2026, 11, 1)),),
        }
    )
    assert changed == [Column.RELEASE]
    assert model.index(2, Column.RELEASE).data() == "⚠ 2 overdue"
    assert model.index(1, Column.RELEASE).data() == ""
    assert model.index(1, Column.RELEASE).data(Qt.ItemDataRole.ToolTipRole) is None
    tip = model.index(2, Column.RELEASE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[1:] == [
        "The release meeting is held – 2026-10-10",
        "The action plan is ready – 2026-12-10",
    ]
    danish = CaseTableModel(language=Language.DANISH)
    danish.set_rows(ROWS)
    danish.set_overdue(
        {CaseId(1): (Deadline(milestone=Milestone.MEETING, due=date(2026, 10, 10)),)}
    )
    assert "Løsladelsesmødet er holdt – 10.10.2026" in danish.index(0, Column.RELEASE).data(
        Qt.ItemDataRole.ToolTipRole
    )

    model.sort(Column.RELEASE, Qt.SortOrder.DescendingOrder)
    assert _names(model)[:2] == ["Bo Dahl", "Åse Holm"]
    model.set_overdue({CaseId(2): (Deadline(milestone=Milestone.MEETING, due=date(2026, 1, 1)),)})
    assert _names(model)[0] == "anders Berg"
    qtmodeltester.check(model)


def test_a_search_and_sort_made_on_the_first_rows_hold_for_every_case(qtbot) -> None:
    every = [_summary(n, f"Person {n:02d}") for n in range(1, 21)]
    model = CaseTableModel(language=Language.DANISH)
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    model.set_first_rows(every[:3])
    assert (model.rowCount(), model.complete) == (3, False)
    # Nothing is read here: the page reads every case on another thread.
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    model.set_search("person 1", search_terms("person 1"))
    assert model.row_of(CaseId(20)) is None
    assert not model.complete
    model.set_rows(every)
    assert model.complete
    whole = CaseTableModel(language=Language.DANISH)
    whole.set_rows(every)
    whole.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    whole.set_search("person 1", search_terms("person 1"))
    assert _names(model) == _names(whole)
    assert model.rowCount() > 3
    assert model.row_of(CaseId(19)) == 0


def test_rows_prepared_on_another_thread_are_shown_as_rows_given_and_not_sorted_again(
    qtbot, monkeypatch
) -> None:
    every = [_summary(n, f"Person {n:02d}") for n in range(20, 0, -1)]
    given = CaseTableModel(language=Language.DANISH)
    given.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    given.set_rows(every)
    model = CaseTableModel(language=Language.DANISH)
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    prepared = prepare_rows(every, model.sorted_by, Language.DANISH)
    keys_worked_out: list[Column] = []
    real = case_table_model._column_keys
    monkeypatch.setattr(
        case_table_model,
        "_column_keys",
        lambda rows, column, *rest: keys_worked_out.append(column) or real(rows, column, *rest),
    )
    model.set_prepared(prepared)
    assert keys_worked_out == []
    assert _names(model) == _names(given)
    # Sorted otherwise while they were read: the model sorts them itself.
    model.sort(Column.CASE_NUMBER, Qt.SortOrder.AscendingOrder)
    keys_worked_out.clear()
    model.set_prepared(prepared)
    assert keys_worked_out == [Column.CASE_NUMBER]
    assert _names(model) == [f"Person {n:02d}" for n in range(1, 21)]
