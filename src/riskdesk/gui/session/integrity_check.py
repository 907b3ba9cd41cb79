"""The full page-by-page vault check, run on a thread so the window stays usable."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot


class IntegrityCheck(QObject):
    """Runs ``check()`` (returning a list of problems) off the UI thread. On the UI
    thread, ``finished`` then carries the number of problems, or -1 if the check itself
    failed, and ``reported`` what to tell the user about it."""

    finished = Signal(int)
    reported = Signal(str)
    _checked = Signal(int)

    def __init__(self, check: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._thread: threading.Thread | None = None
        # Emitted on the check's thread; queued so the receivers run on this one.
        self._checked.connect(self._report, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="riskdesk-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            problems = len(self._check())
        except Exception:  # a locked or damaged vault: reported as a failed check
            problems = -1
        self._checked.emit(problems)

    @Slot(int)
    def _report(self, problems: int) -> None:
        self.finished.emit(problems)
        self.reported.emit(self.describe(problems))

    def describe(self, problems: int) -> str:
        if problems == 0:
            return self.tr("The vault is intact.")
        if problems < 0:
            return self.tr("The check could not be completed. Try again after unlocking.")
        return self.tr(
            "The check found %1 problems. Restore the vault from a backup and contact support."
        ).replace("%1", str(problems))
