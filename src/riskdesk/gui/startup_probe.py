"""A probe for the bundle's smoke test and launch benchmark (``scripts/check-bundle``,
``benchmarks/bundle_launch.py``): with ``RISKDESK_EXIT_WHEN_SHOWN=1`` the application
prints the wall-clock time of its first window's first paint and that window's class,
then quits with 0; set to a path ending in ``.png``, it also saves a picture of that
window. It shows that a frozen bundle found its Qt plugins, translations and package data
far enough to draw the unlock dialog, without anyone to press a button.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "RISKDESK_EXIT_WHEN_SHOWN"


class _FirstPaint(QObject):
    def __init__(self, app: QCoreApplication, picture: str | None) -> None:
        super().__init__(app)
        self._picture = picture

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            print(f"{time.time():.3f} {type(watched.window()).__name__}", flush=True)
            application = QCoreApplication.instance()
            assert application is not None
            application.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._finish(watched.window()))
        return False

    def _finish(self, window: QWidget) -> None:
        if self._picture:
            window.grab().save(self._picture)
        QCoreApplication.exit(0)


def install_startup_probe(app: QCoreApplication, environ: Mapping[str, str] = os.environ) -> bool:
    """Watch for the first paint when ``PROBE_ENV`` is ``1`` or a ``.png`` path; whether
    it was."""
    value = environ.get(PROBE_ENV, "")
    if value != "1" and not value.endswith(".png"):
        return False
    app.installEventFilter(_FirstPaint(app, value if value != "1" else None))
    return True
