"""How far a long operation has come, shown in its busy dialog.

The operation, on the operations thread, is given a :class:`ProgressReport` (a plain
Python object: a Qt object handed to that thread could be destroyed there, which
deadlocks against the GUI thread) and calls it as it goes; the GUI thread reads it ten
times a second and moves the busy dialog's bar, once the dialog is shown."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer

from riskdesk.gui.operations import Operation

_READ_EVERY_MS = 100


class ProgressReport:
    """Called as ``report(done, total)`` on any thread; read on the GUI thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done = 0
        self._total = 0

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            self._done, self._total = done, total

    def read(self) -> tuple[int, int]:
        with self._lock:
            return self._done, self._total


def follow_progress(
    operation: Operation, report: ProgressReport, text: Callable[[int, int], str]
) -> QTimer:
    """Show ``report`` in ``operation``'s busy dialog until it is done: a bar from 0 to
    the total and ``text(done, total)`` as its label. The timer belongs to the operation."""
    timer = QTimer(operation)
    timer.setInterval(_READ_EVERY_MS)

    def show() -> None:
        if operation.done:
            timer.stop()
            return
        dialog = operation.busy_dialog
        done, total = report.read()
        if dialog is None or not shiboken6.isValid(dialog) or total <= 0:
            return
        # At the total the work is not over (the restore still opens the vault): a
        # progress dialog that resets and closes itself there would vanish mid-operation.
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setRange(0, total)
        dialog.setValue(min(done, total))
        dialog.setLabelText(text(done, total))

    timer.timeout.connect(show)
    timer.start()
    return timer
