from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from riskdesk.domain.localized import Language
from riskdesk.gui.cases.person_case_editor import CASE, PERSON, PersonCaseEditor
from riskdesk.gui.main_window import MainWindow
from riskdesk.gui.session.unlock_dialog import UnlockDialog
from window_activation import activate

pytestmark = pytest.mark.gui


def _tab_order(qtbot, start: QWidget, steps: int) -> list[QWidget]:
    start.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    return order


def test_tab_walks_the_unlock_dialog_in_reading_order(qtbot, tmp_path) -> None:
    dialog = UnlockDialog(opener=lambda *a, **k: None, language=Language.DANISH)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.vault_edit
    expected = [
        dialog.vault_edit,
        dialog.browse_button,
        dialog.user_edit,
        dialog.password_edit,
        dialog.unlock_button,
        dialog.cancel_button,
    ]
    assert _tab_order(qtbot, dialog.vault_edit, 5) == expected


def test_enter_in_the_password_field_unlocks(qtbot, tmp_path) -> None:
    calls = []
    dialog = UnlockDialog(
        opener=lambda path, **kwargs: calls.append((path, kwargs)) or object(),
        language=Language.DANISH,
        vault=tmp_path / "v.rdv",
        username="kim",
    )
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.password_edit
    qtbot.keyClicks(dialog.password_edit, "secret")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert calls == [(tmp_path / "v.rdv", {"username": "kim", "password": "secret"})]
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert dialog.password_edit.text() == ""


def test_every_unlock_input_has_a_name_and_a_labelled_buddy(qtbot) -> None:
    dialog = UnlockDialog(opener=lambda *a, **k: None, language=Language.DANISH)
    qtbot.addWidget(dialog)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for field in (dialog.vault_edit, dialog.user_edit, dialog.password_edit):
        assert field.accessibleName()
        assert field in buddies


@pytest.mark.vault
def test_tab_walks_the_editor_person_first_then_case(qtbot, desk, demo_vault) -> None:
    window = MainWindow(language=Language.DANISH)
    qtbot.addWidget(window)
    window.set_desk(desk, demo_vault)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.findChild(PersonCaseEditor)
    activate(qtbot, editor)
    # Guardians are asked for a minor only: a child's CPR number brings the field in.
    editor.field(PERSON, "cpr").setText("010110-4234")
    person_keys = ("name", "cpr", "birth_date", "phone", "email", "address", "postal_code")
    case_keys = ("level", "kind", "referral_source", "legal_basis", "legal_basis_note")
    keys = [(PERSON, k) for k in (*person_keys, "city", "guardians", "notes")]
    keys += [(CASE, k) for k in (*case_keys, "opened_on", "notes")]
    expected = [editor.field(*key) for key in keys]
    # The date edit takes a Tab per date section (Qt's own behaviour), so steps vary.
    # The guardians table and its two buttons are one stop each inside the guardians field.
    order = _tab_order(qtbot, expected[0], len(expected) + 4)
    visited = [w if w in expected else w.parent() for w in order]
    distinct = [w for i, w in enumerate(visited) if i == 0 or w is not visited[i - 1]]
    assert distinct[: len(expected)] == expected
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not editor.isVisible()
    window.clear()


def test_the_main_window_shortcuts(qtbot) -> None:
    window = MainWindow(language=Language.DANISH)
    qtbot.addWidget(window)
    shortcuts = {
        window.find_action: "Ctrl+F",
        window.new_action: "Ctrl+N",
        window.lock_action: "Ctrl+L",
        window.quit_action: "Ctrl+Q",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut() == QKeySequence(keys)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.case_list.search_edit


def test_the_unlock_dialog_comes_before_the_heavy_imports() -> None:
    # The first window must not wait for SQLAlchemy or SQLCipher: only the loader thread
    # may import them.
    code = (
        "import sys; import riskdesk.gui.session.session_controller, riskdesk.gui.app; "
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'sqlcipher3', 'alembic') or m.startswith('riskdesk.services.desk')]; "
        "print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"
