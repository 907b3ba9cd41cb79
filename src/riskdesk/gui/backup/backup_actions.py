"""File → Backup… and the scheduled backup taken after an administrator or supervisor
unlocks, both through :func:`run_op`: the window keeps drawing while the copy is made,
and the result is said in the status bar. On a team server neither is offered, nor the
page-by-page check of a vault file: IT backs the database up and PostgreSQL checks its
own pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog

from riskdesk.domain.server_errors import LocalVaultOnly
from riskdesk.gui.operations import Operation, run_op
from riskdesk.services.settings import load_settings

if TYPE_CHECKING:
    from riskdesk.gui.main_window import MainWindow
    from riskdesk.services.backup_service import BackupTaken
    from riskdesk.services.desk import Desk


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupActions", text)


def after_unlock(window: MainWindow, desk: Desk) -> None:
    """Offer File → Backup… to those who may take one, and take the scheduled backup
    once the window is up, if one is due; on a vault file only, as the integrity check."""
    allowed = backups_here(desk)
    window.check_action.setVisible(on_vault_file(desk))
    window.backup_action.setVisible(allowed)
    window.backup_action.setEnabled(allowed)
    # A damaged vault is only read: its banner says what to do, not a refused backup.
    if allowed and load_settings().backup.active and not desk.health.read_only:
        QTimer.singleShot(0, lambda: take_scheduled_backup(window, desk))


def on_vault_file(desk: Desk) -> bool:
    """A team server has no vault file (:attr:`Desk.path` is None)."""
    return desk.path is not None


def backups_here(desk: Desk) -> bool:
    """Whether this user takes RiskDesk's own backups of this desk."""
    return desk.backups.allowed and on_vault_file(desk)


def take_scheduled_backup(window: MainWindow, desk: Desk) -> Operation | None:
    if desk.locked or not on_vault_file(desk):
        return None
    schedule = load_settings().backup

    def taken(result: BackupTaken | None) -> None:
        if result is not None:
            window.statusBar().showMessage(
                _tr("Scheduled backup saved: %1").replace("%1", result.path.name), 10000
            )
        window.today.backup_warning.show_for(desk)

    return run_op(
        window,
        lambda: desk.backups.run_schedule(schedule),
        taken,
        label=_tr("Taking the scheduled backup…"),
    )


def take_backup(window: MainWindow, desk: Desk | None, out: Path | None = None) -> Operation | None:
    """File → Backup…: ask where (unless ``out`` is given), then write the file. On a
    team server it says whose the backups are there instead."""
    if desk is None:
        return None
    if not on_vault_file(desk):
        language = load_settings().language
        window.statusBar().showMessage(LocalVaultOnly().text(language), 15000)
        return None
    if out is None:
        chosen = _ask_where(window, desk)
        if chosen is None:
            return None
        out = chosen

    def saved(result: BackupTaken) -> None:
        window.statusBar().showMessage(
            _tr("Backup saved: %1").replace("%1", result.path.name), 10000
        )
        window.today.backup_warning.show_for(desk)

    return run_op(window, lambda: desk.backups.create(out), saved, label=_tr("Taking a backup…"))


def _ask_where(window: MainWindow, desk: Desk) -> Path | None:
    assert desk.path is not None, "asked on a vault file only"
    folder = load_settings().backup.folder or desk.path.parent
    suggested = folder / f"{desk.path.stem}-{date.today().isoformat()}.rdbackup"
    chooser = QFileDialog(window, _tr("Where should the backup go?"))
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chooser.setNameFilter(_tr("RiskDesk backups (*.rdbackup)"))
    chooser.setDefaultSuffix("rdbackup")
    # A file that exists is refused in RiskDesk's own words: a backup is never replaced.
    chooser.setOption(QFileDialog.Option.DontConfirmOverwrite)
    chooser.selectFile(str(suggested))
    if chooser.exec() and chooser.selectedFiles():
        return Path(chooser.selectedFiles()[0])
    return None
