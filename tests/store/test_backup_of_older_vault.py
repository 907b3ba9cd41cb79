"""A backup of a vault at an older schema (as the RiskDesk before migration 0008 would
have taken it) restores: the restored vault is upgraded, keeps its cases and its trail,
and says which revision the backup held."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from old_vaults import make_old

from riskdesk.services.backup_restore import restore_backup
from riskdesk.services.desk import Desk
from riskdesk.store.backup_file import write_backup_file
from riskdesk.store.checkpoint_file import checkpoint_path
from riskdesk.store.key_slots import read_key_file, sidecar_path
from vault_fixtures import CHEAP_KDF, PASSWORD


def _case_numbers(vault: Path) -> list[str]:
    with Desk.open(vault, username="leder", password=PASSWORD, kdf_cost=CHEAP_KDF) as desk:
        return sorted(case.case_number for case in desk.cases.search(""))


def test_a_backup_of_an_older_schema_is_restored_and_upgraded(
    demo_path: Path, tmp_path: Path
) -> None:
    before = _case_numbers(demo_path)
    make_old(demo_path, "0007", passwords=dict.fromkeys(("admin", "leder"), PASSWORD))
    parts = {"vault": demo_path.read_bytes(), "keys": sidecar_path(demo_path).read_bytes()}
    if checkpoint_path(demo_path).exists():
        parts["checkpoint"] = checkpoint_path(demo_path).read_bytes()
    backup = tmp_path / "old.rdbackup"
    write_backup_file(
        backup,
        parts,
        created_at=datetime(2026, 10, 1, tzinfo=UTC),
        schema_revision="0007",
        riskdesk_version="0.0.9",
        vault_id=read_key_file(sidecar_path(demo_path)).vault_id,
    )
    restored = tmp_path / "restored.rdv"
    report = restore_backup(
        backup, restored, username="leder", password=PASSWORD, kdf_cost=CHEAP_KDF
    )
    assert report.schema_revision == "0007"
    assert _case_numbers(restored) == before
    with Desk.open(restored, username="admin", password=PASSWORD) as desk:
        assert desk.audit.verify().intact
    # Only the vault and its two files are left; the upgrade's copy went with the
    # hidden folder it was made in.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("restored", "."))) == [
        "restored.rdv",
        "restored.rdv.checkpoint",
        "restored.rdv.keys",
    ]
