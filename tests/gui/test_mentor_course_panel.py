"""The case page's mentor-course panel in a real window: starting a course with a mentor
user shows it as active with how long it has run, ending it with the reason and
reoffending moves it to the earlier courses, an end before the start is refused in the
dialog with nothing stored, and a mentor user's case page offers no start. Each window
is grabbed in Danish at both screen sizes, to be looked at."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from screen_fit import LAPTOP_SCREEN, SMALL_SCREEN, danish

from mentor_users import MENTOR, add_mentor
from riskdesk.domain.localized import Language
from riskdesk.domain.mentor_course import EndReason, Reoffended
from riskdesk.gui.cases.mentor_course_dialogs import EndMentorCourseDialog, StartMentorCourseDialog
from riskdesk.gui.cases.person_case_editor import PersonCaseEditor
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]

SHOTS = "/tmp/riskdesk-team/shots"


@pytest.fixture
def mentor_vault(demo_vault):
    add_mentor(demo_vault)
    return demo_vault


def _shoot(widget, name: str) -> None:
    widget.adjustSize()
    natural = widget.size()
    for width, height in (LAPTOP_SCREEN, SMALL_SCREEN):
        widget.resize(min(natural.width(), width), min(natural.height(), height))
        widget.grab().save(f"{SHOTS}/mentors-{name}-{width}.png")


def _editor(qtbot, desk: Desk, case_id: int) -> PersonCaseEditor:
    editor = PersonCaseEditor(desk=desk, language=Language.DANISH, case_id=case_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_start_and_end_a_course_on_the_case_page(qtbot, mentor_vault, wait_for_operations):
    with danish(), Desk.open(mentor_vault, username="koordinator", password=PASSWORD) as desk:
        case = desk.cases.search()[0]
        desk.mentor_courses.start(
            case.case_id,
            external_mentor="Ekstern mentor",
            started_on=date(2024, 1, 1),
        )
        (earlier,) = desk.mentor_courses.for_case(case.case_id)
        assert earlier.course.id is not None
        desk.mentor_courses.end(earlier.course.id, ended_on=date(2024, 6, 1), reason="moved")
        editor = _editor(qtbot, desk, case.case_id)
        panel = editor.mentor_course_panel
        assert panel.isVisible()
        assert panel.tree.topLevelItemCount() == 1

        start = panel.start_course()
        assert isinstance(start, StartMentorCourseDialog)
        start.mentor_combo.setCurrentIndex(start.mentor_combo.findData(MENTOR))
        start.start_edit.setDate(QDate(2025, 2, 1))
        assert start.values()["planned_end"] == date(2025, 12, 1)
        _shoot(start, "start-dialog")
        start.save()
        wait_for_operations()
        assert panel.tree.topLevelItemCount() == 2
        panel.refresh(today=date(2025, 11, 15))
        assert "Mette Mentor" in panel.active_label.text()
        assert "(9 " in panel.active_label.text()
        _shoot(editor, "case-page")

        end = panel.end_course()
        assert isinstance(end, EndMentorCourseDialog)
        end.end_edit.setDate(QDate(2025, 1, 1))
        end.save()
        wait_for_operations()
        assert end.isVisible()
        assert "før" in end.message_label.text()
        assert all(line.course.active for line in desk.mentor_courses.for_case(case.case_id)[:1])

        end.end_edit.setDate(QDate(2025, 10, 1))
        end.reason_combo.setCurrentIndex(end.reason_combo.findData(EndReason.NEW_OFFENCE.value))
        end.reoffended_combo.setCurrentIndex(end.reoffended_combo.findData(Reoffended.YES.value))
        end.reoffended_edit.set_value(date(2025, 9, 20))
        _shoot(end, "end-dialog")
        end.save()
        wait_for_operations()
        newest = desk.mentor_courses.for_case(case.case_id)[0].course
        assert (newest.ended_on, newest.reoffended) == (date(2025, 10, 1), Reoffended.YES)
        assert not panel.end_button.isEnabled()
        assert panel.active_label.text() in ("Intet aktivt forløb.", "No active course.")
        editor.close()


def test_a_mentor_sees_their_case_but_starts_no_course(qtbot, mentor_vault):
    with Desk.open(mentor_vault, username="koordinator", password=PASSWORD) as desk:
        case = desk.cases.search()[0]
        desk.mentor_courses.start(case.case_id, mentor_username=MENTOR, started_on=date(2025, 3, 1))
    with danish(), Desk.open(mentor_vault, username=MENTOR, password=PASSWORD) as desk:
        editor = _editor(qtbot, desk, case.case_id)
        panel = editor.mentor_course_panel
        assert not panel.start_button.isVisible()
        assert not editor.save_button.isVisible()
        assert not editor.close_case_button.isVisible()
        assert not editor.journal_panel.isVisible()
        assert panel.end_button.isEnabled()
        _shoot(editor, "mentor-case-page")
        editor.close()


def test_a_mentor_s_window_offers_only_their_own_cases(qtbot, demo_vault, wait_for_operations):
    from riskdesk.gui.cases.case_list_page import CaseListPage
    from riskdesk.gui.main_window import MainWindow

    with danish(), Desk.open(demo_vault, username="mentor", password=PASSWORD) as desk:
        own = {line.course.case_id for line in desk.mentor_courses.all()}
        window = MainWindow(language=Language.DANISH)
        qtbot.addWidget(window)
        window.resize(*LAPTOP_SCREEN)
        window.set_desk(desk, demo_vault)
        window.show()
        wait_for_operations()
        shown = [
            window.pages[row]
            for row in range(window.navigation.count())
            if not window.navigation.item(row).isHidden()
        ]
        assert [type(page) for page in shown] == [CaseListPage]
        assert isinstance(window.stack.currentWidget(), CaseListPage)
        assert not window.show_plan_action.isVisible()
        assert not window.new_action.isEnabled()
        menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
        assert len(menus) < len(window.menuBar().actions())
        model = window.case_list.model
        assert model.rowCount() == len(own)
        window.grab().save(f"{SHOTS}/mentors-mentor-window-1280.png")
        window.clear()


def test_the_plan_editor_offers_the_case_s_courses(qtbot, mentor_vault, wait_for_operations):
    from riskdesk.gui.plans.plan_editor import PlanEditor

    with danish(), Desk.open(mentor_vault, username="koordinator", password=PASSWORD) as desk:
        _, case = desk.cases.create_person_with_case(
            person={"name": "Plan Mentorsen", "birth_date": date(2006, 5, 6)},
            case={"level": 2, "kind": "release", "referral_source": "kriminalforsorgen"},
        )
        course = desk.mentor_courses.start(
            case.id, mentor_username=MENTOR, started_on=date(2025, 2, 1)
        )
        editor = PlanEditor(desk=desk, case_id=case.id, language=Language.DANISH)
        qtbot.addWidget(editor)
        editor.show()
        citizen = editor.citizen
        assert citizen.course_combo.count() == 2
        citizen.course_combo.setCurrentIndex(citizen.course_combo.findData(course.id))
        assert not citizen.mentor_edit.isEnabled()
        assert citizen.mentor_edit.text() == "Mette Mentor"
        assert editor.draft.details.mentor_course_id == course.id
        editor.tabs.setCurrentWidget(citizen)
        editor.grab().save(f"{SHOTS}/mentors-plan-editor-1280.png")
        editor.reject()


def test_the_administrator_adds_a_mentor_from_the_users_window(qtbot, demo_vault):
    from riskdesk.gui.users.user_edit_dialogs import AddUserDialog

    with Desk.open(demo_vault, username="admin", password=PASSWORD) as desk:
        dialog = AddUserDialog(desk=desk, language=Language.DANISH)
        qtbot.addWidget(dialog)
        roles = [dialog.role_box.itemText(i) for i in range(dialog.role_box.count())]
        assert "Mentor" in roles
        assert dialog.role_box.findData("mentor") >= 0
