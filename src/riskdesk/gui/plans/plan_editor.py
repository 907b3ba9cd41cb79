"""Creating or editing a case's action plan: goals and actions (with suggestions from the
assessment), the citizen's side, partners and sharing. The plan being edited is a
:class:`PlanDraft`; the tabs show it and hand every edit back to it. Saved through
``desk.plans`` with :func:`run_op`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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

from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_completeness import MissingItem
from riskdesk.domain.plan_draft import PlanDraft, SaveEffect
from riskdesk.domain.problems import FieldPath, Problem
from riskdesk.domain.record_version import StaleRecord
from riskdesk.domain.refusals import Refusal
from riskdesk.domain.screen_views import PlanEditing
from riskdesk.domain.unsaved_text import plan_unsaved
from riskdesk.gui.operations import Operation, read_now, run_op
from riskdesk.gui.plans.plan_editor_citizen import CITIZEN_KEYS, CitizenSection
from riskdesk.gui.plans.plan_editor_goals import GoalsEditor
from riskdesk.gui.plans.plan_editor_sharing import SHARING_KEYS, SharingSection
from riskdesk.gui.plans.plan_editor_suggestions import SuggestionsPanel
from riskdesk.gui.plans.plan_version_notice import PlanVersionNotice
from riskdesk.gui.widgets.problem_line import ProblemLine
from riskdesk.gui.widgets.problem_routing import route_problems
from riskdesk.gui.widgets.screen_fit import resize_within_screen
from riskdesk.gui.widgets.stale_record_dialog import offer_reload

if TYPE_CHECKING:
    from riskdesk.services.desk import Desk

GOALS_TAB, CITIZEN_TAB, SHARING_TAB = range(3)

# The plan's one rule across fields (consent as the basis without a consent) has no field
# of its own; it is about sharing, so it is shown at the legal basis.
_ACROSS_FIELDS = ("__root__",)


class PlanEditor(QDialog):
    """Edits the current plan of one case (a new plan when it has none).

    Problems are shown beside their fields and listed at the top, and leave a field when
    it is edited; nothing typed is lost. Before saving, the dialog says what saving does
    to the stored versions. The dialog closes once the save has succeeded.
    Raises what ``desk.plans.for_editing`` raises when the case cannot be read.
    """

    def __init__(
        self,
        *,
        desk: Desk,
        case_id: CaseId,
        language: Language,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # Read first: a refused read must not leave a half-built dialog in ``parent``.
        editing = desk.plans.for_editing(case_id)
        courses = desk.mentor_courses.for_case(case_id)
        person, case = editing.person, editing.case
        super().__init__(parent)
        self._desk = desk
        self._case_id = case_id
        self._language = language
        self.setObjectName("PlanEditor")

        self._today = today or date.today()

        self.heading = QLabel(
            self.tr("Action plan for %1 (case %2)")
            .replace("%1", person.name)
            .replace("%2", case.case_number)
        )
        self.heading.setObjectName("heading")
        self.version_label = PlanVersionNotice()
        self.message_label = ProblemLine(language=language)

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
        self.citizen = CitizenSection(language=language, courses=courses)
        self.sharing = SharingSection(language=language)
        self.tabs = QTabWidget()
        self.tabs.addTab(goals_tab, self.tr("Goals and actions"))
        self.tabs.addTab(self.citizen, self.tr("Citizen and mentor"))
        self.tabs.addTab(self.sharing, self.tr("Partners and sharing"))
        for section in (self.goals, self.citizen, self.sharing):
            section.changed.connect(self._draft_changed)

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
        resize_within_screen(self, 1180, 740)

        self._load(editing)
        # Suggestions are a help: a refusal is said in their panel, and the plan can be
        # written without them.
        suggestions = read_now(self.suggestions, lambda: desk.plans.suggest_goals(case_id))
        if suggestions is not None:
            self.suggestions.set_suggestions(suggestions)

    def _load(self, editing: PlanEditing) -> None:
        """Edit the plan as ``editing`` has it (on opening, and again on a reload)."""
        stored, review, today = editing.plan, editing.review, self._today
        self.draft = PlanDraft(
            case_id=self._case_id,
            stored=stored,
            today=today,
            minor=editing.person.is_minor_at(today),
        )
        self.goals.bind(self.draft)
        self.citizen.bind(self.draft)
        self.sharing.bind(self.draft)
        # Saving checks the review state again; this only says beforehand what it does.
        self._effect = self.draft.save_effect(review.status if review is not None else None)
        self.version_label.show_effect(self._effect, self.draft.stored)
        self.save_button.setEnabled(self._effect is not SaveEffect.BLOCKED)
        self.save_button.setText(self.tr("Save"))
        if self._effect is SaveEffect.NEXT_VERSION and self.draft.stored is not None:
            next_version = str(self.draft.stored.version + 1)
            self.save_button.setText(self.tr("Save as version %1").replace("%1", next_version))
        # "[*]" becomes "*" while the draft holds unsaved edits.
        self.setWindowTitle(
            (
                self.tr("New action plan")
                if self.draft.stored is None
                else self.tr("Edit action plan")
            )
            + " [*]"
        )
        self.setWindowModified(False)

    def reload(self) -> bool:
        """Show the plan as stored now, dropping what was typed (after a save was
        refused because someone else saved first)."""
        desk, case_id = self._desk, self._case_id
        editing = read_now(self, lambda: desk.plans.for_editing(case_id))
        if editing is None:
            return False
        self._load(editing)
        self.draft.report(())
        self._show_reported()
        return True

    # ----- saving -------------------------------------------------------------------

    def save(self) -> Operation | None:
        """Check the draft and save it in the background; None when something must be
        fixed first (the problems are shown) or saving is not possible."""
        if self._effect is SaveEffect.BLOCKED or not self.tabs.isEnabled():
            return None
        plan = self.draft.check()
        self._show_reported(choose=True)
        if plan is None:
            return None
        desk, case_id = self._desk, self._case_id
        self._set_saving(True)
        operation = run_op(
            self,
            lambda: desk.plans.save(case_id, plan),
            self._saved,
            on_refused=self._refused,
            label=self.tr("Saving the action plan…"),
        )
        # A refusal comes to show_problems; after any outcome the tabs can be edited.
        operation.finished.connect(self._save_finished)
        return operation

    def _saved(self, _plan: ActionPlan) -> None:
        self.draft.mark_saved()
        self.accept()

    def _refused(self, refusal: Refusal) -> None:
        self.show_problems(refusal.problems)
        if isinstance(refusal, StaleRecord):
            unsaved = plan_unsaved(self.draft)
            offer_reload(self, refusal, unsaved, language=self._language, reload=self.reload)

    def _save_finished(self) -> None:
        self._set_saving(False)

    def _set_saving(self, saving: bool) -> None:
        # Nothing typed while the save runs could be saved with it.
        self.tabs.setEnabled(not saving)
        self.save_button.setEnabled(not saving and self._effect is not SaveEffect.BLOCKED)

    # ----- problems -----------------------------------------------------------------

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Show ``problems`` beside their fields, list them at the top and open the tab
        of the first one."""
        self.draft.report(problems)
        self._show_reported(choose=True)

    def show_missing(self, missing: Sequence[MissingItem]) -> None:
        """What the plan lacks before it can be submitted: beside each field and listed
        at the top like any problem, with the cursor in the field of the first one shown
        (in the tab and the goal or action the problems chose)."""
        self.show_problems([_editor_problem(item) for item in missing])
        on_goals = self.tabs.currentIndex() == GOALS_TAB
        shown = self.goals.tree.own_problems(self.goals.tree.currentItem()) if on_goals else ()
        in_tab = [p for p in self.draft.reported if p.under("goals") == on_goals]
        first = next(iter((*shown, *in_tab)), None)
        if first is not None:
            self._focus(first.path)

    def _focus(self, path: FieldPath) -> None:
        forms = self.goals.forms
        fields: dict[str | int, QWidget] = {
            "no_date_reason": forms.no_date_reason_edit,
            "responsible_name": forms.responsible_name_edit,
            "success_criterion": forms.criterion_edit,
            "legal_basis": self.sharing.legal_basis_combo,
            "follow_up_dates": self.sharing.follow_up.date_edit,
            "consent": self.sharing.partners,
        }
        widget = fields.get(path[-1]) if path else None
        if widget is None and path[:1] == ("goals",):
            # A goal without actions, or a plan without goals: the button that adds one.
            adds = self.goals.add_action_button if len(path) > 1 else self.goals.add_goal_button
            widget = adds
        if widget is not None:
            widget.setFocus()

    def _draft_changed(self) -> None:
        self._show_reported()
        self.setWindowModified(self.draft.dirty)

    def _show_reported(self, *, choose: bool = False) -> None:
        problems = self.draft.reported
        labels: dict[FieldPath | str, QLabel] = {
            **{(key,): label for key, label in self.citizen.problem_labels.items()},
            **{(key,): label for key, label in self.sharing.problem_labels.items()},
            _ACROSS_FIELDS: self.sharing.problem_labels["legal_basis"],
        }
        routed = route_problems(problems, labels)
        for label in {*labels.values()}:
            text = "\n".join(self._describe(p) for p in routed.of(label))
            label.setText(text)
            label.setVisible(bool(text))
        self.message_label.show_texts([self._describe(problem) for problem in problems])
        # After the list above: it makes the tree shorter before a row is scrolled to.
        self.goals.show_reported(choose_first=choose)
        tabs = route_problems(
            problems,
            {
                ("goals",): GOALS_TAB,
                **{(key,): CITIZEN_TAB for key in CITIZEN_KEYS},
                **{(key,): SHARING_TAB for key in (*SHARING_KEYS, *_ACROSS_FIELDS)},
            },
        )
        if choose and tabs.by_target:
            self.tabs.setCurrentIndex(min(tabs.by_target))

    def _describe(self, problem: Problem) -> str:
        """The problem with where it is when its field alone does not say: "Goal 2,
        action 1: …", "Partner 3: …"."""
        text = problem.text(self._language)
        match problem.path:
            case ("goals", *_):
                return f"{self.goals.describe(problem.path)}: {text}"
            case ("partners", int(row), *_):
                return self.tr("Partner %1").replace("%1", str(row + 1)) + f": {text}"
        return text

    def wipe(self) -> None:
        """Forget everything shown or typed, before the desk locks."""
        self.draft = PlanDraft(case_id=self._case_id, stored=None, today=date.today())
        self.goals.clear()
        self.citizen.clear()
        self.sharing.clear()
        self.suggestions.set_suggestions(())
        for label in (self.heading, self.version_label, self.message_label):
            label.clear()


def _editor_problem(item: MissingItem) -> Problem:
    """The item as the editor shows it: it names a goal, action or partner itself ("Goal
    2, action 1: …"), so those items say only what is missing."""
    match item.path:
        case ("goals" | "partners", int(), *_):
            return item.form_problem(with_place=False)
    return item.form_problem(with_place=True)
