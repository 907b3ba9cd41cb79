"""One plan version's goals and actions beside what they were in the last approved
version: a change column with a text marker on every row ("New", "Removed", "Changed:
deadline, responsible") and, for changed fields, the old value after the new one. Colour
and strike-through only repeat what the text already says."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from riskdesk.domain.action_plan import (
    ACTION_STATUS_LABELS,
    NEED_AREA_LABELS,
    ActionPlan,
    PlanAction,
    PlanGoal,
)
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_diff import (
    DIFF_FIELD_LABELS,
    ActionChange,
    ChangeKind,
    GoalChange,
    PlanDiff,
    diff_actions,
)
from riskdesk.domain.plan_review import CommentTarget
from riskdesk.gui.plans.plan_column_widths import responsible_width
from riskdesk.gui.plans.plan_view import responsible_text

TARGET_ROLE = Qt.ItemDataRole.UserRole
"""A row's :class:`CommentTarget` in the shown version; None for a removed row."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
"""A row's :class:`ChangeKind` value."""

_COLOURS = {
    ChangeKind.ADDED: QColor("#1b6e2d"),
    ChangeKind.CHANGED: QColor("#8a5300"),
    ChangeKind.REMOVED: QColor("#6b7178"),
}
_COLUMN_WIDTHS = (235, 230, 160, 200, 100)
_RESPONSIBLE = 2
_ACTION_COLUMNS = {
    1: ("what",),
    2: ("responsible", "responsible_name"),
    3: ("due",),
    4: ("status",),
    5: ("success_criterion",),
}


class PlanDiffTree(QTreeWidget):
    """:meth:`show_diff` fills it; top-level rows are goals, children their actions. The
    first column is the change marker, so a screen reader and a black-and-white print
    both get it."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setAccessibleName(self.tr("Goals and actions, with changes"))
        self.setHeaderLabels(
            [
                self.tr("Change"),
                self.tr("Goal / action"),
                self.tr("Responsible"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Success criterion"),
            ]
        )
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setIndentation(14)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.resizeSection(_RESPONSIBLE, responsible_width(self, language))

    def show_diff(self, plan: ActionPlan, diff: PlanDiff | None) -> None:
        """``diff`` against the last approved version, or None when there is none: then
        every row of ``plan`` is shown without a marker."""
        self.clear()
        goals = diff.goals if diff is not None else _unmarked(plan)
        for goal in goals:
            self._add_goal(goal, marked=diff is not None)
        if not goals:
            self.addTopLevelItem(QTreeWidgetItem(["", self.tr("The plan has no goals yet.")]))
        self.expandAll()

    def marker(self, kind: ChangeKind, fields: tuple[str, ...] = ()) -> str:
        match kind:
            case ChangeKind.ADDED:
                return self.tr("New")
            case ChangeKind.REMOVED:
                return self.tr("Removed")
            case ChangeKind.CHANGED if fields:
                names = ", ".join(
                    DIFF_FIELD_LABELS[name].text(self._language).lower() for name in fields
                )
                return self.tr("Changed: %1").replace("%1", names)
            case ChangeKind.CHANGED:
                return self.tr("Changed (actions)")
            case ChangeKind.UNCHANGED:
                return ""

    def _add_goal(self, change: GoalChange, *, marked: bool) -> None:
        """A goal is a header row across all columns: marker, then need area and text."""
        goal = change.after or change.before
        assert goal is not None  # a change always has one side
        text = self._goal_text(goal)
        if "need_area" in change.fields or "text" in change.fields:
            assert change.before is not None
            text = self._was(text, self._goal_text(change.before))
        marker = self.marker(change.kind, change.fields) if marked else ""
        item = QTreeWidgetItem([f"{marker} – {text}" if marker else text])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        target = CommentTarget.goal(change.after_index) if change.after_index is not None else None
        self._decorate(item, change.kind, target)
        if change.kind is ChangeKind.REMOVED:
            font.setStrikeOut(True)
            item.setFont(0, font)
        self.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        for action_change in change.actions:
            item.addChild(self._action_item(action_change, change.after_index, marked=marked))

    def _action_item(
        self, change: ActionChange, goal_index: int | None, *, marked: bool
    ) -> QTreeWidgetItem:
        action = change.after or change.before
        assert action is not None  # a change always has one side
        cells = self._action_cells(action)
        if change.before is not None and change.after is not None:
            old = self._action_cells(change.before)
            for column, names in _ACTION_COLUMNS.items():
                if any(name in change.fields for name in names):
                    cells[column] = self._was(cells[column], old[column])
        cells[0] = self.marker(change.kind, change.fields) if marked else ""
        item = QTreeWidgetItem(cells)
        target = (
            CommentTarget.action(goal_index, change.after_index)
            if goal_index is not None and change.after_index is not None
            else None
        )
        self._decorate(item, change.kind, target)
        return item

    def _decorate(
        self, item: QTreeWidgetItem, kind: ChangeKind, target: CommentTarget | None
    ) -> None:
        item.setData(0, TARGET_ROLE, target)
        item.setData(0, KIND_ROLE, kind.value)
        colour = _COLOURS.get(kind)
        if colour is not None:
            item.setForeground(0, QBrush(colour))
        if kind is ChangeKind.REMOVED:
            for column in range(1, item.columnCount()):
                font = item.font(column)
                font.setStrikeOut(True)
                item.setFont(column, font)
                item.setForeground(column, QBrush(colour))
        for column in range(item.columnCount()):
            if item.text(column):
                item.setToolTip(column, item.text(column))

    def _goal_text(self, goal: PlanGoal) -> str:
        return f"{NEED_AREA_LABELS[goal.need_area].text(self._language)}: {goal.text}"

    def _action_cells(self, action: PlanAction) -> list[str]:
        return [
            "",
            action.what,
            responsible_text(action, self._language),
            _date(
                action.due,
                self.tr("No date: %1").replace("%1", action.no_date_reason.strip())
                if action.no_date_reason.strip()
                else self.tr("no date"),
            ),
            ACTION_STATUS_LABELS[action.status].text(self._language),
            action.success_criterion,
        ]

    def _was(self, new: str, old: str) -> str:
        return self.tr("%1 (was: %2)").replace("%1", new or "–").replace("%2", old or "–")


def _date(value: date | None, missing: str) -> str:
    return dmy(value) if value is not None else missing


def _unmarked(plan: ActionPlan) -> tuple[GoalChange, ...]:
    return tuple(
        GoalChange(
            kind=ChangeKind.UNCHANGED,
            before_index=None,
            after_index=index,
            before=None,
            after=goal,
            actions=tuple(
                change.model_copy(update={"kind": ChangeKind.UNCHANGED})
                for change in diff_actions((), goal.actions)
            ),
        )
        for index, goal in enumerate(plan.goals)
    )
