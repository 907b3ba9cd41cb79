"""Small building blocks of dialogs' forms: a labelled field, a field with its button, a
field with its notes under it, an extra action beside Save and Cancel, and the save-as
chooser for a new vault."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def buddy(text: str, field: QWidget) -> QLabel:
    """A label whose mnemonic moves the focus to ``field``."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def row(*widgets: QWidget) -> QWidget:
    """``widgets`` side by side, the first taking the room left."""
    cell = QWidget()
    line = QHBoxLayout(cell)
    line.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        line.addWidget(widget, 1 if index == 0 else 0)
    return cell


def stacked(*widgets: QWidget) -> QWidget:
    """``widgets`` one under the other, as one cell of the form."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    return cell


def action_button(buttons: QDialogButtonBox, text: str, slot: Callable[[], object]) -> QPushButton:
    """A button beside a dialog's Save and Cancel that does something else (closes a
    case, say) and never takes Enter from the dialog's own default."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    return button


def choose_new_vault_file(parent: QWidget, title: str, current: str) -> str | None:
    """The file the user picks for a vault that does not exist yet, or None. The chooser
    never asks about overwriting: a file that exists is refused under the field, in the
    same words as a typed one."""
    chooser = QFileDialog(parent, title)
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chooser.setNameFilter(QCoreApplication.translate("VaultFileChooser", "RiskDesk vaults (*.rdv)"))
    chooser.setDefaultSuffix("rdv")
    chooser.setOption(QFileDialog.Option.DontConfirmOverwrite)
    chooser.selectFile(current)
    if chooser.exec() and chooser.selectedFiles():
        return chooser.selectedFiles()[0]
    return None
