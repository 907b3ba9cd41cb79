"""Sharing freezes a plan version: the editor says so and saving makes the next version,
which the versions view shows beside the old one. Problems keep what was typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from riskdesk.domain.action_plan import (
    ActionPlan,
    NeedArea,
    PlanAction,
    PlanGoal,
    Responsible,
)
from riskdesk.domain.case import LegalBasis
from riskdesk.domain.localized import Language
from riskdesk.gui import operations
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.plans.plan_editor import GOALS_TAB, SHARING_TAB, PlanEditor

pytestmark = [pytest.mark.gui, pytest.mark.vault]

TODAY = date(2026, 11, 21)


@pytest.fixture
def window(qtbot, desk, demo_vault):
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.set_desk(desk, demo_vault)
    main.plans.today = TODAY
    main.show()
    yield main
    main.clear()


@pytest.fixture
def case(desk):
    _, stored = desk.cases.create_person_with_case(
        person={"name": "Version Testesen", "birth_date": date(2009, 4, 5)},
        case={"level": 2, "kind": "individual", "referral_source": "police"},
    )
    return stored


def _show(window: MainWindow, case) -> None:
    window.case_list.refresh()
    window.case_list.select_case(int(case.id))
    window.show_plan()


def _plan(case_id) -> ActionPlan:
    """A plan complete enough to submit."""
    return ActionPlan(
        case_id=case_id,
        made_on=date(2026, 9, 1),
        goals=(
            PlanGoal(
                need_area=NeedArea.EDUCATION,
                text="Går i skole hver dag.",
                actions=(
                    PlanAction(
                        what="Møde med skolen",
                        responsible=Responsible.SCHOOL,
                        due=date(2026, 10, 1),
                        success_criterion="Fravær under 10 %",
                    ),
                ),
            ),
        ),
        follow_up_dates=(date(2027, 1, 15),),
    )


def test_editing_a_shared_plan_makes_version_two(
    qtbot, window, desk, case, wait_for_operations
) -> None:
    desk.plans.save(case.id, _plan(case.id))
    _show(window, case)
    page = window.plans
    assert "Version 1, not shared yet" in page.status_label.text()
    # The October deadline has passed and the action is still planned.
    assert "1 overdue action(s)" in page.status_label.text()
    assert "overdue" in page.view.tree.topLevelItem(0).child(0).text(2)

    dialog = page.mark_shared()
    dialog.date_edit.setDate(QDate(2026, 11, 2))
    qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)
    wait_for_operations()
    assert desk.plans.current(case.id).shared_on == date(2026, 11, 2)
    assert "shared on 02.11.2026" in page.status_label.text()
    assert not page.share_button.isEnabled()

    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = window.findChild(PlanEditor)
    assert "has been shared" in editor.version_label.text()
    assert "Saving makes version 2; version 1 stays as it was." in editor.version_label.text()
    assert editor.save_button.text() == "Save as version 2"
    editor.goals.tree.setCurrentItem(editor.goals.tree.topLevelItem(0))
    editor.goals.forms.goal_edit.setText("Går i skole hver dag og består 9. klasse.")
    # The editor closes (and is deleted) once the save operation succeeded.
    with qtbot.waitSignal(editor.finished):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()

    versions = desk.plans.versions(case.id)
    assert [(v.version, v.shared_on) for v in versions] == [
        (1, date(2026, 11, 2)),
        (2, None),
    ]
    assert versions[0].goals[0].text == "Går i skole hver dag."
    assert "Version 2, not shared yet" in page.status_label.text()

    view = page.show_versions()
    assert view.list.count() == 2
    assert view.shown_version().version == 2
    view.list.setCurrentRow(1)
    assert view.shown_version().version == 1
    assert view.view.tree.topLevelItem(0).text(0).endswith("Går i skole hver dag.")
    view.reject()


def test_problems_are_shown_and_nothing_typed_is_lost(qtbot, window, desk, case) -> None:
    _show(window, case)
    editor = window.plans.edit_plan()
    goals = editor.goals
    goals.add_goal(need_area=NeedArea.LEISURE)
    qtbot.mouseClick(goals.add_action_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(goals.forms.what_edit, "Prøvetræning i bokseklubben")
    editor.citizen.citizen_view_edit.setPlainText("Vil gerne i gang med noget.")
    editor.sharing.legal_basis_combo.setCurrentIndex(
        editor.sharing.legal_basis_combo.findData(LegalBasis.CONSENT.value)
    )

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert desk.plans.current(case.id) is None
    assert editor.message_label.isVisible()
    assert "Goal 1: The goal is required." in editor.message_label.text()
    # The goal without text is chosen and its problem shown beside the field.
    assert editor.tabs.currentIndex() == GOALS_TAB
    assert goals.tree.currentItem() is goals.tree.topLevelItem(0)
    assert not goals.forms.problem_labels["goal.text"].isHidden()
    assert "required" in goals.forms.problem_labels["goal.text"].text()
    # Nothing typed is lost.
    assert editor.draft.goals[0].actions[0].what == "Prøvetræning i bokseklubben"
    assert editor.citizen.citizen_view_edit.toPlainText() == "Vil gerne i gang med noget."

    goals.forms.goal_edit.setText("Har en fast fritidsaktivitet.")
    assert goals.forms.problem_labels["goal.text"].isHidden()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    # Consent as the legal basis needs a partner who consented.
    assert editor.tabs.currentIndex() == SHARING_TAB
    assert (
        "no partner has a recorded consent" in editor.sharing.problem_labels["legal_basis"].text()
    )

    row = editor.sharing.partners.add_partner()
    editor.sharing.partners.set_consent(row, True, None)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "consent needs a date" in editor.sharing.problem_labels["partners"].text()
    assert desk.plans.current(case.id) is None

    editor.sharing.partners.set_consent(row, True, date(2026, 11, 20))
    # The editor closes (and is deleted) once the save operation succeeded.
    with qtbot.waitSignal(editor.finished):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    plan = desk.plans.current(case.id)
    assert plan.partners[0].consent_on == date(2026, 11, 20)
    assert plan.goals[0].actions[0].what == "Prøvetræning i bokseklubben"
    assert plan.citizen_view == "Vil gerne i gang med noget."


def test_an_export_to_an_unwritable_folder_writes_nothing(
    qtbot, window, desk, case, tmp_path, wait_for_operations
) -> None:
    desk.plans.save(case.id, _plan(case.id))
    _show(window, case)
    dialog = window.plans.export_plan(folder=tmp_path / "no-such-folder")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_operations()
    assert dialog.isVisible()
    assert "cannot be saved" in dialog.problem_label.text()
    assert not (tmp_path / "no-such-folder").exists()
    dialog.reject()


def test_a_plan_waiting_for_review_cannot_be_saved(qtbot, window, desk, case) -> None:
    desk.plans.save(case.id, _plan(case.id))
    desk.review.submit(desk.review.current_plan_id(case.id))
    _show(window, case)
    assert not window.plans.edit_button.isEnabled()
    assert "review" in window.plans.edit_button.toolTip()
    # Enter on a row still opens the plan, to read.
    editor = window.plans.edit_plan()
    assert "waits for the supervisor's review" in editor.version_label.text()
    assert not editor.save_button.isEnabled()
    editor.reject()


def test_locking_wipes_an_open_plan_editor(qtbot, window, desk, case) -> None:
    _show(window, case)
    editor = window.plans.edit_plan()
    editor.goals.add_goal(need_area=NeedArea.FAMILY, text="Faste aftaler derhjemme.")
    editor.citizen.citizen_view_edit.setPlainText("Fortroligt synspunkt.")
    window.clear()
    assert not editor.isVisible()
    assert editor.draft.goals == ()
    assert editor.citizen.citizen_view_edit.toPlainText() == ""
    assert window.plans.case_id is None
    assert desk.plans.current(case.id) is None


def test_a_problem_stays_with_its_goal_when_goals_move(qtbot, window, desk, case) -> None:
    _show(window, case)
    editor = window.plans.edit_plan()
    goals = editor.goals
    goals.add_goal(need_area=NeedArea.LEISURE)
    goals.add_goal(need_area=NeedArea.HOUSING, text="Har en fast bolig.")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Goal 1: The goal is required." in editor.message_label.text()
    assert goals.tree.topLevelItem(0).toolTip(0) == "The goal is required."

    goals.tree.setCurrentItem(goals.tree.topLevelItem(0))
    qtbot.mouseClick(goals.down_button, Qt.MouseButton.LeftButton)

    assert [g.text for g in editor.draft.goals] == ["Har en fast bolig.", ""]
    assert "Goal 2: The goal is required." in editor.message_label.text()
    assert goals.tree.topLevelItem(0).toolTip(0) == ""
    assert goals.tree.topLevelItem(1).toolTip(0) == "The goal is required."
    assert not goals.forms.problem_labels["goal.text"].isHidden()
    goals.forms.goal_edit.setText("Går til boksning.")
    assert not editor.message_label.isVisible()
    assert editor.isWindowModified()
    editor.reject()


def test_the_page_redraws_when_an_operation_elsewhere_changed_the_plan(
    qtbot, window, desk, case, wait_for_operations
) -> None:
    desk.plans.save(case.id, _plan(case.id))
    _show(window, case)
    page = window.plans
    assert "not shared yet" in page.status_label.text()

    operations.run_op(None, lambda: desk.plans.mark_shared(case.id, date(2026, 11, 3)))
    wait_for_operations()

    assert "shared on 03.11.2026" in page.status_label.text()
    assert not page.share_button.isEnabled()


def test_the_page_reads_the_case_and_its_person_in_one_use_case(qtbot, window, desk, case) -> None:
    before = len(desk.audit.events())
    window.plans.show_case(int(case.id))
    read = desk.audit.events()[before:]
    # Heading, plan, review state, comments and decisions: one use case, one event.
    assert [e.details["use_case"] for e in read] == ["plan.view"]
    assert read[0].details["case_ids"] == [case.id]
    assert "person.view" not in [e.details["use_case"] for e in read]
    assert "Version Testesen" in window.plans.heading.text()


def test_a_case_that_cannot_be_read_is_said_on_the_page(qtbot, window) -> None:
    page = window.plans
    window.show_plan()
    page.show_case(999_999)
    assert page.message_label.isVisible()
    assert page.message_label.text() == "The record no longer exists."
    page.show_case(None)
    assert not page.message_label.isVisible()
