"""The gate between the unlock dialog and the services' import (see
``riskdesk.gui.session.desk_loader``): the loader starts only after the dialog's first
paint, the main window is built only once it has ended, and creating a vault waits for
it before importing anything."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from riskdesk.domain.localized import Language
from riskdesk.gui.session import session_controller
from riskdesk.gui.session.desk_loader import DeskLoader
from riskdesk.gui.session.session_controller import SessionController
from riskdesk.gui.session.unlock_dialog import UnlockDialog
from riskdesk.gui.widgets.clipboard_guard import ClipboardGuard
from riskdesk.services.settings import Settings
from vault_fixtures import PASSWORD

pytestmark = pytest.mark.gui


def test_the_loader_imports_only_once_started_and_waiting_starts_it() -> None:
    loader = DeskLoader()
    assert not loader.loaded
    loader.wait()
    assert loader.loaded
    assert loader.error is None
    loader.start()  # again: nothing happens
    assert loader.desk_module().__name__ == "riskdesk.services.desk"


def test_the_window_is_built_after_the_first_paint_and_the_loader(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only the paint can start the loader here, not the fallback for a screen never drawn.
    monkeypatch.setattr(session_controller, "LOAD_ANYWAY_MS", 3_600_000)
    loader = DeskLoader()
    controller = SessionController(
        opener=loader.open, settings=Settings(), save_settings=lambda _: None, loader=loader
    )
    controller.start(tmp_path / "none.rdv", "anne")
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not loader.loaded  # nothing runs beside the dialog's first paint
    with qtbot.waitSignal(controller.loaded, timeout=30_000) as built:
        pass
    assert built.args == [True]
    assert loader.loaded
    qtbot.addWidget(controller.window)
    controller.quit()


def test_the_clipboard_guard_comes_after_the_first_paint_and_before_the_loader(
    qtbot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Its module reaches the Qt namespace's enums, which the dialog's paint does without.
    monkeypatch.setattr(session_controller, "LOAD_ANYWAY_MS", 3_600_000)
    painted: list[object] = []
    installed: list[tuple[bool, bool]] = []
    guard = ClipboardGuard(qapp.clipboard())

    def guard_clipboard() -> ClipboardGuard:
        importing = any(t.name == "riskdesk-import" for t in threading.enumerate())
        installed.append((bool(painted), importing))
        return guard

    loader = DeskLoader()
    controller = SessionController(
        opener=loader.open,
        settings=Settings(),
        save_settings=lambda _: None,
        guard_clipboard=guard_clipboard,
        loader=loader,
    )
    controller.painted.connect(painted.append)
    try:
        controller.start(tmp_path / "none.rdv", "anne")
        dialog = controller.unlock_dialog
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert installed == []  # the dialog is not painted yet
        with qtbot.waitSignal(controller.loaded, timeout=30_000):
            pass
        assert painted == [dialog]
        assert installed == [(True, False)]  # painted, and the loader not yet started
        assert controller.clipboard_guard is guard
        qtbot.addWidget(controller.window)
        controller.quit()
    finally:
        # Closing the dialog at teardown quits again: not with a guard deleted here.
        controller.clipboard_guard = None
        shiboken6.delete(guard)


def test_creating_a_vault_waits_for_the_services_before_its_dialog(qtbot, tmp_path: Path) -> None:
    waited: list[bool] = []
    dialog = UnlockDialog(
        opener=DeskLoader().open,
        language=Language.ENGLISH,
        vault=tmp_path / "none.rdv",
        creator=lambda *args, **kwargs: None,
        wait_for_core=lambda: waited.append(True),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert waited == [True]
    assert dialog.create_dialog is not None


@pytest.mark.vault
def test_unlocking_before_the_loader_has_run_waits_for_it_and_opens(qtbot, demo_path: Path) -> None:
    loader = DeskLoader()
    controller = SessionController(
        opener=loader.open, settings=Settings(), save_settings=lambda _: None, loader=loader
    )
    controller.start(demo_path)
    dialog = controller.unlock_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("koordinator")
    dialog.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(controller.loaded, timeout=30_000):
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(controller.window)
    assert controller.desk is not None
    assert controller.window.isVisible()
    controller.quit()
