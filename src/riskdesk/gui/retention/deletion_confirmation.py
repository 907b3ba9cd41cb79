"""The question before a deletion: it names the cases and says plainly that a deletion
cannot be undone except from a backup. Cancel is the default button."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget


class DeletionConfirmation(QMessageBox):
    def __init__(self, case_numbers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deletionConfirmation")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Delete for good"))
        self.setText(self.tr("Delete %1 case(s) for good?").replace("%1", str(len(case_numbers))))
        self.setInformativeText(
            "\n\n".join(
                (
                    ", ".join(case_numbers),
                    self.tr(
                        "Each case is deleted with its assessments, every version of its "
                        "action plan, its release meeting and its entries on meeting "
                        "agendas; a person with no other case is deleted too."
                    ),
                    self.tr("A deletion cannot be undone except from a backup."),
                )
            )
        )
        self.delete_button = self.addButton(
            self.tr("Delete for good"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def confirmed(self) -> bool:
        return self.clickedButton() is self.delete_button
