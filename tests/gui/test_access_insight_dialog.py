"""The access insight dialog: the person's events oldest first in a sortable table, the
Word extract saved through the shared export dialog, opened from the Cases menu, and
refused with the service's message for a caseworker who is not on the case."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt

from riskdesk.domain.localized import Language
from riskdesk.domain.user import Role
from riskdesk.gui.access_insight.access_insight_dialog import AccessInsightDialog
from riskdesk.gui.access_insight.access_insight_table_model import AccessInsightTableModel, Column
from riskdesk.gui.main_window import MainWindow
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]


@pytest.fixture
def person_id(desk: Desk):
    return sorted(desk.cases.search(), key=lambda s: s.case_id)[0].person_id


def _dialog(qtbot, desk: Desk, person_id) -> AccessInsightDialog:
    dialog = AccessInsightDialog(desk=desk, language=Language.ENGLISH, person_id=person_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _column(dialog: AccessInsightDialog, column: Column) -> list[str]:
    proxy = dialog.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_table_model_passes_the_model_tester(desk, person_id, qtmodeltester) -> None:
    model = AccessInsightTableModel(language=Language.ENGLISH)
    model.set_rows(desk.access_insight.for_person(person_id).entries)
    qtmodeltester.check(model)


def test_the_events_are_listed_oldest_first_and_sort_by_any_column(qtbot, desk, person_id) -> None:
    dialog = _dialog(qtbot, desk, person_id)
    actions = _column(dialog, Column.ACTION)
    # The demo's people came in by one import: the first event is that import.
    assert actions[0] == "imported the personal details and the case"
    assert actions[-1] == "produced an access log extract"
    assert _column(dialog, Column.ROLE)[-1] == "Caseworker"
    times = _column(dialog, Column.TIME)
    assert times == sorted(times)
    assert desk.persons.get(person_id).name in dialog.heading.text()
    assert "Kim Koordinator (koordinator)" in _column(dialog, Column.USER)

    dialog.table.sortByColumn(Column.USER, Qt.SortOrder.DescendingOrder)
    users = _column(dialog, Column.USER)
    assert users == sorted(users, reverse=True)
    dialog.table.sortByColumn(Column.TIME, Qt.SortOrder.DescendingOrder)
    assert _column(dialog, Column.ACTION)[0] == "produced an access log extract"


def test_export_saves_the_extract_and_the_table_shows_the_export(
    qtbot, desk, person_id, tmp_path: Path, wait_for_operations
) -> None:
    dialog = _dialog(qtbot, desk, person_id)
    before = dialog.proxy.rowCount()
    export = dialog.export_dialog()
    qtbot.addWidget(export)
    assert "NOT encrypted" in export.warning_label.text()
    export.path_edit.setText(str(tmp_path / "indsigt"))
    with qtbot.waitSignal(export.document_exported):
        export.save_button.click()
    wait_for_operations()
    saved = tmp_path / "indsigt.docx"
    cells = [c.text for t in Document(str(saved)).tables for r in t.rows for c in r.cells]
    assert "Indlæste personoplysningerne og sagen" in cells
    # One event per use case: the export (which makes its extract within it) and the
    # refreshed insight are now listed.
    assert dialog.proxy.rowCount() == before + 2
    assert "exported the access log extract (access insight) (file: indsigt.docx)" in (
        _column(dialog, Column.ACTION)
    )


def test_the_cases_menu_opens_it_for_the_selected_case(
    qtbot, desk, demo_vault, wait_for_operations
) -> None:
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.set_desk(desk, demo_vault)
    window.show()
    qtbot.waitUntil(lambda: window.case_list.proxy.rowCount() > 0)
    window.case_list.select_case(desk.cases.search()[0].case_id)
    window.access_insight_action.trigger()
    wait_for_operations()
    dialogs = [d for d in window.findChildren(AccessInsightDialog) if d.isVisible()]
    assert len(dialogs) == 1
    assert dialogs[0].proxy.rowCount() > 0
    window.clear()
    assert dialogs[0].model.rowCount() == 0


def test_a_caseworker_not_on_the_case_gets_the_refusal_in_the_status_bar(
    qtbot, demo_vault, wait_for_operations
) -> None:
    with Desk.open(demo_vault, username="admin", password=PASSWORD) as admin:
        admin.users.add(
            username="kollega", display_name="Kaj", role=Role.CASEWORKER, password="givet-kode-1"
        )
    desk = Desk.open(demo_vault, username="kollega", password="givet-kode-1", new_password=PASSWORD)
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.set_desk(desk, demo_vault)
    window.show()
    qtbot.waitUntil(lambda: window.case_list.proxy.rowCount() > 0)
    window.case_list.select_case(desk.cases.search()[0].case_id)
    window.access_insight_action.trigger()
    wait_for_operations()
    assert not [d for d in window.findChildren(AccessInsightDialog) if d.isVisible()]
    assert "supervisor" in window.statusBar().currentMessage()
    window.clear()
    desk.lock()


def test_the_person_editor_opens_it_for_its_person(
    qtbot, desk, demo_vault, wait_for_operations
) -> None:
    from riskdesk.gui.cases.person_case_editor import PersonCaseEditor

    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.set_desk(desk, demo_vault)
    summary = desk.cases.search()[0]
    window.open_case(summary.case_id)
    editor = next(e for e in window.findChildren(PersonCaseEditor) if e.isVisible())
    assert editor.access_insight_button.isVisible()
    editor.access_insight_button.click()
    wait_for_operations()
    dialog = next(d for d in editor.findChildren(AccessInsightDialog) if d.isVisible())
    assert summary.person_name in dialog.heading.text()
    window.clear()
    assert dialog.model.rowCount() == 0
