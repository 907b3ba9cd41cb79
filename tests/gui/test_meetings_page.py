"""The meetings page: create a meeting, put the selected case on it with a summary, record
the decision (which the case then lists), export the pseudonymised agenda, and refusals
shown on the page with nothing saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.docx_text import body_text, header_footer_text
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import MeetingKind
from riskdesk.gui.meetings.meetings_page import MeetingsPage
from riskdesk.services.desk import Desk
from riskdesk.services.meeting_service import MeetingDocumentKind

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def page(qtbot, desk: Desk) -> MeetingsPage:
    shown = MeetingsPage(language=Language.ENGLISH)
    qtbot.addWidget(shown)
    shown.resize(1100, 720)
    shown.set_desk(desk)
    shown.show()
    return shown


def test_create_add_case_decide_and_export_pseudonymised(
    qtbot, page: MeetingsPage, desk: Desk, tmp_path: Path
) -> None:
    case = sorted(desk.cases.search(), key=lambda c: c.case_id)[0]
    before = len(desk.meetings.list())
    page.new_meeting()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(MeetingKind.PSP.value))
    page.place_edit.setText("Distriktspsykiatrien")
    page.participants_edit.setPlainText("Pia Psykiatrisen; Distriktspsykiatrien\nPeter Politisen")
    assert "§ 115" in page.legal_label.text()
    assert page.save() is not None
    assert len(desk.meetings.list()) == before + 1

    page.show_case(case.case_id)
    page.add_selected_case()
    assert page.agenda.topLevelItemCount() == 1
    assert page.agenda.topLevelItem(0).text(0) == case.case_number  # type: ignore[union-attr]
    page.agenda.setCurrentItem(page.agenda.topLevelItem(0))
    page.summary_edit.setPlainText(f"{case.person_name} ({case.cpr}) har brug for behandling.")
    page.notes_edit.setPlainText("Lægen deltager næste gang.")
    page.decision_edit.setPlainText("Henvises til distriktspsykiatrien.")
    page.record_decision()
    assert not page.message_label.isVisible()
    assert page.agenda.topLevelItem(0).text(4) == "✓"  # type: ignore[union-attr]

    decisions = desk.meetings.decisions_for_case(case.case_id)
    assert decisions[0].text == "Henvises til distriktspsykiatrien."
    assert decisions[0].kind is MeetingKind.PSP
    assert page.decisions_list.topLevelItem(0).text(2) == decisions[0].text  # type: ignore[union-attr]
    stored = desk.meetings.get(decisions[0].meeting_id)
    assert stored.participants[0].organisation == "Distriktspsykiatrien"
    assert stored.items[0].summary.startswith(case.person_name)
    assert stored.items[0].notes == "Lægen deltager næste gang."
    page.grab().save(str(tmp_path / "meetings-page.png"))

    dialog = page.export(MeetingDocumentKind.PSEUDONYMISED_AGENDA)
    assert dialog is not None
    out = tmp_path / "out"
    out.mkdir()
    dialog.path_edit.setText(str(out / "dagsorden.docx"))
    with qtbot.waitSignal(dialog.document_exported):
        dialog.save_button.click()
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
    page: MeetingsPage, desk: Desk
) -> None:
    case = sorted(desk.cases.search(), key=lambda c: c.case_id)[1]
    decided_before = desk.meetings.decisions_for_case(case.case_id)
    page.new_meeting()
    page.date_edit.setDate(page.date_edit.date().addDays(30))
    page.show_case(case.case_id)
    page.add_selected_case()
    page.agenda.setCurrentItem(page.agenda.topLevelItem(0))
    page.decision_edit.setPlainText("For tidligt")
    page.record_decision()
    assert page.message_label.isVisible()
    assert "held" in page.message_label.text()
    assert page.decision_edit.toPlainText() == "For tidligt"
    assert desk.meetings.decisions_for_case(case.case_id) == decided_before

    page.add_selected_case()
    assert "already on the agenda" in page.message_label.text()
    assert page.agenda.topLevelItemCount() == 1


def test_a_summary_typed_for_one_case_is_kept_when_moving_to_the_next(
    page: MeetingsPage, desk: Desk
) -> None:
    first, second = sorted(desk.cases.search(), key=lambda c: c.case_id)[2:4]
    existing = {m.id for m in desk.meetings.list()}
    page.new_meeting()
    for case in (first, second):
        page.show_case(case.case_id)
        page.add_selected_case()
    page.agenda.setCurrentItem(page.agenda.topLevelItem(0))
    page.summary_edit.setPlainText("Skolen melder om fravær.")
    page.agenda.setCurrentItem(page.agenda.topLevelItem(1))
    assert page.summary_edit.toPlainText() == ""
    (meeting,) = [m for m in desk.meetings.list() if m.id not in existing]
    assert meeting.case_ids == (first.case_id, second.case_id)
    item = meeting.item(first.case_id)
    assert item is not None
    assert item.summary == "Skolen melder om fravær."


def test_clear_forgets_everything(page: MeetingsPage) -> None:
    assert page.meeting_list.topLevelItemCount() >= 3
    page.meeting_list.setCurrentItem(page.meeting_list.topLevelItem(0))
    assert page.agenda.topLevelItemCount() > 0
    page.clear()
    assert page.meeting_list.topLevelItemCount() == 0
    assert page.agenda.topLevelItemCount() == 0
    assert page.place_edit.text() == ""
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
