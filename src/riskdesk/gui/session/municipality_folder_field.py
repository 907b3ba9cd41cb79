"""The settings' field for the municipality's own folder: where its templates, forms and
logo live, outside the installation, so that an update leaves them be."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from riskdesk.services.municipality_folder import default_municipality_dir
from riskdesk.shipped_files import MUNICIPALITY_DIR_ENV


class MunicipalityFolderField(QWidget):
    """Empty means the default folder, shown greyed in the field. When IT has set
    ``RISKDESK_MUNICIPALITY_DIR``, that folder is shown and cannot be changed here."""

    def __init__(self, chosen: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default_municipality_dir()
        self._chosen = chosen
        self.edit = QLineEdit(str(chosen) if chosen else "")
        self.edit.setPlaceholderText(str(self._default))
        self.edit.setAccessibleName(self.tr("Municipality folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self._choose)
        self.note = QLabel(
            self.tr(
                "Files in its templates/, forms/ and resources/ replace RiskDesk's own of the "
                "same name from the next unlock; updates leave them be."
            )
        )
        it_folder = os.environ.get(MUNICIPALITY_DIR_ENV)
        if it_folder:
            self.edit.setText(it_folder)
            self.edit.setEnabled(False)
            self.choose_button.setEnabled(False)
            self.note.setText(self.tr("Set by your IT department for this computer."))
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        # The form's label (with its shortcut) gives the focus to the text field.
        self.setFocusProxy(self.edit)

    def folder(self) -> Path | None:
        """The chosen folder, or None for the default; the user's earlier choice stays
        while IT's folder overrides it."""
        if not self.edit.isEnabled():
            return self._chosen
        text = self.edit.text().strip()
        if not text:
            return None
        chosen = Path(text).expanduser()
        return None if chosen == self._default else chosen

    def _choose(self) -> None:
        start = self.edit.text().strip() or str(self._default)
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("The municipality's own folder"), start
        )
        if chosen:
            self.edit.setText(chosen)
