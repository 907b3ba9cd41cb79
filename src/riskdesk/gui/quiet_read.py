"""A read for what a page shows that may take seconds on a large vault (the case list's
every case after its first rows: 1.9 s of CPU at 100,000 people), run on a thread of its
own, quietly: no busy dialog (a :func:`~riskdesk.gui.operations.run_op` shows one after
half a second), and the window answers keys and clicks meanwhile.

``read_quietly(self, desk.cases.listing, self._listed)`` runs the read on a new thread and
calls ``on_done(result)`` on the GUI thread, unless the read was stopped or ``parent`` has
gone. A refusal or failure is shown as :func:`~riskdesk.gui.operations.read_now` shows
it. Anything that writes goes through ``run_op``.

A lock or quit calls :func:`stop_quiet_reads` before the key goes: each read is stopped
at the database's next step (:mod:`riskdesk.services.stoppable_read`; its use case rolls
back, audit event and all) and its thread has ended when that returns, so no thread
touches a closed vault and nobody waits for the whole read with the key in memory.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from riskdesk.domain.refusals import Refusal
from riskdesk.gui.operations import _show_failure, _show_refusal
from riskdesk.services.stoppable_read import StoppableRead


class QuietRead:
    """One read started by :func:`read_quietly`; :attr:`thread` runs it."""

    def __init__(
        self, parent: QWidget, read: Callable[[], Any], on_done: Callable[[Any], object]
    ) -> None:
        self.parent = parent
        self.on_done = on_done
        self.stoppable = StoppableRead()
        self.thread: threading.Thread | None = None
        self._read: Callable[[], Any] | None = read

    @property
    def running(self) -> bool:
        """Started, and neither delivered nor stopped."""
        return self._read is not None or self in _hub().reads.values()

    def stop(self) -> None:
        """Drop the result, end the read at the database's next step and return once its
        thread has ended."""
        _hub().forget(self)
        self.stoppable.stop()
        if self.thread is not None and self.thread is not threading.current_thread():
            self.thread.join()


class _QuietHub(QObject):
    """The reads under way, by number; their outcomes come back here, on the GUI thread."""

    _delivered = Signal(object, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.reads: dict[int, QuietRead] = {}
        self._numbers = itertools.count()
        # Emitted on the read's thread; queued so the outcome is handled on this one.
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self, read: QuietRead) -> None:
        number = next(self._numbers)
        self.reads[number] = read
        call, read._read = read._read, None
        assert call is not None
        # The thread sees a number, the call and the stoppable read, never a Qt object
        # (see OperationHub: a QObject dropped last on another thread deadlocked Qt).
        read.thread = threading.Thread(
            target=self._run,
            args=(number, call, read.stoppable),
            name="riskdesk-quiet-read",
            daemon=True,
        )
        read.thread.start()

    def forget(self, read: QuietRead) -> None:
        for number, known in list(self.reads.items()):
            if known is read:
                del self.reads[number]

    def _run(self, number: int, call: Callable[[], Any], stoppable: StoppableRead) -> None:
        try:
            result, error = stoppable.run(call), None
        except BaseException as failure:  # shown on the GUI thread, or dropped if stopped
            result, error = None, failure
        del call
        self._delivered.emit(number, result, error)

    @Slot(object, object, object)
    def _deliver(self, number: int, result: Any, error: BaseException | None) -> None:
        read = self.reads.pop(number, None)
        if read is None:  # stopped: nobody waits for it
            return
        parent = read.parent if shiboken6.isValid(read.parent) else None
        if parent is None:
            return
        if error is None:
            read.on_done(result)
        elif isinstance(error, Refusal):
            _show_refusal(parent, error)
        else:
            _show_failure(parent, error)


_the_hub: _QuietHub | None = None


def _hub() -> _QuietHub:
    global _the_hub
    if _the_hub is None or not shiboken6.isValid(_the_hub):
        _the_hub = _QuietHub()
    return _the_hub


def read_quietly[T](
    parent: QWidget, read: Callable[[], T], on_done: Callable[[T], object]
) -> QuietRead:
    """Run ``read()`` on a thread of its own and ``on_done(result)`` on this one (see the
    module docstring). Call it on the GUI thread."""
    quiet = QuietRead(parent, read, on_done)
    _hub().start(quiet)
    return quiet


def stop_quiet_reads() -> None:
    """Stop every read under way and return once their threads have ended: the vault is
    about to be locked."""
    for read in list(_hub().reads.values()):
        read.stop()
