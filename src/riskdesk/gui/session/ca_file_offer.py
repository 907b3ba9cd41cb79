"""Under a team server refused for want of its CA file, in the unlock dialog: choosing the
file there, since the settings window is reached only once RiskDesk is unlocked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget


class CaFileOffer(QPushButton):
    """Hidden until :meth:`offer`; the file chosen is handed to ``save`` (the session
    keeps it in the settings), and the button then says to unlock again."""

    def __init__(self, save: Callable[[Path], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.clicked.connect(self._choose)
        self.offer(False)

    def offer(self, shown: bool) -> None:
        self.setText(self.tr("Choose the team server's CA &file…"))
        self.setEnabled(True)
        self.setVisible(shown)

    def _choose(self) -> None:
        # Here, not on the unlock dialog's path to its first paint.
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The team server's CA file"),
            str(Path.home()),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if chosen:
            self.choose(Path(chosen))

    def choose(self, ca_file: Path) -> None:
        self._save(ca_file)
        self.setText(self.tr("The CA file is saved in your settings. Unlock again."))
        self.setEnabled(False)
