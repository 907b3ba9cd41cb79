"""The release meeting page: filling in a meeting, the live readiness summary and
timeline, carrying decisions into the plan, validation, export, and the overdue mark in
the case list."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import islice

import pytest
from docx import Document
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from riskdesk.domain.action_plan import Responsible
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.ids import CaseId
from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting import ChecklistArea, Decision, ItemStatus, ReleaseMeeting
from riskdesk.domain.release_timeline import Milestone
from riskdesk.gui.cases.case_table_model import Column
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.operations import run_op
from riskdesk.gui.release.release_meeting_editor_decisions import AREA, NAME, RESPONSIBLE, WHAT
from riskdesk.gui.release.release_meeting_editor_participants import NAME as PARTICIPANT_NAME
from riskdesk.gui.release.release_meeting_editor_tabs import DECISIONS_TAB, MEETING_TAB
from riskdesk.gui.release.release_meeting_page import ReleaseMeetingPage
from riskdesk.gui.widgets.document_export_dialog import DocumentExportDialog
from riskdesk.services.desk import Desk
from riskdesk.services.document_export import DocumentKind

pytestmark = [pytest.mark.gui, pytest.mark.vault]

TODAY = date(2026, 11, 21)


def _case_without_meeting(desk: Desk, skip: int = 0) -> CaseId:
    """An open case with neither a release meeting nor an action plan."""
    cases = (
        c.case_id
        for c in desk.cases.search()
        if c.kind is not CaseKind.RELEASE
        and c.status is CaseStatus.OPEN
        and desk.release_meetings.get(c.case_id) is None
        and desk.plans.current(c.case_id) is None
    )
    return next(islice(cases, skip, None))


@pytest.fixture
def page(qtbot, desk):
    shown = ReleaseMeetingPage(language=Language.ENGLISH)
    qtbot.addWidget(shown)
    shown.today = lambda: TODAY
    shown.set_desk(desk)
    shown.resize(1020, 700)
    shown.show()
    yield shown
    shown.clear()


@pytest.fixture
def window(qtbot, desk, demo_vault):
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.set_desk(desk, demo_vault)
    main.show()
    yield main
    main.clear()


def _fill_basics(page: ReleaseMeetingPage) -> None:
    meeting = page.tabs.meeting_tab
    meeting.prison_edit.setText("Anstalt Øst (fiktiv) & <afd. 2>")
    meeting.release_edit.set_value(TODAY + timedelta(days=70))
    meeting.meeting_edit.set_value(TODAY)
    meeting.place_edit.setText("Besøgsrummet")
    meeting.participants.add_row()
    meeting.participants.table.item(0, PARTICIPANT_NAME).setText("Borger Testesen")


def _add_decision(page: ReleaseMeetingPage, what: str, area: ChecklistArea) -> None:
    decisions = page.tabs.decisions_tab.decisions
    row = decisions.add_row()
    decisions.set_text(row, WHAT, what)
    decisions.set_text(row, NAME, "Sagsbehandler Demo")
    responsible = decisions.combo(row, RESPONSIBLE)
    responsible.setCurrentIndex(responsible.findData(Responsible.JOBCENTRE))
    area_combo = decisions.combo(row, AREA)
    area_combo.setCurrentIndex(area_combo.findData(area))
    decisions.due_edit(row).set_value(TODAY + timedelta(days=40))


def test_a_filled_meeting_is_saved_and_its_decisions_go_into_the_plan(
    qtbot, page, desk, wait_for_operations
) -> None:
    case_id = _case_without_meeting(desk)
    page.show_case(case_id)
    wait_for_operations()
    _fill_basics(page)
    checklist = page.tabs.checklist
    assert checklist is not None
    checklist.set_status("housing", ItemStatus.IN_PLACE)
    checklist.set_status("income", ItemStatus.IN_PROGRESS)
    checklist.rows["housing"].note.setText("Kollegieværelse aftalt")
    _add_decision(page, "Søge kontanthjælp før løsladelsen", ChecklistArea.INCOME)
    assert page.has_unsaved_changes()

    qtbot.mouseClick(page.tabs.decisions_tab.to_plan_button, Qt.MouseButton.LeftButton)
    wait_for_operations()

    assert not page.message_label.isVisible(), page.message_label.text()
    stored = desk.release_meetings.get(case_id)
    assert stored is not None
    assert stored.prison == "Anstalt Øst (fiktiv) & <afd. 2>"
    assert stored.item(ChecklistArea.HOUSING).status is ItemStatus.IN_PLACE
    assert stored.item(ChecklistArea.HOUSING).note == "Kollegieværelse aftalt"
    assert stored.item(ChecklistArea.INCOME).status is ItemStatus.IN_PROGRESS
    plan = desk.plans.current(case_id)
    assert plan is not None
    actions = [action for _, action in plan.actions()]
    assert any(
        a.what == "Søge kontanthjælp før løsladelsen"
        and a.responsible is Responsible.JOBCENTRE
        and a.due == TODAY + timedelta(days=40)
        for a in actions
    )
    assert f"version {plan.version} of the action plan" in page.info_label.text()
    assert not page.has_unsaved_changes()


def test_the_readiness_summary_follows_the_checklist(page, desk, wait_for_operations) -> None:
    page.show_case(_case_without_meeting(desk))
    wait_for_operations()
    checklist = page.tabs.checklist
    assert checklist is not None
    assert page.readiness_label.text().startswith("<b>0 of 10 in place</b>")
    for area in ("housing", "income", "mentor"):
        checklist.set_status(area, ItemStatus.IN_PLACE)
    checklist.set_status("health", ItemStatus.IN_PROGRESS)

    assert page.editor is not None
    text = page.editor.readiness_text(Language.ENGLISH)
    assert text.startswith("3 of 10 in place; missing: ")
    assert "Job or education" in text
    assert text.endswith("; in progress: Health and medication")
    assert "<b>3 of 10 in place</b>" in page.readiness_label.text()


def test_the_timeline_marks_an_overdue_meeting_and_clears_it_when_held(
    page, desk, wait_for_operations
) -> None:
    page.show_case(_case_without_meeting(desk))
    wait_for_operations()
    meeting = page.tabs.meeting_tab
    meeting.release_edit.set_value(date(2027, 1, 10))

    # Meeting due 2026-10-10, plan 2026-12-10, income 2026-12-20, mentor 2026-12-27.
    assert page.tabs.timeline.states() == [
        ("10.10.2026", "⚠ Overdue"),
        ("10.12.2026", "○ Upcoming"),
        ("20.12.2026", "○ Upcoming"),
        ("27.12.2026", "○ Upcoming"),
    ]
    # Held today, after its deadline: done, and said to be late (as the documents say).
    meeting.meeting_edit.set_value(TODAY)
    assert page.tabs.timeline.states()[0] == (
        "10.10.2026",
        "✓! Done after the deadline (21.11.2026)",
    )
    meeting.meeting_edit.set_value(date(2026, 10, 1))
    assert page.tabs.timeline.states()[0] == ("10.10.2026", "✓ Done (01.10.2026)")
    page.tabs.checklist.set_status("mentor", ItemStatus.IN_PLACE)  # type: ignore[union-attr]
    assert page.tabs.timeline.states()[3] == ("27.12.2026", "✓ Done")


def test_a_problem_is_shown_and_nothing_typed_is_lost(page, desk, wait_for_operations) -> None:
    case_id = _case_without_meeting(desk)
    page.show_case(case_id)
    wait_for_operations()
    meeting, decisions = page.tabs.meeting_tab, page.tabs.decisions_tab
    meeting.prison_edit.setText("Anstalt Nord")
    meeting.participants.add_row()  # a row without a name
    decisions.next_meeting_edit.set_value(date(2026, 1, 1))
    meeting.meeting_edit.set_value(TODAY)

    assert page.save() is None

    text = page.message_label.text()
    assert page.message_label.isVisible()
    assert "Participant 1:" in text
    assert page.tabs.currentIndex() == MEETING_TAB
    assert meeting.prison_edit.text() == "Anstalt Nord"
    assert meeting.participants.table.rowCount() == 1
    assert decisions.next_meeting_edit.value() == date(2026, 1, 1)

    meeting.participants.table.item(0, PARTICIPANT_NAME).setText("Borger Testesen")
    assert page.save() is None
    assert "The next meeting is before this meeting." in page.message_label.text()
    assert page.tabs.currentIndex() == DECISIONS_TAB
    assert meeting.participants.table.item(0, PARTICIPANT_NAME).text() == "Borger Testesen"
    wait_for_operations()
    assert desk.release_meetings.get(case_id) is None


def test_no_date_is_an_explicit_choice(page, desk, wait_for_operations) -> None:
    page.show_case(_case_without_meeting(desk))
    wait_for_operations()
    edit = page.tabs.decisions_tab.next_meeting_edit
    assert edit.value() is None
    assert edit.none_box.isChecked()
    edit.none_box.setChecked(False)
    assert edit.value() == date.today()
    edit.set_value(date(2027, 2, 3))
    edit.none_box.setChecked(True)
    assert edit.value() is None
    edit.none_box.setChecked(False)
    assert edit.value() == date(2027, 2, 3)


def test_the_agenda_is_exported_through_the_save_dialog(
    qtbot, page, desk, tmp_path, wait_for_operations
) -> None:
    case_id = _case_without_meeting(desk)
    page.show_case(case_id)
    wait_for_operations()
    _fill_basics(page)
    _add_decision(page, "Bestille nyt sundhedskort", ChecklistArea.PRACTICAL)
    target = tmp_path / "dagsorden.docx"

    page.export(DocumentKind.RELEASE_MINUTES)
    wait_for_operations()  # the meeting is saved first, then the dialog opens
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DocumentExportDialog))
    dialog.path_edit.setText(str(target))
    dialog.save()
    wait_for_operations()
    exported = dialog.exported
    dialog.save()  # the second click closes the dialog after a successful export

    assert exported is not None
    assert exported.docx == target
    text = "\n".join(
        cell.text
        for table in Document(str(target)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "Bestille nyt sundhedskort" in text
    assert str(target) in page.info_label.text()
    assert desk.release_meetings.get(case_id) is not None


def test_changes_made_elsewhere_are_shown_without_losing_what_is_typed(
    page, desk, wait_for_operations
) -> None:
    case_id = _case_without_meeting(desk)
    page.show_case(case_id)
    wait_for_operations()
    meeting = ReleaseMeeting(
        prison="Anstalt Vest (fiktiv)",
        expected_release=date(2027, 1, 10),
        decisions=(
            Decision(what="Finde bolig", responsible=Responsible.UNIT, area=ChecklistArea.HOUSING),
        ),
    )
    # Another window (no initiator) stores a meeting: nothing is typed here, so it shows.
    run_op(None, lambda: desk.release_meetings.save(case_id, meeting))
    wait_for_operations()
    tab = page.tabs.meeting_tab
    assert tab.prison_edit.text() == "Anstalt Vest (fiktiv)"
    assert page.tabs.timeline.states()[1] == ("10.12.2026", "○ Upcoming")

    tab.place_edit.setText("Besøgsrummet")
    run_op(None, lambda: desk.release_meetings.add_decisions_to_plan(case_id))
    wait_for_operations()
    # The new plan reaches the timeline; what is typed stays, and stays unsaved.
    assert page.tabs.timeline.states()[1] == ("10.12.2026", "✓ Done")
    assert tab.place_edit.text() == "Besøgsrummet"
    assert page.has_unsaved_changes()


def test_switching_case_with_unsaved_changes_asks(
    page, desk, monkeypatch, wait_for_operations
) -> None:
    first, second = _case_without_meeting(desk), _case_without_meeting(desk, skip=1)
    page.show_case(first)
    wait_for_operations()
    page.tabs.meeting_tab.prison_edit.setText("Anstalt Syd")
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Save
    )
    page.show_case(second)
    wait_for_operations()
    stored = desk.release_meetings.get(first)
    assert stored is not None
    assert stored.prison == "Anstalt Syd"
    assert page.tabs.meeting_tab.prison_edit.text() == ""


def test_clearing_the_page_wipes_everything(page, desk, wait_for_operations) -> None:
    page.show_case(_case_without_meeting(desk))
    wait_for_operations()
    _fill_basics(page)
    page.tabs.checklist.rows["housing"].note.setText("Hemmeligt")  # type: ignore[union-attr]
    page.clear()
    assert page.tabs.meeting_tab.prison_edit.text() == ""
    assert page.tabs.meeting_tab.participants.table.rowCount() == 0
    assert page.tabs.checklist is not None
    assert page.tabs.checklist.rows["housing"].note.text() == ""
    assert page.heading.text() == "Release meeting"


def test_the_case_list_marks_a_case_whose_meeting_deadline_passed(
    qtbot, window, desk, wait_for_operations
) -> None:
    case_id = _case_without_meeting(desk)
    window.case_list.select_case(case_id)
    window.navigation.setCurrentRow(window.pages.index(window.release_meeting))
    wait_for_operations()
    page = window.release_meeting
    # Release in a month: the meeting was due two months ago and has not been held.
    page.tabs.meeting_tab.release_edit.set_value(date.today() + timedelta(days=31))
    page.save()
    wait_for_operations()

    model = window.case_list.model
    row = next(r for r in range(model.rowCount()) if model.record(r).case_id == case_id)
    mark = model.index(row, Column.RELEASE)
    assert mark.data().startswith("⚠")
    assert "overdue" in mark.data()
    assert "The release meeting is held" in mark.data(Qt.ItemDataRole.ToolTipRole)

    proxy = window.case_list.proxy
    proxy.sort(Column.RELEASE, Qt.SortOrder.DescendingOrder)
    top = proxy.index(0, Column.RELEASE)
    assert top.data().startswith("⚠")


def test_the_page_follows_the_case_chosen_in_the_list(window, desk, wait_for_operations) -> None:
    case_id = next(c.case_id for c in desk.cases.search() if c.kind is CaseKind.RELEASE)
    window.case_list.select_case(case_id)
    window.navigation.setCurrentRow(window.pages.index(window.release_meeting))
    wait_for_operations()
    case = desk.cases.get(case_id)
    assert case.case_number in window.release_meeting.heading.text()
    stored = desk.release_meetings.get(case_id)
    assert stored is not None
    tabs = window.release_meeting.tabs
    assert tabs.meeting_tab.prison_edit.text() == stored.prison
    assert tabs.decisions_tab.decisions.table.rowCount() == len(stored.decisions)


def test_the_prison_s_milestones_are_marked_reached_and_the_next_one_is_named(
    page, desk, wait_for_operations, tmp_path
) -> None:
    page.show_case(_case_without_meeting(desk))
    wait_for_operations()
    tab = page.tabs.meeting_tab
    tab.admitted_edit.set_value(date(2026, 3, 1))
    tab.sentence_months.setValue(18)
    tab.release_edit.set_value(date(2027, 6, 1))
    timeline = page.tabs.timeline
    # Parole at two thirds, 2 March 2027: contact a year before it, then the prison's plan
    # four weeks after admission.
    assert timeline.states()[:2] == [("02.03.2026", "⚠ Overdue"), ("29.03.2026", "⚠ Overdue")]
    assert timeline.next_label.text() == (
        "Next: Contact between the prison and the municipality to coordinate by 02.03.2026"
        " – Kriminalforsorgen"
    )
    timeline.select(Milestone.PRISON_PLAN)
    assert timeline.mark_button.isEnabled()
    timeline.reached_date.setDate(QDate(2026, 3, 20))
    timeline.mark_button.click()
    assert timeline.states()[1] == ("29.03.2026", "✓ Done (20.03.2026)")
    assert page.editor is not None
    assert page.editor.dirty
    # The unit's own milestones follow from the case: they cannot be ticked off here.
    timeline.select(Milestone.PLAN_READY)
    assert not timeline.mark_button.isEnabled()
    page.resize(1280, 800)
    page.grab().save(str(tmp_path / "release-timeline-1280.png"))
    page.save()
    wait_for_operations()
    stored = desk.release_meetings.get(page.editor.case_id)
    assert stored is not None
    assert stored.reached_on(Milestone.PRISON_PLAN) == date(2026, 3, 20)
    assert stored.parole_date == date(2027, 3, 2)
