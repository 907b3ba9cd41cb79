"""Closing or reopening from a person/case editor opened before a colleague's save
(#13 item 5): refused naming the colleague with nothing written, and the editor keeps
the version it showed, so a save from it afterwards is refused for that change too
(it took the closed case's version before, and saved over the colleague's)."""

from __future__ import annotations

import pytest

from riskdesk.domain.case import CaseStatus
from riskdesk.domain.localized import Language
from riskdesk.gui.cases.close_case_dialog import CloseCaseDialog
from riskdesk.gui.cases.person_case_editor import CASE, PersonCaseEditor
from riskdesk.gui.widgets.stale_record_dialog import StaleRecordDialog
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]


def _editor(qtbot, desk, case_id) -> PersonCaseEditor:  # type: ignore[no-untyped-def]
    editor = PersonCaseEditor(desk=desk, language=Language.ENGLISH, case_id=case_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _colleague_saves(demo_vault, case_id, notes: str) -> None:  # type: ignore[no-untyped-def]
    with Desk.open(demo_vault, username="leder", password=PASSWORD) as colleague:
        colleague.cases.update(case_id, {"notes": notes})


def test_closing_after_a_colleagues_save_is_refused_and_so_is_a_later_save(
    qtbot, desk, demo_vault, wait_for_operations
) -> None:
    case_id = next(c.case_id for c in desk.cases.search() if c.status is CaseStatus.OPEN)
    editor = _editor(qtbot, desk, case_id)
    _colleague_saves(demo_vault, case_id, "Kollegaens notat.")

    editor.close_case_button.click()
    dialog = editor.findChild(CloseCaseDialog)
    dialog.reason_edit.setPlainText("Forløbet er afsluttet.")
    dialog.close_button.click()
    wait_for_operations()
    assert dialog.isVisible()
    assert dialog.message_label.text().startswith("Changed by Lene Leder (leder) at ")
    assert dialog.reason_edit.toPlainText() == "Forløbet er afsluttet."
    assert desk.cases.get(case_id).status is CaseStatus.OPEN
    dialog.reject()

    editor.field(CASE, "notes").setPlainText("Mit notat.")
    editor.save()
    wait_for_operations()
    (stale,) = editor.findChildren(StaleRecordDialog)
    assert stale.message.text().startswith("Changed by Lene Leder (leder) at ")
    assert desk.cases.get(case_id).notes == "Kollegaens notat."
    stale.reload_button.click()

    # Reloaded, the editor closes the case and goes on from the version the close made.
    editor.close_case_button.click()
    dialog = editor.findChildren(CloseCaseDialog)[-1]
    dialog.reason_edit.setPlainText("Forløbet er afsluttet.")
    with qtbot.waitSignal(dialog.finished):
        dialog.close_button.click()
    editor.field(CASE, "notes").setPlainText("Mit notat.")
    editor.save()
    wait_for_operations()
    stored = desk.cases.get(case_id)
    assert (stored.status, stored.notes) == (CaseStatus.CLOSED, "Mit notat.")


def test_reopening_after_a_colleagues_save_is_refused_and_offers_reload(
    qtbot, desk, demo_vault, wait_for_operations
) -> None:
    case_id = next(c.case_id for c in desk.cases.search() if c.status is CaseStatus.CLOSED)
    editor = _editor(qtbot, desk, case_id)
    _colleague_saves(demo_vault, case_id, "Kollegaens notat.")

    editor.reopen_case_button.click()
    wait_for_operations()
    (stale,) = editor.findChildren(StaleRecordDialog)
    assert stale.message.text().startswith("Changed by Lene Leder (leder) at ")
    assert desk.cases.get(case_id).status is CaseStatus.CLOSED

    stale.reload_button.click()
    assert editor.field(CASE, "notes").toPlainText() == "Kollegaens notat."
    editor.reopen_case_button.click()
    wait_for_operations()
    assert desk.cases.get(case_id).status is CaseStatus.OPEN
