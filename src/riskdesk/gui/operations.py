"""The GUI's one way to run an operation, in the spirit of Anki's ``CollectionOp``.

``run_op(self, lambda: desk.plans.save(case_id, plan), self._saved)`` runs the core call
on the one operations thread, so the window keeps drawing while it works. Operations run
one at a time, in the order they were started: a use case never races another one over
the same records, and a lock that waits for them all waits for a known queue.

What happens after, always on the GUI thread:

- success: when it committed anything, ``hub().changed(changes, initiator)`` is emitted
  first (every page decides from :class:`Changes` whether to redraw, see
  :func:`redraw_on_changes`), then ``on_success(result)``;
- a :class:`Refusal` goes to ``on_refused`` when given, else to the nearest
  :class:`ProblemDisplay` among ``parent`` and its ancestors in its window, else to a
  warning box;
- a :class:`VaultBusy` (another user held the vault past the wait): a warning box with
  its sentence and a Retry button that runs the same operation again;
- a :class:`VaultError` (a locked or damaged vault), a document problem or a broken
  forms file: a warning box with its text;
- anything else: a box naming only the exception's type. Its message may hold person
  data, so it is neither shown nor logged; the log gets the type and the code frames.

Still running after half a second, an operation shows a window-modal busy dialog with
no cancel button: a core call cannot be stopped halfway.

Callbacks are skipped when ``parent`` has been destroyed meanwhile (the user closed the
dialog); the :class:`Changes` are broadcast all the same.

A read for what a window shows as it opens or redraws does not queue: ``read_now(self,
lambda: desk.review.queue())`` runs it at once and shows a refusal or failure the same
way. Nothing in the GUI writes its own ``try``/``except`` around a core call.

The language of the boxes: the ``_language`` of ``parent`` or its nearest ancestor that
has one (every RiskDesk window keeps it there), else the application's language set by
:func:`set_language` at start-up (Danish until then).
"""

from __future__ import annotations

import inspect
import itertools
import logging
import queue
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from riskdesk.domain.changes import NO_CHANGES, Changes
from riskdesk.domain.localized import DEFAULT_LANGUAGE, Language
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.vault_errors import VaultBusy, VaultError
from riskdesk.gui.widgets.busy_dialog import BusyDialog
from riskdesk.gui.widgets.retry_box import open_retry_box
from riskdesk.services.changes import collect_changes

log = logging.getLogger(__name__)

BUSY_DELAY_MS = 500
"""How long an operation runs before the busy dialog shows (shorter would flicker)."""

_language: Language = DEFAULT_LANGUAGE


def set_language(language: Language) -> None:
    """The language of the boxes of operations started from widgets without one."""
    global _language
    _language = language


class ProblemDisplay(Protocol):
    """A widget that shows a refusal's problems itself, each beside its field where it
    can (see :mod:`riskdesk.gui.widgets.problem_routing`)."""

    def show_problems(self, problems: Sequence[Problem]) -> None: ...


@dataclass(frozen=True)
class _Outcome:
    result: Any = None
    changes: Changes = NO_CHANGES
    error: BaseException | None = None


class Operation(QObject):
    """One call handed to :func:`run_op`. The signals fire on the GUI thread after the
    callbacks: :attr:`succeeded` (the result), :attr:`refused` (the :class:`Refusal`),
    :attr:`failed` (any other exception), then :attr:`finished` in every case.

    :attr:`done` turns true before those signals; :attr:`result`, :attr:`changes` and
    :attr:`error` hold the outcome, :attr:`message_box` the box shown, if any.
    """

    succeeded = Signal(object)
    refused = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        *,
        initiator: QWidget | None,
        call: Callable[[], object],
        on_success: Callable[[Any], object] | None,
        on_refused: Callable[[Refusal], object] | None,
        label: str | None,
    ) -> None:
        # No Qt parent: the hub keeps it alive while it runs, whatever happens to the
        # widget that started it.
        super().__init__()
        self.initiator = initiator
        self.call = call
        self.label = label
        self._on_success = on_success
        self._on_refused = on_refused
        self.done = False
        self.result: Any = None
        self.changes: Changes = NO_CHANGES
        self.error: BaseException | None = None
        self.busy_dialog: BusyDialog | None = None
        self.message_box: QMessageBox | None = None
        self.retried: Operation | None = None
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def _live_initiator(self) -> QWidget | None:
        widget = self.initiator
        return widget if widget is not None and shiboken6.isValid(widget) else None

    def _show_busy(self) -> None:
        if self.done:
            return
        widget = self._live_initiator()
        self.busy_dialog = BusyDialog(self.label, widget.window() if widget else None)
        self.busy_dialog.show()

    def _close_busy(self) -> None:
        self._busy_timer.stop()
        if self.busy_dialog is not None and shiboken6.isValid(self.busy_dialog):
            self.busy_dialog.hide()
            self.busy_dialog.deleteLater()
        self.busy_dialog = None

    def _conclude(self, outcome: _Outcome) -> None:
        self._close_busy()
        self.done = True
        self.result, self.changes, self.error = outcome.result, outcome.changes, outcome.error
        widget = self._live_initiator()
        callbacks = widget is not None or self.initiator is None
        error = outcome.error
        if error is None:
            if outcome.changes.any:
                hub().changed.emit(outcome.changes, widget)
            if callbacks and self._on_success is not None:
                self._on_success(outcome.result)
            self.succeeded.emit(outcome.result)
        elif isinstance(error, Refusal):
            if self._on_refused is None:
                self.message_box = _show_refusal(widget, error)
            elif callbacks:
                self._on_refused(error)
            self.refused.emit(error)
        elif isinstance(error, VaultBusy):
            # A lambda, not the bound method: the box keeps this operation alive.
            text = error.text(language_of(widget))
            self.message_box = open_retry_box(widget, text, lambda: self.retry())
            self.failed.emit(error)
        else:
            self.message_box = _show_failure(widget, error)
            self.failed.emit(error)
        self.finished.emit()

    def retry(self) -> Operation:
        """The same call again as a new operation (:attr:`retried`), with the callbacks
        (skipped, as always, if the widget that started it has gone)."""
        on_refused, label = self._on_refused, self.label
        self.retried = run_op(
            self.initiator, self.call, self._on_success, on_refused=on_refused, label=label
        )
        return self.retried


