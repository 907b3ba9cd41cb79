"""The meetings page: create a meeting, put the selected case on it with a summary, record
the decision (which the case then lists), export the pseudonymised agenda, and refusals
shown on the page with nothing saved; what is typed is kept when moving to another case
or meeting, and the agenda follows a plan changed elsewhere."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from documents.docx_text import body_text, header_footer_text
from riskdesk.domain.action_plan import ActionPlan
from riskdesk.domain.document_kinds import DocumentKind
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import MeetingKind
from riskdesk.gui.meetings.meetings_page import MeetingsPage
from riskdesk.gui.operations import run_op
from riskdesk.services.desk import Desk

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def page(qtbot, desk: Desk, wait_for_operations) -> MeetingsPage:
    shown = MeetingsPage(language=Language.ENGLISH)
    qtbot.addWidget(shown)
    shown.resize(1100, 720)
    shown.set_desk(desk)
    shown.show()
    wait_for_operations()
    return shown


def test_create_add_case_decide_and_export_pseudonymised(
    qtbot, page: MeetingsPage, desk: Desk, tmp_path: Path, wait_for_operations
) -> None:
    case = sorted(desk.cases.search(), key=lambda c: c.case_id)[0]
    before = len(desk.meetings.list())
    page.new_meeting()
    form, agenda = page.form, page.agenda_panel
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(MeetingKind.PSP.value))
    form.place_edit.setText("Distriktspsykiatrien")
    form.participants_edit.setPlainText("Pia Psykiatrisen; Distriktspsykiatrien\nPeter Politisen")
    assert "§ 115" in form.legal_label.text()
    assert page.save()
    wait_for_operations()
    assert len(desk.meetings.list()) == before + 1

    page.show_case(case.case_id)
    page.add_selected_case()
    wait_for_operations()
    assert agenda.agenda.topLevelItemCount() == 1
    assert agenda.agenda.topLevelItem(0).text(0) == case.case_number  # type: ignore[union-attr]
    agenda.agenda.setCurrentItem(agenda.agenda.topLevelItem(0))
    agenda.summary_edit.setPlainText(f"{case.person_name} ({case.cpr}) har brug for behandling.")
    agenda.notes_edit.setPlainText("Lægen deltager næste gang.")
    agenda.decision_edit.setPlainText("Henvises til distriktspsykiatrien.")
    page.record_decision()
    wait_for_operations()
    assert not page.message_label.isVisible()
    assert agenda.agenda.topLevelItem(0).text(4) == "✓"  # type: ignore[union-attr]

    decisions = desk.meetings.decisions_for_case(case.case_id)
    assert decisions[0].text == "Henvises til distriktspsykiatrien."
    assert decisions[0].kind is MeetingKind.PSP
    assert agenda.decisions_list.topLevelItem(0).text(2) == decisions[0].text  # type: ignore[union-attr]
    stored = desk.meetings.get(decisions[0].meeting_id)
    assert stored.participants[0].organisation == "Distriktspsykiatrien"
    assert stored.items[0].summary.startswith(case.person_name)
    assert stored.items[0].notes == "Lægen deltager næste gang."
    page.grab().save(str(tmp_path / "meetings-page.png"))

    page.exports.export(DocumentKind.MEETING_AGENDA_PSEUDONYMISED)
    wait_for_operations()
    dialog = page.exports.dialog
    assert dialog is not None
    out = tmp_path / "out"
    out.mkdir()
    dialog.path_edit.setText(str(out / "dagsorden.docx"))
    with qtbot.waitSignal(dialog.document_exported):
        dialog.save_button.click()
    wait_for_operations()
    data = (out / "dagsorden.docx").read_bytes()
    text = body_text(data) + header_footer_text(data)
    assert case.case_number in text
    for part in case.person_name.split():
        assert part not in text
    assert case.cpr is not None
    assert case.cpr not in text
    assert case.cpr.replace("-", "") not in text
    assert f"(f. {case.birth_date.year})" in text


def test_a_decision_before_the_meeting_is_refused_on_the_page(
    page: MeetingsPage, desk: Desk, wait_for_operations
) -> None:
    case = sorted(desk.cases.search(), key=lambda c: c.case_id)[1]
    decided_before = desk.meetings.decisions_for_case(case.case_id)
    agenda = page.agenda_panel
    page.new_meeting()
    page.form.date_edit.setDate(page.form.date_edit.date().addDays(30))
    page.show_case(case.case_id)
    page.add_selected_case()
    wait_for_operations()
    agenda.agenda.setCurrentItem(agenda.agenda.topLevelItem(0))
    agenda.decision_edit.setPlainText("For tidligt")
    page.record_decision()
    wait_for_operations()
    assert page.message_label.isVisible()
    assert "held" in page.message_label.text()
    assert agenda.decision_edit.toPlainText() == "For tidligt"
    assert desk.meetings.decisions_for_case(case.case_id) == decided_before

    page.add_selected_case()
    wait_for_operations()
    assert "already on the agenda" in page.message_label.text()
    assert agenda.agenda.topLevelItemCount() == 1


def test_a_summary_typed_for_one_case_is_kept_when_moving_to_the_next(
    page: MeetingsPage, desk: Desk, wait_for_operations
) -> None:
    first, second = sorted(desk.cases.search(), key=lambda c: c.case_id)[2:4]
    existing = {m.id for m in desk.meetings.list()}
    agenda = page.agenda_panel
    page.new_meeting()
    for case in (first, second):
        page.show_case(case.case_id)
        page.add_selected_case()
    wait_for_operations()
    agenda.agenda.setCurrentItem(agenda.agenda.topLevelItem(0))
    agenda.summary_edit.setPlainText("Skolen melder om fravær.")
    agenda.agenda.setCurrentItem(agenda.agenda.topLevelItem(1))
    assert agenda.summary_edit.toPlainText() == ""
    wait_for_operations()
    (meeting,) = [m for m in desk.meetings.list() if m.id not in existing]
    assert meeting.case_ids == (first.case_id, second.case_id)
    item = meeting.item(first.case_id)
    assert item is not None
    assert item.summary == "Skolen melder om fravær."


def test_clear_forgets_everything(page: MeetingsPage) -> None:
    meetings, agenda = page.meeting_list.tree, page.agenda_panel.agenda
    assert meetings.topLevelItemCount() >= 3
    meetings.setCurrentItem(meetings.topLevelItem(0))
    assert agenda.topLevelItemCount() > 0
    page.clear()
    assert meetings.topLevelItemCount() == 0
    assert agenda.topLevelItemCount() == 0
    assert page.form.place_edit.text() == ""
    assert not page.save_button.isEnabled()


def test_the_plan_page_shows_the_case_s_meeting_decisions(qtbot, desk: Desk) -> None:
    from riskdesk.gui.plans.plan_page import PlanPage

    held = next(m for m in desk.meetings.list() if any(i.decision for i in m.items))
    item = held.items[0]
    plan_page = PlanPage(language=Language.ENGLISH)
    qtbot.addWidget(plan_page)
    plan_page.set_desk(desk)
    plan_page.show()
    plan_page.show_case(item.case_id)
    assert plan_page.decisions_label.isVisible()
    assert item.decision in plan_page.decisions_label.text()
    assert held.held_on.strftime("%d.%m.%Y") in plan_page.decisions_label.text()
    plan_page.clear_case()
    assert not plan_page.decisions_label.isVisible()


def test_a_summary_typed_is_saved_when_moving_to_another_meeting(
    page: MeetingsPage, desk: Desk, wait_for_operations
) -> None:
    left, other = desk.meetings.list()[:2]
    assert left.id is not None
    assert other.id is not None
    agenda = page.agenda_panel
    page.select_meeting(left.id)
    agenda.agenda.setCurrentItem(agenda.agenda.topLevelItem(0))
    agenda.summary_edit.setPlainText("Skrevet lige før skiftet.")
    page.select_meeting(other.id)
    wait_for_operations()
    assert desk.meetings.get(left.id).items[0].summary == "Skrevet lige før skiftet."
    assert page.message_label.isHidden()


def test_the_agenda_shows_a_plan_made_on_another_page(
    page: MeetingsPage, desk: Desk, wait_for_operations
) -> None:
    meeting, case_id = next(
        (m, i.case_id)
        for m in desk.meetings.list()
        for i in m.items
        if desk.plans.current(i.case_id) is None
    )
    assert meeting.id is not None
    page.select_meeting(meeting.id)
    wait_for_operations()
    row = page.agenda_panel.agenda.topLevelItem(meeting.case_ids.index(case_id))
    assert row is not None
    assert row.text(3) == "No action plan"
    plan = ActionPlan(case_id=case_id, made_on=date.today())
    run_op(None, lambda: desk.plans.save(case_id, plan))
    wait_for_operations()
    row = page.agenda_panel.agenda.topLevelItem(meeting.case_ids.index(case_id))
    assert row is not None
    assert row.text(3).startswith("Version 1")
