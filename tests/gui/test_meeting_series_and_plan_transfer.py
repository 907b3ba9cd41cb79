"""The meetings page's new parts: a coordination meeting takes its area from the
municipality's list and repeats every two weeks in one save; an operative-group decision
with owner, budget and deadline is recorded and carried into the case's plan by its
button. Screenshots in Danish for the team's review."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from riskdesk.domain.action_plan import Responsible
from riskdesk.domain.localized import Language
from riskdesk.domain.meeting import MeetingKind
from riskdesk.gui.meetings.meetings_page import MeetingsPage
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


def test_a_coordination_meeting_with_its_area_repeats_every_two_weeks(
    page: MeetingsPage, desk: Desk, wait_for_operations
) -> None:
    before = len(desk.meetings.list())
    page.new_meeting()
    form = page.form
    form.kind_combo.setCurrentIndex(form.kind_combo.findData(MeetingKind.COORDINATION.value))
    assert form.area_combo.isVisible()
    form.area_combo.setCurrentIndex(form.area_combo.findText("Øst"))
    first = date.today() + timedelta(days=7)
    form.date_edit.setDate(QDate(first.year, first.month, first.day))
    picker = form.repeat_picker
    picker.mode_box.setCurrentIndex(1)
    picker.weeks_spin.setValue(2)
    last = first + timedelta(weeks=6)
    picker.until_edit.setDate(QDate(last.year, last.month, last.day))
    assert page.save()
    wait_for_operations()

    made = [m for m in desk.meetings.list() if m.series_id is not None and m.area == "Øst"]
    assert len(desk.meetings.list()) == before + 4
    assert sorted(m.held_on for m in made) == [first + timedelta(weeks=2 * n) for n in range(4)]
    assert {m.kind for m in made} == {MeetingKind.COORDINATION}
    assert not picker.isVisible()

    form.kind_combo.setCurrentIndex(form.kind_combo.findData(MeetingKind.SSP.value))
    assert not form.area_combo.isVisible()


def test_an_operative_group_decision_is_carried_into_the_plan(
    page: MeetingsPage, desk: Desk, wait_for_operations
) -> None:
    case = next(
        c
        for c in sorted(desk.cases.search(), key=lambda c: c.case_id)
        if desk.review.current_plan_id(c.case_id) is None
    )
    page.new_meeting()
    page.form.kind_combo.setCurrentIndex(page.form.kind_combo.findData(MeetingKind.OPERATIVE.value))
    assert page.save()
    wait_for_operations()
    page.show_case(case.case_id)
    page.add_selected_case()
    wait_for_operations()
    agenda = page.agenda_panel
    agenda.agenda.setCurrentItem(agenda.agenda.topLevelItem(0))
    details = agenda.decision_details
    assert not details.to_plan_button.isEnabled()
    agenda.decision_edit.setPlainText("Praktikplads via jobcentret.")
    details.owner_edit.setText("Jobcentret")
    details.budget_edit.setText("8.000 kr.")
    details.deadline_edit.set_value(date(2027, 2, 1))
    page.record_decision()
    wait_for_operations()
    assert details.to_plan_button.isEnabled()
    details.to_plan_button.click()
    wait_for_operations()

    plan = desk.plans.current(case.case_id)
    assert plan is not None
    actions = [a for g in plan.goals for a in g.actions]
    assert [(a.what, a.responsible, a.responsible_name, a.due) for a in actions] == [
        ("Praktikplads via jobcentret.", Responsible.OTHER, "Jobcentret", date(2027, 2, 1))
    ]
    (decision,) = desk.meetings.decisions_for_case(case.case_id)
    stored = desk.meetings.get(decision.meeting_id).item(case.case_id)
    assert stored is not None
    assert (stored.decision_owner, stored.decision_budget) == ("Jobcentret", "8.000 kr.")
