"""File → Import… in a real window (#15 item 6): choose the spreadsheet in Qt's own file
dialog, say what the unknown column holds, read the dry run's report, then import with
the bad rows skipped. Also: an administrator is not offered the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from import_sheets import HEADERS, good_rows, write_xlsx
from riskdesk.domain.case_import_columns import ImportField
from riskdesk.domain.localized import Language
from riskdesk.gui.importing.import_dialog import ImportDialog, open_import
from riskdesk.gui.main_window import MainWindow
from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]


def _sheet(tmp_path: Path) -> Path:
    """30 rows, the name under a header RiskDesk does not know, two rows bad."""
    rows = good_rows(30, seed=21)
    rows[3][HEADERS.index("Niveau")] = 8
    rows[9][HEADERS.index("CPR")] = "999999-9999"
    headers = ("Klientens navn", *HEADERS[1:])
    return write_xlsx(tmp_path / "sager.xlsx", rows, headers=headers)


def _accept_file_dialog(qtbot, path: Path) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_file_import_maps_the_unknown_header_shows_the_report_and_imports(
    qtbot, desk: Desk, demo_vault: Path, tmp_path: Path, wait_for_operations
) -> None:
    path = _sheet(tmp_path)
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.set_desk(desk, demo_vault)
    before = len(desk.cases.search(""))
    assert window.import_action.isVisible()

    window.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    assert not dialog.import_button.isEnabled()
    _accept_file_dialog(qtbot, path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    wait_for_operations()

    mapping = dialog.mapping_dialog
    assert mapping is not None
    assert mapping.isVisible()
    assert list(mapping.choices) == [0]
    mapping.choose(0, ImportField.NAME)
    mapping.accept()
    wait_for_operations()

    assert "Cases that would be created: 28," in dialog.summary_label.text()
    table = dialog.problem_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["5", "11"]
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Level", "CPR number"]
    assert len(desk.cases.search("")) == before
    assert not dialog.import_button.isEnabled()

    dialog.skip_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for_operations()

    assert "Cases created: 28," in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert len(desk.cases.search("")) == before + 28
    window.clear()


def test_an_unreadable_file_is_said_in_the_dialog(
    qtbot, desk: Desk, demo_vault: Path, tmp_path: Path, wait_for_operations
) -> None:
    broken = tmp_path / "sager.xlsx"
    broken.write_bytes(b"no spreadsheet")
    dialog = ImportDialog(desk=desk, language=Language.ENGLISH, choose=lambda _: broken)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    wait_for_operations()

    assert "cannot be read as an Excel spreadsheet" in dialog.problem_label.text()
    assert not dialog.import_button.isEnabled()


def test_an_administrator_is_not_offered_the_import(
    qtbot, demo_vault: Path, wait_for_operations
) -> None:
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    with Desk.open(demo_vault, username="admin", password=PASSWORD) as admin:
        window.set_desk(admin, demo_vault)
        assert not window.import_action.isVisible()
        assert open_import(window, admin) is None
        window.clear()
