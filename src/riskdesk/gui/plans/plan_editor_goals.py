"""Goals and their actions: a tree to add, remove and reorder them, and a form for the
chosen goal or action. Everything typed goes to the :class:`PlanDraft`; the tree and the
form only show it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import NeedArea
from riskdesk.domain.intervention_catalogue import GoalSuggestion
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_draft import PlanDraft
from riskdesk.domain.problems import FieldPath
from riskdesk.gui.plans.plan_goals_tree import GoalsTree
from riskdesk.gui.plans.plan_item_forms import PlanItemForms


class GoalsEditor(QWidget):
    """Shows and edits the goals of :meth:`bind`'s draft. :attr:`changed` fires after
    every edit; :meth:`show_reported` marks the rows and fields with reported problems."""

    changed = Signal()

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draft: PlanDraft | None = None
        self.tree = GoalsTree(language=language)
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

        self.forms = PlanItemForms(language=language)
        self.forms.edited.connect(self._edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.forms, 2)
        self._update_buttons()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        return button

    # ----- the draft ----------------------------------------------------------------

    def bind(self, draft: PlanDraft) -> None:
        """Show ``draft``'s goals, the first one chosen."""
        self._draft = draft
        self.tree.bind(draft)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._show_current()

    def add_goal(self, *, need_area: NeedArea = NeedArea.EDUCATION, text: str = "") -> None:
        if self._draft is None:
            return
        goal = self._draft.add_goal(need_area=need_area, text=text)
        self._select(self.tree.insert_goal(goal))
        self.forms.focus_first()
        self.changed.emit()

    def add_suggestion(self, suggestion: GoalSuggestion) -> None:
        """The suggested goal (Danish, as the plan is printed) with its interventions."""
        if self._draft is None:
            return
        self._select(self.tree.insert_goal(self._draft.add_suggestion(suggestion)))
        self.changed.emit()

    def add_action(self) -> None:
        draft, place = self._draft, self.tree.place(self.tree.currentItem())
        if draft is None or place is None:
            return
        draft.add_action(place[0])
        self._select(self.tree.append_action(place[0]))
        self.forms.focus_first()
        self.changed.emit()

    def remove_current(self) -> None:
        draft, item = self._draft, self.tree.currentItem()
        place = self.tree.place(item)
        if draft is None or place is None:
            return
        goal, action = place
        with self.tree.restructuring():
            if action is None:
                draft.remove_goal(goal)
                self.tree.takeTopLevelItem(goal)
            else:
                draft.remove_action(goal, action)
                self.tree.goal_item(goal).takeChild(action)
        self._show_current()
        self.changed.emit()

    def move_current(self, step: int) -> None:
        draft, item = self._draft, self.tree.currentItem()
        place = self.tree.place(item)
        if draft is None or item is None or place is None:
            return
        goal, action = place
        if action is None:
            target = draft.move_goal(goal, step)
            if target == goal:
                return
            expanded = item.isExpanded()
            with self.tree.restructuring():
                self.tree.takeTopLevelItem(goal)
                self.tree.insertTopLevelItem(target, item)
            item.setExpanded(expanded)
        else:
            target = draft.move_action(goal, action, step)
            if target == action:
                return
            parent = self.tree.goal_item(goal)
            with self.tree.restructuring():
                parent.takeChild(action)
                parent.insertChild(target, item)
        self._select(item)
        self.changed.emit()

    def clear(self) -> None:
        self._draft = None
        self.tree.bind(None)
        self.forms.clear()
        self._update_buttons()

    # ----- problems -----------------------------------------------------------------

    def show_reported(self, *, choose_first: bool = False) -> None:
        """Mark every row with a reported problem and show the chosen row's problems
        under its fields; ``choose_first`` chooses the first row with a problem."""
        first: QTreeWidgetItem | None = None
        for item in self.tree.rows():
            self.tree.refresh(item)
            if first is None and self.tree.own_problems(item):
                first = item
        if choose_first and first is not None:
            # Centred: the problem lines appearing below make the tree shorter.
            self._select(first, QAbstractItemView.ScrollHint.PositionAtCenter)
            return
        # Only the problem lines: refilling the form would disturb the field being typed in.
        current = self.tree.currentItem()
        place = self.tree.place(current)
        if place is not None:
            kind = "goal" if place[1] is None else "action"
            self.forms.show_problems(kind, self.tree.own_problems(current))

    def describe(self, path: FieldPath) -> str:
        """Where a ``goals`` problem is, for the problem list: "Goal 2, action 1"."""
        match path:
            case ("goals", int(goal), "actions", int(action), *_):
                return self.tr("Goal %1").replace("%1", str(goal + 1)) + self.tr(
                    ", action %1"
                ).replace("%1", str(action + 1))
            case ("goals", int(goal), *_):
                return self.tr("Goal %1").replace("%1", str(goal + 1))
        return self.tr("Goals")

    # ----- the chosen row -----------------------------------------------------------

    def _select(
        self,
        item: QTreeWidgetItem,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        self.tree.setCurrentItem(item)
        self._show_current()
        self.tree.scrollToItem(item, hint)

    def _show_current(self) -> None:
        item = self.tree.currentItem()
        place = self.tree.place(item)
        if self._draft is None or place is None:
            self.forms.show_empty()
        elif place[1] is None:
            self.forms.show_goal(self._draft.goals[place[0]], self.tree.own_problems(item))
        else:
            action = self._draft.action(place[0], place[1])
            self.forms.show_action(action, self.tree.own_problems(item))
        self._update_buttons()

    def _edited(self, key: str, value: object) -> None:
        draft, item = self._draft, self.tree.currentItem()
        place = self.tree.place(item)
        if draft is None or item is None or place is None:
            return
        goal, action = place
        if action is None:
            draft.edit_goal(goal, **{key: value})
        else:
            draft.edit_action(goal, action, **{key: value})
        self.tree.refresh(item)
        self.changed.emit()

    def _update_buttons(self) -> None:
        current = self.tree.currentItem() is not None
        for button in (
            self.add_action_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            button.setEnabled(current)
