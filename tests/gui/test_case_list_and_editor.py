from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from riskdesk.domain.case import CaseStatus
from riskdesk.domain.changes import Changes
from riskdesk.domain.localized import Language
from riskdesk.gui.cases.close_case_dialog import CloseCaseDialog
from riskdesk.gui.cases.person_case_editor import CASE, PERSON, PersonCaseEditor
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.operations import hub, run_op
from vault_fixtures import DEMO_PERSONS

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def window(qtbot, desk, demo_vault):
    main = MainWindow(language=Language.DANISH)
    qtbot.addWidget(main)
    main.set_desk(desk, demo_vault)
    main.show()
    main.activateWindow()
    QTest.qWaitForWindowActive(main)
    yield main
    main.clear()


def _editor(qtbot, window: MainWindow) -> PersonCaseEditor:
    editors = [e for e in window.findChildren(PersonCaseEditor) if e.isVisible()]
    assert len(editors) == 1
    # Offscreen has no window manager to activate a new window, and shortcuts need one.
    editors[0].activateWindow()
    qtbot.waitUntil(editors[0].isActiveWindow)
    return editors[0]


def test_the_list_models_pass_the_model_tester(window, qtmodeltester) -> None:
    qtmodeltester.check(window.case_list.model)
    qtmodeltester.check(window.case_list.proxy)


def _all_rows_match(page, text: str) -> bool:
    rows = range(page.model.rowCount())
    return bool(rows) and all(
        text.casefold() in " ".join(page.model.index(r, c).data() for c in range(3)).casefold()
        for r in rows
    )


@pytest.mark.parametrize("attribute", ["person_name", "cpr", "case_number"])
def test_typing_finds_a_person_by_name_cpr_or_case_number(qtbot, window, desk, attribute) -> None:
    target = desk.cases.search()[7]
    text = getattr(target, attribute)
    page = window.case_list
    qtbot.keyClicks(page.search_edit, text)
    qtbot.waitUntil(lambda: _all_rows_match(page, text), timeout=20_000)
    found = [page.model.record(r).case_id for r in range(page.model.rowCount())]
    assert target.case_id in found


def _searches(desk) -> list[tuple[str, int]]:
    return [
        (e.details["search"], e.details["results"])
        for e in desk.audit.events()
        if e.details.get("use_case") == "case.search"
    ]


def test_typing_a_name_asks_the_vault_nothing_and_records_one_search(
    qtbot, window, desk, monkeypatch, wait_for_operations
) -> None:
    calls: list[str] = []
    for name in ("search", "find", "listing"):
        read = getattr(desk.cases, name)
        monkeypatch.setattr(desk.cases, name, lambda *a, read=read, **k: calls.append(a) or read())
    before = _searches(desk)
    page = window.case_list
    qtbot.keyClicks(page.search_edit, "Emil")
    assert calls == []
    assert _searches(desk) == before
    qtbot.waitUntil(lambda: len(_searches(desk)) > len(before), timeout=20_000)
    wait_for_operations()
    qtbot.wait(300)
    assert _searches(desk)[len(before) :] == [("Emil", page.model.rowCount())]


def test_opening_a_case_finishes_the_search_at_once(
    qtbot, window, desk, wait_for_operations
) -> None:
    before = _searches(desk)
    page = window.case_list
    qtbot.keyClicks(page.search_edit, "a")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    wait_for_operations()
    assert _searches(desk)[len(before) :] == [("a", page.model.rowCount())]
    _editor(qtbot, window).close()


def test_locking_right_after_typing_still_records_the_search(
    qtbot, window, desk, wait_for_operations
) -> None:
    """A lock empties the window before the key goes (SessionController._drop_desk): a
    search typed a moment before must not leave the trail without its event."""
    before = _searches(desk)
    page = window.case_list
    qtbot.keyClicks(page.search_edit, "Emil")
    found = page.model.rowCount()
    window.clear()
    wait_for_operations()
    assert _searches(desk)[len(before) :] == [("Emil", found)]


def test_a_new_person_with_a_case_appears_in_the_list(qtbot, window) -> None:
    window.new_action.trigger()
    editor = _editor(qtbot, window)
    editor.field(PERSON, "name").setText("Testa Testesen")
    editor.field(PERSON, "cpr").setText("0101104234")  # born 2010
    editor.field(CASE, "notes").setPlainText("Henvist efter samtale.")
    with qtbot.waitSignal(editor.finished):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    page = window.case_list
    current = page.view.currentIndex()
    assert current.isValid()
    assert page.proxy.index(current.row(), 1).data() == "Testa Testesen"
    assert page.proxy.index(current.row(), 2).data() == "010110-4234"
    assert page.model.rowCount() == DEMO_PERSONS + 1


