"""The goals of a :class:`PlanDraft` as a tree: one bold row per goal with a row per
action under it. A row is its goal or action by position (a goal's row is its index, an
action's row its index within the goal) and holds no plan data of its own; rows with a
reported problem are red, the problems their tooltip."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from riskdesk.domain.action_plan import ACTION_STATUS_LABELS, NEED_AREA_LABELS, RESPONSIBLE_LABELS
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_draft import PlanDraft
from riskdesk.domain.problems import Problem
from riskdesk.gui.plans.plan_column_widths import responsible_width
from riskdesk.gui.plans.plan_view import OVERDUE_COLOUR

type Place = tuple[int, int | None]
"""A goal's index and, for an action, its index within the goal."""


class GoalsTree(QTreeWidget):
    """Rows for :meth:`bind`'s draft. Whoever changes the draft's order changes the rows
    the same way, inside :meth:`restructuring`."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._draft: PlanDraft | None = None
        self.setAccessibleName(self.tr("Goals and actions"))
        self.setHeaderLabels(
            [self.tr("Goal / action"), self.tr("Responsible"), self.tr("Due"), self.tr("Status")]
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Not uniform: a row whose responsible has a name is two lines high.
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column, width in ((1, responsible_width(self, language)), (2, 90), (3, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def bind(self, draft: PlanDraft | None) -> None:
        self._draft = draft
        with self.restructuring():
            self.clear()
        for goal in range(len(draft.goals) if draft is not None else 0):
            self.insert_goal(goal)

    @contextmanager
    def restructuring(self) -> Iterator[None]:
        """While rows are taken out and put back, the current row does not match the
        draft yet, so the tree stays silent; the caller shows the current row after."""
        self.blockSignals(True)
        try:
            yield
        finally:
            self.blockSignals(False)

    def insert_goal(self, goal: int) -> QTreeWidgetItem:
        """Rows for the draft's goal ``goal`` and its actions, at that position."""
        assert self._draft is not None
        item = QTreeWidgetItem()
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        children = [QTreeWidgetItem() for _ in self._draft.goals[goal].actions]
        with self.restructuring():
            self.insertTopLevelItem(goal, item)
            item.addChildren(children)
        # A goal is a sentence; it reads across the columns its actions use.
        item.setFirstColumnSpanned(True)
        item.setExpanded(True)
        for row in (item, *children):
            self.refresh(row)
        return item

    def append_action(self, goal: int) -> QTreeWidgetItem:
        """A row for the goal's last action, which the draft has just added."""
        parent = self.goal_item(goal)
        item = QTreeWidgetItem()
        with self.restructuring():
            parent.addChild(item)
        parent.setExpanded(True)
        self.refresh(item)
        return item

    def goal_item(self, goal: int) -> QTreeWidgetItem:
        item = self.topLevelItem(goal)
        assert item is not None
        return item

    def rows(self) -> list[QTreeWidgetItem]:
        """Every row, goals each followed by their actions."""
        items: list[QTreeWidgetItem] = []
        for index in range(self.topLevelItemCount()):
            goal = self.goal_item(index)
            items.append(goal)
            items.extend(
                child for row in range(goal.childCount()) if (child := goal.child(row)) is not None
            )
        return items

    def place(self, item: QTreeWidgetItem | None) -> Place | None:
        if item is None:
            return None
        parent = item.parent()
        if parent is None:
            return self.indexOfTopLevelItem(item), None
        return self.indexOfTopLevelItem(parent), parent.indexOfChild(item)

    def own_problems(self, item: QTreeWidgetItem | None) -> tuple[Problem, ...]:
        """The reported problems of the row's own fields (a goal's, not its actions')."""
        place = self.place(item)
        if self._draft is None or place is None:
            return ()
        goal, action = place
        if action is not None:
            return self._draft.reported_at("goals", goal, "actions", action)
        return tuple(
            p
            for p in self._draft.reported_at("goals", goal)
            if not p.under("goals", goal, "actions")
        )

    def refresh(self, item: QTreeWidgetItem) -> None:
        """Show the row's goal or action as the draft holds it now."""
        draft, place = self._draft, self.place(item)
        if draft is None or place is None:
            return
        goal, action = place
        if action is None:
            row = draft.goals[goal]
            area = NEED_AREA_LABELS[row.need_area].text(self._language)
            item.setText(0, f"{area}: {row.text.strip() or self.tr('(no goal text)')}")
        else:
            step = draft.action(goal, action)
            responsible = RESPONSIBLE_LABELS[step.responsible].text(self._language)
            if step.responsible_name.strip():
                responsible = f"{responsible}\n({step.responsible_name.strip()})"
            item.setText(0, step.what.strip() or self.tr("(no description)"))
            item.setText(1, responsible)
            undated = self.tr("no date") if step.no_date_reason.strip() else ""
            item.setText(2, dmy(step.due) if step.due else undated)
            item.setText(3, ACTION_STATUS_LABELS[step.status].text(self._language))
        problems = self.own_problems(item)
        item.setForeground(0, QBrush(OVERDUE_COLOUR) if problems else QBrush())
        item.setToolTip(0, "\n".join(p.text(self._language) for p in problems))
