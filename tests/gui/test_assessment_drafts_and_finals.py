"""Drafts save themselves and resume; final assessments are read-only, can be corrected
and compared; finalise problems stay on the summary."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtWidgets import QRadioButton

from riskdesk.domain.assessment_draft import AssessmentDraft, InformationSource, ItemAnswer
from riskdesk.domain.assessment_record import AssessmentRecord, AssessmentStatus
from riskdesk.domain.audit import AuditEntity
from riskdesk.domain.localized import Language
from riskdesk.gui.assessment import assessment_saving
from riskdesk.gui.assessment.assessment_wizard import AssessmentWizard
from riskdesk.gui.assessment.reassessment_view import ReassessmentView
from riskdesk.gui.main_window import MainWindow
from riskdesk.services.desk import Desk
from riskdesk.services.instrument_catalogue import FORMS_DIR_ENV, default_forms_dir

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def window(qtbot, desk, demo_vault):
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.set_desk(desk, demo_vault)
    main.show()
    yield main
    main.clear()


@pytest.fixture
def case(desk):
    _, stored = desk.cases.create_person_with_case(
        person={"name": "Udkast Testesen", "birth_date": date(2011, 2, 3)},
        case={"level": 2, "kind": "individual", "referral_source": "school"},
    )
    return stored


def _answered(desk, record: AssessmentRecord, value: str, **changes: object) -> AssessmentDraft:
    items = desk.assessments.instrument_for(record).items
    return record.draft.model_copy(
        update={
            "sources": frozenset({InformationSource.FILE}),
            "answers": {item.id: ItemAnswer(value=value) for item in items},
            **changes,
        }
    )


def _final(desk, case, value: str, on: date) -> AssessmentRecord:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id, assessment_date=on)
    desk.assessments.save_draft(record.id, _answered(desk, record, value))
    return desk.assessments.finalise(record.id)


def _wizard(window: MainWindow, case) -> AssessmentWizard | None:
    window.show_assessments()
    window.assessments.show_case(int(case.id))
    return window.assessments.open_assessment(window.assessments.model.record(0))


def test_a_draft_saves_itself_and_resumes_after_closing(
    qtbot, window, desk, case, wait_for_operations
) -> None:
    window.case_list.refresh()
    window.case_list.select_case(int(case.id))
    window.new_assessment_action.trigger()
    wait_for_operations()
    wizard = window.findChild(AssessmentWizard)
    record_id = wizard.record.id
    wizard.next()
    page = wizard.page("domain:offences")
    page.groups["offences.2"].buttons()[0].click()
    page.note_edit.setPlainText("Oplysninger fra politiet.")
    # The debounced autosave writes without any step change.
    qtbot.waitUntil(
        lambda: desk.assessments.get(record_id).draft.answers.get("offences.2") is not None,
        timeout=20_000,
    )
    page.comments["offences.2"].setText("to episoder")
    page.comments["offences.2"].textEdited.emit("to episoder")
    wizard.close_button.click()
    assert not wizard.isVisible()
    wait_for_operations()

    stored = desk.assessments.get(record_id).draft
    assert stored.answers["offences.2"] == ItemAnswer(value="yes", comment="to episoder")
    assert stored.domain_notes["offences"] == "Oplysninger fra politiet."
    assert window.assessments.model.record(0).id == record_id
    assert window.assessments.model.record(0).status is AssessmentStatus.DRAFT

    resumed = window.assessments.open_assessment(window.assessments.model.record(0))
    resumed.next()
    page = resumed.page("domain:offences")
    assert page.groups["offences.2"].buttons()[0].isChecked()
    assert not page.groups["offences.1"].checkedButton()
    assert page.comments["offences.2"].text() == "to episoder"
    assert page.note_edit.toPlainText() == "Oplysninger fra politiet."
    resumed.reject()


def test_an_answer_can_be_cleared_back_to_unanswered(
    qtbot, window, desk, case, wait_for_operations
) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    wizard = _wizard(window, case)
    wizard.next()
    page = wizard.page("domain:offences")
    assert not page.clear_buttons["offences.2"].isEnabled()
    page.groups["offences.2"].buttons()[0].click()
    assert page.clear_buttons["offences.2"].isEnabled()

    page.clear_buttons["offences.2"].click()

    assert not page.groups["offences.2"].checkedButton()
    assert not page.clear_buttons["offences.2"].isEnabled()
    wizard.close_button.click()
    wait_for_operations()
    assert desk.assessments.get(record.id).draft.answers["offences.2"].value is None


def test_locking_saves_an_open_draft(qtbot, window, desk, case, wait_for_operations) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    wizard = _wizard(window, case)
    wizard.page("intro").source_boxes[InformationSource.SCHOOL].click()
    window.clear()
    wait_for_operations()
    assert desk.assessments.get(record.id).draft.sources == {InformationSource.SCHOOL}


def test_a_final_assessment_opens_read_only(qtbot, window, desk, case) -> None:
    final = _final(desk, case, "no", date(2026, 1, 10))
    wizard = _wizard(window, case)
    assert wizard.record.id == final.id
    assert wizard.read_only
    page = wizard.page("domain:family")
    assert all(not button.isEnabled() for button in page.findChildren(QRadioButton))
    assert all(comment.isReadOnly() for comment in page.comments.values())
    for _ in wizard.flow.steps[1:]:
        wizard.next()
    assert not wizard.summary.finalise_button.isVisible()
    assert "final" in wizard.summary.final_label.text()
    assert "Level 1" in wizard.summary.level_label.text()
    # An edit that slipped through is ignored, never saved.
    page.groups["family.1"].buttons()[0].setEnabled(True)
    page.groups["family.1"].buttons()[0].click()
    wizard.reject()
    assert desk.assessments.get(final.id).draft.answers["family.1"].value == "no"


def test_finalise_problems_show_on_the_summary_and_nothing_is_lost(
    qtbot, window, desk, case, wait_for_operations
):
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    wizard = _wizard(window, case)
    wizard.next()
    wizard.page("domain:offences").groups["offences.1"].buttons()[0].click()
    for _ in wizard.flow.steps[2:]:
        wizard.next()
    summary = wizard.summary
    assert "at least" in summary.total_label.text()
    assert summary.unanswered_box.isVisible()
    summary.overrides.band_check.click()
    summary.finalise_button.click()
    assert "Write a reason for overriding" in summary.problems_label.text()
    summary.overrides.band_check.click()
    summary.finalise_button.click()
    wait_for_operations()
    text = summary.problems_label.text()
    assert "Choose at least one source of information." in text
    assert desk.assessments.get(record.id).status is AssessmentStatus.DRAFT
    assert wizard.flow.draft.answers["offences.1"].value == "yes"

    summary.unanswered_reason.setPlainText("Familien ville ikke medvirke.")
    overrides = summary.overrides
    overrides.level_check.click()
    overrides.level_combo.setCurrentIndex(overrides.level_combo.findData(3))
    overrides.level_reason.setPlainText("Bandetilknytning kendt fra politiet.")
    assert "Level 3" in summary.level_label.text()
    while wizard.flow.can_go_back:
        wizard.back()
    wizard.page("intro").source_boxes[InformationSource.INTERVIEW].click()
    while wizard.flow.can_go_next:
        wizard.next()
    # Going back and forth kept the reasons typed on the summary.
    assert overrides.level_reason.toPlainText() == "Bandetilknytning kendt fra politiet."
    summary.finalise_button.click()
    wait_for_operations()
    assert summary.problems_label.isHidden()
    final = desk.assessments.get(record.id)
    assert final.status is AssessmentStatus.FINAL
    assert final.snapshot.level == 3
    assert final.snapshot.level_override_reason == "Bandetilknytning kendt fra politiet."
    assert desk.cases.get(case.id).level == 3


def test_a_correction_starts_from_the_final_one(
    qtbot, window, desk, case, wait_for_operations
) -> None:
    final = _final(desk, case, "no", date(2026, 1, 10))
    window.show_assessments()
    window.assessments.show_case(int(case.id))
    assert window.assessments.correct_button.isEnabled()
    window.assessments.correct_button.click()
    wait_for_operations()
    wizard = next(w for w in window.findChildren(AssessmentWizard) if w.isVisible())
    assert not wizard.read_only
    assert wizard.record.corrects == final.id
    assert "corrects" in wizard.info_label.text()
    wizard.reject()
    statuses = [
        window.assessments.model.index(row, 2).data()
        for row in range(window.assessments.model.rowCount())
    ]
    assert statuses == ["Draft (correction)", "Final (corrected later)"]


def test_the_reassessment_view_highlights_what_changed(qtbot, window, desk, case) -> None:
    older = _final(desk, case, "no", date(2026, 1, 10))
    record = desk.assessments.start(
        person_id=case.person_id, case_id=case.id, assessment_date=date(2026, 7, 1)
    )
    answers = dict(_answered(desk, record, "no").answers)
    for item in ("family.1", "family.2", "family.3", "family.4"):
        answers[item] = ItemAnswer(value="yes")
    desk.assessments.save_draft(record.id, _answered(desk, record, "no", answers=answers))
    newer = desk.assessments.finalise(record.id)

    page = window.assessments
    window.show_assessments()
    page.show_case(int(case.id))
    page.view.selectAll()
    assert page.compare_pair() == (desk.assessments.get(older.id), newer)
    page.compare_button.click()
    view = next(v for v in window.findChildren(ReassessmentView) if v.isVisible())
    assert view.changed_domains() == ["Family and parenting"]
    family = view.domain_tree.topLevelItem(1)
    assert family.isExpanded()
    assert family.childCount() == 4
    assert (family.text(1), family.text(2)) == ("0 (low)", "4 (high)")
    assert view.total_labels["Total score"].text() == "0 → 4"
    assert view.total_labels["Level"].text() == "1 → 1"
    view.grab().save("/tmp/riskdesk-reassessment.png")
    view.reject()


def test_the_assessment_list_model_passes_the_model_tester(window, desk, case, qtmodeltester):
    _final(desk, case, "no", date(2026, 1, 10))
    desk.assessments.start(person_id=case.person_id, case_id=case.id)
    window.assessments.show_case(int(case.id))
    assert window.assessments.model.rowCount() == 2
    qtmodeltester.check(window.assessments.model)


def test_instrument_files_that_fail_are_named_in_the_status_bar(
    qtbot, tmp_path, monkeypatch, login, demo_vault
) -> None:
    forms = tmp_path / "forms"
    shutil.copytree(default_forms_dir(), forms)
    broken = (forms / "riskdesk-youth-v1.yaml").read_text(encoding="utf-8")
    (forms / "broken-v2.yaml").write_text(
        broken.replace("version: 1", "version: 2").replace("risk_domain: family", "risk_domain: x"),
        encoding="utf-8",
    )
    monkeypatch.setenv(FORMS_DIR_ENV, str(forms))
    # The forms folder is chosen when a desk opens, so this desk opens after the setting.
    username, password = login
    desk = Desk.open(demo_vault, username=username, password=password)
    main = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(main)
    main.set_desk(desk, demo_vault)
    qtbot.waitUntil(lambda: "broken-v2.yaml" in main.statusBar().currentMessage())
    assert "risk_domain" in main.statusBar().currentMessage()
    # The app goes on with the instruments that loaded.
    assert desk.assessments.catalogue.registry.get("riskdesk-youth").version == 1
    main.clear()
    desk.lock()


def test_the_saves_of_one_opening_of_the_wizard_leave_one_audit_event(
    qtbot, window, desk, case, wait_for_operations
) -> None:
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    for _opening in range(2):
        wizard = _wizard(window, case)
        intro = wizard.page("intro")
        for source in (InformationSource.SCHOOL, InformationSource.POLICE):
            intro.source_boxes[source].click()
            wizard.save_now()
            wait_for_operations()
        intro.source_boxes[InformationSource.FILE].click()
        wizard.close_button.click()
        wait_for_operations()

    saves = [
        event
        for event in desk.audit.events(entity=AuditEntity.ASSESSMENT, entity_id=int(record.id))
        if "editing_session" in event.details
    ]
    assert [event.details["saves"] for event in saves] == [3, 3]
    assert saves[0].details["editing_session"] != saves[1].details["editing_session"]


def test_an_edit_made_while_a_save_runs_stays_unsaved_until_the_next_save(
    qtbot, monkeypatch, window, desk, case, wait_for_operations
) -> None:
    # Only the saves asked for here: no autosave may come between.
    monkeypatch.setattr(assessment_saving, "AUTOSAVE_DELAY_MS", 600_000)
    record = desk.assessments.start(person_id=case.person_id, case_id=case.id)
    wizard = _wizard(window, case)
    boxes = wizard.page("intro").source_boxes
    boxes[InformationSource.SCHOOL].click()
    wizard.save_now()
    boxes[InformationSource.POLICE].click()
    wait_for_operations()
    assert wizard.saving.dirty
    assert wizard.status_label.text() == "Unsaved changes…"
    assert desk.assessments.get(record.id).draft.sources == {InformationSource.SCHOOL}

    wizard.save_now()
    wait_for_operations()
    assert not wizard.saving.dirty
    assert wizard.status_label.text().startswith("Saved at")
    assert desk.assessments.get(record.id).draft.sources == {
        InformationSource.SCHOOL,
        InformationSource.POLICE,
    }
    wizard.reject()