def _show_refusal(widget: QWidget | None, refusal: Refusal) -> QMessageBox | None:
    """On the nearest problem display among ``widget`` and its ancestors in its window,
    else in a warning box (returned)."""
    display = problem_display(widget)
    if display is not None:
        display.show_problems(refusal.problems)
        return None
    return hub().warn(widget, refusal.text(language_of(widget)))


def _show_failure(widget: QWidget | None, error: BaseException) -> QMessageBox:
    # Imported here: the document layer is loaded with the services, after unlocking.
    from riskdesk.services.document_export import DocumentProblem
    from riskdesk.services.instrument_catalogue import FormFileInvalid

    # Failures that say themselves what to do: a locked or damaged vault, a document
    # that cannot be made or saved, a broken file in the forms folder.
    if isinstance(error, VaultError | DocumentProblem | FormFileInvalid):
        return hub().warn(widget, error.text(language_of(widget)))
    frames = traceback.format_list(traceback.extract_tb(error.__traceback__))
    # Type and code frames only: the message may hold a name or a CPR number.
    log.error("Operation failed with %s\n%s", type(error).__qualname__, "".join(frames))
    return hub().fail(widget, type(error).__name__)


class OperationHub(QObject):
    """The application's operations: the worker thread, the count of those running, and
    :attr:`changed` ``(changes, initiator)`` after each one that committed something
    (``initiator`` is the widget that started it, or None)."""

    changed = Signal(object, object)
    idle = Signal()
    _delivered = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        # The worker sees only a number and the call, never the Operation: a QObject
        # whose last reference the worker dropped would be destroyed on the worker
        # thread, which deadlocked Qt's connection lock against the GUI thread (seen in
        # CI: QObject::~QObject on riskdesk-ops waiting for the GIL, the GUI thread in
        # QObject::connect waiting for Qt's lock).
        self._queue: queue.SimpleQueue[tuple[int, Callable[[], object]]] = queue.SimpleQueue()
        self._worker: threading.Thread | None = None
        self._active: list[Operation] = []
        self._by_number: dict[int, Operation] = {}
        self._numbers = itertools.count()
        # Emitted on the worker thread; queued so the outcome is handled on this one.
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> int:
        """Operations started and not yet concluded (including those waiting their turn)."""
        return len(self._active)

    def submit(self, operation: Operation) -> None:
        self._active.append(operation)
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="riskdesk-ops", daemon=True)
            self._worker.start()
        operation._busy_timer.start()
        number = next(self._numbers)
        self._by_number[number] = operation
        self._queue.put((number, operation.call))

    def wait_until_idle(self, timeout_ms: int = 120_000) -> bool:
        """Turn the event loop, without user input, until no operation runs (their
        callbacks done) or ``timeout_ms`` passed; whether it is idle."""
        if not self._active:
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.idle.disconnect(loop.quit)
        return not self._active

    def warn(self, parent: QWidget | None, text: str) -> QMessageBox:
        return _show_box(parent, QMessageBox.Icon.Warning, text)

    def fail(self, parent: QWidget | None, error_type: str) -> QMessageBox:
        text = self.tr(
            "Something went wrong (%1). What you asked for may not have been done. "
            "Try again, and tell your support if it happens again."
        ).replace("%1", error_type)
        return _show_box(parent, QMessageBox.Icon.Critical, text)

    def _work(self) -> None:
        while True:
            number, call = self._queue.get()
            # Nothing of it stays in this frame while the worker waits for the next one:
            # after a lock, the last outcome would keep the person data it read alive.
            self._delivered.emit(number, _outcome_of(call))
            del call

    @Slot(object, object)
    def _deliver(self, number: int, outcome: _Outcome) -> None:
        operation = self._by_number.pop(number)
        self._active.remove(operation)
        try:
            operation._conclude(outcome)
        finally:
            if not self._active:
                self.idle.emit()


