"""The line at the top of the plan editor that says, before saving, what saving will do
to the stored versions: make the first, change this one, make the next, or nothing
while the version waits for review."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.danish_dates import dmy
from riskdesk.domain.plan_draft import SaveEffect


class PlanVersionNotice(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def show_effect(self, effect: SaveEffect, stored: ActionPlan | None) -> None:
        """``stored`` is the case's current version (None for a new plan)."""
        if stored is None or effect is SaveEffect.NEW_PLAN:
            self._show(
                "hint",
                self.tr(
                    "A new plan. Start from the suggested goals on the right, or add your own."
                ),
            )
            return
        version, next_version = str(stored.version), str(stored.version + 1)
        match effect:
            case SaveEffect.BLOCKED:
                text = self.tr(
                    "Version %1 waits for the supervisor's review and cannot be changed until "
                    "it is approved or returned."
                ).replace("%1", version)
                self._show("disclaimer", text)
            case SaveEffect.NEXT_VERSION:
                reason = (
                    self.tr("This plan has been shared (version %1, on %2).")
                    .replace("%1", version)
                    .replace("%2", dmy(stored.shared_on))
                    if stored.shared_on is not None
                    else self.tr("This plan has been approved (version %1).").replace("%1", version)
                )
                then = (
                    self.tr("Saving makes version %1; version %2 stays as it was.")
                    .replace("%1", next_version)
                    .replace("%2", version)
                )
                self._show("disclaimer", f"{reason} {then}")
            case _:
                text = self.tr("Version %1, not shared yet: saving changes this version.")
                self._show("hint", text.replace("%1", version))

    def _show(self, style: str, text: str) -> None:
        # The object name picks the style sheet's look: a quiet hint or a framed notice.
        self.setObjectName(style)
        self.setText(text)