def test_problems_are_shown_beside_the_fields_and_nothing_typed_is_lost(qtbot, window) -> None:
    window.new_action.trigger()
    editor = _editor(qtbot, window)
    editor.field(PERSON, "cpr").setText("991301-1234")
    editor.field(PERSON, "phone").setText("12 34 56 78")
    editor.field(PERSON, "notes").setPlainText("Noter om borgeren")
    editor.save()
    assert editor.isVisible()
    assert "Navn skal udfyldes." in editor.message_label.text()
    name_problem = editor.problem_label(PERSON, "name")
    assert name_problem.isVisible()
    assert name_problem.text() == "Navn skal udfyldes."
    assert editor.problem_label(PERSON, "cpr").text()
    assert editor.field(PERSON, "cpr").text() == "991301-1234"
    assert editor.field(PERSON, "phone").text() == "12 34 56 78"
    assert editor.field(PERSON, "notes").toPlainText() == "Noter om borgeren"
    assert editor.focusWidget() in (None, editor.field(PERSON, "name"))

    editor.field(PERSON, "name").setText("Rettet Navn")
    editor.field(PERSON, "cpr").setText("010110-4234")
    with qtbot.waitSignal(editor.finished):
        editor.save()
    assert not editor.isVisible()


def test_editing_the_person_and_the_case_is_saved(qtbot, window, desk) -> None:
    target = desk.cases.search()[0]
    window.open_case(int(target.case_id))
    editor = _editor(qtbot, window)
    assert editor.field(PERSON, "name").text() == target.person_name
    # The city follows the postal code: typing Holbæk's code fills in its town.
    editor.field(PERSON, "postal_code").setText("4300")
    assert editor.field(PERSON, "city").text() == "Holbæk"
    editor.level_combo.setCurrentIndex(editor.level_combo.findData(3))
    with qtbot.waitSignal(editor.finished):
        editor.save_button.click()
    assert not editor.isVisible()
    case = desk.cases.get(target.case_id)
    assert case.level == 3
    assert desk.persons.get(case.person_id).city == "Holbæk"


def test_closing_a_case_asks_for_date_and_reason(qtbot, window, desk, wait_for_operations) -> None:
    target = desk.cases.search()[0]
    window.open_case(int(target.case_id))
    editor = _editor(qtbot, window)
    editor.close_case_button.click()
    dialog = editor.findChild(CloseCaseDialog)
    dialog.close_button.click()
    wait_for_operations()
    assert dialog.isVisible()
    assert "årsag" in dialog.message_label.text()
    dialog.reason_edit.setPlainText("Forløbet er afsluttet.")
    with qtbot.waitSignal(dialog.finished):
        dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    closed = desk.cases.get(target.case_id)
    assert closed.status is CaseStatus.CLOSED
    assert closed.closed_on == date.today()
    assert not editor.close_case_button.isEnabled()
    assert "Lukket" in editor.case_info.text()
    editor.reopen_case_button.click()
    wait_for_operations()
    assert desk.cases.get(target.case_id).status is CaseStatus.OPEN
    assert "Åben" in editor.case_info.text()
    assert not editor.reopen_case_button.isVisible()


def test_guardians_are_added_edited_and_removed(qtbot, window, desk, wait_for_operations) -> None:
    target = next(row for row in desk.cases.search() if row.birth_date.year >= 2010)
    window.open_case(int(target.case_id))
    editor = _editor(qtbot, window)
    guardians = editor.guardians_editor
    before = guardians.table.rowCount()
    guardians.add_row(["Testmor Åse Ærø", "mor", "12345678", ""])
    guardians.add_row()
    with qtbot.waitSignal(editor.finished):
        editor.save_button.click()
    assert not editor.isVisible()
    stored = desk.persons.get(target.person_id).guardians
    assert len(stored) == before + 1
    assert stored[-1].name == "Testmor Åse Ærø"

    window.open_case(int(target.case_id))
    editor = _editor(qtbot, window)
    editor.guardians_editor.add_row(["", "far", "", ""])
    editor.save_button.click()
    wait_for_operations()
    assert editor.isVisible()
    assert "guardians" in editor.message_label.text() or "skal udfyldes" in (
        editor.message_label.text()
    )
    editor.guardians_editor.table.setCurrentCell(before + 1, 0)
    editor.guardians_editor.remove_button.click()
    with qtbot.waitSignal(editor.finished):
        editor.save_button.click()
    assert not editor.isVisible()
    assert len(desk.persons.get(target.person_id).guardians) == before + 1


