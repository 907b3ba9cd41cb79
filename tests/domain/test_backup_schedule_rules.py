"""When a scheduled backup is due, what it is called, and which scheduled files go."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from riskdesk.domain.backup_schedule import BackupSchedule

NOW = datetime(2026, 11, 30, 6, 5, 4, tzinfo=UTC)


def test_due_when_never_taken_or_older_than_the_period() -> None:
    schedule = BackupSchedule(every_days=7, folder=Path("/backups"), keep=2)
    assert schedule.active
    assert schedule.is_due(None, NOW)
    assert schedule.is_due(NOW - timedelta(days=7), NOW)
    assert not schedule.is_due(NOW - timedelta(days=6, hours=23), NOW)
    assert not BackupSchedule().active


def test_scheduled_names_and_pruning_keep_the_newest_of_this_vault_only() -> None:
    schedule = BackupSchedule(every_days=1, folder=Path("/backups"), keep=2)
    assert schedule.file_name("unit.rdv", NOW) == "unit-20261130-060504.rdbackup"
    names = [
        "unit-20261101-000000.rdbackup",
        "unit-20261130-060504.rdbackup",
        "unit-20261120-000000.rdbackup",
        "unit-20261110-000000.rdbackup",
        "unit-2-20261001-000000.rdbackup",
        "unit.rdbackup",
        "unit-20261001-000000.rdbackup.tmp",
    ]
    assert schedule.to_prune("unit.rdv", names) == [
        "unit-20261101-000000.rdbackup",
        "unit-20261110-000000.rdbackup",
    ]


def test_settings_round_trip() -> None:
    schedule = BackupSchedule(every_days=3, folder=Path("/backups"), keep=4)
    assert BackupSchedule.from_json(schedule.to_json()) == schedule
    assert BackupSchedule.from_json(None) == BackupSchedule()
    assert BackupSchedule.from_json({"every_days": True, "keep": 0}) == BackupSchedule()
