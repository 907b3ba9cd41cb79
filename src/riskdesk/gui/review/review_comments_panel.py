"""The comments on one plan version: on the whole plan, a goal or an action, open or
resolved; adding one (with what it is about) and resolving one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.ids import PlanId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import (
    CommentTarget,
    CommentTargetKind,
    PlanComment,
    may_write_plans,
)
from riskdesk.gui.operations import Operation, read_now, run_op
from riskdesk.gui.widgets.shown_times import dmy_hm

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

_OPEN_COLOUR = QColor("#8a5300")
_COLUMN_WIDTHS = (90, 300, 380, 110)


def target_text(target: CommentTarget, plan: ActionPlan) -> str:
    """What a comment is about, in words: "Whole plan", "Goal 2: …", "Action 2.1: …"."""
    if target.kind is CommentTargetKind.PLAN:
        return QCoreApplication.translate("ReviewCommentsPanel", "Whole plan")
    goal_index = target.goal_index or 0
    goal = plan.goals[goal_index] if goal_index < len(plan.goals) else None
    if target.kind is CommentTargetKind.GOAL:
        return (
            QCoreApplication.translate("ReviewCommentsPanel", "Goal %1: %2")
            .replace("%1", str(goal_index + 1))
            .replace("%2", goal.text if goal else "?")
        )
    action_index = target.action_index or 0
    action = goal.actions[action_index] if goal and action_index < len(goal.actions) else None
    return (
        QCoreApplication.translate("ReviewCommentsPanel", "Action %1: %2")
        .replace("%1", f"{goal_index + 1}.{action_index + 1}")
        .replace("%2", action.what if action else "?")
    )


def target_choices(plan: ActionPlan) -> list[tuple[str, CommentTarget]]:
    """The whole plan, then each goal followed by its actions."""
    targets = [CommentTarget.whole_plan()]
    for goal_index, goal in enumerate(plan.goals):
        targets.append(CommentTarget.goal(goal_index))
        targets.extend(
            CommentTarget.action(goal_index, action_index)
            for action_index in range(len(goal.actions))
        )
    return [(target_text(target, plan), target) for target in targets]


def fill_target_box(box: QComboBox, plan: ActionPlan) -> None:
    box.clear()
    for text, target in target_choices(plan):
        box.addItem(text, target)


def select_target(box: QComboBox, target: CommentTarget) -> None:
    for row in range(box.count()):
        if box.itemData(row) == target:
            box.setCurrentIndex(row)
            return


class ReviewCommentsPanel(QWidget):
    """Shows ``comments``, the comments of one version, and adds or resolves one as an
    operation; :meth:`refresh` reads them again through ``desk.review`` (the dialog calls
    it when comments changed). A refused step or read goes to the dialog's
    ``show_problems``. Administrators can read but not write."""

    def __init__(
        self,
        *,
        desk: Desk,
        plan_id: PlanId,
        plan: ActionPlan,
        comments: Sequence[PlanComment],
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._plan_id = plan_id
        self._plan = plan
        self._language = language
        self.comments: list[PlanComment] = []

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Comments"))
        self.tree.setHeaderLabels(
            [self.tr("State"), self.tr("About"), self.tr("Comment"), self.tr("By")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)

        self.resolve_button = QPushButton(self.tr("Mark as re&solved"))
        self.resolve_button.setAutoDefault(False)
        self.resolve_button.clicked.connect(self.resolve_current)

        self.target_box = QComboBox()
        self.target_box.setAccessibleName(self.tr("The comment is about"))
        self.target_box.setMinimumContentsLength(28)
        self.target_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        fill_target_box(self.target_box, plan)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("New comment"))
        self.text_edit.setPlaceholderText(self.tr("Write a comment…"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(52)
        self.add_button = QPushButton(self.tr("&Add comment"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_comment)
        about = QLabel(self.tr("Ab&out:"))
        about.setBuddy(self.target_box)

        add_row = QHBoxLayout()
        add_row.addWidget(about)
        add_row.addWidget(self.target_box)
        add_row.addWidget(self.text_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(add_row)
        self.may_write = may_write_plans(desk.user)
        for widget in (self.target_box, self.text_edit, self.add_button):
            widget.setEnabled(self.may_write)
        self.show_comments(comments)

    def refresh(self) -> None:
        desk, plan_id = self._desk, self._plan_id
        comments = read_now(self, lambda: desk.review.comments(plan_id))
        if comments is not None:
            self.show_comments(comments)

    def show_comments(self, comments: Sequence[PlanComment]) -> None:
        self.comments = list(comments)
        self.tree.clear()
        for comment in self.comments:
            state = self.tr("Open") if comment.open else self.tr("Resolved")
            by = comment.author
            if comment.resolved_by:
                by = (
                    self.tr("%1, resolved by %2")
                    .replace("%1", by)
                    .replace("%2", comment.resolved_by)
                )
            item = QTreeWidgetItem(
                [
                    state,
                    target_text(comment.target, self._plan),
                    comment.text,
                    f"{by} · {dmy_hm(comment.created_at)}",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, int(comment.id))
            item.setToolTip(1, item.text(1))
            item.setToolTip(2, comment.text)
            if comment.open:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setForeground(0, QBrush(_OPEN_COLOUR))
            self.tree.addTopLevelItem(item)
        self._update_buttons()

    @property
    def open_count(self) -> int:
        return sum(1 for comment in self.comments if comment.open)

    def set_target(self, target: CommentTarget | None) -> None:
        """Point the new comment at ``target`` (None: leave the choice as it is)."""
        if target is not None:
            select_target(self.target_box, target)

    def current_target(self) -> CommentTarget:
        target = self.target_box.currentData()
        return target if isinstance(target, CommentTarget) else CommentTarget.whole_plan()

    def add_comment(self) -> Operation:
        desk, plan_id = self._desk, self._plan_id
        text, target = self.text_edit.toPlainText(), self.current_target()
        return run_op(
            self,
            lambda: desk.review.add_comment(plan_id, text, target),
            self._comment_added,
            label=self.tr("Saving the comment…"),
        )

    def _comment_added(self, _comment: PlanComment) -> None:
        self.text_edit.clear()

    def resolve_current(self) -> Operation | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        comment_id = item.data(0, Qt.ItemDataRole.UserRole)
        comment = next((c for c in self.comments if int(c.id) == comment_id), None)
        if comment is None:
            return None
        desk, comment_id = self._desk, comment.id
        return run_op(
            self,
            lambda: desk.review.resolve_comment(comment_id),
            label=self.tr("Saving the comment…"),
        )

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        self.resolve_button.setEnabled(
            self.may_write and 0 <= row < len(self.comments) and self.comments[row].open
        )
