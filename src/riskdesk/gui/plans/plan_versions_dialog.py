"""Every version of a case's action plan, read-only, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.localized import Language
from riskdesk.gui.plans.plan_view import PlanView
from riskdesk.gui.widgets.screen_fit import resize_within_screen


class PlanVersionsDialog(QDialog):
    """A list of the versions and the chosen one shown as on the plan page; nothing here
    can change a version."""

    def __init__(
        self,
        *,
        versions: Sequence[ActionPlan],
        language: Language,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._versions = sorted(versions, key=lambda plan: plan.version, reverse=True)
        self._today = today
        self.setWindowTitle(self.tr("Versions of the action plan"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.setFixedWidth(200)
        for plan in self._versions:
            shared = (
                self.tr("shared %1").replace("%1", dmy(plan.shared_on))
                if plan.shared_on
                else self.tr("not shared")
            )
            self.list.addItem(
                self.tr("Version %1 – %2").replace("%1", str(plan.version)).replace("%2", shared)
            )
        self.view = PlanView(language=language)
        self.note = QLabel(self.tr("Older versions are kept as they were and cannot be changed."))
        self.note.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(self.list)
        columns.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 1100, 680)
        self.list.currentRowChanged.connect(self.show_version)
        if self._versions:
            self.list.setCurrentRow(0)

    def show_version(self, row: int) -> None:
        if 0 <= row < len(self._versions):
            self.view.show_plan(self._versions[row], today=self._today)

    def shown_version(self) -> ActionPlan | None:
        row = self.list.currentRow()
        return self._versions[row] if 0 <= row < len(self._versions) else None
