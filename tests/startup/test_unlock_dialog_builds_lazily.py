"""The unlock dialog builds what it does not show at first when it is needed, and keeps
what it shows as it was, without reaching Qt's ``Qt`` namespace to do so (#14 item 2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from riskdesk.domain.localized import Language
from riskdesk.gui.session.unlock_dialog import UnlockDialog

pytestmark = pytest.mark.gui


def _dialog(qtbot, **kwargs) -> UnlockDialog:
    dialog = UnlockDialog(opener=lambda *a, **k: None, language=Language.DANISH, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_rows_for_a_password_of_ones_own_are_built_when_asked_for(qtbot, tmp_path) -> None:
    dialog = _dialog(qtbot, vault=tmp_path / "v.rdv", username="kim")
    assert len(dialog.findChildren(QLineEdit)) == 3  # vault, user name, password
    dialog._choose_own_password()
    fields = dialog.findChildren(QLineEdit)
    assert len(fields) == 5
    assert dialog.new_password.password_edit.isVisibleTo(dialog)
    assert dialog.new_password.again_edit.isVisibleTo(dialog)
    assert dialog.focusWidget() is dialog.new_password.password_edit


def test_the_user_name_is_still_typed_without_capitals_forced(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.user_edit.inputMethodHints() == Qt.InputMethodHint.ImhNoAutoUppercase


def test_the_ca_file_offer_still_sits_on_the_left_at_its_own_width(qtbot) -> None:
    dialog = _dialog(qtbot, vault="postgresql://team.example/riskdesk", username="kim")
    dialog.ca_offer.offer(True)
    qtbot.waitUntil(dialog.ca_offer.isVisible)
    dialog.layout().activate()
    assert dialog.ca_offer.x() == dialog.layout().contentsMargins().left()
    assert dialog.ca_offer.width() == dialog.ca_offer.sizeHint().width()
