"""The form below the goals tree: the chosen goal's or action's fields with a problem line
under each, or a hint when nothing is chosen. It shows rows of a
:class:`~riskdesk.domain.plan_draft.PlanDraft` and hands each edit back by field name."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import (
    ACTION_STATUS_LABELS,
    NEED_AREA_LABELS,
    RESPONSIBLE_LABELS,
)
from riskdesk.domain.localized import Language, LocalizedText
from riskdesk.domain.plan_draft import ActionRow, GoalRow
from riskdesk.domain.problems import Problem
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit

EMPTY_PAGE, GOAL_PAGE, ACTION_PAGE = range(3)


class PlanItemForms(QStackedWidget):
    """:meth:`show_goal` and :meth:`show_action` fill the form without reporting edits;
    :attr:`edited` ``(field, value)`` carries each edit the user makes. Problem labels
    are keyed ``"goal.text"``, ``"action.what"``, …"""

    edited = Signal(str, object)

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._loading = False
        self.problem_labels: dict[str, QLabel] = {}
        self.empty_label = QLabel(
            self.tr(
                "Add a goal, or add one from the suggestions. "
                "Choose a goal or an action to edit it."
            )
        )
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.addWidget(self.empty_label)
        self.addWidget(self._goal_form())
        self.addWidget(self._action_form())

    # ----- building -----------------------------------------------------------------

    def _row(self, form: QFormLayout, text: str, field: QWidget, key: str) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", "").rstrip(":"))
        problem = QLabel()
        problem.setObjectName("problem")
        problem.setWordWrap(True)
        problem.hide()
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.setSpacing(2)
        cell_layout.addWidget(field)
        cell_layout.addWidget(problem)
        form.addRow(label, cell)
        self.problem_labels[key] = problem

    def _combo[E: StrEnum](self, labels: Mapping[E, LocalizedText], key: str) -> QComboBox:
        # The items carry the enum's string value, which Qt keeps as it is.
        combo = QComboBox()
        for value, label in labels.items():
            combo.addItem(label.text(self._language), value.value)
        kind = type(next(iter(labels)))
        combo.currentIndexChanged.connect(lambda: self._edited(key, kind(combo.currentData())))
        return combo

    def _form(self) -> tuple[QWidget, QFormLayout]:
        widget = QWidget()
        form = QFormLayout(widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return widget, form

    def _goal_form(self) -> QWidget:
        widget, form = self._form()
        self.need_area_combo = self._combo(NEED_AREA_LABELS, "need_area")
        self._row(form, self.tr("&Need area:"), self.need_area_combo, "goal.need_area")
        self.goal_edit = QLineEdit()
        self.goal_edit.textChanged.connect(lambda text: self._edited("text", text))
        self._row(form, self.tr("Goa&l:"), self.goal_edit, "goal.text")
        return widget

    def _action_form(self) -> QWidget:
        widget, form = self._form()
        self.what_edit = QLineEdit()
        self.what_edit.textChanged.connect(lambda text: self._edited("what", text))
        self._row(form, self.tr("&What:"), self.what_edit, "action.what")
        self.responsible_combo = self._combo(RESPONSIBLE_LABELS, "responsible")
        self._row(form, self.tr("Res&ponsible:"), self.responsible_combo, "action.responsible")
        self.responsible_name_edit = QLineEdit()
        self.responsible_name_edit.setPlaceholderText(self.tr("Name of the person, if known"))
        self.responsible_name_edit.textChanged.connect(
            lambda text: self._edited("responsible_name", text)
        )
        self._row(
            form,
            self.tr("Responsible's na&me:"),
            self.responsible_name_edit,
            "action.responsible_name",
        )
        self.due_edit = OptionalDateEdit(accessible_name=self.tr("Due"))
        self.due_edit.changed.connect(self._due_changed)
        self._row(form, self.tr("&Due:"), self.due_edit, "action.due")
        # "No date" is a choice a supervisor can read only with its reason.
        self.no_date_reason_edit = QLineEdit()
        self.no_date_reason_edit.setPlaceholderText(
            self.tr("Why the action has no date, e.g. it runs all through the plan")
        )
        self.no_date_reason_edit.setToolTip(
            self.tr("Needed before the plan can be submitted when the action has no date")
        )
        self.no_date_reason_edit.textChanged.connect(
            lambda text: self._edited("no_date_reason", text)
        )
        self._row(form, self.tr("W&hy no date:"), self.no_date_reason_edit, "action.no_date_reason")
        self.status_combo = self._combo(ACTION_STATUS_LABELS, "status")
        self._row(form, self.tr("S&tatus:"), self.status_combo, "action.status")
        self.criterion_edit = QPlainTextEdit()
        self.criterion_edit.setTabChangesFocus(True)
        self.criterion_edit.setFixedHeight(56)
        self.criterion_edit.textChanged.connect(
            lambda: self._edited("success_criterion", self.criterion_edit.toPlainText())
        )
        self._row(
            form, self.tr("Su&ccess criterion:"), self.criterion_edit, "action.success_criterion"
        )
        return widget

    # ----- showing ------------------------------------------------------------------

    def show_empty(self) -> None:
        self.setCurrentIndex(EMPTY_PAGE)

    def show_goal(self, goal: GoalRow, problems: Sequence[Problem]) -> None:
        """Fill the goal form; ``problems`` are the goal's own, at ``(…, "text")`` etc."""
        with self._filling():
            _select(self.need_area_combo, goal.need_area)
            _set_text(self.goal_edit, goal.text)
        self.setCurrentIndex(GOAL_PAGE)
        self.show_problems("goal", problems)

    def show_action(self, action: ActionRow, problems: Sequence[Problem]) -> None:
        with self._filling():
            _set_text(self.what_edit, action.what)
            _select(self.responsible_combo, action.responsible)
            _set_text(self.responsible_name_edit, action.responsible_name)
            self.due_edit.set_value(action.due)
            _set_text(self.no_date_reason_edit, action.no_date_reason)
            self.no_date_reason_edit.setEnabled(action.due is None)
            _select(self.status_combo, action.status)
            if self.criterion_edit.toPlainText() != action.success_criterion:
                self.criterion_edit.setPlainText(action.success_criterion)
        self.setCurrentIndex(ACTION_PAGE)
        self.show_problems("action", problems)

    def show_problems(self, kind: str, problems: Sequence[Problem]) -> None:
        """Each problem under the field its path ends in (``("goals", 0, "text")`` under
        the goal's text); the other form's labels are emptied."""
        texts: dict[str, list[str]] = {}
        for problem in problems:
            field = problem.path[-1] if problem.path else ""
            texts.setdefault(f"{kind}.{field}", []).append(problem.text(self._language))
        for key, label in self.problem_labels.items():
            text = "\n".join(texts.get(key, ()))
            label.setText(text)
            label.setVisible(bool(text))

    def clear(self) -> None:
        with self._filling():
            for field in (
                self.goal_edit,
                self.what_edit,
                self.responsible_name_edit,
                self.no_date_reason_edit,
            ):
                field.clear()
            self.criterion_edit.clear()
        self.show_problems("", ())
        self.show_empty()

    def focus_first(self) -> None:
        """Put the cursor in the first text field of the form shown."""
        if self.currentIndex() == GOAL_PAGE:
            self.goal_edit.setFocus()
        elif self.currentIndex() == ACTION_PAGE:
            self.what_edit.setFocus()

    # ----- inside -------------------------------------------------------------------

    @contextmanager
    def _filling(self) -> Iterator[None]:
        # While the form is filled from the draft, its change signals are not edits.
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def _edited(self, key: str, value: object) -> None:
        if not self._loading:
            self.edited.emit(key, value)

    def _due_changed(self) -> None:
        due = self.due_edit.value()
        self.no_date_reason_edit.setEnabled(due is None)
        if self._loading:
            return
        if due is not None:
            # The draft drops the reason with a date; the field shows the same.
            self.no_date_reason_edit.blockSignals(True)
            self.no_date_reason_edit.clear()
            self.no_date_reason_edit.blockSignals(False)
        self.edited.emit("due", due)


def _select(combo: QComboBox, value: StrEnum) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value.value)))


def _set_text(edit: QLineEdit, text: str) -> None:
    # Setting the same text again would move the cursor to the end while typing.
    if edit.text() != text:
        edit.setText(text)
