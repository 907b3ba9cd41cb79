"""The meeting's facts: kind, date and optional start time, place, participants (typed
one per line as "name; organisation"), and the legal-basis line of the kind. Every edit
goes straight into the :class:`MeetingEditor`; the form holds no state of its own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import MEETING_KIND_LABELS, MeetingKind
from riskdesk.domain.meeting_editor import MeetingEditor
from riskdesk.domain.meeting_series import AREA_KINDS
from riskdesk.domain.problems import FieldPath
from riskdesk.gui.meetings.repeat_picker import RepeatPicker

_DEFAULT_START = QTime(9, 0)


class MeetingForm(QWidget):
    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._editor: MeetingEditor | None = None

        self.kind_combo = QComboBox()
        # Not as wide as the longest kind ("Ungekoordinationsmøde"): with the meeting list
        # beside it that would make the page too wide for a 1024-pixel screen; the
        # combo grows into the room the window has.
        self.kind_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_combo.setMinimumContentsLength(8)
        for kind in MeetingKind:
            self.kind_combo.addItem(MEETING_KIND_LABELS[kind].text(language), kind.value)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.time_box = QCheckBox(self.tr("at"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.date_edit)
        # Kind and date share a row: the agenda below needs the height more.
        kind_and_date = QHBoxLayout()
        kind_and_date.addWidget(self.kind_combo, 1)
        kind_and_date.addSpacing(12)
        kind_and_date.addWidget(date_label)
        kind_and_date.addWidget(self.date_edit)
        kind_and_date.addWidget(self.time_box)
        kind_and_date.addWidget(self.time_edit)
        self.place_edit = QLineEdit()
        self.participants_edit = QPlainTextEdit()
        self.participants_edit.setPlaceholderText(
            self.tr("One per line: name; organisation or role")
        )
        self.participants_edit.setMinimumHeight(52)
        self.participants_edit.setMaximumHeight(80)
        self.participants_edit.setTabChangesFocus(True)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.time_edit.setAccessibleName(self.tr("Start time"))
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.participants_edit.setAccessibleName(self.tr("Participants"))

        self.area_combo = QComboBox()
        self.area_combo.setAccessibleName(self.tr("School district or area"))
        self.repeat_picker = RepeatPicker()

        self.legal_label = QLabel()
        self.legal_label.setWordWrap(True)
        self.legal_label.setObjectName("disclaimer")

        facts = QFormLayout()
        # A row holding a layout gets no buddy of its own: the label names the widget.
        kind_label = QLabel(self.tr("&Kind:"))
        kind_label.setBuddy(self.kind_combo)
        facts.addRow(kind_label, kind_and_date)
        facts.addRow(self.tr("&Place:"), self.place_edit)
        self._facts = facts
        facts.addRow(self.tr("Ar&ea:"), self.area_combo)
        facts.addRow(self.tr("Repeat&ing:"), self.repeat_picker)
        facts.addRow(self.tr("Pa&rticipants:"), self.participants_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(facts)
        layout.addWidget(self.legal_label)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.time_box.toggled.connect(self._time_changed)
        self.time_edit.timeChanged.connect(self._time_changed)
        self.place_edit.textChanged.connect(self._place_changed)
        self.participants_edit.textChanged.connect(self._participants_changed)
        self.area_combo.currentIndexChanged.connect(self._area_changed)
        self.show_editor(None)

    def set_areas(self, areas: Sequence[str]) -> None:
        """The municipality's school districts or areas, offered to coordination meetings."""
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItems(list(areas))
        self.area_combo.blockSignals(False)

    def show_editor(self, editor: MeetingEditor | None) -> None:
        """Show ``editor``'s meeting and send edits to it; None: an empty, locked form."""
        self._editor = None  # filling the widgets is no edit
        kind = editor.kind if editor else MeetingKind.SSP
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        held_on = editor.held_on if editor else None
        self.date_edit.setDate(
            QDate(held_on.year, held_on.month, held_on.day) if held_on else QDate.currentDate()
        )
        starts = editor.starts_at if editor else None
        self.time_box.setChecked(starts is not None)
        self.time_edit.setTime(QTime(starts.hour, starts.minute) if starts else _DEFAULT_START)
        self.place_edit.setText(editor.place if editor else "")
        self.participants_edit.setPlainText(editor.participants_text if editor else "")
        self.area_combo.setCurrentIndex(self.area_combo.findText(editor.area) if editor else -1)
        self.repeat_picker.reset()
        self.show_repeat(editor is not None and not editor.is_stored)
        for widget in (
            self.kind_combo,
            self.date_edit,
            self.time_box,
            self.place_edit,
            self.participants_edit,
        ):
            widget.setEnabled(editor is not None)
        self.time_edit.setEnabled(editor is not None and starts is not None)
        self._editor = editor
        self._show_legal_basis()
        self._show_area()

    def show_repeat(self, offered: bool) -> None:
        # A stored meeting's series is made already: the row gives its room to the agenda.
        self._facts.setRowVisible(self.repeat_picker, offered)

    def problem_routes(self) -> dict[FieldPath | str, QWidget]:
        """Which widget shows the problems under each field path."""
        return {
            ("kind",): self.kind_combo,
            ("held_on",): self.date_edit,
            ("starts_at",): self.time_edit,
            ("place",): self.place_edit,
            ("participants",): self.participants_edit,
            ("area",): self.area_combo,
            ("every_weeks",): self.repeat_picker,
            ("until",): self.repeat_picker,
            ("dates",): self.repeat_picker,
        }

    def _kind_changed(self) -> None:
        kind = MeetingKind(self.kind_combo.currentData())
        if self._editor is not None:
            self._editor.kind = kind
        self._show_legal_basis()
        self._show_area()

    def _show_area(self) -> None:
        # Only a coordination meeting is held per district: it takes the one chosen (the
        # first, for a new one), any other kind none.
        editor = self._editor
        offered = editor is not None and editor.kind in AREA_KINDS
        self._facts.setRowVisible(self.area_combo, offered)
        if editor is not None:
            if not offered:
                editor.area = ""
            elif not editor.area and self.area_combo.count():
                self.area_combo.setCurrentIndex(0)
                editor.area = self.area_combo.currentText()

    def _area_changed(self) -> None:
        if self._editor is not None and self._editor.kind in AREA_KINDS:
            self._editor.area = self.area_combo.currentText()

    def _date_changed(self, day: QDate) -> None:
        if self._editor is not None:
            self._editor.held_on = date(day.year(), day.month(), day.day())

    def _time_changed(self) -> None:
        timed = self.time_box.isChecked()
        self.time_edit.setEnabled(timed and self.time_box.isEnabled())
        if self._editor is not None:
            start = self.time_edit.time()
            self._editor.starts_at = time(start.hour(), start.minute()) if timed else None

    def _place_changed(self, text: str) -> None:
        if self._editor is not None:
            self._editor.place = text

    def _participants_changed(self) -> None:
        if self._editor is not None:
            self._editor.participants_text = self.participants_edit.toPlainText()

    def _show_legal_basis(self) -> None:
        line = self._editor.legal_basis if self._editor else None
        self.legal_label.setText(line.text(self._language) if line else "")
        self.legal_label.setVisible(line is not None)
