"""Goals and their actions: a tree to add, remove and reorder them, and a form for the
chosen goal or action. What is typed lives in the tree's items until the plan is saved."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import (
    ACTION_STATUS_LABELS,
    NEED_AREA_LABELS,
    RESPONSIBLE_LABELS,
    ActionStatus,
    NeedArea,
    PlanAction,
    PlanGoal,
    Responsible,
)
from riskdesk.domain.intervention_catalogue import GoalSuggestion
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_field_labels import ACTION_FIELD_LABELS, GOAL_FIELD_LABELS
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.validation import validate_model
from riskdesk.gui.plans.plan_view import OVERDUE_COLOUR
from riskdesk.gui.widgets.optional_date_edit import OptionalDateEdit

GOAL_KEYS = ("need_area", "text")
ACTION_KEYS = ("what", "responsible", "responsible_name", "due", "status", "success_criterion")


class _PlanItem(QTreeWidgetItem):
    """A goal (top level) or an action (child); ``values`` are the model's field values."""

    def __init__(self, values: dict[str, Any], *, is_goal: bool) -> None:
        super().__init__()
        self.values = values
        self.is_goal = is_goal
        self.problems: dict[str, str] = {}


def new_action(**values: Any) -> dict[str, Any]:
    return {
        "what": "",
        "responsible": Responsible.UNIT.value,
        "responsible_name": "",
        "due": None,
        "status": ActionStatus.PLANNED.value,
        "success_criterion": "",
        **values,
    }


