"""The settings' field for the team server's CA file: the certificate IT hands out, with
which RiskDesk checks that it talks to the unit's own server (``sslmode=verify-full``)
before it sends a password to any other machine."""

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

from riskdesk.services.settings import SERVER_CA_VARIABLE


class ServerCaField(QWidget):
    """Empty means none (a team server on this machine needs none). When IT has set
    ``RISKDESK_SERVER_CA``, that file is shown and cannot be changed here."""

    def __init__(self, chosen: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen = chosen
        self.edit = QLineEdit(str(chosen) if chosen else "")
        self.edit.setPlaceholderText(self.tr("Only for a team server on another machine"))
        self.edit.setAccessibleName(self.tr("The team server's CA file"))
        self.choose_button = QPushButton(self.tr("Ch&oose…"))
        self.choose_button.clicked.connect(self._choose)
        self.note = QLabel(
            self.tr(
                "IT gives you this file. RiskDesk uses it to check that it is talking to "
                "your unit's team server before it sends your password."
            )
        )
        it_file = os.environ.get(SERVER_CA_VARIABLE, "").strip()
        if it_file:
            self.edit.setText(it_file)
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
        self.setFocusProxy(self.edit)

    def ca_file(self) -> Path | None:
        """The chosen file, or None; the user's own choice stays while IT's overrides it."""
        if not self.edit.isEnabled():
            return self._chosen
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def _choose(self) -> None:
        start = self.edit.text().strip() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The team server's CA file"),
            start,
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if chosen:
            self.edit.setText(chosen)
