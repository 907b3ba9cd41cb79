"""Small pieces of the main window's menus: adding an action, and the one status-bar line
that says which form files did not load."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QKeyCombination, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from riskdesk.gui.operations import read_now

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


def add_action(
    menu: QMenu,
    text: str,
    slot: Callable[[], object] | SignalInstance,
    shortcut: QKeyCombination | None = None,
) -> QAction:
    action = menu.addAction(text)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def report_form_failures(window: QMainWindow, desk: Desk | None) -> None:
    """Say once, per unlock, which instrument files did not load; the app goes on with
    the rest. Level rules that do not load are said in a box, as any operation that needs
    them would say it."""
    if desk is None:
        return
    catalogue = read_now(window, lambda: desk.assessments.catalogue)
    failures = catalogue.failures if catalogue is not None else ()
    if not failures:
        return
    files = sorted({failure.file.name for failure in failures})
    first = failures[0]
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "MainWindow", "%1 form file(s) could not be loaded: %2. First problem: %3, %4: %5"
        )
        .replace("%1", str(len(files)))
        .replace("%2", ", ".join(files))
        .replace("%3", first.file.name)
        .replace("%4", first.field)
        .replace("%5", first.message),
        30000,
    )
