"""The rows of the case list, one :class:`CaseListRow` each, with a mark for cases whose
release deadlines have passed. The model sorts and narrows its rows itself: a
``QSortFilterProxyModel`` asked Python's ``data()`` for every key of every comparison,
1.2 s of a 10,000-case list's 1.9 s after unlock; here each column's keys are computed
once per load, in one pass."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

from riskdesk.domain.case import KIND_LABELS, STATUS_LABELS, CaseStatus
from riskdesk.domain.case_list import CaseListRow, SearchIndex, Term, narrowed, narrows
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.release_timeline import MILESTONE_LABELS, Deadline
from riskdesk.gui.widgets.record_table_model import Index, RecordTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    CASE_NUMBER = 0
    NAME = 1
    CPR = 2
    LEVEL = 3
    KIND = 4
    STATUS = 5
    CASEWORKER = 6
    OPENED = 7
    RELEASE = 8


def _header(column: Column) -> str:
    # Literal translate() calls, one per text, so that pyside6-lupdate finds them.
    match column:
        case Column.CASE_NUMBER:
            return QCoreApplication.translate("CaseTableModel", "Case no.")
        case Column.NAME:
            return QCoreApplication.translate("CaseTableModel", "Name")
        case Column.CPR:
            return QCoreApplication.translate("CaseTableModel", "CPR number")
        case Column.LEVEL:
            return QCoreApplication.translate("CaseTableModel", "Level")
        case Column.KIND:
            return QCoreApplication.translate("CaseTableModel", "Kind")
        case Column.STATUS:
            return QCoreApplication.translate("CaseTableModel", "Status")
        case Column.CASEWORKER:
            return QCoreApplication.translate("CaseTableModel", "Caseworker")
        case Column.OPENED:
            return QCoreApplication.translate("CaseTableModel", "Opened")
        case Column.RELEASE:
            return QCoreApplication.translate("CaseTableModel", "Release deadlines")


_OVERDUE = QBrush(QColor("#a4161a"))
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_COLUMNS = tuple(Column)
# The roles a cell answers; a view asks for a dozen on every paint of every cell.
_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        SORT_ROLE,
        CASE_ID_ROLE,
    )
)


class CaseTableModel(RecordTableModel[CaseListRow, Column]):
    """The case list, sorted by :meth:`sort` (as a view with sorting enabled asks) and
    narrowed by :meth:`set_search`. :data:`SORT_ROLE` gives a cell's sort key, and
    :data:`CASE_ID_ROLE` the case id of a row."""

    columns = Column

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._overdue: Mapping[CaseId, Sequence[Deadline]] = {}
        self._all: list[CaseListRow] = []
        self._index = SearchIndex([], [], [])
        # Each column's sort keys, by position in _all, computed when first sorted by.
        self._keys: dict[Column, list[Any]] = {}
        self._sort: tuple[Column, Qt.SortOrder] | None = None
        self._order: list[int] | None = None
        self._search = ""
        self._terms: tuple[Term, ...] = ()
        self._shown: list[int] = []
        self._row_of: dict[CaseId, int] | None = None
        self._complete = True

    def set_rows(self, rows: Sequence[CaseListRow]) -> None:
        """All the cases; the list shows those the search finds, in the current order."""
        self._load(list(rows), None)

    def set_prepared(self, prepared: PreparedRows) -> None:
        """All the cases, as :meth:`set_rows`, with their index and order (when still
        sorted as they were) worked out already (:func:`prepare_rows`)."""
        self._load(prepared.rows, prepared)

    @property
    def sorted_by(self) -> tuple[Column, Qt.SortOrder] | None:
        return self._sort

    def _load(self, rows: list[CaseListRow], prepared: PreparedRows | None) -> None:
        self._complete = True
        self.beginResetModel()
        self._all = rows
        self._index = SearchIndex.of(rows) if prepared is None else prepared.search_index
        self._keys.clear()
        self._order = None
        if prepared is not None and prepared.sort == self._sort and prepared.sorted is not None:
            column, keys, self._order = prepared.sorted
            self._keys[column] = keys
        self._show(self._filtered(self._sorted(), self._terms))
        self.endResetModel()

    def set_first_rows(self, rows: Sequence[CaseListRow]) -> None:
        """The first of the cases in the current order, shown until :meth:`set_rows`
        gives every case (read meanwhile on another thread). A search or a sort made
        before then works on these rows, and :meth:`set_rows` applies it to every case."""
        self.set_rows(rows)
        self._complete = False

    @property
    def complete(self) -> bool:
        """Whether the model holds every case, not only the first."""
        return self._complete

    def clear(self) -> None:
        self._search, self._terms = "", ()
        self.set_rows([])

    def set_search(self, search: str, terms: tuple[Term, ...]) -> None:
        """Show only the rows every one of ``terms`` (the words of ``search``) matches.
        A search that adds to the last one looks only among the rows it showed."""
        within = self._shown if narrows(self._search, search) else self._sorted()
        self.beginResetModel()
        self._search, self._terms = search, terms
        self._show(self._filtered(within, terms))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; rows with equal keys keep the vault's order (newest case
        number first), as a stable sort does. Selected rows stay selected."""
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        case_ids = [self._rows[index.row()].case_id for index in before]
        self._sort, self._order = (Column(column), order), None
        self._show(self._filtered(self._sorted(), self._terms))
        row_of = self._rows_by_case()
        self.changePersistentIndexList(
            before,
            [self.index(row_of[c], i.column()) for c, i in zip(case_ids, before, strict=True)],
        )
        self.layoutChanged.emit()

    @property
    def search(self) -> str:
        """The search the rows shown were found by."""
        return self._search

    def row_of(self, case_id: CaseId) -> int | None:
        """The row showing the case, or None when it is not shown (or not yet read)."""
        return self._rows_by_case().get(case_id)

    def set_overdue(self, overdue: Mapping[CaseId, Sequence[Deadline]]) -> None:
        """The passed release deadlines per case; cases not named have none."""
        # Kept as given: a lazy mapping counts only the cases asked about (the rows drawn).
        self._overdue = overdue
        self._keys.pop(Column.RELEASE, None)
        if self._sort is not None and self._sort[0] is Column.RELEASE:
            self.sort(*self._sort)
        elif self.rowCount():
            self.dataChanged.emit(
                self.index(0, Column.RELEASE), self.index(self.rowCount() - 1, Column.RELEASE)
            )

    def overdue(self, case_id: CaseId) -> Sequence[Deadline]:
        return self._overdue.get(case_id, ())

    def _sorted(self) -> list[int]:
        """Positions in ``_all`` in the current order."""
        if self._order is None:
            positions = range(len(self._all))
            if self._sort is None:
                self._order = list(positions)
            else:
                column, order = self._sort
                keys = self._column_keys(column)
                descending = order == Qt.SortOrder.DescendingOrder
                self._order = sorted(positions, key=keys.__getitem__, reverse=descending)
        return self._order

    def _column_keys(self, column: Column) -> list[Any]:
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = self._keys_of(column)
        return keys

    def _filtered(self, positions: list[int], terms: tuple[Term, ...]) -> list[int]:
        return narrowed(positions, self._index, terms)

    def _show(self, positions: list[int]) -> None:
        self._shown = positions
        rows = self._all
        self._rows = [rows[p] for p in positions]
        self._row_of = None

    def _rows_by_case(self) -> dict[CaseId, int]:
        if self._row_of is None:
            self._row_of = {row.case_id: n for n, row in enumerate(self._rows)}
        return self._row_of

    def header(self, column: Column) -> str:
        return _header(column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record, column = self._rows[index.row()], _COLUMNS[index.column()]
        if role == SORT_ROLE:
            return self._column_keys(column)[self._shown[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        return self.role_data(record, column, role)

    def plain_cell(self, row: int, column: int) -> tuple[str, QBrush | None]:
        """A cell's text and foreground, as :meth:`data` gives them, in one call: what
        :class:`~riskdesk.gui.cases.plain_cell_delegate.PlainCellDelegate` paints."""
        record, shown = self._rows[row], _COLUMNS[column]
        return self.display(record, shown), self.role_data(record, shown, _FOREGROUND)

    def role_data(self, record: CaseListRow, column: Column, role: int) -> Any:
        if role == CASE_ID_ROLE:
            return int(record.case_id)
        if role == Qt.ItemDataRole.ForegroundRole and record.status is CaseStatus.CLOSED:
            # Closed cases stay findable but recede, so the open work stands out.
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if column is Column.RELEASE:
            return self._release_data(record, role)
        return None

    def _release_data(self, record: CaseListRow, role: int) -> Any:
        late = self.overdue(record.case_id)
        if not late:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole:
            heading = QCoreApplication.translate("CaseTableModel", "Overdue release deadlines:")
            lines = [
                f"{MILESTONE_LABELS[d.milestone].text(self._language)} – {self._date(d.due)}"
                for d in late
            ]
            return "\n".join([heading, *lines])
        return None

    def display(self, row: CaseListRow, column: Column) -> str:
        match column:
            case Column.CASE_NUMBER:
                return row.case_number
            case Column.NAME:
                return row.person_name
            case Column.CPR:
                return row.cpr or ""
            case Column.LEVEL:
                return self._level_name(row.level)
            case Column.KIND:
                return KIND_LABELS[row.kind].text(self._language)
            case Column.STATUS:
                return STATUS_LABELS[row.status].text(self._language)
            case Column.CASEWORKER:
                return row.caseworker
            case Column.OPENED:
                return self._date(row.opened_on)
            case Column.RELEASE:
                late = self.overdue(row.case_id)
                if not late:
                    return ""
                return QCoreApplication.translate("CaseTableModel", "⚠ %n overdue", "", len(late))

    def column_samples(self, levels: Sequence[int]) -> dict[int, list[str]]:
        """Texts as wide as the widest each column shows, for sizing it without reading
        the rows (the case levels given by number)."""
        language = self._language
        return {
            Column.CASE_NUMBER: ["0000-00000"],
            Column.CPR: ["000000-0000"],
            Column.LEVEL: [self._level_name(number) for number in levels],
            Column.KIND: [label.text(language) for label in KIND_LABELS.values()],
            Column.STATUS: [label.text(language) for label in STATUS_LABELS.values()],
            Column.OPENED: [self._date(date(2000, 12, 28))],
            Column.RELEASE: [QCoreApplication.translate("CaseTableModel", "⚠ %n overdue", "", 8)],
        }

    def _date(self, day: date) -> str:
        """dd.mm.åååå in the Danish list, ISO in the English one."""
        return dmy(day) if Language(self._language) is Language.DANISH else day.isoformat()

    def _keys_of(self, column: Column) -> list[Any]:
        return _column_keys(self._all, column, self._language, self._overdue)


class PreparedRows(NamedTuple):
    """Every case with what the list works out of them as they come: the search index and
    the order by ``sort`` (:func:`prepare_rows`, on the thread that read them)."""

    rows: list[CaseListRow]
    search_index: SearchIndex
    sort: tuple[Column, Qt.SortOrder] | None
    # The sort's column, its keys and the positions in order (None: left to the model).
    sorted: tuple[Column, list[Any], list[int]] | None


def prepare_rows(
    rows: Sequence[CaseListRow], sort: tuple[Column, Qt.SortOrder] | None, language: Language
) -> PreparedRows:
    """What :meth:`CaseTableModel.set_prepared` takes, worked out on any thread (pure
    Python): 0.15 s of a 100,000-case list that the GUI thread no longer spends. The
    release column's order counts overdue deadlines the model holds: left to the model."""
    every = list(rows)
    index = SearchIndex.of(every)
    if sort is None or sort[0] is Column.RELEASE:
        return PreparedRows(every, index, sort, None)
    keys = _column_keys(every, sort[0], language, {})
    descending = sort[1] == Qt.SortOrder.DescendingOrder
    order = sorted(range(len(every)), key=keys.__getitem__, reverse=descending)
    return PreparedRows(every, index, sort, (sort[0], keys, order))


def _column_keys(
    rows: list[CaseListRow],
    column: Column,
    language: Language,
    overdue: Mapping[CaseId, Sequence[Deadline]],
) -> list[Any]:
    """Every row's key in ``column``, by position; one comprehension per column, as a
    call per row cost a 100,000-case list a tenth of a second more."""
    match column:
        case Column.CASE_NUMBER:
            return [row.case_number.casefold() for row in rows]
        case Column.NAME:
            return [row.name_folded for row in rows]
        case Column.CPR:
            # Sorting by CPR means by birth date; rows without CPR sort by their birth date too.
            return [row.birth_date.toordinal() for row in rows]
        case Column.LEVEL:
            return [row.level for row in rows]
        case Column.KIND:
            kinds = {kind: label.text(language).casefold() for kind, label in KIND_LABELS.items()}
            return [kinds[row.kind] for row in rows]
        case Column.STATUS:
            statuses = {s: label.text(language).casefold() for s, label in STATUS_LABELS.items()}
            return [statuses[row.status] for row in rows]
        case Column.CASEWORKER:
            return [row.caseworker.casefold() for row in rows]
        case Column.OPENED:
            return [row.opened_on.toordinal() for row in rows]
        case Column.RELEASE:
            return [len(overdue.get(row.case_id, ())) for row in rows]
