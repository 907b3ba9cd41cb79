"""Saving a Word document outside the vault: where, whether also as PDF, and a clear
warning that the saved file is not encrypted. Used for every document RiskDesk exports."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QGuiApplication
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
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.vault_errors import VaultError
from riskdesk.services.document_export import DocumentProblem, ExportedDocument

Export = Callable[[Path, bool], ExportedDocument]
"""``export(path, pdf)`` renders, saves and audits; raises :class:`DocumentProblem`."""

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


class DocumentExportDialog(QDialog):
    """Asks where to save, says the file will be unencrypted and outside the vault, then
    calls ``export(path, pdf)``.

    A :class:`DocumentProblem` (or a vault error) is shown in :attr:`problem_label` and the
    dialog stays open with the chosen path, so the user can pick another folder; the
    export itself writes nothing under the real name when it fails. After a successful
    export the dialog shows what was saved (:attr:`result_label`: the path, why no PDF
    was made, the renderer's notice), :attr:`exported` holds the result and
    :attr:`document_exported` carries it.
    """

    document_exported = Signal(object)

    def __init__(
        self,
        *,
        language: Language,
        suggested_name: str,
        export: Export,
        title: str = "",
        folder: Path | None = None,
        choose_path: PathChooser = choose_docx_path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._export = export
        self._choose_path = choose_path
        self._confirmed_replace: Path | None = None
        self.exported: ExportedDocument | None = None
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

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
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

    def save(self) -> ExportedDocument | None:
        """Export to :meth:`path`; the result, or None when it was refused or failed."""
        if self.exported is not None:
            self.accept()
            return self.exported
        self._show_problem("")
        if not self.path_edit.text().strip():
            self._show_problem(self.tr("Choose where to save the document."))
            return None
        path = self.path()
        if path.is_dir():
            self._show_problem(self.tr("%1 is a folder. Add a file name.").replace("%1", str(path)))
            return None
        if path.exists() and self._confirmed_replace != path:
            self._confirmed_replace = path
            self._show_problem(
                self.tr("%1 already exists. Click Save again to replace it.").replace(
                    "%1", str(path)
                )
            )
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            exported = self._export(path, self.pdf_box.isChecked())
        except (DocumentProblem, Refusal, VaultError) as error:
            self._show_problem(error.text(self._language))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_result(exported)
        self.document_exported.emit(exported)
        return exported

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
        for widget in (self.path_edit, self.browse_button, self.pdf_box):
            widget.setEnabled(False)
        self.save_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        self.adjustSize()

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))
        self.adjustSize()

    def _path_changed(self) -> None:
        self._confirmed_replace = None

    def _close(self) -> None:
        if self.exported is not None:
            self.accept()
        else:
            self.reject()


def export_document(
    parent: QWidget | None,
    *,
    language: Language,
    suggested_name: str,
    export: Export,
    title: str = "",
) -> ExportedDocument | None:
    """Run :class:`DocumentExportDialog` modally; what was saved, or None when nothing was."""
    dialog = DocumentExportDialog(
        language=language,
        suggested_name=suggested_name,
        export=export,
        title=title,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    dialog.exec()
    exported = dialog.exported
    dialog.deleteLater()
    return exported
