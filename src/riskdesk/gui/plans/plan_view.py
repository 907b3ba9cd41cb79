"""One version of an action plan, read-only: goals with their actions in a tree, late
actions marked, and the rest of the plan (mentor, views, partners, follow-up) below."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import (
    ACTION_STATUS_LABELS,
    AGREEMENT_LABELS,
    NEED_AREA_LABELS,
    RESPONSIBLE_LABELS,
    ActionPlan,
    PlanAction,
)
from riskdesk.domain.case import LEGAL_BASIS_LABELS
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.gui.plans.plan_column_widths import responsible_width, width_for

# Dark enough to read on white and on the alternating row colour.
OVERDUE_COLOUR = QColor("#a4161a")
_COLUMN_WIDTHS = (330, 180, 130, 100)
RESPONSIBLE_COLUMN, DUE_COLUMN = 1, 2


def responsible_text(action: PlanAction, language: Language, *, separator: str = " ") -> str:
    """The responsible party and, after ``separator``, the person's name when known; a
    tree's column is as wide as the longest party, so there the name goes on a line of
    its own (``separator="\\n"``)."""
    label = RESPONSIBLE_LABELS[action.responsible].text(language)
    name = action.responsible_name
    return f"{label}{separator}({name})" if name else label


class PlanView(QWidget):
    """Shows :meth:`show_plan`'s plan; :attr:`tree` has one top-level row per goal and a
    child row per action. Rows of overdue actions say so in the due column and are red."""

    def __init__(self, *, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Goals and actions"))
        self.tree.setHeaderLabels(
            [
                self.tr("Goal / action"),
                self.tr("Responsible"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Success criterion"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        # Not uniform: a row whose responsible has a name is two lines high.
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.resizeSection(RESPONSIBLE_COLUMN, responsible_width(self.tree, language))
        overdue = self.tr("%1 (overdue)").replace("%1", "29.12.2026")
        header.resizeSection(DUE_COLUMN, width_for(self.tree, [overdue]))

        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setAccessibleName(self.tr("Plan details"))
        details = QScrollArea()
        details.setWidgetResizable(True)
        details.setWidget(self.details_label)
        details.setFrameShape(QScrollArea.Shape.NoFrame)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 200])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_plan(self, plan: ActionPlan, *, today: date) -> None:
        self.tree.clear()
        overdue = plan.overdue_actions(today)
        for goal in plan.goals:
            area = NEED_AREA_LABELS[goal.need_area].text(self._language)
            goal_item = QTreeWidgetItem([f"{area}: {goal.text}"])
            font = goal_item.font(0)
            font.setBold(True)
            goal_item.setFont(0, font)
            self.tree.addTopLevelItem(goal_item)
            # A goal is a sentence; it reads across the columns its actions use.
            goal_item.setFirstColumnSpanned(True)
            for action in goal.actions:
                late = action in overdue
                due = dmy(action.due) if action.due else self._no_date(action)
                if late:
                    due = self.tr("%1 (overdue)").replace("%1", due)
                item = QTreeWidgetItem(
                    [
                        action.what,
                        responsible_text(action, self._language, separator="\n"),
                        due,
                        ACTION_STATUS_LABELS[action.status].text(self._language),
                        action.success_criterion,
                    ]
                )
                if late:
                    for column in range(item.columnCount()):
                        item.setForeground(column, QBrush(OVERDUE_COLOUR))
                    item.setToolTip(2, self.tr("The deadline has passed and it is not done."))
                elif action.due is None:
                    item.setToolTip(2, due)
                goal_item.addChild(item)
        self.tree.expandAll()
        if not plan.goals:
            self.show_placeholder(self.tr("The plan has no goals yet."))
        self.details_label.setText(self._details(plan))

    def clear(self) -> None:
        self.tree.clear()
        self.details_label.clear()

    def _no_date(self, action: PlanAction) -> str:
        """The due column of an action left without a date: its reason when it has one
        (a choice), else plain "no date" (then the plan is not ready for review)."""
        reason = action.no_date_reason.strip()
        if not reason:
            return self.tr("no date")
        return self.tr("No date: %1").replace("%1", reason)

    def show_placeholder(self, text: str) -> None:
        """One grey row saying why there is nothing to show."""
        item = QTreeWidgetItem([text])
        item.setForeground(0, QBrush(QColor("#6b7780")))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)

    def _details(self, plan: ActionPlan) -> str:
        not_filled = self.tr("not filled in")
        rows: list[tuple[str, str]] = [
            (self.tr("Mentor"), plan.mentor or not_filled),
            (self.tr("The citizen's view"), plan.citizen_view or not_filled),
        ]
        if plan.parents_view:
            rows.append((self.tr("The parents' view"), plan.parents_view))
        agreement = (
            AGREEMENT_LABELS[plan.agreement].text(self._language) if plan.agreement else not_filled
        )
        if plan.agreement_note:
            agreement = f"{agreement} – {plan.agreement_note}"
        rows.append((self.tr("Agreement"), agreement))
        partners = [
            " · ".join(
                part
                for part in (
                    RESPONSIBLE_LABELS[p.organisation].text(self._language),
                    p.name,
                    self.tr("consent %1").replace("%1", dmy(p.consent_on))
                    if p.consent and p.consent_on
                    else self.tr("no consent"),
                )
                if part
            )
            for p in plan.partners
        ]
        rows.append((self.tr("Partners"), "\n".join(partners) or not_filled))
        basis = LEGAL_BASIS_LABELS[plan.legal_basis].text(self._language)
        if plan.legal_basis_note:
            basis = f"{basis} – {plan.legal_basis_note}"
        rows.append((self.tr("Legal basis for sharing"), basis))
        rows.append(
            (
                self.tr("Follow-up dates"),
                ", ".join(dmy(d) for d in plan.follow_up_dates) or not_filled,
            )
        )
        rows.append((self.tr("Made on"), dmy(plan.made_on)))
        cells = "".join(
            f"<tr><td style='padding:2px 12px 2px 0'><b>{escape(name)}</b></td>"
            f"<td style='padding:2px 0'>{escape(value).replace(chr(10), '<br>')}</td></tr>"
            for name, value in rows
        )
        return f"<table>{cells}</table>"
