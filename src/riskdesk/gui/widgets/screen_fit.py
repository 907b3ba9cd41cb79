"""Opening a window no larger than the screen it opens on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 32
"""Room left for the window manager's title bar, which the window's own size leaves out."""


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Give ``widget`` the size ``width``×``height``, or as much of it as the available
    area of its screen holds (a 1024×700 screen, say), never less than its minimum."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width())
        height = min(height, area.height() - TITLE_BAR)
    minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    widget.resize(max(width, minimum.width()), max(height, minimum.height()))