class GoalsEditor(QWidget):
    """:meth:`goals` gives the plan's ``goals`` input; :meth:`show_problems` puts
    validation problems (fields like ``goals.0.actions.1.what``) on their goal or action.
    :attr:`changed` fires on every edit."""

    changed = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._loading = False
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Goals and actions"))
        self.tree.setHeaderLabels(
            [self.tr("Goal / action"), self.tr("Responsible"), self.tr("Due"), self.tr("Status")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, 140), (2, 90), (3, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.tree.currentItemChanged.connect(self._show_current)

        self.add_goal_button = self._button(self.tr("Add &goal"), self.add_goal)
        self.add_action_button = self._button(self.tr("Add &action"), self.add_action)
        self.remove_button = self._button(self.tr("&Remove"), self.remove_current)
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move_current(-1))
        self.down_button = self._button(self.tr("Mo&ve down"), lambda: self.move_current(1))
        buttons = QHBoxLayout()
        for button in (
            self.add_goal_button,
            self.add_action_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.forms = QStackedWidget()
        self.empty_label = QLabel(
            self.tr(
                "Add a goal, or add one from the suggestions. "
                "Choose a goal or an action to edit it."
            )
        )
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.forms.addWidget(self.empty_label)
        self.forms.addWidget(self._goal_form())
        self.forms.addWidget(self._action_form())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.forms, 2)
        self._update_buttons()

    # ----- building -----------------------------------------------------------------

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

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

    def _goal_form(self) -> QWidget:
        self.problem_labels: dict[str, QLabel] = {}
        widget = QWidget()
        form = QFormLayout(widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.need_area_combo = QComboBox()
        for area in NeedArea:
            self.need_area_combo.addItem(NEED_AREA_LABELS[area].text(self._language), area.value)
        self.need_area_combo.currentIndexChanged.connect(
            lambda: self._edited("need_area", self.need_area_combo.currentData())
        )
        self._row(form, self.tr("&Need area:"), self.need_area_combo, "goal.need_area")
        self.goal_edit = QLineEdit()
        self.goal_edit.textChanged.connect(lambda text: self._edited("text", text))
        self._row(form, self.tr("Goa&l:"), self.goal_edit, "goal.text")
        return widget

    def _action_form(self) -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.what_edit = QLineEdit()
        self.what_edit.textChanged.connect(lambda text: self._edited("what", text))
        self._row(form, self.tr("&What:"), self.what_edit, "action.what")
        self.responsible_combo = QComboBox()
        for who in Responsible:
            self.responsible_combo.addItem(RESPONSIBLE_LABELS[who].text(self._language), who.value)
        self.responsible_combo.currentIndexChanged.connect(
            lambda: self._edited("responsible", self.responsible_combo.currentData())
        )
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
        self.due_edit.changed.connect(lambda: self._edited("due", self.due_edit.value()))
        self._row(form, self.tr("&Due:"), self.due_edit, "action.due")
        self.status_combo = QComboBox()
        for status in ActionStatus:
            self.status_combo.addItem(
                ACTION_STATUS_LABELS[status].text(self._language), status.value
            )
        self.status_combo.currentIndexChanged.connect(
            lambda: self._edited("status", self.status_combo.currentData())
        )
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

    # ----- content ------------------------------------------------------------------

    def set_goals(self, goals: Sequence[PlanGoal]) -> None:
        self.tree.clear()
        for goal in goals:
            self._add_goal_item(
                {"need_area": goal.need_area.value, "text": goal.text},
                [
                    {**action.model_dump(include=set(ACTION_KEYS)), "due": action.due}
                    for action in goal.actions
                ],
            )
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._show_current()

    def goals(self) -> list[dict[str, Any]]:
        """The goals as model input, in the order shown."""
        result: list[dict[str, Any]] = []
        for index in range(self.tree.topLevelItemCount()):
            goal = self._item(self.tree.topLevelItem(index))
            actions = [dict(self._item(goal.child(row)).values) for row in range(goal.childCount())]
            result.append({**goal.values, "actions": actions})
        return result

    def add_goal(self, *, need_area: NeedArea = NeedArea.EDUCATION, text: str = "") -> None:
        item = self._add_goal_item({"need_area": need_area.value, "text": text}, [])
        self.tree.setCurrentItem(item)
        self.goal_edit.setFocus()
        self.changed.emit()

    def add_suggestion(self, suggestion: GoalSuggestion) -> None:
        """The suggested goal (Danish, as the plan is printed) with its interventions."""
        item = self._add_goal_item(
            {"need_area": suggestion.need_area.value, "text": suggestion.goal.da},
            [
                new_action(what=intervention.name.da, responsible=intervention.provider.value)
                for intervention in suggestion.interventions
            ],
        )
        self.tree.setCurrentItem(item)
        self.changed.emit()

    def add_action(self) -> None:
        goal = self._current_goal()
        if goal is None:
            return
        item = self._add_action_item(goal, new_action())
        goal.setExpanded(True)
        self.tree.setCurrentItem(item)
        self.what_edit.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        else:
            parent.removeChild(item)
        self._show_current()
        self.changed.emit()

    def move_current(self, step: int) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        if parent is None:
            row = self.tree.indexOfTopLevelItem(item)
            if not 0 <= row + step < self.tree.topLevelItemCount():
                return
            expanded = item.isExpanded()
            self.tree.takeTopLevelItem(row)
            self.tree.insertTopLevelItem(row + step, item)
            item.setExpanded(expanded)
        else:
            row = parent.indexOfChild(item)
            if not 0 <= row + step < parent.childCount():
                return
            parent.takeChild(row)
            parent.insertChild(row + step, item)
        self.tree.setCurrentItem(item)
        self.changed.emit()

    def clear(self) -> None:
        self.tree.clear()
        for field in (self.goal_edit, self.what_edit, self.responsible_name_edit):
            field.clear()
        self.criterion_edit.clear()
        self._show_current()

    # ----- problems -----------------------------------------------------------------

    def check(self) -> list[Problem]:
        """Each goal and action checked on its own, so a problem names the field
        (``goals.0.actions.1.what``) with that field's own label."""
        problems: list[Problem] = []
        for index, goal in enumerate(self.goals()):
            checks: list[tuple[str, type[PlanGoal | PlanAction], dict[str, Any], Any]] = [
                (f"goals.{index}", PlanGoal, {**goal, "actions": ()}, GOAL_FIELD_LABELS)
            ]
            checks.extend(
                (f"goals.{index}.actions.{row}", PlanAction, action, ACTION_FIELD_LABELS)
                for row, action in enumerate(goal["actions"])
            )
            for prefix, model, values, labels in checks:
                try:
                    validate_model(model, values, labels)
                except UserInputError as error:
                    problems.extend(
                        Problem(f"{prefix}.{p.field}", p.message) for p in error.problems
                    )
        return problems

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Attach ``goals.…`` problems to their items and show the first one's form."""
        first: QTreeWidgetItem | None = None
        for item in self._all_items():
            item.problems.clear()
        for field, text in problems.items():
            parts = field.split(".")
            if len(parts) < 2 or parts[0] != "goals" or not parts[1].isdigit():
                continue
            goal = self.tree.topLevelItem(int(parts[1]))
            if goal is None:
                continue
            target = self._item(goal)
            key = ".".join(parts[2:])
            if len(parts) >= 4 and parts[2] == "actions" and parts[3].isdigit():
                child = goal.child(int(parts[3]))
                if child is not None:
                    target = self._item(child)
                    key = ".".join(parts[4:])
            target.problems[key] = text
            first = first or target
        for item in self._all_items():
            self._refresh_item(item)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._show_current()

    def describe(self, field: str) -> str:
        """Where a ``goals.…`` problem is, for the problem list: "Goal 2, action 1"."""
        parts = field.split(".")
        if len(parts) < 2 or not parts[1].isdigit():
            return self.tr("Goals")
        where = self.tr("Goal %1").replace("%1", str(int(parts[1]) + 1))
        if len(parts) >= 4 and parts[2] == "actions" and parts[3].isdigit():
            where += self.tr(", action %1").replace("%1", str(int(parts[3]) + 1))
        return where

    # ----- the tree -----------------------------------------------------------------

    def _add_goal_item(self, values: dict[str, Any], actions: list[dict[str, Any]]) -> _PlanItem:
        item = _PlanItem(values, is_goal=True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        for action in actions:
            self._add_action_item(item, action)
        item.setExpanded(True)
        self._refresh_item(item)
        return item

    def _add_action_item(self, goal: QTreeWidgetItem, values: dict[str, Any]) -> _PlanItem:
        item = _PlanItem(values, is_goal=False)
        goal.addChild(item)
        self._refresh_item(item)
        return item

    def _all_items(self) -> list[_PlanItem]:
        items: list[_PlanItem] = []
        for index in range(self.tree.topLevelItemCount()):
            goal = self._item(self.tree.topLevelItem(index))
            items.append(goal)
            items.extend(self._item(goal.child(row)) for row in range(goal.childCount()))
        return items

    @staticmethod
    def _item(item: QTreeWidgetItem | None) -> _PlanItem:
        assert isinstance(item, _PlanItem)
        return item

    def _current_goal(self) -> _PlanItem | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return self._item(item.parent() or item)

    def _refresh_item(self, item: _PlanItem) -> None:
        values = item.values
        if item.is_goal:
            area = NEED_AREA_LABELS[NeedArea(values["need_area"])].text(self._language)
            text = values["text"].strip() or self.tr("(no goal text)")
            item.setText(0, f"{area}: {text}")
        else:
            responsible = RESPONSIBLE_LABELS[Responsible(values["responsible"])].text(
                self._language
            )
            if values["responsible_name"].strip():
                responsible = f"{responsible} ({values['responsible_name'].strip()})"
            item.setText(0, values["what"].strip() or self.tr("(no description)"))
            item.setText(1, responsible)
            item.setText(2, values["due"].isoformat() if values["due"] else "")
            item.setText(
                3, ACTION_STATUS_LABELS[ActionStatus(values["status"])].text(self._language)
            )
        brush = QBrush(OVERDUE_COLOUR) if item.problems else QBrush()
        item.setForeground(0, brush)
        item.setToolTip(0, "\n".join(item.problems.values()))

    # ----- the form -----------------------------------------------------------------

    def _show_current(self) -> None:
        item = self.tree.currentItem()
        self._loading = True
        try:
            if item is None:
                self.forms.setCurrentWidget(self.empty_label)
            else:
                plan_item = self._item(item)
                values = plan_item.values
                if plan_item.is_goal:
                    _select(self.need_area_combo, values["need_area"])
                    self.goal_edit.setText(values["text"])
                    self.forms.setCurrentIndex(1)
                else:
                    self.what_edit.setText(values["what"])
                    _select(self.responsible_combo, values["responsible"])
                    self.responsible_name_edit.setText(values["responsible_name"])
                    self.due_edit.set_value(values["due"])
                    _select(self.status_combo, values["status"])
                    self.criterion_edit.setPlainText(values["success_criterion"])
                    self.forms.setCurrentIndex(2)
                self._show_item_problems(plan_item)
        finally:
            self._loading = False
        self._update_buttons()

    def _show_item_problems(self, item: _PlanItem) -> None:
        prefix = "goal." if item.is_goal else "action."
        for key, label in self.problem_labels.items():
            if not key.startswith(prefix):
                continue
            text = item.problems.get(key.removeprefix(prefix), "")
            label.setText(text)
            label.setVisible(bool(text))

    def _edited(self, key: str, value: Any) -> None:
        if self._loading:
            return
        item = self.tree.currentItem()
        if item is None:
            return
        plan_item = self._item(item)
        if key not in plan_item.values:
            return
        plan_item.values[key] = value
        if plan_item.problems.pop(key, None) is not None:
            self._show_item_problems(plan_item)
        self._refresh_item(plan_item)
        self.changed.emit()

    def _update_buttons(self) -> None:
        current = self.tree.currentItem()
        self.add_action_button.setEnabled(current is not None)
        self.remove_button.setEnabled(current is not None)
        self.up_button.setEnabled(current is not None)
        self.down_button.setEnabled(current is not None)


def _select(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))
