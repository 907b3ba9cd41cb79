"""Find a case: search as you type, sort by any column, open with Enter."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.case_list import CaseListRow, search_terms, search_text
from riskdesk.domain.changes import Changes
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.cases.case_list_columns import fit_columns
from riskdesk.gui.cases.case_table_model import (
    CASE_ID_ROLE,
    CaseTableModel,
    Column,
    PreparedRows,
    prepare_rows,
)
from riskdesk.gui.cases.plain_cell_delegate import PlainCellDelegate
from riskdesk.gui.operations import read_now, redraw_on_changes, run_op
from riskdesk.gui.quiet_read import QuietRead, read_quietly
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

# A search is finished, and recorded in the audit trail, when no key has been typed for
# this long (or a case is opened, or the list is left): one event for a name, not one
# for each letter.
SEARCH_DONE_MS = 1500
# At unlock the list paints this many cases first (more than a screen holds) and reads
# the rest right after, on a thread of its own (gui/quiet_read.py): reading 10,000 cases
# into Python took most of the list's share of the wait between the password and the
# painted list, and 100,000 took 1.9 s of CPU in which a key typed waited.
FIRST_ROWS = 100
# Changes after which the cells are laid out and the columns sized again.
_RESTYLED = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange)


class CaseListPage(QWidget):
    """The case list. It loads every case once (at unlock, and again after an operation
    that changed cases or persons) and narrows that list on every key typed, without
    asking the vault. At unlock, sorted by name, it paints the first :data:`FIRST_ROWS`
    cases, then reads the rest on another thread; a search or sort made meanwhile works
    on the rows read and is applied to every case once they are all read, and a case
    selected meanwhile stays selected. A finished search is recorded once
    (:data:`SEARCH_DONE_MS`), with what it found among every case. The
    release-deadline marks are redrawn after an operation that changed cases, release
    meetings or plans; the selected case stays selected."""

    new_requested = Signal()
    open_requested = Signal(int)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk: Desk | None = None
        self._language = language

        self.model = CaseTableModel(language=language, parent=self)
        self._recorded_search = ""

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Name, CPR number or case number"))
        self.search_edit.setAccessibleName(self.tr("Search cases"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)

        self.new_button = QPushButton(self.tr("&New person and case"))
        self.new_button.setAccessibleName(self.tr("New person and case"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected case"))
        self.open_button.clicked.connect(self._open_current)

        # A table, not a tree: a tree view lays out every row again after each reset,
        # which made a keystroke at 10,000 cases cost 80 ms of CPU against 30 ms.
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Cases"))
        self.view.setModel(self.model)
        self.cells = PlainCellDelegate(self.view, self.model.plain_cell)
        self.view.setItemDelegate(self.cells)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.activated.connect(self._open_index)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._levels: tuple[int, ...] = ()
        self._fit_columns()

        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.message_label = ProblemLine(language=language)

        self._search_done = QTimer(self)
        self._search_done.setSingleShot(True)
        self._search_done.setInterval(SEARCH_DONE_MS)
        self._search_done.timeout.connect(self.record_search)
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(0)
        self._rest.timeout.connect(self._load_rest)
        self._rest_after_paint = False
        self._reading: QuietRead | None = None
        # What waits for every case to be read: a case to select, a search to record.
        self._select_when_read: int | None = None
        self._record_when_read = False
        # How many cases there are, known before they are all read.
        self._total = 0
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        self.search_edit.textChanged.connect(self._search_typed)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        redraw_on_changes(self, self._redraw)

    @property
    def proxy(self) -> CaseTableModel:
        """The rows as the list shows them: the model sorts and narrows them itself."""
        return self.model

    def title(self) -> str:
        return self.tr("Cases")

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        self.model.set_level_name(lambda n: desk.levels.get(n).name.text(self._language))
        self._levels = desk.levels.numbers
        self._fit_columns()
        if self._sorted_by_name():
            self._show_first_rows(desk)
        else:
            self.refresh()
        self.refresh_release_marks()

    def clear(self) -> None:
        # A lock empties the window before the key goes and waits for the operations
        # started meanwhile: a search typed a moment ago is recorded, not lost.
        self._stop_reading()
        self.record_search()
        self._desk = None
        self._search_done.stop()
        self._rest.stop()
        self._rest_after_paint = False
        self._select_when_read = None
        self._record_when_read = False
        self._recorded_search = ""
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.clear()
        self.model.set_overdue({})
        self.model.set_level_name(str)
        self.cells.forget()
        self.count_label.clear()
        self.message_label.clear()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def refresh(self) -> None:
        """Load every case again and show those the current search finds."""
        desk = self._desk
        if desk is None:
            return
        if self._reading is not None and self._reading.running:
            # Read again from the start, so the read sees what changed.
            self._stop_reading()
            self._load_rest()
            return
        if not self.model.complete and (self._rest.isActive() or self._rest_after_paint):
            return  # the rest is read soon, with what changed
        listing = read_now(self, desk.cases.listing)
        if listing is None:
            self.model.clear()
            self.count_label.clear()
            return
        self.message_label.clear()
        selected = self.current_case_id()
        self.model.set_rows(listing.rows)
        self._show_count()
        # The other pages follow the selected case; a redraw must not drop it.
        if selected is not None:
            self.select_case(selected)

    def _sorted_by_name(self) -> bool:
        header = self.view.horizontalHeader()
        return (
            header.sortIndicatorSection() == Column.NAME
            and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        )

    def _show_first_rows(self, desk: Desk) -> None:
        """The first cases by name, with how many there are, then (once they have
        painted) every case, as :meth:`refresh` loads them."""
        first = read_now(self, lambda: desk.cases.first_by_name(FIRST_ROWS))
        if first is None:
            self.model.clear()
            self.count_label.clear()
            return
        self.message_label.clear()
        if len(first.rows) == first.total:
            self.model.set_rows(first.rows)
        else:
            self.model.set_first_rows(first.rows)
            # Read the rest once the first rows are on screen (at once when hidden).
            self._rest_after_paint = self.view.viewport().isVisible()
            if not self._rest_after_paint:
                self._rest.start()
        self._total = first.total
        self._show_count(first.total)

    def _load_rest(self) -> None:
        desk = self._desk
        if desk is None:
            return
        # Indexed and sorted on the read's thread too, as the list is sorted now.
        sort, language = self.model.sorted_by, self._language

        def read() -> PreparedRows:
            return prepare_rows(desk.cases.listing().rows, sort, language)

        self._reading = read_quietly(self, read, self._every_case_read)

    def _every_case_read(self, prepared: PreparedRows) -> None:
        self._reading = None
        selected = self._select_when_read or self.current_case_id()
        self._select_when_read = None
        self.model.set_prepared(prepared)
        self._show_count()
        if selected is not None:
            self.select_case(selected)
        if self._record_when_read:
            self._record_when_read = False
            self.record_search()

    def _stop_reading(self) -> None:
        reading, self._reading = self._reading, None
        if reading is not None:
            reading.stop()

    def _search_typed(self) -> None:
        text = self.search_edit.text()
        search = read_now(self, lambda: search_text(text).strip())
        if search is None:
            return
        self.message_label.clear()
        selected = self.current_case_id()
        self.model.set_search(search, search_terms(search))
        # Laid out now, before the rows paint: Qt's delayed layout would paint them again.
        self.view.doItemsLayout()
        self._show_count()
        if selected is not None:
            self.select_case(selected)
        if search != self._recorded_search:
            self._search_done.start()

    def _show_count(self, count: int | None = None) -> None:
        if count is None and not self.model.complete:
            if self.model.search:
                # Found among the first rows only: that count would mislead.
                self.count_label.setText(self.tr("Reading every case…"))
                return
            count = self._total
        shown = self.model.rowCount() if count is None else count
        self.count_label.setText(self.tr("%Ln case(s)", "", shown))

    def record_search(self) -> None:
        """Record the search shown, once, in the audit trail: its words and the number of
        cases found (as a search in the vault is recorded)."""
        self._search_done.stop()
        desk, search, found = self._desk, self.model.search, self.model.rowCount()
        if desk is None or search == self._recorded_search:
            return
        if self._reading is not None and self._reading.running:
            self._record_when_read = True  # with what it finds among every case
            return
        self._recorded_search = search
        if not self.model.complete:
            # Every case was not read (the vault is being locked): the vault's own search
            # records it, with how many cases it finds.
            run_op(self, lambda: desk.cases.find(search, limit=1))
            return
        run_op(self, lambda: desk.cases.searched(search, results=found))

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the list finishes the search typed into it.
        self.record_search()
        super().hideEvent(event)

    def _redraw(self, changes: Changes, _initiator: object) -> None:
        if self._desk is None:
            return
        if changes.cases or changes.persons:
            self.refresh()
        if changes.cases or changes.release_meetings or changes.plans:
            self.refresh_release_marks()

    def refresh_release_marks(self) -> None:
        """Mark the cases whose release deadlines have passed. Kept apart from
        :meth:`refresh`, so typing a search does not recount every release timeline."""
        desk = self._desk
        if desk is None:
            return
        overdue = read_now(self, desk.release_meetings.overdue_by_case)
        if overdue is not None:
            self.model.set_overdue(overdue)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """A refused search, or a refused step started from the list."""
        self.message_label.show_problems(problems)

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of(CaseId(case_id))
        if row is None and not self.model.complete:
            self._select_when_read = case_id
        if row is not None:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def current_case_id(self) -> int | None:
        index = self.view.currentIndex()
        return int(self.model.data(index, CASE_ID_ROLE)) if index.isValid() else None

    def current_case(self) -> CaseListRow | None:
        index = self.view.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def _fit_columns(self) -> None:
        fit_columns(self.view, samples=self.model.column_samples(self._levels), stretch=Column.NAME)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._rest_after_paint and event.type() == QEvent.Type.Paint:
            self._rest_after_paint = False
            self._rest.start()
        if event.type() in _RESTYLED and watched is self.view:
            self.cells.forget()
            self._fit_columns()
        # Down arrow from the search field moves into the results, as in a browser's search.
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _open_current(self) -> None:
        self._open_index(self.view.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.record_search()
            self.open_requested.emit(int(self.model.data(index, CASE_ID_ROLE)))
