"""The Inquiries page (Henvendelser): the unit's inquiries for a period, of one type and
one source when chosen, newest first, filtered in the vault; a new one by the
quick-entry dialog; and the chosen one turned into a niveau-1 concern or a new case.

The page reads only while it is on show (:class:`ReadWhenShown`): at unlock onto another
page it reads nothing, so no opening or start page reads the inquiries table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
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
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.inquiry import (
    INQUIRY_KIND_LABELS,
    INQUIRY_SOURCE_LABELS,
    Inquiry,
    InquiryId,
)
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.gui.concerns.concern_dialog import new_concern
from riskdesk.gui.inquiries.inquiry_conversion import make_case_from
from riskdesk.gui.inquiries.inquiry_dialog import InquiryDialog
from riskdesk.gui.operations import read_now, redraw_on_changes
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.gui.widgets.read_when_shown import ReadWhenShown

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

_ID_ROLE = Qt.ItemDataRole.UserRole


class InquiriesPage(QWidget):
    status_message = Signal(str)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._desk: Desk | None = None
        self._inquiries: dict[InquiryId, Inquiry] = {}
        # Saved from another page while this one was hidden: chosen once it is read.
        self._to_select: InquiryId | None = None
        self._when_shown = ReadWhenShown(self, self.refresh)

        today = QDate.currentDate()
        self.from_edit = _date_edit(today.addMonths(-11).addDays(1 - today.day()), language)
        self.from_edit.setAccessibleName(self.tr("From"))
        self.to_edit = _date_edit(today, language)
        self.to_edit.setAccessibleName(self.tr("To"))
        self.kind_box = _filter_box(INQUIRY_KIND_LABELS, self.tr("All types"), language)
        self.kind_box.setAccessibleName(self.tr("Type"))
        self.source_box = _filter_box(INQUIRY_SOURCE_LABELS, self.tr("All sources"), language)
        self.source_box.setAccessibleName(self.tr("Source"))
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self.refresh)
        for box in (self.kind_box, self.source_box):
            box.currentIndexChanged.connect(self.refresh)

        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&From:"), self.from_edit),
            (self.tr("T&o:"), self.to_edit),
            (self.tr("T&ype:"), self.kind_box),
            (self.tr("So&urce:"), self.source_box),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Inquiries"))
        self.tree.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Source"),
                self.tr("Received by"),
                self.tr("Case"),
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

        self.new_button = QPushButton(self.tr("&New inquiry…"))
        self.new_button.clicked.connect(self.new_inquiry)
        self.concern_button = QPushButton(self.tr("Create as &concern…"))
        self.concern_button.clicked.connect(self.make_concern)
        self.case_button = QPushButton(self.tr("Create as c&ase…"))
        self.case_button.clicked.connect(self.make_case)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.concern_button)
        buttons.addWidget(self.case_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.problem_line)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(buttons)
        self._enable_buttons()
        redraw_on_changes(self, self._redraw)

    def title(self) -> str:
        return self.tr("Inquiries")

    def set_desk(self, desk: Desk) -> None:
        self._desk = desk
        self._when_shown.unread()

    def clear(self) -> None:
        self._desk = None
        self._when_shown.forget()
        self._to_select = None
        self._inquiries = {}
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
        kind, source = self.kind_box.currentData(), self.source_box.currentData()
        found = read_now(
            self, lambda: desk.inquiries.list(start=start, end=end, kind=kind, source=source)
        )
        if found is None:
            return
        self.problem_line.clear()
        self.show_inquiries(found)

    def show_inquiries(self, inquiries: Sequence[Inquiry]) -> None:
        current = self.current_inquiry()
        chosen = self._to_select or (current.id if current is not None else None)
        self._to_select = None
        self._inquiries = {i.id: i for i in inquiries if i.id is not None}
        self.tree.blockSignals(True)
        self.tree.clear()
        lang = self._language
        for inquiry in inquiries:
            item = QTreeWidgetItem(
                [
                    dmy(inquiry.received_on),
                    INQUIRY_KIND_LABELS[inquiry.kind].text(lang),
                    INQUIRY_SOURCE_LABELS[inquiry.source].text(lang),
                    inquiry.received_by,
                    inquiry.case_number or "",
                    inquiry.note.replace("\n", " "),
                ]
            )
            item.setData(0, _ID_ROLE, inquiry.id)
            self.tree.addTopLevelItem(item)
            if chosen is not None and inquiry.id == chosen:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self.count_label.setText(self.tr("%n inquiries", "", len(inquiries)))
        self._enable_buttons()

    def current_inquiry(self) -> Inquiry | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return self._inquiries.get(InquiryId(int(item.data(0, _ID_ROLE))))

    def select(self, inquiry_id: InquiryId) -> None:
        if inquiry_id not in self._inquiries:
            self._to_select = inquiry_id
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, _ID_ROLE) == inquiry_id:
                self.tree.setCurrentItem(item)

    def new_inquiry(self) -> InquiryDialog | None:
        if self._desk is None:
            return None
        # The main window, so the dialog opens over it from whichever page is on show.
        dialog = InquiryDialog(desk=self._desk, language=self._language, parent=self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def make_concern(self) -> QWidget | None:
        """The concern dialog with the inquiry's date, source and note; the concern it
        saves is linked to the inquiry in the same unit of work."""
        inquiry = self.current_inquiry()
        if self._desk is None or inquiry is None:
            return None
        return new_concern(
            self,
            self._desk,
            language=self._language,
            noted_on=inquiry.received_on,
            source=inquiry.source.value,
            note=inquiry.note,
            from_inquiry=inquiry.id,
        )

    def make_case(self) -> QWidget | None:
        inquiry = self.current_inquiry()
        if self._desk is None or inquiry is None:
            return None
        return make_case_from(self, self._desk, inquiry, language=self._language)

    def _saved(self, inquiry: Inquiry) -> None:
        if inquiry.id is not None:
            self.select(inquiry.id)
        self.status_message.emit(self.tr("Inquiry saved."))

    def _enable_buttons(self) -> None:
        inquiry = self.current_inquiry()
        unlinked = inquiry is not None and inquiry.case_id is None
        self.case_button.setEnabled(unlinked)
        self.concern_button.setEnabled(
            unlinked and inquiry is not None and inquiry.concern_id is None
        )

    def _redraw(self, changes: Changes, initiator: object) -> None:
        if self._desk is not None and (changes.inquiries or changes.cases or changes.concerns):
            self._when_shown.unread()


def _date_edit(day: QDate, language: Language) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy" if Language(language) is Language.DANISH else "yyyy-MM-dd")
    return edit


def _filter_box[E: StrEnum](
    labels: Mapping[E, LocalizedText], everything: str, language: Language
) -> QComboBox:
    box = QComboBox()
    box.addItem(everything, None)
    for value, label in labels.items():
        box.addItem(label.text(language), value.value)
    return box


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())