def test_escape_cancels_the_editor(qtbot, window) -> None:
    window.new_action.trigger()
    editor = _editor(qtbot, window)
    editor.field(PERSON, "name").setText("Ikke gemt")
    qtbot.keyClick(editor.field(PERSON, "name"), Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert window.case_list.model.rowCount() == DEMO_PERSONS


def test_every_input_has_an_accessible_name_and_a_labelled_buddy(qtbot, window) -> None:
    window.new_action.trigger()
    editor = _editor(qtbot, window)
    for (section, key), field in editor.inputs().items():
        assert field.accessibleName(), f"{section}.{key}"
    buddies = {
        label.buddy() for label in editor.findChildren(type(editor.heading)) if label.buddy()
    }
    assert set(editor.inputs().values()) <= buddies
    assert all(b.text() for b in editor.findChildren(QPushButton) if b.isVisible())


def test_guardians_are_offered_only_for_a_minor(qtbot, window) -> None:
    window.new_action.trigger()
    editor = _editor(qtbot, window)
    assert not editor.guardians_editor.isVisible()
    editor.field(PERSON, "cpr").setText("010110-4234")
    assert editor.guardians_editor.isVisible()
    editor.field(PERSON, "cpr").setText("010190-1234")
    assert not editor.guardians_editor.isVisible()


def test_unsaved_changes_mark_the_title(qtbot, window, desk) -> None:
    window.open_case(int(desk.cases.search()[0].case_id))
    editor = _editor(qtbot, window)
    assert not editor.isWindowModified()
    editor.field(CASE, "notes").setPlainText("Ny note")
    assert editor.isWindowModified()


def test_a_guardian_problem_marks_the_row_it_is_about(qtbot, window, desk) -> None:
    target = next(row for row in desk.cases.search() if row.birth_date.year >= 2010)
    window.open_case(int(target.case_id))
    editor = _editor(qtbot, window)
    guardians = editor.guardians_editor
    guardians.add_row()
    guardians.add_row(["", "far", "", ""])
    editor.save()
    marked = guardians.table.item(guardians.table.rowCount() - 1, 0)
    assert marked.toolTip() == "Forældremyndighedsindehaver skal udfyldes."
    assert guardians.table.currentItem() is marked


def test_a_level_the_service_refuses_is_shown_beside_the_level(
    qtbot, window, desk, wait_for_operations
) -> None:
    target = desk.cases.search()[0]
    window.open_case(int(target.case_id))
    editor = _editor(qtbot, window)
    editor.level_combo.setCurrentIndex(editor.level_combo.findData(1))
    editor.save_button.click()
    wait_for_operations()
    assert editor.isVisible()
    assert "bekymring" in editor.problem_label(CASE, "level").text()
    assert desk.cases.get(target.case_id).level == target.level


def test_the_list_redraws_after_any_operation_and_keeps_the_selection(
    qtbot, window, desk, wait_for_operations
) -> None:
    page = window.case_list
    first, other = desk.cases.search()[:2]
    page.select_case(first.case_id)
    run_op(None, lambda: desk.persons.update(other.person_id, _renamed(desk, other.person_id)))
    wait_for_operations()
    names = [page.model.record(r).person_name for r in range(page.model.rowCount())]
    assert "Omdøbt Testperson" in names
    assert page.current_case_id() == first.case_id


def test_release_marks_are_recounted_when_release_meetings_or_plans_change(
    qtbot, window, desk, monkeypatch
) -> None:
    counted: list[bool] = []
    overdue = desk.release_meetings.overdue_by_case
    monkeypatch.setattr(
        desk.release_meetings, "overdue_by_case", lambda: counted.append(True) or overdue()
    )
    hub().changed.emit(Changes(meetings=True), None)
    assert counted == []
    hub().changed.emit(Changes(release_meetings=True), None)
    hub().changed.emit(Changes(plans=True), None)
    assert counted == [True, True]


def _renamed(desk, person_id) -> dict[str, object]:
    person = desk.persons.get(person_id)
    return person.model_dump(exclude={"id"}) | {"name": "Omdøbt Testperson"}


def test_a_case_that_cannot_be_opened_leaves_no_editor_behind(qtbot, window) -> None:
    window.open_case(999_999)
    assert window.statusBar().currentMessage() == "Posten findes ikke længere."
    assert window.findChildren(PersonCaseEditor) == []
    # Locking wipes every editor in the window; a half-built one would break it.
    window.clear()
