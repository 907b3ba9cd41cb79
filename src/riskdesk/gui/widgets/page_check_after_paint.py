"""The vault's page-by-page check, started once the unlocked window has painted.

The window opens a vault without that check (``Desk.open(check_pages_later=True)``), so
it no longer stands between the password and the case list; it runs here on a thread of
its own, reading the whole file while the user reads the list. Damage it finds makes the
desk read-only at once, and the banner, which watches the desk's health, says so. A save
made before it has ended waits for it (see :mod:`riskdesk.store.opening_checks`)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

# Should no paint come (a window never shown), the check starts anyway after this long.
_AT_THE_LATEST_MS = 3000


class PageCheckAfterPaint(QObject):
    """Starts ``desk``'s pending page check once ``widget`` has painted, or after
    :data:`_AT_THE_LATEST_MS`; at most once. ``then()`` runs on this thread when the
    check has ended (it also checks the links between audit events), unless forgotten."""

    _ended = Signal()

    def __init__(self, widget: QWidget, desk: Desk, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._desk: Desk | None = desk
        self._then: Callable[[], object] | None = then
        self.checking: threading.Thread | None = None
        # Emitted on the check's thread; queued so ``then`` runs on this one.
        self._ended.connect(self._report, Qt.ConnectionType.QueuedConnection)
        widget.installEventFilter(self)
        QTimer.singleShot(_AT_THE_LATEST_MS, self, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # After the paint has ended: a timer runs once the event loop is free again.
            QTimer.singleShot(0, self, self._start)
        return False

    def forget(self) -> None:
        """The desk is locked: a check not yet started is never started."""
        self._desk = self._then = None
        self._widget.removeEventFilter(self)

    def _start(self) -> None:
        desk, self._desk = self._desk, None
        self._widget.removeEventFilter(self)
        if desk is None or desk.locked:
            return
        self.checking = threading.Thread(
            target=self._check, args=(desk,), name="riskdesk-page-check", daemon=True
        )
        self.checking.start()

    def _check(self, desk: Desk) -> None:
        # Locked meanwhile: the check was ended and nobody waits for it. A check that
        # could not run is still to run: the next save runs it, and meets what stopped it.
        with contextlib.suppress(Exception):
            desk.health.check_pages()
        self._ended.emit()

    @Slot()
    def _report(self) -> None:
        if self._then is not None:
            self._then()
