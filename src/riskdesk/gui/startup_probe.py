"""A probe for the bundle's smoke test, the launch benchmark and the start-up race test
(``scripts/check-bundle``, ``benchmarks/bundle_launch.py``, ``tests/startup``): with
``RISKDESK_EXIT_WHEN_SHOWN=1`` the application prints the wall-clock time of its first
window's first paint and that window's class, then quits with 0; set to a path ending in
``.png``, it also saves a picture of that window. It shows that a frozen bundle found its
Qt plugins, translations and package data far enough to draw the unlock dialog, without
anyone to press a button.

Set to ``ready``, it prints the first paint as above and waits for the session's
``loaded`` signal (the services imported and the main window built, see
:mod:`riskdesk.gui.session.desk_loader`), prints that time and ``MainWindow`` on a second
line and only then quits with 0: the whole start has run, the part on two threads too.
When the import failed it quits with 1 instead, as it does if nothing is loaded in two
minutes.

The first paint is the session's cue (``SessionController.painted``), not a filter on the
whole application: PySide6 would wrap every object such a filter is shown, the style among
them, and make Python enums of their classes, which the start itself never does.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

PROBE_ENV = "RISKDESK_EXIT_WHEN_SHOWN"
READY = "ready"
READY_TIMEOUT_MS = 120_000


class _Probe(QObject):
    def __init__(
        self,
        app: QCoreApplication,
        picture: str | None,
        painted: SignalInstance,
        loaded: SignalInstance | None,
    ) -> None:
        super().__init__(app)
        self._picture = picture
        self._painted = False
        self._waiting_for_ready = loaded is not None
        painted.connect(self._first_paint)
        if loaded is not None:
            loaded.connect(self._loaded)
            QTimer.singleShot(READY_TIMEOUT_MS, lambda: QCoreApplication.exit(1))

    def _first_paint(self, widget: QWidget) -> None:
        if self._painted:
            return
        window = widget.window()
        print(f"{time.time():.3f} {type(window).__name__}", flush=True)
        self._painted = True
        QTimer.singleShot(0, lambda: self._finish(window))

    def _loaded(self, window_built: bool) -> None:
        if not window_built:
            QCoreApplication.exit(1)
            return
        print(f"{time.time():.3f} MainWindow", flush=True)
        self._waiting_for_ready = False
        if self._painted:
            QCoreApplication.exit(0)

    def _finish(self, window: QWidget) -> None:
        if self._picture:
            window.grab().save(self._picture)
        if not self._waiting_for_ready:
            QCoreApplication.exit(0)


def install_startup_probe(
    app: QCoreApplication,
    environ: Mapping[str, str] = os.environ,
    *,
    painted: SignalInstance | None = None,
    loaded: SignalInstance | None = None,
) -> bool:
    """Watch for the first paint (the signal ``painted``, with the widget painted) when
    ``PROBE_ENV`` is ``1``, ``ready`` or a ``.png`` path (with ``ready``, also for the
    session's signal ``loaded``); whether it was."""
    value = environ.get(PROBE_ENV, "")
    if value not in ("1", READY) and not value.endswith(".png"):
        return False
    if painted is None:
        raise ValueError(f"{PROBE_ENV} needs the first paint's signal")
    picture = value if value.endswith(".png") else None
    _Probe(app, picture, painted, loaded if value == READY else None)
    return True
