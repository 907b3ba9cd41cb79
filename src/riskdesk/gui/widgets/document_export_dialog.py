"""Saving a document outside the vault: where, whether also as PDF, and a clear warning
that the saved file is not encrypted. The one export dialog for every document kind."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.gui.operations import Operation, run_op
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.services.document_export import DocumentKind, DocumentProblem, ExportedDocument

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

PathChooser = Callable[[QWidget, Path], Path | None]
"""``choose(parent, suggested)`` asks for a .docx path; None when the user cancels."""

DOCX_SUFFIX = ".docx"


def choose_docx_path(parent: QWidget, suggested: Path) -> Path | None:
    """The platform's save dialog; Qt's own dialog under the offscreen platform (tests)."""
    dialog = QFileDialog(parent, parent.tr("Save the Word document (not encrypted)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(parent.tr("Word document (*.docx)"))
    dialog.setDefaultSuffix(DOCX_SUFFIX.lstrip("."))
    dialog.setDirectory(str(suggested.parent))
    dialog.selectFile(suggested.name)
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def default_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _looked_up(path: Path) -> tuple[bool, bool]:
    """Whether ``path`` is a folder, and whether it exists. A path the system cannot even
    look up (a name too long, a folder without access) is neither: the export then says
    why it cannot be saved, in the user's language."""
    try:
        return path.is_dir(), path.exists()
    except OSError:
        return False, False


