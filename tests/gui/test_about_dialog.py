"""Help → About shows what ``riskdesk --version`` says: the version, the schema revision,
and the instruments and templates the open desk uses, each with its source."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from riskdesk import __version__
from riskdesk.domain.localized import Language
from riskdesk.gui.help.about_dialog import AboutDialog
from riskdesk.gui.main_window import MainWindow
from riskdesk.services.desk import Desk
from riskdesk.shipped_files import MUNICIPALITY_DIR_ENV, templates_dir
from riskdesk.store.migrate import head_revision
from vault_fixtures import PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]


def _cells(table) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_help_about_names_version_schema_instruments_and_templates(
    qtbot, demo_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "own"
    (own / "templates").mkdir(parents=True)
    (own / "templates" / "moede-referat.docx").write_bytes(b"no Word file")
    monkeypatch.setenv(MUNICIPALITY_DIR_ENV, str(own))
    desk = Desk.open(demo_vault, username="koordinator", password=PASSWORD)
    window = MainWindow(language=Language.ENGLISH)
    qtbot.addWidget(window)
    window.set_desk(desk, demo_vault)
    window.show()

    window.about_action.trigger()

    (dialog,) = [d for d in window.findChildren(AboutDialog) if d.isVisible()]
    assert dialog.version_label.text() == __version__
    assert dialog.schema_label.text() == head_revision()
    assert dialog.folder_label.text() == str(own)
    assert _cells(dialog.instruments) == [
        ["riskdesk-youth", "1", "riskdesk-youth-v1.yaml", "Shipped with RiskDesk"]
    ]
    templates = {row[0]: row[1:] for row in _cells(dialog.templates)}
    plan = hashlib.sha256((templates_dir() / "handleplan.docx").read_bytes()).hexdigest()
    assert templates["handleplan.docx"] == [plan[:12], "Shipped with RiskDesk"]
    assert templates["moede-referat.docx"][1].startswith("Shipped; the municipality's own")
    window.clear()
    assert not dialog.isVisible()
    desk.lock()
