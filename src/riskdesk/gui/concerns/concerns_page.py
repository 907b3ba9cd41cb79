"""The concern register (Bekymringer): the unit's niveau-1 concerns for a period, of one
topic, area and status when chosen, newest first, filtered in the vault; a new one by the
concern dialog; and the chosen one closed, put on a coordination meeting's agenda or
escalated to a case. Nothing here names a person: a concern has no field for one.

The page reads only while it is on show: given the desk at unlock, or told of a change,
while hidden, it reads when it is next shown (at 10,000 people its reads were a tenth of
a second of every unlock, for a page most users seldom open)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.changes import Changes
from riskdesk.domain.concern import (
    AGE_BAND_LABELS,
    SEX_LABELS,
    SOURCE_LABELS,
    STATUS_LABELS,
    Concern,
    ConcernId,
    ConcernStatus,
    ConcernTopics,
)
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.concerns import concern_actions
from riskdesk.gui.concerns.concern_dialog import ConcernDialog, new_concern
from riskdesk.gui.operations import read_now, redraw_on_changes
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

_ID_ROLE = Qt.ItemDataRole.UserRole
_COLUMNS = 10


class ConcernsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._desk: Desk | None = None
        self._topics: ConcernTopics | None = None
        self._concerns: dict[ConcernId, Concern] = {}
        # The desk's lists and concerns are still to be read (when next shown).
        self._unread = False

        today = QDate.currentDate()
        self.from_edit = _date_edit(today.addMonths(-11).addDays(1 - today.day()), language)
        self.from_edit.setAccessibleName(self.tr("From"))
        self.to_edit = _date_edit(today, language)
        self.to_edit.setAccessibleName(self.tr("To"))
        self.topic_box = _filter_box(self.tr("All topics"), [])
        self.topic_box.setAccessibleName(self.tr("Topic"))
        self.area_box = _filter_box(self.tr("All areas"), [])
        self.area_box.setAccessibleName(self.tr("Area"))
        self.status_box = _filter_box(
            self.tr("All statuses"),
            [(s.value, label.text(language)) for s, label in STATUS_LABELS.items()],
        )
        self.status_box.setAccessibleName(self.tr("Status"))
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.refresh)
        for box in (self.topic_box, self.area_box, self.status_box):
            box.currentIndexChanged.connect(self.refresh)

        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&From:"), self.from_edit),
            (self.tr("T&o:"), self.to_edit),
            (self.tr("To&pic:"), self.topic_box),
            (self.tr("&Area:"), self.area_box),
            (self.tr("S&tatus:"), self.status_box),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)

        self.notice = QLabel(
            self.tr(
                "Level-1 concerns are kept without names: no name, CPR number, birth date, "
                "address or contact details. A concern that needs a case file is escalated "
                "to a case."
            )
        )
        self.notice.setWordWrap(True)
        self.notice.setObjectName("hint")

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Concerns"))
        self.tree.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Date"),
                self.tr("Topic"),
                self.tr("Age"),
                self.tr("Sex"),
                self.tr("Area"),
                self.tr("Source"),
                self.tr("Status"),
                self.tr("Meetings"),
                self.tr("Note"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.currentItemChanged.connect(self._enable_buttons)
        self.count_label = QLabel()
        self.problem_line = ProblemLine(language=language)

        self.new_button = QPushButton(self.tr("&New concern…"))
        self.new_button.clicked.connect(self.new_concern)
        self.agenda_button = QPushButton(self.tr("Put on a&genda…"))
        self.agenda_button.clicked.connect(self.put_on_agenda)
        self.off_agenda_button = QPushButton(self.tr("Take off agen&da"))
        self.off_agenda_button.clicked.connect(self.take_off_agenda)
        self.close_button = QPushButton(self.tr("C&lose…"))
        self.close_button.clicked.connect(self.close_concern)
        self.escalate_button = QPushButton(self.tr("&Escalate to case…"))
        self.escalate_button.clicked.connect(self.escalate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for button in (
            self.agenda_button,
            self.off_agenda_button,
            self.close_button,
            self.escalate_button,
        ):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.problem_line)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        self._enable_buttons()
        redraw_on_changes(self, self._redraw)

    def title(self) -> str:
        return self.tr("Concerns")

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        self._topics = None
        self._unread = True
        if self.isVisible():
            self._read_unread()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._read_unread()

    def _read_unread(self) -> None:
        desk = self._desk
        if desk is None or not self._unread:
            return
        self._unread = False
        if self._topics is None:
            lists = read_now(self, lambda: (desk.concerns.topics, desk.concerns.areas))
            if lists is not None:
                self._topics, areas = lists
                lang = self._language
                _fill(self.topic_box, [(t.id, t.label.text(lang)) for t in self._topics.topics])
                _fill(self.area_box, [(area, area) for area in areas])
        self.refresh()

    def clear(self) -> None:
        self._desk = None
        self._unread = False
        self._concerns = {}
        self.tree.clear()
        self.count_label.clear()
        self.problem_line.clear()
        self._enable_buttons()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.problem_line.show_problems(problems)

    def refresh(self) -> None:
        desk = self._desk
        if desk is None:
            return
        start, end = _day(self.from_edit), _day(self.to_edit)
        topic, area = self.topic_box.currentData(), self.area_box.currentData()
        status = self.status_box.currentData()
        found = read_now(
            self,
            lambda: desk.concerns.list(start=start, end=end, topic=topic, area=area, status=status),
        )
        if found is None:
            return
        self.problem_line.clear()
        self.show_concerns(found)

    def show_concerns(self, concerns: Sequence[Concern]) -> None:
        chosen = self.current_concern()
        self._concerns = {c.id: c for c in concerns if c.id is not None}
        self.tree.blockSignals(True)
        self.tree.clear()
        lang = self._language
        for concern in concerns:
            status = STATUS_LABELS[concern.status].text(lang)
            if concern.case_number:
                status = f"{status} ({concern.case_number})"
            item = QTreeWidgetItem(
                [
                    concern.number,
                    dmy(concern.noted_on),
                    self._topic(concern.topic),
                    AGE_BAND_LABELS[concern.age_band].text(lang),
                    SEX_LABELS[concern.sex].text(lang),
                    concern.area,
                    SOURCE_LABELS[concern.source].text(lang),
                    status,
                    str(len(concern.meeting_ids)) if concern.meeting_ids else "",
                    concern.note.replace("\n", " "),
                ]
            )
            item.setData(0, _ID_ROLE, concern.id)
            item.setToolTip(_COLUMNS - 1, concern.note)  # the note whole, when cut
            self.tree.addTopLevelItem(item)
            if chosen is not None and concern.id == chosen.id:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self.count_label.setText(self.tr("%n concerns", "", len(concerns)))
        self._enable_buttons()

    def current_concern(self) -> Concern | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return self._concerns.get(ConcernId(int(item.data(0, _ID_ROLE))))

    def select(self, concern_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, _ID_ROLE) == concern_id:
                self.tree.setCurrentItem(item)

    def new_concern(self) -> ConcernDialog | None:
        if self._desk is None:
            return None
        dialog = new_concern(self, self._desk, language=self._language)
        if dialog is not None:
            dialog.saved.connect(self._saved)
        return dialog

    def close_concern(self) -> None:
        concern = self.current_concern()
        if self._desk is not None and concern is not None:
            concern_actions.close_concern(
                self, self._desk, concern, language=self._language, done=self._changed
            )

    def put_on_agenda(self) -> None:
        concern = self.current_concern()
        if self._desk is not None and concern is not None:
            concern_actions.put_on_agenda(
                self, self._desk, concern, language=self._language, done=self._changed
            )

    def take_off_agenda(self) -> None:
        concern = self.current_concern()
        if self._desk is not None and concern is not None:
            concern_actions.take_off_agendas(self, self._desk, concern, done=self._changed)

    def escalate(self) -> QWidget | None:
        concern = self.current_concern()
        if self._desk is None or concern is None:
            return None
        return concern_actions.escalate(
            self, self._desk, concern, language=self._language, done=self._escalated
        )

    def _topic(self, topic_id: str) -> str:
        if self._topics is None:
            return topic_id
        return self._topics.label(topic_id).text(self._language)

    def _saved(self, concern: Concern) -> None:
        if concern.id is not None:
            self.select(concern.id)
        self.status_message.emit(self.tr("Concern saved."))

    def _changed(self, concern: Concern) -> None:
        if concern.id is not None:
            self.select(concern.id)

    def _escalated(self, case_id: int) -> None:
        self.status_message.emit(self.tr("The concern was escalated to a case."))

    def _enable_buttons(self) -> None:
        concern = self.current_concern()
        is_open = concern is not None and concern.status is ConcernStatus.OPEN
        for button in (self.agenda_button, self.close_button, self.escalate_button):
            button.setEnabled(is_open)
        self.off_agenda_button.setEnabled(concern is not None and bool(concern.meeting_ids))

    def _redraw(self, changes: Changes, initiator: object) -> None:
        if self._desk is not None and (changes.concerns or changes.cases):
            self._unread = True
            if self.isVisible():
                self._read_unread()


def _date_edit(day: QDate, language: Language) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy" if Language(language) is Language.DANISH else "yyyy-MM-dd")
    return edit


def _filter_box(everything: str, items: Iterable[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    box.addItem(everything, None)
    for value, label in items:
        box.addItem(label, value)
    return box


def _fill(box: QComboBox, items: Iterable[tuple[str, str]]) -> None:
    """Replace the choices after the first ("all"), keeping the chosen one if still there."""
    chosen = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for value, label in items:
        box.addItem(label, value)
    box.setCurrentIndex(max(0, box.findData(chosen)) if chosen is not None else 0)
    box.blockSignals(False)


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())
