"""The dialog for a new niveau-1 concern: date, topic, age band, sex, area, source and a
short note, every field but the note chosen from a list. It says plainly not to write
names: the note is checked for CPR numbers, birth dates, e-mail addresses and phone
numbers, but a name cannot be recognised. The inquiries page opens it prefilled with an
inquiry's date, source and note, and the concern is then linked to that inquiry."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.concern import AGE_BAND_LABELS, NOTE_MAX, SEX_LABELS, SOURCE_LABELS, Concern
from riskdesk.domain.inquiry import InquiryId
from riskdesk.domain.localized import Language
from riskdesk.domain.problems import Problem
from riskdesk.gui.operations import read_now, run_op
from riskdesk.gui.widgets.problem_line import ProblemLine

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class ConcernDialog(QDialog):
    """Registers one concern through ``desk.concerns.add`` in an operation. A refusal is
    shown here with everything typed kept and focus on the first field named;
    :attr:`saved` carries the stored :class:`Concern`, then the dialog accepts."""

    saved = Signal(object)

    def __init__(
        self,
        *,
        desk: Desk,
        language: Language,
        noted_on: date | None = None,
        source: str | None = None,
        note: str = "",
        from_inquiry: InquiryId | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # The lists are read first: a refused read leaves no half-built dialog.
        topics, areas = desk.concerns.topics, desk.concerns.areas
        super().__init__(parent)
        self._desk = desk
        self._from_inquiry = from_inquiry
        self.setWindowTitle(self.tr("New concern (level 1)"))

        day = noted_on or date.today()
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(
            "dd.MM.yyyy" if Language(language) is Language.DANISH else "yyyy-MM-dd"
        )
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.topic_box = _box((t.id, t.label.text(language)) for t in topics.topics)
        self.topic_box.setAccessibleName(self.tr("Topic"))
        self.age_box = _box((a.value, label.text(language)) for a, label in AGE_BAND_LABELS.items())
        self.age_box.setAccessibleName(self.tr("Age band"))
        self.sex_box = _box((s.value, label.text(language)) for s, label in SEX_LABELS.items())
        self.sex_box.setAccessibleName(self.tr("Sex"))
        self.area_box = _box((area, area) for area in areas)
        self.area_box.setAccessibleName(self.tr("Area"))
        self.source_box = _box(
            (s.value, label.text(language)) for s, label in SOURCE_LABELS.items()
        )
        self.source_box.setAccessibleName(self.tr("Source"))
        # Most concerns come from the schools (the seed report); an inquiry brings its own.
        self.source_box.setCurrentIndex(max(0, self.source_box.findData(source or "school")))
        self.note_edit = QPlainTextEdit(note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setFixedHeight(80)
        self.warning = QLabel(
            self.tr(
                "A level-1 concern is never about a named person. Do not write names, "
                "nicknames, CPR numbers, birth dates, addresses, phone numbers or e-mail "
                "addresses in the note: RiskDesk refuses numbers and dates it recognises, "
                "but it cannot recognise a name. At most %1 characters."
            ).replace("%1", str(NOTE_MAX))
        )
        self.warning.setWordWrap(True)
        self.warning.setObjectName("warning")

        form = QFormLayout()
        for text, widget in (
            (self.tr("&Date:"), self.date_edit),
            (self.tr("&Topic:"), self.topic_box),
            (self.tr("A&ge band:"), self.age_box),
            (self.tr("Se&x:"), self.sex_box),
            (self.tr("&Area:"), self.area_box),
            (self.tr("So&urce:"), self.source_box),
            (self.tr("&Note:"), self.note_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.message_label = ProblemLine(language=language)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 72)
        self._fields: dict[str, QWidget] = {
            "noted_on": self.date_edit,
            "topic": self.topic_box,
            "age_band": self.age_box,
            "sex": self.sex_box,
            "area": self.area_box,
            "source": self.source_box,
            "note": self.note_edit,
        }
        self.topic_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        desk, from_inquiry = self._desk, self._from_inquiry
        chosen = self.date_edit.date()
        values = {
            "noted_on": date(chosen.year(), chosen.month(), chosen.day()),
            "topic": str(self.topic_box.currentData()),
            "age_band": str(self.age_box.currentData()),
            "sex": str(self.sex_box.currentData()),
            "area": str(self.area_box.currentData()),
            "source": str(self.source_box.currentData()),
            "note": self.note_edit.toPlainText(),
        }

        def add() -> Concern:
            return desk.concerns.add(**values, from_inquiry=from_inquiry)  # type: ignore[arg-type]

        self.save_button.setEnabled(False)
        operation = run_op(self, add, self._saved)
        operation.finished.connect(lambda: self.save_button.setEnabled(True))

    def _saved(self, concern: Concern) -> None:
        self.saved.emit(concern)
        self.accept()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.message_label.show_problems(problems)
        # The message takes lines of its own: the dialog grows rather than squeeze the note.
        self.adjustSize()
        for problem in problems:
            widget = self._fields.get(problem.field)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def wipe(self) -> None:
        self.note_edit.clear()


def new_concern(
    parent: QWidget,
    desk: Desk,
    *,
    language: Language,
    noted_on: date | None = None,
    source: str | None = None,
    note: str = "",
    from_inquiry: InquiryId | None = None,
) -> ConcernDialog | None:
    """Open the dialog over ``parent``'s window (None when its lists cannot be read; the
    refusal is shown on ``parent``). The inquiries page calls this with an inquiry."""
    dialog = read_now(
        parent,
        lambda: ConcernDialog(
            desk=desk,
            language=language,
            noted_on=noted_on,
            source=source,
            note=note,
            from_inquiry=from_inquiry,
            parent=parent.window(),
        ),
    )
    if dialog is None:
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _box(items: Iterable[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    for value, label in items:
        box.addItem(label, value)
    return box
