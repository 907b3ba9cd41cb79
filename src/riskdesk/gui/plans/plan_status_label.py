"""One line about a case's current plan: its version and sharing, the next follow-up and
how many actions are late."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QWidget

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.danish_dates import dmy


class PlanStatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Plan status"))

    def show_plan(self, plan: ActionPlan | None, *, today: date) -> None:
        """ "Version 2, shared on … · next follow-up … · 1 overdue action(s)"; for a case
        without a plan, that it has none."""
        if plan is None:
            self.setText(self.tr("The case has no action plan yet."))
            return
        shared = (
            self.tr("shared on %1").replace("%1", dmy(plan.shared_on))
            if plan.shared_on
            else self.tr("not shared yet")
        )
        parts = [self.tr("Version %1, %2").replace("%1", str(plan.version)).replace("%2", shared)]
        follow_up = plan.next_follow_up(today)
        parts.append(
            self.tr("next follow-up %1").replace("%1", dmy(follow_up))
            if follow_up
            else self.tr("no follow-up date ahead")
        )
        overdue = len(plan.overdue_actions(today))
        if overdue:
            parts.append(self.tr("%1 overdue action(s)").replace("%1", str(overdue)))
        self.setText(" · ".join(parts))