class DocumentExportDialog(QDialog):
    """Asks where to save ``kind`` of record ``record_id``, says the file will be
    unencrypted and outside the vault, then runs ``desk.documents.export`` as an
    operation (:func:`run_op`), so the window keeps drawing while Word and LibreOffice
    work. The file name is the one ``desk.documents.suggested_name`` gives; the PDF box
    is there only when the kind allows a PDF.

    A document problem or a refusal is shown in :attr:`problem_label` and the dialog
    stays open with the chosen path, so the user can pick another folder; the export
    itself writes nothing under the real name when it fails. After a successful export
    the dialog shows what was saved (:attr:`result_label`: the path, why no PDF was
    made, the renderer's notice), :attr:`exported` holds the result and
    :attr:`document_exported` carries it.

    Raises a ``Refusal`` when the record is gone or there is nothing to save (a case
    without a plan or a release meeting): asking for the file name checks it, so the
    dialog never opens on a document that cannot be made, and :func:`read_now` shows the
    sentence the command line says. Should the record go while the dialog is open, the
    export's refusal is shown in :attr:`problem_label` and nothing is written.
    """

    document_exported = Signal(object)

    def __init__(
        self,
        *,
        desk: Desk,
        kind: DocumentKind,
        record_id: int,
        language: Language,
        title: str = "",
        folder: Path | None = None,
        choose_path: PathChooser = choose_docx_path,
        parent: QWidget | None = None,
    ) -> None:
        # Read first: a refused read must not leave a half-built dialog in ``parent``.
        suggested_name = desk.documents.suggested_name(kind, record_id)
        super().__init__(parent)
        self._desk = desk
        self._kind = kind
        self._record_id = record_id
        self._language = language
        self._choose_path = choose_path
        self._confirmed_replace: Path | None = None
        self.exported: ExportedDocument | None = None
        self.operation: Operation | None = None
        self.setObjectName("DocumentExportDialog")
        self.setWindowTitle(title or self.tr("Save document"))
        self.setMinimumWidth(620)

        self.warning_label = QLabel(
            self.tr(
                "The Word document is NOT encrypted. It is saved outside the vault, where "
                "anyone with access to the folder can read it. Save it only where the "
                "person's data may be kept, and delete it when it is no longer needed. "
                "The export is recorded in the audit log."
            )
        )
        self.warning_label.setObjectName("disclaimer")
        self.warning_label.setWordWrap(True)

        self.path_edit = QLineEdit(str((folder or default_folder()) / suggested_name))
        self.path_edit.setAccessibleName(self.tr("File name"))
        self.path_edit.textChanged.connect(self._path_changed)
        path_label = QLabel(self.tr("Save &as:"))
        path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(path_label)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.pdf_box = QCheckBox(self.tr("Also save as &PDF (needs LibreOffice)"))
        self.pdf_box.setVisible(kind.allows_pdf)

        self.problem_label = ProblemLine(language=language)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self._close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addLayout(path_row)
        layout.addWidget(self.pdf_box)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.path_edit.setFocus()

    @property
    def running(self) -> bool:
        return self.operation is not None and not self.operation.done

    def path(self) -> Path:
        """The chosen path, with ``.docx`` added when the user left the suffix out."""
        path = Path(self.path_edit.text().strip()).expanduser()
        return (
            path if path.suffix.lower() == DOCX_SUFFIX else path.with_name(path.name + DOCX_SUFFIX)
        )

    def browse(self) -> None:
        chosen = self._choose_path(self, self.path())
        if chosen is not None:
            self.path_edit.setText(str(chosen))
            # The file dialog has already asked before replacing an existing file.
            self._confirmed_replace = self.path()

    def save(self) -> Operation | None:
        """Start exporting to :meth:`path`; the operation, or None when the path must be
        fixed first (said in :attr:`problem_label`) or an export is already running."""
        if self.exported is not None:
            self.accept()
            return None
        if self.running:
            return None
        self._show_problem("")
        if not self.path_edit.text().strip():
            self._show_problem(self.tr("Choose where to save the document."))
            return None
        path = self.path()
        is_dir, exists = _looked_up(path)
        if is_dir:
            self._show_problem(self.tr("%1 is a folder. Add a file name.").replace("%1", str(path)))
            return None
        if exists and self._confirmed_replace != path:
            self._confirmed_replace = path
            self._show_problem(
                self.tr("%1 already exists. Click Save again to replace it.").replace(
                    "%1", str(path)
                )
            )
            return None
        desk, kind, record_id = self._desk, self._kind, self._record_id
        pdf = self.pdf_box.isVisible() and self.pdf_box.isChecked()

        def export() -> ExportedDocument | DocumentProblem:
            # A folder that cannot be written is an answer for this dialog, not a failure.
            try:
                return desk.documents.export(kind, record_id, path, pdf=pdf)
            except DocumentProblem as problem:
                return problem

        self._set_inputs_enabled(False)
        self.operation = run_op(
            self,
            export,
            self._exported,
            on_refused=lambda refusal: self._failed(refusal.text(self._language)),
            label=self.tr("Saving the document…"),
        )
        self.operation.finished.connect(self._operation_finished)
        return self.operation

    def _exported(self, outcome: ExportedDocument | DocumentProblem) -> None:
        if isinstance(outcome, DocumentProblem):
            self._failed(outcome.text(self._language))
            return
        self._show_result(outcome)
        self.document_exported.emit(outcome)

    def _failed(self, text: str) -> None:
        self._set_inputs_enabled(True)
        self._show_problem(text)
        self.path_edit.setFocus()

    def _operation_finished(self) -> None:
        # Also after a failure run_op reported itself (a locked vault, say).
        self._set_inputs_enabled(self.exported is None)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.path_edit, self.browse_button, self.pdf_box, self.save_button):
            widget.setEnabled(enabled)

    def result_text(self) -> str:
        """What the export saved, for a status bar; empty before a successful export."""
        exported = self.exported
        if exported is None:
            return ""
        lines = [self.tr("Saved %1 (not encrypted).").replace("%1", str(exported.docx))]
        if exported.pdf is not None:
            lines.append(self.tr("PDF saved as %1.").replace("%1", str(exported.pdf)))
        if exported.pdf_problem is not None:
            lines.append(exported.pdf_problem.text(self._language))
        if exported.notice is not None:
            lines.append(exported.notice.text(self._language))
        return "\n".join(lines)

    def _show_result(self, exported: ExportedDocument) -> None:
        self.exported = exported
        self.result_label.setText(self.result_text())
        self.result_label.show()
        self._set_inputs_enabled(False)
        self.save_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        self.adjustSize()

    def _show_problem(self, text: str) -> None:
        self.problem_label.show_texts([text])
        self.adjustSize()

    def _path_changed(self) -> None:
        self._confirmed_replace = None

    def _close(self) -> None:
        if self.exported is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        # Closed mid-export, the user would never learn where the file went.
        if not self.running:
            super().reject()
