"""The release meeting's first tab: the facts of the meeting, the release timeline under
them and the participants beside them, bound to the editor."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting_editor import ReleaseMeetingEditor
from riskdesk.gui.release.release_meeting_editor_facts import FactFields
from riskdesk.gui.release.release_meeting_editor_participants import ParticipantsEditor
from riskdesk.gui.release.release_meeting_editor_timeline import TimelineView
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit


class MeetingTab(QWidget):
    """:meth:`show_editor` draws an editor (or nothing); every edit goes into that editor and
    then fires :attr:`edited`. The timeline is the page's to fill: it needs today."""

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
        self.conditions_edit = self.fields.add("conditions", QPlainTextEdit())
        self.supervision_edit = self.fields.add("supervision", QPlainTextEdit())
        for edit in (self.conditions_edit, self.supervision_edit):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
        facts = QFormLayout()
        facts.addRow(self.tr("&Prison:"), self.prison_edit)
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

        self.timeline = TimelineView(language=language)
        timeline_box = QGroupBox(self.tr("Release timeline"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        left = QVBoxLayout()
        left.addWidget(facts_box)
        left.addWidget(timeline_box, 1)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addWidget(participants_box, 1)

    def show_editor(self, editor: ReleaseMeetingEditor | None) -> None:
        self._editor = None
        self.fields.show_editor(editor)
        self.participants.set_rows(editor.participants if editor is not None else ())
        self._editor = editor

    def _participants_changed(self) -> None:
        if self._editor is not None:
            self._editor.set_participants(self.participants.rows())
            self.edited.emit()
