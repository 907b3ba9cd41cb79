"""Scheduled backups against a real vault: taken when due, pruned to the last K of this
vault (never a file taken by hand), remembered in settings.json, and the start page's
reminder when the last backup is older than the period."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from riskdesk.domain.backup_schedule import BackupSchedule
from riskdesk.services.desk import Desk
from riskdesk.services.settings import load_settings, save_settings
from riskdesk.store.backup_file import verify_payload
from vault_fixtures import PASSWORD

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


@pytest.fixture
def supervisor(demo_path: Path) -> Iterator[Desk]:
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        yield desk


def test_a_scheduled_backup_is_taken_when_due_and_pruned_to_the_last_k(
    supervisor: Desk, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "by-hand.rdbackup").write_bytes(b"kept")
    (folder / "other-20200101-000000.rdbackup").write_bytes(b"another vault's")
    schedule = BackupSchedule(every_days=7, folder=folder, keep=2)
    first = supervisor.backups.run_schedule(schedule, now=T0)
    assert first is not None
    assert first.path.name == "demo-20261102-080000.rdbackup"
    verify_payload(first.path)
    assert supervisor.backups.run_schedule(schedule, now=T0 + timedelta(days=6)) is None
    taken = [
        supervisor.backups.run_schedule(schedule, now=T0 + timedelta(days=days))
        for days in (7, 14, 21)
    ]
    assert all(t is not None for t in taken)
    assert sorted(p.name for p in folder.iterdir()) == [
        "by-hand.rdbackup",
        "demo-20261116-080000.rdbackup",
        "demo-20261123-080000.rdbackup",
        "other-20200101-000000.rdbackup",
    ]
    assert supervisor.backups.last_backup() == T0 + timedelta(days=21)


def test_no_schedule_or_a_caseworker_takes_nothing(demo_path: Path, tmp_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        schedule = BackupSchedule(every_days=1, folder=tmp_path, keep=3)
        assert desk.backups.run_schedule(schedule, now=T0) is None
        assert desk.backups.status(schedule, now=T0).warning is None
    with Desk.open(demo_path, username="leder", password=PASSWORD) as desk:
        assert desk.backups.run_schedule(BackupSchedule(), now=T0) is None
    assert list(tmp_path.glob("*.rdbackup")) == []


def test_the_start_page_is_warned_when_the_last_backup_is_older_than_n_days(
    supervisor: Desk, tmp_path: Path
) -> None:
    schedule = BackupSchedule(every_days=7, folder=tmp_path, keep=3)
    assert supervisor.backups.status(BackupSchedule(), now=T0).warning is None
    never = supervisor.backups.status(schedule, now=T0).warning
    assert never is not None
    assert "aldrig" in never.da
    supervisor.backups.create(tmp_path / "now.rdbackup", now=T0)
    assert supervisor.backups.status(schedule, now=T0 + timedelta(days=6)).warning is None
    late = supervisor.backups.status(schedule, now=T0 + timedelta(days=8)).warning
    assert late is not None
    assert late.en.startswith("The vault has not been backed up for over 7 days.")


def test_the_schedule_is_kept_in_settings_and_a_damaged_one_is_the_default(
    tmp_path: Path,
) -> None:
    settings = load_settings()
    assert settings.backup == BackupSchedule()
    settings.backup = BackupSchedule(every_days=3, folder=tmp_path, keep=5)
    save_settings(settings)
    assert load_settings().backup == BackupSchedule(every_days=3, folder=tmp_path, keep=5)
    assert BackupSchedule.from_json({"every_days": 0, "keep": "9", "folder": 3}) == (
        BackupSchedule()
    )
