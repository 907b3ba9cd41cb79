"""The start page's reminder that the vault has not been backed up for longer than the
schedule's period. The words and the decision are the backup service's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from riskdesk.domain.localized import Language
from riskdesk.gui.operations import read_now
from riskdesk.services.settings import load_settings

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class BackupWarning(QLabel):
    """Hidden while there is nothing to say."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setObjectName("backupWarning")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#backupWarning { color: #8a5a00; font-weight: bold; }")
        self.hide()

    def show_for(self, desk: Desk) -> None:
        schedule = load_settings().backup
        # A team server's backups are IT's: the schedule is for a vault file.
        if not (desk.backups.allowed and schedule.active and desk.path is not None):
            self.clear()
            return
        status = read_now(self, lambda: desk.backups.status(schedule))
        if status is None or status.warning is None:
            self.clear()
            return
        self.setText(status.warning.text(self._language))
        self.show()

    def clear(self) -> None:
        super().clear()
        self.hide()
