"""The plan under review beside its last approved version: the marked tree of what
changed, and both versions in full in tabs. With nothing approved before, only the
version itself."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_diff import DIFF_FIELD_LABELS, PlanDiff
from riskdesk.domain.plan_review import CommentTarget
from riskdesk.gui.plans.plan_view import PlanView
from riskdesk.gui.review.plan_diff_tree import TARGET_ROLE, PlanDiffTree


class ReviewPlansPanel(QWidget):
    """Read-only. :attr:`target_chosen` carries the :class:`CommentTarget` of the row
    chosen in the marked tree (None for a removed row, which no comment can be about)."""

    target_chosen = Signal(object)

    def __init__(
        self,
        *,
        plan: ActionPlan,
        version: int,
        diff: PlanDiff | None,
        last_approved: ActionPlan | None,
        language: Language,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self.diff_tree = PlanDiffTree(language=language)
        self.diff_tree.show_diff(plan, diff)
        self.diff_tree.currentItemChanged.connect(self._row_chosen)
        self.compare_label = QLabel(self._compare_text(diff))
        self.compare_label.setObjectName("hint")
        self.compare_label.setWordWrap(True)

        # The last approved version first: the tree beside it already shows this one.
        self.tabs = QTabWidget()
        self.approved_view = PlanView(language=language)
        if last_approved is not None:
            self.approved_view.show_plan(last_approved, today=today)
            self.tabs.addTab(
                self.approved_view,
                self.tr("Last approved (version %1)").replace("%1", str(last_approved.version)),
            )
        self.this_view = PlanView(language=language)
        self.this_view.show_plan(plan, today=today)
        self.tabs.addTab(
            self.this_view,
            self.tr("This version (%1) in full").replace("%1", str(version)),
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.compare_label)
        if diff is None:
            # Nothing to compare with: the plan itself, with its details, is what to read.
            self.diff_tree.hide()
            layout.addWidget(self.tabs, 1)
            layout.addWidget(self.diff_tree)
            return
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.diff_tree)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # Room for the change, goal, responsible and due columns of the marked tree.
        splitter.setSizes([840, 340])
        layout.addWidget(splitter, 1)

    def _compare_text(self, diff: PlanDiff | None) -> str:
        if diff is None:
            return self.tr("No earlier version was approved, so there is nothing to compare with.")
        if diff.unchanged:
            return self.tr("No changes since the approved version %1.").replace(
                "%1", str(diff.before_version)
            )
        text = self.tr("Compared with the approved version %1.").replace(
            "%1", str(diff.before_version)
        )
        if diff.fields:
            names = ", ".join(DIFF_FIELD_LABELS[name].text(self._language) for name in diff.fields)
            text += " " + self.tr("Also changed: %1.").replace("%1", names)
        return text

    def _row_chosen(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        target = item.data(0, TARGET_ROLE)
        self.target_chosen.emit(target if isinstance(target, CommentTarget) else None)
