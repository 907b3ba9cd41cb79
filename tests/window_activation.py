"""Making a window the active one offscreen, for tests that type at the keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

ACTIVATION_TIMEOUT_MS = 20_000


def activate(qtbot, widget: QWidget) -> None:
    """Show ``widget`` and wait until it is the active window. Offscreen has no window
    manager, so activation is asked for again until it takes; a modal window an earlier
    test left open would block it, so one is closed first. Under a loaded CI machine the
    first request can be lost, which made a single request time out now and then."""
    for _ in range(10):
        modal = QApplication.activeModalWidget()
        if modal is None or modal is widget:
            break
        modal.close()
    widget.show()
    widget.raise_()

    def active() -> bool:
        if not widget.isActiveWindow():
            widget.activateWindow()
        return widget.isActiveWindow()

    qtbot.waitUntil(active, timeout=ACTIVATION_TIMEOUT_MS)
