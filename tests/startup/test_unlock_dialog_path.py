"""What the GUI thread imports before the unlock dialog's first paint (before the loader
starts): never the store's libraries, the Word renderer, Alembic or pydantic; they are
the loader's, imported while the dialog waits for a password. Nor, up to the paint, what
the dialog does not draw, or any of the Python enums PySide6 makes of Qt's own ``Qt``
namespace or of ``QStyle`` on first use (#14 item 2)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from start_runs import ENTRY_POINT, RUN_GUI, environment, problem, start

pytestmark = pytest.mark.gui

WATCH = Path(__file__).with_name("start_watch.py")
NOT_BEFORE_THE_PAINT = (
    "sqlalchemy",
    "sqlcipher3",
    "alembic",
    "mako",
    "docx",
    "docxtpl",
    # A quarter of a second before the paint; the domain's texts, refusals and changes
    # the dialog needs are importable without it.
    "pydantic",
    "pydantic_core",
)
NOT_DRAWN_BY_THE_DIALOG = (
    # The boxes of operations (QMessageBox, the Qt namespace, the core's changes).
    "riskdesk.gui.operations",
    # After the paint, before the loader: each reaches the Qt namespace's enums.
    "riskdesk.gui.widgets.clipboard_guard",
    "riskdesk.gui.session.idle_lock",
    # Shown only when an administrator chose the password.
    "riskdesk.gui.users.new_password_rows",
    # What an unlock may raise, and the settings' writer with secrets and hashlib.
    "riskdesk.domain.refusals",
    "riskdesk.store.atomic_file",
)
QT_ENUMS_NOT_BEFORE_THE_PAINT = (
    "PySide6.QtCore.Qt.",  # a hundred-odd enumerations, made all at once (Qt.Key: 471)
    "PySide6.QtWidgets.QStyle.",
    "PySide6.QtWidgets.QMessageBox.",
    "PySide6.QtWidgets.QFileDialog.",
)


def _watched_start(folder: Path, path: str) -> dict[str, Any]:
    report = folder / f"imports-{path}.json"
    arguments = [sys.executable, str(WATCH), path, str(folder / "none.rdv"), str(report)]
    assert problem(start(arguments, environment())) is None
    watched: dict[str, Any] = json.loads(report.read_text())
    assert watched["before_paint"], "the watch saw the imports before the paint"
    return watched


@pytest.fixture(scope="module")
def run_gui_start(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _watched_start(tmp_path_factory.mktemp("run_gui"), RUN_GUI)


def test_the_dialog_is_painted_before_the_store_and_renderer_are_imported(
    run_gui_start: dict[str, Any],
) -> None:
    before = {name.split(".")[0] for name in run_gui_start["before_loader"]}
    assert before, "the watch saw the imports before the loader"
    assert sorted(before & set(NOT_BEFORE_THE_PAINT)) == []


def test_up_to_its_first_paint_only_what_the_dialog_draws_is_imported(
    run_gui_start: dict[str, Any],
) -> None:
    before = set(run_gui_start["before_paint"])
    assert "riskdesk.gui.session.unlock_dialog" in before
    assert sorted(before & set(NOT_DRAWN_BY_THE_DIALOG)) == []


def _qt_enums_made(made: list[str]) -> list[str]:
    assert "PySide6.QtWidgets.QDialogButtonBox.ButtonRole" in made, "the watch saw the enums"
    return [name for name in made if name.startswith(QT_ENUMS_NOT_BEFORE_THE_PAINT)]


def test_no_enum_of_the_qt_namespace_or_the_style_is_made_before_the_paint(
    run_gui_start: dict[str, Any],
) -> None:
    assert _qt_enums_made(run_gui_start["enums_before_paint"]) == []


def test_nor_through_the_installed_command(tmp_path: Path) -> None:
    watched = _watched_start(tmp_path, ENTRY_POINT)
    assert _qt_enums_made(watched["enums_before_paint"]) == []
    # The command line's parser and its error translation ran first: they had imported
    # pydantic and the instrument catalogue, two thirds of a bare window's time.
    before = {name.split(".")[0] for name in watched["before_paint"]}
    assert sorted(before & set(NOT_BEFORE_THE_PAINT)) == []
