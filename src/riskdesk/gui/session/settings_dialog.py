"""The user's own preferences: language, when to lock, whether the screen may be
captured, and the team server's CA file."""

from __future__ import annotations

import dataclasses
import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.gui.backup.backup_schedule_box import BackupScheduleBox
from riskdesk.gui.session.municipality_folder_field import MunicipalityFolderField
from riskdesk.gui.session.server_ca_field import ServerCaField
from riskdesk.services.settings import MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES

if TYPE_CHECKING:
    from riskdesk.services.settings import Settings

# Each language is named in itself, so a user who chose the wrong one can find theirs.
_LANGUAGE_NAMES = {Language.DANISH: "Dansk", Language.ENGLISH: "English"}


class SettingsDialog(QDialog):
    """Edits a copy of :class:`Settings`; :meth:`settings` returns the result."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        capture_can_be_blocked: bool = sys.platform == "win32",
    ) -> None:
        super().__init__(parent)
        self._original = settings
        self.setWindowTitle(self.tr("Settings"))
        # Wide enough for the notes to wrap into a few readable lines, not a column.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for language, name in _LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, language.value)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language.value))

        self.idle_spin = QSpinBox()
        self.idle_spin.setAccessibleName(self.tr("Lock after minutes without use"))
        self.idle_spin.setRange(MIN_IDLE_LOCK_MINUTES, MAX_IDLE_LOCK_MINUTES)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setValue(
            max(MIN_IDLE_LOCK_MINUTES, min(MAX_IDLE_LOCK_MINUTES, settings.idle_lock_minutes))
        )

        self.capture_check = QCheckBox(self.tr("Allow &screenshots and screen sharing"))
        self.capture_check.setChecked(settings.allow_screen_capture)
        self.capture_check.setEnabled(capture_can_be_blocked)
        capture_note = QLabel(
            self.tr(
                "While this is off, RiskDesk's windows are left out of screenshots, "
                "recordings and shared screens. Turn it on only while support needs to see "
                "your screen."
            )
            if capture_can_be_blocked
            else self.tr("RiskDesk can keep its windows out of screenshots only on Windows.")
        )
        capture_note.setObjectName("hint")
        capture_note.setWordWrap(True)

        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        idle_label = QLabel(self.tr("Lock &after:"))
        idle_label.setBuddy(self.idle_spin)
        restart_note = QLabel(self.tr("A new language takes effect when RiskDesk is restarted."))
        restart_note.setObjectName("hint")
        restart_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(language_label, self.language_combo)
        form.addRow("", restart_note)
        form.addRow(idle_label, self.idle_spin)
        form.addRow("", self.capture_check)
        form.addRow("", capture_note)
        self.municipality_folder = MunicipalityFolderField(settings.municipality_dir)
        form.addRow(self.tr("&Municipality folder:"), self.municipality_folder)
        self.server_ca = ServerCaField(settings.server_ca_file)
        form.addRow(self.tr("Team server's &CA file:"), self.server_ca)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.backup_box = BackupScheduleBox(settings.backup)
        layout.addWidget(self.backup_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.adjustSize()

    def settings(self) -> Settings:
        return dataclasses.replace(
            self._original,
            language=Language(self.language_combo.currentData()),
            idle_lock_minutes=self.idle_spin.value(),
            allow_screen_capture=self.capture_check.isChecked(),
            backup=self.backup_box.schedule(),
            municipality_dir=self.municipality_folder.folder(),
            server_ca_file=self.server_ca.ca_file(),
        )
