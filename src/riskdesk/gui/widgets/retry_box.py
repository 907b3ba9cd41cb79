"""A warning box that offers to try again: for a step refused only because another user
held the vault a moment too long, so nothing was saved and trying again usually works."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def open_retry_box(parent: QWidget | None, text: str, retry: Callable[[], object]) -> QMessageBox:
    """Open (window-modal, deleted on close) a box with ``text``, Retry and Cancel; Retry
    calls ``retry()``. The box holds ``retry`` for as long as it lives."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "RiskDesk",
        text,
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("operationMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    box.button(QMessageBox.StandardButton.Retry).clicked.connect(retry)
    box.open()
    return box
