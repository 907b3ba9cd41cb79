"""Saving one assessment while the wizard is open: the draft after a pause in editing or
at once when asked, and finalising; all of it as operations, in one editing session."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from riskdesk.domain.assessment_draft import AssessmentDraft
from riskdesk.domain.assessment_record import AssessmentRecord
from riskdesk.domain.ids import AssessmentId
from riskdesk.domain.refusals import Refusal
from riskdesk.gui.operations import Operation, run_op

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

AUTOSAVE_DELAY_MS = 800


class AssessmentSaving(QObject):
    """Saves ``draft()`` as assessment ``assessment_id`` :data:`AUTOSAVE_DELAY_MS` after
    the last :meth:`edited`, or at once on :meth:`save_now`.

    Every save of one instance (one opening of the wizard) carries the same editing
    session, so the audit log keeps one event for them all. Edits are counted: a save
    confirms the count it took, so an edit made while a save runs stays :attr:`dirty`
    until the next one. :attr:`saved` carries the stored record, :attr:`refused` the
    :class:`Refusal` of a save, :attr:`finalised` the final record.
    """

    saved = Signal(object)
    refused = Signal(object)
    finalised = Signal(object)

    def __init__(
        self,
        *,
        desk: Desk,
        assessment_id: AssessmentId,
        draft: Callable[[], AssessmentDraft],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._widget = parent
        self._desk = desk
        self._assessment_id = assessment_id
        self._draft = draft
        self.editing_session = uuid.uuid4().hex
        self._revision = 0
        self._saved_revision = 0
        self._queued_revision = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    @property
    def dirty(self) -> bool:
        """Whether there are edits no save has confirmed yet."""
        return self._revision != self._saved_revision

    def edited(self) -> None:
        self._revision += 1
        self._timer.start()

    def save_now(self) -> Operation | None:
        """Start saving if there were edits since the last save was started; None when
        there is nothing new to save."""
        self._timer.stop()
        if self._revision == self._queued_revision:
            return None
        desk, assessment_id, session = self._desk, self._assessment_id, self.editing_session
        draft, revision = self._draft(), self._revision
        self._queued_revision = revision
        return run_op(
            self._widget,
            lambda: desk.assessments.save_draft(assessment_id, draft, editing_session=session),
            lambda record: self._saved(record, revision),
            on_refused=self._refused,
        )

    def finalise(self, *, problems_to: QWidget, label: str) -> Operation:
        """Finalise in one use case that first saves what no save has confirmed, so
        what is finalised is what the user sees. A refusal goes to the problem display
        of ``problems_to``."""
        self._timer.stop()
        desk, assessment_id = self._desk, self._assessment_id
        draft, revision = (self._draft(), self._revision) if self.dirty else (None, None)

        def save_and_finalise() -> AssessmentRecord:
            return desk.assessments.finalise(assessment_id, draft=draft)

        return run_op(
            problems_to,
            save_and_finalise,
            lambda record: self._finalised(record, revision),
            label=label,
        )

    def _saved(self, record: AssessmentRecord, revision: int) -> None:
        self._saved_revision = max(self._saved_revision, revision)
        self.saved.emit(record)

    def _refused(self, refusal: Refusal) -> None:
        # What was queued after this save is not saved either: the next save tries again.
        self._queued_revision = self._saved_revision
        self.refused.emit(refusal)

    def _finalised(self, record: AssessmentRecord, revision: int | None) -> None:
        if revision is not None:
            self._saved_revision = max(self._saved_revision, revision)
        self.finalised.emit(record)
