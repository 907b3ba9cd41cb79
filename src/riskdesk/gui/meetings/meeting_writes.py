"""The writes of the meetings being edited, through :func:`run_op`, one at a time for each
meeting and in the order asked.

A write is built when its turn comes, not when it is asked for: a new meeting gets its id
from its first save, and the next write must carry it (or "Add the selected case" clicked
twice in a row would store two meetings). For the same reason a decision recorded after
a save must not be overwritten by a save built before the decision was stored. A save
asked for while another waits is the same save: it stores the editor as it is then.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from riskdesk.domain.ids import CaseId
from riskdesk.domain.meeting import Meeting
from riskdesk.domain.meeting_editor import MeetingEditor
from riskdesk.domain.problems import Problem
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.refusals import Refusal, UserInputError
from riskdesk.gui.operations import run_op

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

Then = Callable[[Meeting], object]
"""Called with the stored meeting after a write succeeded (and the editor took it)."""
Saved = Callable[[MeetingEditor, Meeting], object]
ShowProblems = Callable[[MeetingEditor, Sequence[Problem]], object]
Stale = Callable[[MeetingEditor, StaleRecord], object]


@dataclass
class _Write:
    build: Callable[[], Callable[[], Meeting] | None]
    """The core call, made when the write's turn comes; None: nothing left to do. Raises
    :class:`UserInputError` when the editor cannot be saved as it is."""
    label: str
    is_save: bool
    then: list[Then] = field(default_factory=list)
    undo: list[Callable[[], object]] = field(default_factory=list)
    # False for a write whose answer is no meeting (the decision carried into the plan).
    stores_meeting: bool = True


class MeetingWrites(QObject):
    """Writes go to :attr:`desk` (None: none are made). ``saved(editor, stored)`` is told
    of every save; ``show_problems(editor, problems)`` of whatever refused a write of
    ``editor``, and the writes after it for that editor are then dropped, since they
    built on it; ``stale(editor, refusal)`` besides, when someone else had saved the
    meeting after the editor loaded it."""

    def __init__(
        self,
        parent: QWidget,
        *,
        saved: Saved,
        show_problems: ShowProblems,
        stale: Stale | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self._parent = parent
        self._saved = saved
        self._show_problems = show_problems
        self._stale = stale
        self._queues: dict[MeetingEditor, deque[_Write]] = {}

    def busy(self, editor: MeetingEditor) -> bool:
        """Whether a write of ``editor`` is running or waiting."""
        return editor in self._queues

    def save(
        self,
        editor: MeetingEditor,
        *,
        then: Then | None = None,
        undo: Callable[[], object] | None = None,
        repeat: dict[str, Any] | None = None,
    ) -> bool:
        """Store the editor's meeting (:meth:`MeetingEditor.to_meeting`), then
        ``then(stored)``; on a refusal, ``undo()`` and show the problems. False (with the
        problems shown) when the meeting cannot be saved as it is, or there is no desk.
        A new meeting with ``repeat`` (``save_series``'s arguments) is stored with its
        repeats, and the editor goes on with the first."""
        desk = self.desk
        if desk is None:
            return False
        queue = self._queues.get(editor)
        if queue is None:
            problems = editor.problems()
            if problems:
                self._show_problems(editor, problems)
                return False
        elif len(queue) > 1 and queue[-1].is_save:
            queue[-1].then.extend([then] if then else [])
            queue[-1].undo.extend([undo] if undo else [])
            return True

        def build() -> Callable[[], Meeting]:
            meeting = editor.to_meeting()
            if repeat is not None and meeting.id is None:
                return lambda: desk.meetings.save_series(meeting, **repeat)[0]
            return lambda: desk.meetings.save(meeting)

        write = _Write(build, self.tr("Saving the meeting…"), is_save=True)
        write.then.append(lambda stored: self._saved(editor, stored))
        write.then.extend([then] if then else [])
        write.undo.extend([undo] if undo else [])
        self._add(editor, write)
        return True

    def record_decision(
        self, editor: MeetingEditor, case_id: CaseId, text: str, *, then: Then
    ) -> None:
        """Record ``text`` as the meeting's decision on the case once the meeting is
        stored (its own use case, which checks that the meeting has been held)."""
        desk = self.desk
        if desk is None:
            return

        def build() -> Callable[[], Meeting] | None:
            meeting_id = editor.meeting_id
            if meeting_id is None:
                return None
            item = editor.item(case_id)
            owner, budget = (item.decision_owner, item.decision_budget) if item else ("", "")
            deadline = item.decision_deadline if item else None
            return lambda: desk.meetings.record_decision(
                meeting_id, case_id, text, owner=owner, budget=budget, deadline=deadline
            )

        self._add(editor, _Write(build, self.tr("Recording the decision…"), False, [then]))

    def decision_to_plan(self, editor: MeetingEditor, case_id: CaseId, *, then: Then) -> None:
        """Carry the stored decision on the case into its action plan, after the writes
        asked for before; ``then`` gets the plan."""
        desk = self.desk
        if desk is None:
            return

        def build() -> Callable[[], Any] | None:
            meeting_id = editor.meeting_id
            if meeting_id is None:
                return None
            return lambda: desk.meetings.decision_to_plan(meeting_id, case_id)

        label = self.tr("Carrying the decision into the plan…")
        self._add(editor, _Write(build, label, False, [then], stores_meeting=False))

    def forget_waiting(self) -> None:
        """Drop the writes not started yet (the desk is locking); running ones finish."""
        for queue in self._queues.values():
            while len(queue) > 1:
                queue.pop()

    def _add(self, editor: MeetingEditor, write: _Write) -> None:
        queue = self._queues.setdefault(editor, deque())
        queue.append(write)
        if len(queue) == 1:
            self._start(editor)

    def _start(self, editor: MeetingEditor) -> None:
        queue = self._queues[editor]
        write = queue[0]
        try:
            call = write.build()
        except UserInputError as error:
            self._refused(editor, write, error)
            self._next(editor)
            return
        if call is None:
            self._next(editor)
            return
        operation = run_op(
            self._parent,
            call,
            lambda stored: self._succeeded(editor, write, stored),
            on_refused=lambda refusal: self._refused(editor, write, refusal),
            label=write.label,
        )
        operation.failed.connect(lambda _error: self._drop_rest(editor))
        operation.finished.connect(lambda: self._next(editor))

    def _succeeded(self, editor: MeetingEditor, write: _Write, stored: Meeting) -> None:
        if write.stores_meeting:
            editor.mark_saved(stored)
        for then in write.then:
            then(stored)

    def _refused(self, editor: MeetingEditor, write: _Write, refusal: Refusal) -> None:
        self._drop_rest(editor)
        for undo in write.undo:
            undo()
        self._show_problems(editor, refusal.problems)
        if isinstance(refusal, StaleRecord) and self._stale is not None:
            self._stale(editor, refusal)

    def _drop_rest(self, editor: MeetingEditor) -> None:
        queue = self._queues.get(editor)
        while queue is not None and len(queue) > 1:
            queue.pop()

    def _next(self, editor: MeetingEditor) -> None:
        queue = self._queues[editor]
        queue.popleft()
        if queue:
            self._start(editor)
        else:
            del self._queues[editor]
