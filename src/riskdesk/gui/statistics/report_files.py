"""Where the statistics page saves the report: the platform's save dialog (Qt's own under
the offscreen platform, as in tests), with a warning that the file is not encrypted."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from riskdesk.gui.widgets.document_export_dialog import default_folder


def choose_save_path(parent: QWidget, name_filter: str, suffix: str) -> Path | None:
    """A path ending in ``suffix``; None when the user cancels."""
    dialog = QFileDialog(parent, parent.tr("Save the report (not encrypted)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.setDirectory(str(default_folder()))
    dialog.selectFile(f"halvaarsrapport{suffix}")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def choose_police_csv(parent: QWidget) -> Path | None:
    """The police's report counts to open; None when the user cancels."""
    dialog = QFileDialog(parent, parent.tr("The police's report counts"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(parent.tr("CSV file (*.csv)"))
    dialog.setDirectory(str(default_folder()))
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
