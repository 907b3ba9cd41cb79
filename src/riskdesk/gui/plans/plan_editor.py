"""Creating or editing a case's action plan: goals and actions (with suggestions from the
assessment), the citizen's side, partners and sharing. Saved through ``desk.plans``."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from riskdesk.domain.action_plan import ActionPlan, plan_from
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import Refusal, UserInputError
from riskdesk.domain.vault_errors import VaultError
from riskdesk.gui.plans.plan_editor_citizen import CITIZEN_KEYS, CitizenSection
from riskdesk.gui.plans.plan_editor_goals import GoalsEditor
from riskdesk.gui.plans.plan_editor_sharing import SHARING_KEYS, SharingSection
from riskdesk.gui.plans.plan_editor_suggestions import SuggestionsPanel

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

GOALS_TAB, CITIZEN_TAB, SHARING_TAB = range(3)


class PlanEditor(QDialog):
    """Edits the current plan of one case (a new plan when it has none).

    Validation problems are shown beside their fields and listed at the top; nothing typed
    is lost. When the current plan has been shared, the dialog says before saving that
    saving makes the next version. :attr:`saved` carries the case id after a save.
    Raises :class:`VaultError` when the case cannot be read.
    """

    saved = Signal(int)

    def __init__(
        self,
        *,
        desk: Desk,
        case_id: CaseId,
        language: Language,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._case_id = case_id
        self._language = language
        self._today = today or date.today()
        self.setObjectName("PlanEditor")
        self.resize(1180, 740)

        case = desk.cases.get(case_id)
        person = desk.persons.get(case.person_id)
        self._current = desk.plans.current(case_id)
        plan = self._current or ActionPlan(case_id=case_id, made_on=self._today)

        self.heading = QLabel(
            self.tr("Action plan for %1 (case %2)")
            .replace("%1", person.name)
            .replace("%2", case.case_number)
        )
        self.heading.setObjectName("heading")
        self.version_label = QLabel()
        self.version_label.setWordWrap(True)
        self.message_label = QLabel()
        self.message_label.setObjectName("problem")
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Problems"))
        self.message_label.hide()

        self.goals = GoalsEditor(language=language)
        self.suggestions = SuggestionsPanel(language=language)
        self.suggestions.goal_chosen.connect(self.goals.add_suggestion)
        goals_tab = QSplitter(Qt.Orientation.Horizontal)
        goals_tab.addWidget(self.goals)
        goals_tab.addWidget(self.suggestions)
        goals_tab.setStretchFactor(0, 3)
        goals_tab.setStretchFactor(1, 2)
        goals_tab.setSizes([680, 480])
        goals_tab.setChildrenCollapsible(False)
        self.citizen = CitizenSection(language=language)
        self.sharing = SharingSection(language=language)
        self.tabs = QTabWidget()
        self.tabs.addTab(goals_tab, self.tr("Goals and actions"))
        self.tabs.addTab(self.citizen, self.tr("Citizen and mentor"))
        self.tabs.addTab(self.sharing, self.tr("Partners and sharing"))

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.version_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.goals.set_goals(plan.goals)
        self.citizen.set_plan(plan, minor=person.is_minor_at(self._today))
        self.sharing.set_plan(plan)
        self._show_version(self._current)
        self.setWindowTitle(
            self.tr("New action plan") if self._current is None else self.tr("Edit action plan")
        )
        try:
            self.suggestions.set_suggestions(desk.plans.suggest_goals(case_id))
        except (Refusal, VaultError) as error:
            # Suggestions are a help; the plan can be written without them.
            self._show_message(error.text(language))

    def _show_version(self, current: ActionPlan | None) -> None:
        """Say before saving what saving will do to the stored versions."""
        if current is None:
            self.version_label.setObjectName("hint")
            self.version_label.setText(
                self.tr("A new plan. Start from the suggested goals on the right, or add your own.")
            )
            return
        status = self._review_status()
        version, next_version = str(current.version), str(current.version + 1)
        if status is ReviewStatus.SUBMITTED:
            self.version_label.setObjectName("disclaimer")
            self.version_label.setText(
                self.tr(
                    "Version %1 waits for the supervisor's review and cannot be changed until "
                    "it is approved or returned."
                ).replace("%1", version)
            )
            self.save_button.setEnabled(False)
            return
        if current.shared_on is not None or status is ReviewStatus.APPROVED:
            self.version_label.setObjectName("disclaimer")
            reason = (
                self.tr("This plan has been shared (version %1, on %2).")
                .replace("%1", version)
                .replace("%2", current.shared_on.isoformat())
                if current.shared_on is not None
                else self.tr("This plan has been approved (version %1).").replace("%1", version)
            )
            self.version_label.setText(
                reason
                + " "
                + self.tr("Saving makes version %1; version %2 stays as it was.")
                .replace("%1", next_version)
                .replace("%2", version)
            )
            self.save_button.setText(self.tr("Save as version %1").replace("%1", next_version))
            return
        self.version_label.setObjectName("hint")
        self.version_label.setText(
            self.tr("Version %1, not shared yet: saving changes this version.").replace(
                "%1", version
            )
        )

    def _review_status(self) -> ReviewStatus | None:
        try:
            plan_id = self._desk.review.current_plan_id(self._case_id)
            return None if plan_id is None else self._desk.review.state(plan_id).status
        except (Refusal, VaultError):
            # The review state only sharpens the notice; saving checks it again.
            return None

    # ----- saving -------------------------------------------------------------------

    def plan_data(self) -> dict[str, Any]:
        return {
            "case_id": self._case_id,
            "made_on": self._current.made_on if self._current else self._today,
            "goals": self.goals.goals(),
            **self.citizen.data(),
            **self.sharing.data(),
        }

    def save(self) -> ActionPlan | None:
        """Validate and save; the saved plan, or None when something must be fixed."""
        self._clear_problems()
        try:
            plan = plan_from(self.plan_data())
            saved = self._desk.plans.save(self._case_id, plan)
        except UserInputError as error:
            # The goals' own check names the field ("The action (what) is required")
            # where the plan's labels could only say "Goals".
            own = self.goals.check()
            others = [p for p in error.problems if not (own and p.field.startswith("goals"))]
            self._show_problems((*own, *others))
            return None
        except (Refusal, VaultError) as error:
            self._show_message(error.text(self._language))
            return None
        self.saved.emit(int(self._case_id))
        self.accept()
        return saved

    # ----- problems -----------------------------------------------------------------

    def _clear_problems(self) -> None:
        self._show_message("")
        for label in (*self.citizen.problem_labels.values(), *self.sharing.problem_labels.values()):
            label.clear()
            label.hide()
        self.goals.show_problems({})

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _show_problems(self, problems: tuple[Problem, ...]) -> None:
        lines: list[str] = []
        goal_problems: dict[str, str] = {}
        first_tab: int | None = None
        for problem in problems:
            text = problem.text(self._language)
            top = problem.field.split(".")[0]
            if top == "goals":
                goal_problems[problem.field] = text
                lines.append(f"{self.goals.describe(problem.field)}: {text}")
                tab = GOALS_TAB
            elif top in CITIZEN_KEYS:
                self._add_problem(self.citizen.problem_labels[top], text)
                lines.append(text)
                tab = CITIZEN_TAB
            else:
                # The rules across fields (consent basis without a consent) are about sharing.
                key = top if top in SHARING_KEYS else "legal_basis"
                self._add_problem(self.sharing.problem_labels[key], text)
                lines.append(text)
                tab = SHARING_TAB
            first_tab = tab if first_tab is None else min(first_tab, tab)
        self.goals.show_problems(goal_problems)
        self._show_message("\n".join(f"• {line}" for line in lines))
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)

    @staticmethod
    def _add_problem(label: QLabel, text: str) -> None:
        label.setText("\n".join(filter(None, (label.text(), text))))
        label.show()

    def wipe(self) -> None:
        """Forget everything shown or typed, before the desk locks."""
        self.goals.clear()
        self.citizen.clear()
        self.sharing.clear()
        self.suggestions.set_suggestions(())
        for label in (self.heading, self.version_label, self.message_label):
            label.clear()
