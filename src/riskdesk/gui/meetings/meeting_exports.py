"""The meeting's three documents: the agenda, the pseudonymised agenda (initials and birth
year, names scrubbed from the texts) and the minutes, each saved through the one export
dialog, which names the file and runs the export as an operation. A meeting with unsaved
edits is saved first, so the document shows what the screen shows."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from riskdesk.domain.document_kinds import DocumentKind
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import Meeting, MeetingId
from riskdesk.domain.meeting_editor import MeetingEditor
from riskdesk.gui.meetings.meeting_writes import MeetingWrites
from riskdesk.gui.operations import read_now
from riskdesk.gui.widgets.document_export_dialog import DocumentExportDialog


class MeetingExports(QWidget):
    """:attr:`dialog` is the export dialog opened last; :attr:`document_saved` tells that
    a document was saved."""

    document_saved = Signal()

    def __init__(
        self, *, language: Language, writes: MeetingWrites, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._writes = writes
        self._editor: MeetingEditor | None = None
        self.dialog: DocumentExportDialog | None = None
        self._titles = {
            DocumentKind.MEETING_AGENDA: self.tr("Export the agenda"),
            DocumentKind.MEETING_AGENDA_PSEUDONYMISED: self.tr("Export the pseudonymised agenda"),
            DocumentKind.MEETING_MINUTES: self.tr("Export the minutes"),
        }
        self.agenda_button = QPushButton(self.tr("Export &agenda…"))
        self.pseudonymised_button = QPushButton(self.tr("Export &pseudonymised agenda…"))
        self.minutes_button = QPushButton(self.tr("Export m&inutes…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button, kind in (
            (self.agenda_button, DocumentKind.MEETING_AGENDA),
            (self.pseudonymised_button, DocumentKind.MEETING_AGENDA_PSEUDONYMISED),
            (self.minutes_button, DocumentKind.MEETING_MINUTES),
        ):
            button.clicked.connect(lambda _=False, kind=kind: self.export(kind))
            layout.addWidget(button)
        self.show_editor(None)

    def show_editor(self, editor: MeetingEditor | None) -> None:
        """Export ``editor``'s meeting; the buttons work once it is stored."""
        self._editor = editor
        self.setEnabled(editor is not None and editor.is_stored)

    def export(self, kind: DocumentKind) -> DocumentExportDialog | None:
        """Open the export dialog for the meeting, after saving its unsaved edits: the
        dialog when it opened at once, None when it opens after the save (or not at all,
        when the save is refused)."""
        editor = self._editor
        if editor is None:
            return None
        meeting_id = editor.meeting_id
        if meeting_id is not None and not editor.dirty and not self._writes.busy(editor):
            return self._open(kind, meeting_id)

        def saved(stored: Meeting) -> None:
            if editor is self._editor and stored.id is not None:
                self._open(kind, stored.id)

        self._writes.save(editor, then=saved)
        return None

    def _open(self, kind: DocumentKind, meeting_id: MeetingId) -> DocumentExportDialog | None:
        desk = self._writes.desk
        if desk is None:
            return None
        # Naming the file reads the meeting, which may be gone.
        dialog = read_now(
            self,
            lambda: DocumentExportDialog(
                desk=desk,
                kind=kind,
                record_id=meeting_id,
                language=self._language,
                title=self._titles[kind],
                parent=self,
            ),
        )
        if dialog is None:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.document_exported.connect(lambda _: self.document_saved.emit())
        self.dialog = dialog
        dialog.open()
        return dialog
