"""The person/case editor refuses a CPR number another person has, says which case it
belongs to, and offers to open that case instead (issue #10 item 9, issue #16)."""

from __future__ import annotations

import pytest

from riskdesk.domain.case import CaseStatus
from riskdesk.domain.localized import Language
from riskdesk.gui.cases.person_case_editor import CASE, PERSON, PersonCaseEditor

pytestmark = [pytest.mark.gui, pytest.mark.vault]


def _someone_filed(desk):
    return next(
        s
        for s in sorted(desk.cases.search(), key=lambda c: c.case_id)
        if s.cpr and s.status is CaseStatus.OPEN
    )


def test_a_filed_cpr_number_is_refused_and_its_case_offered(
    qtbot, desk, wait_for_operations
) -> None:
    existing = _someone_filed(desk)
    before = len(desk.cases.search())
    editor = PersonCaseEditor(desk=desk, language=Language.ENGLISH)
    qtbot.addWidget(editor)
    editor.show()
    editor.field(PERSON, "name").setText("Testa Dobbelt")
    editor.field(PERSON, "cpr").setText(existing.cpr.replace("-", ""))
    editor.save()
    wait_for_operations()

    assert editor.isVisible()
    assert existing.case_number in editor.problem_label(PERSON, "cpr").text()
    assert "Testa" not in editor.message_label.text()
    button = editor.open_existing_button
    assert button.isVisible()
    assert existing.case_number in button.text()
    assert len(desk.cases.search()) == before

    button.click()
    assert editor.form.case_id == existing.case_id
    assert editor.field(PERSON, "name").text() == existing.person_name
    assert editor.field(PERSON, "cpr").text() == existing.cpr
    assert not button.isVisible()
    assert not editor.problem_label(PERSON, "cpr").isVisible()
    assert editor.case_info.text().startswith(f"Case {existing.case_number}")


def test_the_offer_goes_when_the_problem_does(qtbot, desk, wait_for_operations) -> None:
    existing = _someone_filed(desk)
    editor = PersonCaseEditor(desk=desk, language=Language.ENGLISH)
    qtbot.addWidget(editor)
    editor.show()
    editor.field(PERSON, "name").setText("Testa Dobbelt")
    editor.field(PERSON, "cpr").setText(existing.cpr)
    editor.save()
    wait_for_operations()
    assert editor.open_existing_button.isVisible()

    editor.field(PERSON, "cpr").setText("")
    editor.field(PERSON, "birth_date").setText("2001-01-01")
    editor.field(CASE, "notes").setPlainText("Ny sag")
    editor.save()
    wait_for_operations()
    assert not editor.open_existing_button.isVisible()
