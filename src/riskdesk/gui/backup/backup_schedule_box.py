"""The settings dialog's part for scheduled backups: every N days to a folder, keeping
the last K."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from riskdesk.domain.backup_schedule import (
    MAX_EVERY_DAYS,
    MAX_KEEP,
    MIN_EVERY_DAYS,
    MIN_KEEP,
    BackupSchedule,
)


class BackupScheduleBox(QGroupBox):
    """Edits a :class:`BackupSchedule`; an empty folder means no scheduled backups."""

    def __init__(self, schedule: BackupSchedule, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scheduled backups"), parent)
        self.every_spin = QSpinBox()
        self.every_spin.setAccessibleName(self.tr("Back up every so many days"))
        self.every_spin.setRange(MIN_EVERY_DAYS, MAX_EVERY_DAYS)
        self.every_spin.setSuffix(self.tr(" days"))
        self.every_spin.setValue(schedule.every_days)
        self.folder_edit = QLineEdit(str(schedule.folder) if schedule.folder else "")
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(self.tr("No folder: no scheduled backups"))
        self.browse_button = QPushButton(self.tr("B&rowse…"))
        self.browse_button.setAccessibleName(self.tr("Browse for the backup folder"))
        self.browse_button.clicked.connect(self._browse)
        self.keep_spin = QSpinBox()
        self.keep_spin.setAccessibleName(self.tr("Backups to keep"))
        self.keep_spin.setRange(MIN_KEEP, MAX_KEEP)
        self.keep_spin.setValue(schedule.keep)
        note = QLabel(
            self.tr(
                "Taken when an administrator or supervisor unlocks the vault and the last "
                "backup is older than this. It is encrypted as the vault is."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)

        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(_buddy(self.tr("Back up &every:"), self.every_spin), self.every_spin)
        form.addRow(_buddy(self.tr("To &folder:"), self.folder_edit), folder_row)
        form.addRow(_buddy(self.tr("&Keep the last:"), self.keep_spin), self.keep_spin)
        form.addRow("", note)

    def schedule(self) -> BackupSchedule:
        folder = self.folder_edit.text().strip()
        return BackupSchedule(
            every_days=self.every_spin.value(),
            folder=Path(folder).expanduser() if folder else None,
            keep=self.keep_spin.value(),
        )

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for scheduled backups"), self.folder_edit.text()
        )
        if chosen:
            self.folder_edit.setText(chosen)


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label
