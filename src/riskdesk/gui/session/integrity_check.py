"""The full page-by-page vault check, run on a thread so the window stays usable."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class IntegrityCheck(QObject):
    """Runs ``check()`` (returning a list of problems) off the UI thread; ``finished``
    carries the number of problems, or -1 if the check itself failed."""

    finished = Signal(int)

    def __init__(self, check: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._thread: threading.Thread | None = None

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
        # Emitted from this thread; Qt queues it to the receiver on the UI thread.
        self.finished.emit(problems)
