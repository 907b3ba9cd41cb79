"""The frame shared by the small dialogs that take one review step (approving, returning):
an intro, a form, the refusal's text, and one button that runs the step as an operation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.localized import Language
from riskdesk.domain.refusals import Refusal
from riskdesk.gui.operations import Operation, run_op
from riskdesk.gui.widgets.problem_line import ProblemLine


class ReviewStepDialog(QDialog):
    """Subclasses set the title, :attr:`intro_label` and :attr:`action_button`'s text,
    fill :attr:`form`, and take their step with :meth:`run_step` in :meth:`take_step`.

    The step runs off the GUI thread; the button waits meanwhile, so a second click
    cannot take the step twice. A refusal (a wrong password, an empty comment, a plan
    that moved on) is shown in :attr:`message_label` and the dialog stays open, with
    the focus on :meth:`retry_widget`; success closes it as accepted.
    """

    def __init__(
        self,
        *,
        language: Language,
        minimum_width: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.setMinimumWidth(minimum_width)

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.form = QFormLayout()
        self.message_label = ProblemLine(language=language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.action_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.take_step)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)

    def take_step(self) -> Operation | None:
        raise NotImplementedError

    def retry_widget(self) -> QWidget:
        raise NotImplementedError

    def run_step(self, step: Callable[[], object], *, label: str) -> Operation:
        self.action_button.setEnabled(False)
        operation = run_op(
            self, step, lambda _result: self.accept(), on_refused=self._refused, label=label
        )
        operation.finished.connect(self._step_finished)
        return operation

    def _refused(self, refusal: Refusal) -> None:
        self.message_label.show_problems(refusal.problems)
        self.retry_widget().setFocus()

    def _step_finished(self) -> None:
        self.action_button.setEnabled(True)
