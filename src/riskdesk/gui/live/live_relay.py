"""Other users' work, as the team server announces it, broadcast on the GUI thread by
the same hub that broadcasts this window's own operations (``hub().changed``), so the
review queue, the start page and an open case page redraw themselves with no refresh
(see :mod:`riskdesk.gui.page`). The ``initiator`` of such a broadcast is the
:class:`~riskdesk.domain.remote_changes.RemoteChanges` itself: no widget of this window
started it, and a page may ask it which cases it concerns.

Announcements arriving close together are broadcast as one: a colleague's import of a
thousand cases redraws each page once, not a thousand times (each redraw is a read,
audited in this user's name). An editor being typed in does not redraw (editors are
dialogs that subscribe to nothing), so no typed text is lost; the case page, if nothing
was typed in it, is reloaded (case_page_reload.py). On a local vault nothing is
announced."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.gui.live.case_page_reload import reload_clean_case_pages
from riskdesk.gui.operations import hub

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

# How long the first of a burst of announcements waits for the rest (the issue allows
# two seconds from a colleague's commit to the redraw).
GATHER_MS = 250


class _LiveRelay(QObject):
    # Lives as long as the application: the listener's thread holds only its signal, and
    # a QObject whose last reference a foreign thread dropped would be destroyed there.
    arrived = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self._followed: weakref.WeakSet[Desk] = weakref.WeakSet()
        self._gathered: dict[int, tuple[Desk, RemoteChanges]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._broadcast)
        self.arrived.connect(self._gather, Qt.ConnectionType.QueuedConnection)

    def follow(self, desk: Desk) -> None:
        if desk in self._followed:
            return
        self._followed.add(desk)
        arrived = self.arrived
        desk.live.subscribe(lambda change: arrived.emit(desk, change))

    @Slot(object, object)
    def _gather(self, desk: Desk, change: RemoteChanges) -> None:
        held = self._gathered.get(id(desk))
        self._gathered[id(desk)] = (desk, change if held is None else held[1] | change)
        if not self._timer.isActive():
            self._timer.start()

    def _broadcast(self) -> None:
        gathered, self._gathered = self._gathered, {}
        for desk, change in gathered.values():
            # Announced before the desk locked, due after: the pages have forgotten it.
            if not desk.locked:
                hub().changed.emit(change.changes, change)
                reload_clean_case_pages(change)


_relay: _LiveRelay | None = None


def follow_live_changes(desk: Desk) -> None:
    """Broadcast what other users commit on ``desk``'s team server until it locks (once
    per desk, however often it is asked). Call it on the GUI thread."""
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _LiveRelay()
    _relay.follow(desk)
