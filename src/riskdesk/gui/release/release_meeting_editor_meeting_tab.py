"""The release meeting's first tab: the facts of the meeting and the participants beside
them, bound to the editor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting_editor import ReleaseMeetingEditor
from riskdesk.gui.release.release_meeting_editor_facts import FactFields
from riskdesk.gui.release.release_meeting_editor_participants import ParticipantsEditor
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit


class MeetingTab(QWidget):
    """:meth:`show_editor` draws an editor (or nothing); every edit goes into that editor and
    then fires :attr:`edited`."""

    edited = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor: ReleaseMeetingEditor | None = None
        self.fields = FactFields(self)
        self.fields.edited.connect(self.edited)
        self.prison_edit = self.fields.add("prison", QLineEdit())
        self.place_edit = self.fields.add("place", QLineEdit())
        self.release_edit = self.fields.add(
            "expected_release", OptionalDateEdit(accessible_name=self.tr("Expected release"))
        )
        self.meeting_edit = self.fields.add(
            "meeting_on", OptionalDateEdit(accessible_name=self.tr("Meeting date"))
        )
        self.admitted_edit = self.fields.add(
            "admitted_on", OptionalDateEdit(accessible_name=self.tr("Admitted on"))
        )
        self.sentence_months = self.fields.add("sentence_months", _spin(600, self.tr(" mo.")))
        self.sentence_days = self.fields.add("sentence_days", _spin(366, self.tr(" days")))
        self.sentence_months.setAccessibleName(self.tr("Sentence, months"))
        self.sentence_days.setAccessibleName(self.tr("Sentence, days"))
        self.parole_edit = self.fields.add(
            "parole_on", OptionalDateEdit(accessible_name=self.tr("Parole date"))
        )
        self.parole_edit.setToolTip(
            self.tr(
                "Kriminalforsorgen's parole date. Without one, parole is counted at two "
                "thirds of the sentence from admission."
            )
        )
        sentence = QHBoxLayout()
        sentence.addWidget(self.sentence_months)
        sentence.addWidget(self.sentence_days)
        sentence.addStretch(1)
        self.conditions_edit = self.fields.add("conditions", QPlainTextEdit())
        self.supervision_edit = self.fields.add("supervision", QPlainTextEdit())
        for edit in (self.conditions_edit, self.supervision_edit):
            edit.setTabChangesFocus(True)
            # Two lines at least; the room the other fields leave goes to these.
            edit.setMinimumHeight(52)
        facts = QFormLayout()
        facts.addRow(self.tr("&Prison:"), self.prison_edit)
        facts.addRow(self.tr("&Admitted:"), self.admitted_edit)
        sentence_label = QLabel(self.tr("Se&ntence:"))
        sentence_label.setBuddy(self.sentence_months)
        facts.addRow(sentence_label, sentence)
        facts.addRow(self.tr("Paro&le:"), self.parole_edit)
        facts.addRow(self.tr("E&xpected release:"), self.release_edit)
        facts.addRow(self.tr("Meeting &date:"), self.meeting_edit)
        facts.addRow(self.tr("P&lace:"), self.place_edit)
        facts.addRow(self.tr("C&onditions:"), self.conditions_edit)
        facts.addRow(self.tr("S&upervision:"), self.supervision_edit)
        facts_box = QGroupBox(self.tr("The meeting"))
        facts_box.setLayout(facts)

        self.participants = ParticipantsEditor(language=language)
        self.participants.changed.connect(self._participants_changed)
        participants_box = QGroupBox(self.tr("Participants"))
        QVBoxLayout(participants_box).addWidget(self.participants)

        # The participants' roles are long names; the facts are short fields.
        layout = QHBoxLayout(self)
        layout.addWidget(facts_box, 2)
        layout.addWidget(participants_box, 3)

    def show_editor(self, editor: ReleaseMeetingEditor | None) -> None:
        self._editor = None
        self.fields.show_editor(editor)
        self.participants.set_rows(editor.participants if editor is not None else ())
        self._editor = editor

    def _participants_changed(self) -> None:
        if self._editor is not None:
            self._editor.set_participants(self.participants.rows())
            self.edited.emit()


def _spin(maximum: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(suffix)
    return spin
