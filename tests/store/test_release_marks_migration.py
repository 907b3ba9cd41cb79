"""Migration 0013: a vault from before the release meetings kept their late days
upgrades (backed up first), gives the case list the same marks, and gives its meetings
their days as it counts them; downgrading takes the columns away again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from old_vaults import make_old
from sqlalchemy import inspect

from riskdesk.domain.release_meeting import ReleaseMeeting
from riskdesk.services.desk import Desk
from riskdesk.store import migrate
from riskdesk.store.cipher_connection import open_cipher_connection
from riskdesk.store.key_slots import read_key_file, sidecar_path
from riskdesk.store.vault_identity import unlock
from vault_fixtures import PASSWORD

TODAY = date(2026, 11, 21)
COLUMNS = {"late_from", "late_span_from", "late_span_until", "plan_late_from", "marks_rules"}


def _columns(desk: Desk) -> set[str]:
    engine = desk.vault._engine  # type: ignore[attr-defined]
    with engine.connect() as connection:
        return {column["name"] for column in inspect(connection).get_columns("release_meetings")}


def _reads(desk: Desk) -> int:
    return int(desk.audit.events()[-1].details["meetings_read"])


def test_a_vault_from_before_the_late_days_gives_the_same_marks(demo_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        case_id = next(
            c.case_id for c in desk.cases.search() if desk.release_meetings.get(c.case_id) is None
        )
        desk.release_meetings.save(case_id, ReleaseMeeting(expected_release=date(2027, 1, 10)))
        before = dict(desk.release_meetings.overdue_by_case(today=TODAY))
        assert _reads(desk) == len(before) == 1
    make_old(demo_path, "0012", passwords={"koordinator": PASSWORD})

    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        assert migrate.current_revision(desk.vault._engine) == migrate.head_revision()  # type: ignore[attr-defined]
        assert _columns(desk) >= COLUMNS
        assert dict(desk.release_meetings.overdue_by_case(today=TODAY)) == before
        assert _reads(desk) > len(before)
        assert dict(desk.release_meetings.overdue_by_case(today=TODAY)) == before
        assert _reads(desk) == len(before)
    assert list(demo_path.parent.glob(f"{demo_path.name}.backup-0012-*"))


def test_downgrading_takes_the_columns_away(demo_path: Path) -> None:
    make_old(demo_path, "0012", passwords={"koordinator": PASSWORD})
    opened = unlock(
        read_key_file(sidecar_path(demo_path)), username="koordinator", password=PASSWORD
    )
    connection = open_cipher_connection(demo_path, bytes(opened[0].data_key))
    try:
        names = {row[1] for row in connection.execute("PRAGMA table_info(release_meetings)")}
        indexes = {row[1] for row in connection.execute("PRAGMA index_list(release_meetings)")}
    finally:
        connection.close()
    assert "meeting_json" in names
    assert not names & COLUMNS
    assert not [name for name in indexes if name.startswith("ix_release_meetings_")]
