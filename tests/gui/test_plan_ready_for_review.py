"""An incomplete plan cannot be submitted: the plan page lists what is missing, naming
each place, and opens the editor at the first of it; the action form's "no date" takes a
reason; the supervisor's review dialog shows the same checklist; a plan under review
cannot be marked as shared."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.plan_review import ReviewStatus
from riskdesk.domain.use_cases import UseCase
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.plans.plan_editor import GOALS_TAB, SHARING_TAB
from riskdesk.gui.review.review_dialog import ReviewDialog
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]

TODAY = date(2026, 11, 21)
# An action without a date or reason, no success criterion, no follow-up date.
INCOMPLETE = ActionPlan(
    made_on=date(2026, 11, 1),
    goals=(
        PlanGoal(
            need_area=NeedArea.EDUCATION,
            text="Går i skole hver dag",
            actions=(PlanAction(what="Skolemøde", responsible=Responsible.SCHOOL),),
        ),
    ),
)
MISSING = [
    "Goal 1, action 1: no due date (set one, or write why the action has none)",
    "Goal 1: no success criterion (write it at one of the goal's actions)",
    "Follow-up: no follow-up date",
]


@pytest.fixture
def window(qtbot, desk: Desk, demo_vault: Path) -> Iterator[MainWindow]:
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.set_desk(desk, demo_vault)
    main.plans.today = main.review.today = TODAY
    main.show()
    yield main
    main.clear()


@pytest.fixture
def case_id(desk: Desk) -> CaseId:
    _, case = desk.cases.create_person_with_case(
        person={"name": "Klar Testesen", "birth_date": date(2009, 4, 5)},
        case={"level": 2, "kind": "individual", "referral_source": "police"},
    )
    return case.id


def _show(window: MainWindow, case_id: CaseId) -> None:
    window.case_list.refresh()
    window.case_list.select_case(int(case_id))
    window.show_plan()


def test_an_incomplete_plan_is_not_submitted_and_the_editor_opens_at_what_is_missing(
    qtbot, window: MainWindow, desk: Desk, case_id: CaseId, wait_for_operations
) -> None:
    desk.plans.save(case_id, INCOMPLETE)
    _show(window, case_id)
    page = window.plans
    assert page.first_missing_button.isHidden()
    qtbot.mouseClick(page.review_bar.submit_button, Qt.MouseButton.LeftButton)
    wait_for_operations()

    plan_id = page.review_bar.plan_id
    assert plan_id is not None
    assert desk.review.state(plan_id).status is ReviewStatus.DRAFT
    assert "Review: Draft" in page.review_bar.status_label.text()
    assert page.review_bar.submit_button.isEnabled()
    lines = page.message_label.text().splitlines()
    assert lines[0] == "The action plan is not ready for approval. It lacks:"
    assert lines[1:] == [f"• {text}" for text in MISSING]
    assert page.first_missing_button.isVisible()

    editor = page.go_to_first_missing()
    assert editor is not None
    forms = editor.goals.forms
    # The first thing missing: the action without a date, chosen, its field focused.
    assert editor.tabs.currentIndex() == GOALS_TAB
    assert editor.goals.tree.place(editor.goals.tree.currentItem()) == (0, 0)
    assert editor.focusWidget() is forms.no_date_reason_edit
    assert forms.no_date_reason_edit.isEnabled()
    assert "No due date (set one" in forms.problem_labels["action.no_date_reason"].text()
    # The list at the top names every place in the editor's words: the field to fill in.
    assert editor.message_label.text().splitlines() == [
        "• Goal 1, action 1: No due date (set one, or write why the action has none)",
        "• Goal 1, action 1: No success criterion (write it at one of the goal's actions)",
        "• Follow-up: No follow-up date",
    ]

    qtbot.keyClicks(forms.no_date_reason_edit, "Når skolen har tid")
    assert forms.problem_labels["action.no_date_reason"].isHidden()
    forms.criterion_edit.setPlainText("Skema aftalt")
    editor.tabs.setCurrentIndex(SHARING_TAB)
    editor.sharing.follow_up.add_date(date(2027, 1, 15))
    with qtbot.waitSignal(editor.finished):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = desk.plans.current(case_id)
    assert saved is not None
    assert saved.goals[0].actions[0].no_date_reason == "Når skolen har tid"

    # The page redrew after the save: the list is gone, and the plan can be submitted.
    assert page.message_label.isHidden()
    assert page.first_missing_button.isHidden()
    qtbot.mouseClick(page.review_bar.submit_button, Qt.MouseButton.LeftButton)
    wait_for_operations()
    assert desk.review.state(plan_id).status is ReviewStatus.SUBMITTED
    assert "No date: Når skolen har tid" in page.view.tree.topLevelItem(0).child(0).text(2)


def test_no_date_is_a_choice_with_a_reason_and_a_date_drops_it(
    qtbot, window: MainWindow, desk: Desk, case_id: CaseId
) -> None:
    desk.plans.save(case_id, INCOMPLETE)
    _show(window, case_id)
    editor = window.plans.edit_plan()
    assert editor is not None
    goals, forms = editor.goals, editor.goals.forms
    goals.tree.setCurrentItem(goals.tree.topLevelItem(0).child(0))
    assert forms.due_edit.none_box.isChecked()
    assert forms.no_date_reason_edit.isEnabled()
    qtbot.keyClicks(forms.no_date_reason_edit, "Løbende")
    assert editor.draft.action(0, 0).no_date_reason == "Løbende"
    assert goals.tree.topLevelItem(0).child(0).text(2) == "no date"

    forms.due_edit.none_box.setChecked(False)
    assert editor.draft.action(0, 0).due is not None
    assert editor.draft.action(0, 0).no_date_reason == ""
    assert forms.no_date_reason_edit.text() == ""
    assert not forms.no_date_reason_edit.isEnabled()
    editor.reject()


def _review(window: MainWindow, plan_id) -> ReviewDialog:
    window.navigation.setCurrentRow(window.pages.index(window.review))
    dialog = window.review.open_review(plan_id)
    assert dialog is not None
    return dialog


@pytest.fixture
def supervisor(qtbot, demo_vault: Path) -> Iterator[tuple[Desk, MainWindow]]:
    desk = Desk.open(demo_vault, username="leder", password=PASSWORD)
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.set_desk(desk, demo_vault)
    main.review.today = TODAY
    main.show()
    yield desk, main
    main.clear()
    desk.lock()


def test_the_review_dialog_ticks_every_line_of_a_complete_plan(supervisor) -> None:
    desk, main = supervisor
    waiting = desk.review.queue(today=TODAY)[0]
    dialog = _review(main, waiting.plan_id)
    checklist = dialog.checklist
    assert checklist.isVisible()
    assert checklist.title_label.text().startswith("✓ Ready for approval")
    assert [label.text()[:2] for label in checklist.line_labels] == ["✓ "] * 6
    assert (
        checklist.line_labels[2].text()
        == "✓ Every action has a due date, or 'no date' with a reason"
    )
    assert not checklist.missing_label.isVisible()
    dialog.close()


def test_the_review_dialog_lists_what_an_incomplete_plan_lacks_and_approving_waits(
    supervisor, desk: Desk, case_id: CaseId
) -> None:
    desk.plans.save(case_id, INCOMPLETE)
    plan_id = desk.review.current_plan_id(case_id)
    assert plan_id is not None
    # As a vault made before the rule holds it: submitted without the check.
    with desk.vault.unit_of_work(UseCase.REVIEW_SUBMIT) as uow:
        uow.reviews.set_status(plan_id, ReviewStatus.SUBMITTED)
    _, main = supervisor
    dialog = _review(main, plan_id)
    checklist = dialog.checklist
    assert checklist.title_label.text() == "✗ Not ready for approval: 3 thing(s) missing"
    marks = [label.text()[:1] for label in checklist.line_labels]
    assert marks == ["✓", "✓", "✗", "✗", "✓", "✗"]
    assert checklist.missing_label.isVisible()
    assert checklist.missing_label.text().splitlines() == [f"• {text}" for text in MISSING]
    assert not dialog.approve_button.isEnabled()
    assert "return it to be completed" in dialog.approve_button.toolTip()
    assert dialog.return_button.isEnabled()
    dialog.close()


def test_a_plan_under_review_cannot_be_marked_as_shared(
    qtbot, window: MainWindow, desk: Desk, case_id: CaseId
) -> None:
    complete = INCOMPLETE.model_copy(
        update={
            "goals": (
                INCOMPLETE.goals[0].model_copy(
                    update={
                        "actions": (
                            PlanAction(
                                what="Skolemøde",
                                responsible=Responsible.SCHOOL,
                                due=date(2026, 12, 1),
                                success_criterion="Skema aftalt",
                            ),
                        )
                    }
                ),
            ),
            "follow_up_dates": (date(2027, 1, 15),),
        }
    )
    desk.plans.save(case_id, complete)
    _show(window, case_id)
    page = window.plans
    assert page.share_button.isEnabled()
    assert "handed out" in page.share_button.toolTip()

    plan_id = desk.review.current_plan_id(case_id)
    assert plan_id is not None
    desk.review.submit(plan_id)
    page.refresh()
    assert "Review: Submitted for review" in page.review_bar.status_label.text()
    assert not page.share_button.isEnabled()
    assert "waits for the supervisor's review" in page.share_button.toolTip()
