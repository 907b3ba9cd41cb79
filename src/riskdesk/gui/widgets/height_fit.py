"""Growing a window to the height its wrapped texts need."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_height(window: QWidget) -> None:
    """Make ``window`` as tall as its layout needs at its width. Wrapped problem texts
    need height for the width they get, which a layout's minimum size does not count;
    without this the last inputs are cut off."""
    layout = window.layout()
    assert layout is not None
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
