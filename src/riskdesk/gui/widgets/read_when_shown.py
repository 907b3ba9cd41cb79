"""A page's reads held back while it is hidden: given the desk at unlock, or told of a
change, a hidden page reads when it is next shown. At 10,000 people the inquiries page's
read was 25 ms of every unlock, for a page most users seldom open; the concern register
and the review page follow the same rule in their own code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class ReadWhenShown(QObject):
    """Calls ``read`` for ``page`` when it has something :meth:`unread` and is on show:
    at once when it is, else at its next show."""

    def __init__(self, page: QWidget, read: Callable[[], None]) -> None:
        super().__init__(page)
        self._page = page
        self._read = read
        self._unread = False
        page.installEventFilter(self)

    def unread(self) -> None:
        self._unread = True
        if self._page.isVisible():
            self._read_now()

    def forget(self) -> None:
        """Nothing to read any more (the desk is locking)."""
        self._unread = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show:
            self._read_now()
        return False

    def _read_now(self) -> None:
        if self._unread:
            self._unread = False
            self._read()
