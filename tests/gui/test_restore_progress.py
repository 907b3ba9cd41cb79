"""Restoring a backup checks its whole audit trail, which at half a million events takes
a while: the busy dialog shows how far the check has come, as a bar and a count, fed
from the operations thread through run_op (#14 item 5)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from screen_fit import danish

from riskdesk.domain.localized import Language
from riskdesk.gui.backup.restore_dialog import RestoreDialog
from riskdesk.services.backup_restore import restore_and_open
from riskdesk.services.desk import Desk
from vault_fixtures import CHEAP_KDF, PASSWORD

pytestmark = [pytest.mark.gui, pytest.mark.vault]


def test_the_busy_dialog_counts_the_events_checked(
    qtbot, demo_vault: Path, tmp_path: Path, wait_for_operations
) -> None:
    backup = tmp_path / "unit.rdbackup"
    with Desk.open(demo_vault, username="admin", password=PASSWORD) as admin:
        admin.backups.create(backup)
        events = admin.audit.events()[-1].sequence
    told: list[tuple[int, int]] = []
    go_on = threading.Event()

    def restorer(backup: Path, vault_path: Path, *, progress: Any, **user: str) -> Desk:
        def held(done: int, total: int) -> None:
            told.append((done, total))
            progress(done, total)
            if done == total:
                # Keep the operation running until the test has seen the dialog.
                go_on.wait(60)

        return restore_and_open(backup, vault_path, kdf_cost=CHEAP_KDF, progress=held, **user)

    with danish():
        dialog = RestoreDialog(
            language=Language.DANISH, path=tmp_path / "restored.rdv", restorer=restorer
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.backup_edit.setText(str(backup))
        dialog.user_edit.setText("leder")
        dialog.password_edit.setText(PASSWORD)
        try:
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
            operation = dialog.operation
            assert operation is not None

            def counted() -> bool:
                busy = operation.busy_dialog
                return (
                    busy is not None
                    and busy.maximum() > 0
                    and told[-1:] == [(busy.value(), busy.maximum())]
                )

            qtbot.waitUntil(counted, timeout=60_000)
            busy = operation.busy_dialog
            assert busy is not None
            checked = busy.maximum()
            assert checked >= events
            assert QLocale().toString(checked) in busy.labelText()
            busy.grab().save("/tmp/riskdesk-team/shots/auditread-restore-progress.png")
        finally:
            go_on.set()
        wait_for_operations()
    assert dialog.desk is not None
    dialog.desk.lock()
    assert [done for done, _ in told] == sorted(done for done, _ in told)