def _outcome_of(call: Callable[[], Any]) -> _Outcome:
    try:
        result, changes = collect_changes(call)
    except BaseException as error:  # reported on the GUI thread, never lost
        return _Outcome(error=error)
    return _Outcome(result=result, changes=changes)


def _show_box(parent: QWidget | None, icon: QMessageBox.Icon, text: str) -> QMessageBox:
    box = QMessageBox(icon, "RiskDesk", text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("operationMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


_hub: OperationHub | None = None


def hub() -> OperationHub:
    """The application's :class:`OperationHub` (made on first use, on the GUI thread)."""
    global _hub
    if _hub is None or not shiboken6.isValid(_hub):
        app = QApplication.instance()
        assert app is not None
        assert QThread.currentThread() is app.thread(), "hub() belongs to the GUI thread"
        _hub = OperationHub()
    return _hub


def run_op(
    parent: QWidget | None,
    op: Callable[[], object],
    on_success: Callable[[Any], object] | None = None,
    *,
    on_refused: Callable[[Refusal], object] | None = None,
    label: str | None = None,
) -> Operation:
    """Run ``op()`` on the operations thread and report back on this one (see the module
    docstring); ``label`` is what the busy dialog says. Call it on the GUI thread."""
    operation = Operation(
        initiator=parent, call=op, on_success=on_success, on_refused=on_refused, label=label
    )
    hub().submit(operation)
    return operation


def read_now[T](parent: QWidget | None, read: Callable[[], T]) -> T | None:
    """``read()`` at once, on this thread: what a window shows as it opens or redraws.
    A read takes milliseconds and must not wait in the operations queue behind a slow
    export. A refusal or failure is shown as :func:`run_op` shows it (on ``parent``'s
    problem display, else in a box) and gives None, as does a read that answered None:
    where the difference matters, read something that is never None.

    Anything that writes goes through :func:`run_op`, which broadcasts its changes."""
    try:
        return read()
    except Refusal as refusal:
        _show_refusal(parent, refusal)
    except Exception as error:
        _show_failure(parent, error)
    return None


def wait_until_idle(timeout_ms: int = 120_000) -> bool:
    """:meth:`OperationHub.wait_until_idle` of the application's hub."""
    return hub().wait_until_idle(timeout_ms)


def problem_display(widget: QWidget | None) -> ProblemDisplay | None:
    """``widget`` or its nearest ancestor whose ``show_problems`` takes the problems
    alone (a part with ``show_problems(kind, problems)`` is no :class:`ProblemDisplay`).
    The search ends at ``widget``'s window: a dialog's problem shown in the window behind
    it, which the dialog covers and blocks, would go unseen."""
    while widget is not None:
        if _takes_problems(getattr(widget, "show_problems", None)):
            return cast(ProblemDisplay, widget)
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _takes_problems(method: object) -> bool:
    if not callable(method):
        return False
    try:
        inspect.signature(method).bind(())
    except (TypeError, ValueError):
        return False
    return True


def language_of(widget: QWidget | None) -> Language:
    """The ``_language`` of ``widget`` or its nearest ancestor, else the application's."""
    while widget is not None:
        language = getattr(widget, "_language", None)
        if isinstance(language, Language):
            return language
        widget = widget.parentWidget()
    return _language


class _ChangesRelay(QObject):
    # A child of the widget, so Qt drops the connection when the widget is destroyed.
    def __init__(self, widget: QWidget, redraw: Callable[[Changes, object], object]) -> None:
        super().__init__(widget)
        self._redraw = redraw
        hub().changed.connect(self._relay)

    @Slot(object, object)
    def _relay(self, changes: Changes, initiator: object) -> None:
        self._redraw(changes, initiator)


def redraw_on_changes(widget: QWidget, redraw: Callable[[Changes, object], object]) -> None:
    """Call ``redraw(changes, initiator)`` after every operation that committed something,
    for as long as ``widget`` lives. ``redraw`` decides from ``changes`` whether to redraw
    (``if changes.plans: self.refresh()``)."""
    _ChangesRelay(widget, redraw)
