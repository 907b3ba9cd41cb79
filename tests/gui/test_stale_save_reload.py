"""A save refused because a colleague saved first (#13 item 5): the person/case editor,
the plan editor and the release-meeting and meetings pages say who and when, keep the
user's typed text in a window beside them, and Reload shows the colleague's version
while that text stays to be copied; a save after it goes through. A second user works
on the same vault file at the same time."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.localized import Language
from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.gui.cases.person_case_editor import CASE, PERSON, PersonCaseEditor
from riskdesk.gui.meetings.meetings_page import MeetingsPage
from riskdesk.gui.plans.plan_editor import PlanEditor
from riskdesk.gui.release.release_meeting_page import ReleaseMeetingPage
from riskdesk.gui.widgets.stale_record_dialog import StaleRecordDialog
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]


def test_a_stale_save_offers_reload_and_keeps_the_typed_text(
    qtbot, desk, demo_vault, wait_for_operations
) -> None:
    case_id = sorted(desk.cases.search(), key=lambda c: c.case_id)[0].case_id
    editor = PersonCaseEditor(desk=desk, language=Language.ENGLISH, case_id=case_id)
    qtbot.addWidget(editor)
    editor.show()
    with Desk.open(demo_vault, username="leder", password=PASSWORD) as colleague:
        person, _ = colleague.cases.with_person(case_id)
        assert person.id is not None
        colleague.persons.update(person.id, {**person.model_dump(), "address": "Kollegavej 7"})

    editor.field(PERSON, "address").setText("Egen vej 1")
    editor.field(CASE, "notes").setPlainText("Mødtes med skolen om fraværet.")
    saved: list[int] = []
    editor.saved.connect(saved.append)
    editor.save()
    wait_for_operations()

    (dialog,) = editor.findChildren(StaleRecordDialog)
    assert dialog.isVisible()
    assert editor.isVisible()
    assert not saved
    assert dialog.message.text().startswith("Changed by Lene Leder (leder) at ")
    assert dialog.message.text().endswith(" – reload")
    typed = dialog.text.toPlainText()
    assert "Person: Address:\nEgen vej 1" in typed
    assert "Case: Notes:\nMødtes med skolen om fraværet." in typed
    stored, stored_case = desk.cases.with_person(case_id)
    assert stored.address == "Kollegavej 7"
    assert stored_case.notes != "Mødtes med skolen om fraværet."

    dialog.copy_button.click()
    assert "Mødtes med skolen" in QApplication.clipboard().text()
    dialog.reload_button.click()
    assert editor.field(PERSON, "address").text() == "Kollegavej 7"
    assert dialog.isVisible()
    assert not dialog.reload_button.isEnabled()
    assert dialog.text.toPlainText() == typed

    editor.field(CASE, "notes").setPlainText("Mødtes med skolen om fraværet.")
    editor.save()
    wait_for_operations()
    assert saved == [case_id]
    person_now, case_now = desk.cases.with_person(case_id)
    assert (person_now.address, case_now.notes) == (
        "Kollegavej 7",
        "Mødtes med skolen om fraværet.",
    )


def test_a_stale_plan_save_offers_reload_and_keeps_the_typed_text(
    qtbot, desk, demo_vault, wait_for_operations
) -> None:
    _, case = desk.cases.create_person_with_case(
        person={"name": "Samtid Testesen", "birth_date": date(2008, 3, 2)},
        case={"level": 2, "kind": "individual", "referral_source": "police"},
    )
    goal = PlanGoal(
        need_area=NeedArea.EDUCATION,
        text="Går i skole hver dag.",
        actions=(PlanAction(what="Skolemøde", responsible=Responsible.SCHOOL),),
    )
    desk.plans.save(case.id, ActionPlan(made_on=date(2026, 11, 2), goals=(goal,)))
    editor = PlanEditor(desk=desk, case_id=case.id, language=Language.ENGLISH)
    qtbot.addWidget(editor)
    editor.show()
    with Desk.open(demo_vault, username="leder", password=PASSWORD) as colleague:
        theirs = colleague.plans.for_editing(case.id).plan
        colleague.plans.save(case.id, theirs.model_copy(update={"mentor": "Mads Mentor"}))

    editor.citizen.citizen_view_edit.setPlainText("Vil gerne have et fritidsjob.")
    editor.save()
    wait_for_operations()

    (dialog,) = editor.findChildren(StaleRecordDialog)
    assert editor.isVisible()
    assert dialog.message.text().startswith("Changed by Lene Leder (leder) at ")
    assert "The citizen's view:\nVil gerne have et fritidsjob." in dialog.text.toPlainText()
    stored = desk.plans.current(case.id)
    assert (stored.mentor, stored.citizen_view) == ("Mads Mentor", "")

    dialog.reload_button.click()
    assert editor.draft.details.mentor == "Mads Mentor"
    assert editor.citizen.citizen_view_edit.toPlainText() == ""
    assert "Vil gerne have et fritidsjob." in dialog.text.toPlainText()

    editor.citizen.citizen_view_edit.setPlainText("Vil gerne have et fritidsjob.")
    editor.save()
    wait_for_operations()
    assert not editor.isVisible()
    stored = desk.plans.current(case.id)
    assert (stored.mentor, stored.citizen_view) == ("Mads Mentor", "Vil gerne have et fritidsjob.")


def test_a_stale_release_meeting_save_offers_reload_and_keeps_the_typed_text(
    qtbot, desk, demo_vault, wait_for_operations
) -> None:
    case_id = next(
        c.case_id
        for c in sorted(desk.cases.search(), key=lambda c: c.case_id)
        if desk.release_meetings.get(c.case_id) is None
    )
    page = ReleaseMeetingPage(language=Language.ENGLISH)
    qtbot.addWidget(page)
    page.set_desk(desk)
    page.show()
    page.show_case(case_id)
    wait_for_operations()
    # The colleague records the case's first meeting while this page shows none.
    with Desk.open(demo_vault, username="leder", password=PASSWORD) as colleague:
        colleague.release_meetings.save(case_id, ReleaseMeeting(prison="Anstalt Nord (fiktiv)"))

    tab = page.tabs.meeting_tab
    tab.prison_edit.setText("Anstalt Syd (fiktiv)")
    tab.place_edit.setText("Besøgsrummet")
    page.save()
    wait_for_operations()

    (dialog,) = page.findChildren(StaleRecordDialog)
    assert dialog.message.text().startswith("Changed by Lene Leder (leder) at ")
    typed = dialog.text.toPlainText()
    assert "Prison:\nAnstalt Syd (fiktiv)" in typed
    assert "Place:\nBesøgsrummet" in typed
    assert desk.release_meetings.get(case_id).prison == "Anstalt Nord (fiktiv)"

    dialog.reload_button.click()
    assert tab.prison_edit.text() == "Anstalt Nord (fiktiv)"
    assert not page.has_unsaved_changes()
    tab.place_edit.setText("Besøgsrummet")
    page.save()
    wait_for_operations()
    stored = desk.release_meetings.get(case_id)
    assert (stored.prison, stored.place) == ("Anstalt Nord (fiktiv)", "Besøgsrummet")
    # The page goes on with the version its save returned: a second save is no conflict.
    tab.place_edit.setText("Mødelokalet")
    page.save()
    wait_for_operations()
    assert desk.release_meetings.get(case_id).place == "Mødelokalet"
    page.clear()


def test_a_stale_meeting_save_offers_reload_and_keeps_the_typed_text(
    qtbot, desk, demo_vault, wait_for_operations
) -> None:
    page = MeetingsPage(language=Language.ENGLISH)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.set_desk(desk)
    page.show()
    wait_for_operations()
    page.new_meeting()
    page.form.place_edit.setText("Rådhuset")
    assert page.save()
    wait_for_operations()
    meeting_id = page._editor.meeting_id
    with Desk.open(demo_vault, username="leder", password=PASSWORD) as colleague:
        theirs = colleague.meetings.get(meeting_id)
        colleague.meetings.save(theirs.model_copy(update={"place": "Politistationen"}))

    page.form.participants_edit.setPlainText("Pia Psykiatrisen; Distriktspsykiatrien")
    assert page.save()
    wait_for_operations()

    (dialog,) = page.findChildren(StaleRecordDialog)
    assert dialog.message.text().startswith("Changed by Lene Leder (leder) at ")
    assert "Participants:\nPia Psykiatrisen; Distriktspsykiatrien" in dialog.text.toPlainText()
    assert desk.meetings.get(meeting_id).participants == ()

    dialog.reload_button.click()
    assert page.form.place_edit.text() == "Politistationen"
    page.form.participants_edit.setPlainText("Pia Psykiatrisen; Distriktspsykiatrien")
    assert page.save()
    wait_for_operations()
    stored = desk.meetings.get(meeting_id)
    assert stored.place == "Politistationen"
    assert [p.name for p in stored.participants] == ["Pia Psykiatrisen"]
    page.clear()
