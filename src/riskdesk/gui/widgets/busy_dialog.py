"""What the window shows while an operation runs longer than a moment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget


class BusyDialog(QProgressDialog):
    """'Working…' while an operation runs; the user cannot dismiss it."""

    def __init__(self, label: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("BusyDialog")
        self.setWindowTitle("RiskDesk")
        self.setLabelText(label or self.tr("Working…"))
        self.setCancelButton(None)
        self.setRange(0, 0)
        self.setMinimumWidth(360)
        self.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )

    def reject(self) -> None:
        # Escape must not hide a dialog that would leave the window usable mid-operation.
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
