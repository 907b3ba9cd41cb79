"""A probe for the bundle's smoke test and launch benchmark (``scripts/check-bundle``,
``benchmarks/bundle_launch.py``): with ``RISKDESK_EXIT_WHEN_SHOWN=1`` the application
prints the wall-clock time of its first window's first paint and that window's class,
then quits with 0. It shows that a frozen bundle found its Qt plugins, translations and
package data far enough to draw the unlock dialog, without anyone to press a button.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_ENV = "RISKDESK_EXIT_WHEN_SHOWN"


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            print(f"{time.time():.3f} {type(watched.window()).__name__}", flush=True)
            application = QCoreApplication.instance()
            assert application is not None
            application.removeEventFilter(self)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


def install_startup_probe(app: QCoreApplication, environ: Mapping[str, str] = os.environ) -> bool:
    """Watch for the first paint when ``PROBE_ENV`` is set; whether it was."""
    if environ.get(PROBE_ENV) != "1":
        return False
    app.installEventFilter(_FirstPaint(app))
    return True
