"""Other users' work, as the team server announces it, broadcast on the GUI thread by
the same hub that broadcasts this window's own operations (``hub().changed``), so the
review queue, the start page and an open case page redraw themselves with no refresh
(see :mod:`riskdesk.gui.page`). The ``initiator`` of such a broadcast is the
:class:`~riskdesk.domain.remote_changes.RemoteChanges` itself: no widget of this window
started it, and a page may ask it which cases it concerns.

An editor being typed in does not redraw (editors are dialogs that subscribe to nothing),
so no typed text is lost; a stale save is the record versions' business. On a local
vault nothing is announced."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from riskdesk.domain.remote_changes import RemoteChanges
from riskdesk.gui.operations import hub

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk


class _LiveRelay(QObject):
    # Lives as long as the application: the listener's thread holds only its signal, and
    # a QObject whose last reference a foreign thread dropped would be destroyed there.
    arrived = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        self._followed: weakref.WeakSet[Desk] = weakref.WeakSet()
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def follow(self, desk: Desk) -> None:
        if desk in self._followed:
            return
        self._followed.add(desk)
        arrived = self.arrived
        desk.live.subscribe(lambda change: arrived.emit(desk, change))

    @Slot(object, object)
    def _deliver(self, desk: Desk, change: RemoteChanges) -> None:
        # Announced before the desk locked, delivered after: the pages have forgotten it.
        if not desk.locked:
            hub().changed.emit(change.changes, change)


_relay: _LiveRelay | None = None


def follow_live_changes(desk: Desk) -> None:
    """Broadcast what other users commit on ``desk``'s team server until it locks (once
    per desk, however often it is asked). Call it on the GUI thread."""
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _LiveRelay()
    _relay.follow(desk)
