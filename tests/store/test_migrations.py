"""Migrations run from code; a vault behind the current schema is backed up first."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from old_vaults import make_old
from sqlalchemy import inspect

from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.vault_errors import MigrationFailed
from riskdesk.store import migrate
from riskdesk.store.engine import build_engine
from riskdesk.store.key_slots import read_key_file, sidecar_path
from riskdesk.store.person_name_index import NAME_INDEX_TABLES
from riskdesk.store.plan_dues import PLAN_DUES
from riskdesk.store.tables import metadata
from riskdesk.store.vault import Vault

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-kodeord-1"  # as in conftest.py


def _stamp(vault: Vault, revision: str) -> None:
    with vault._require_open().begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (revision,))


def test_new_vault_is_at_head_with_all_tables(vault: Vault) -> None:
    engine = vault._require_open()
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    assert set(metadata.tables) <= tables


def test_migrations_match_the_tables(vault: Vault) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def declared(name: str | None, kind: str, _: object) -> bool:
        # The name index is an FTS5 table with its own tables, made by SQL (0016); the
        # plans' due dates are a table kept by triggers, made by SQL too (0017).
        return not (kind == "table" and name in {*NAME_INDEX_TABLES, PLAN_DUES})

    with vault._require_open().connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": declared})
        differences = compare_metadata(context, metadata)
    assert differences == []


_SECOND_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "0002_test"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_notes", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("test_flag", sa.Integer(), nullable=True))
    FAIL


def downgrade():
    op.drop_table("test_notes")
"""


def _with_second_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, fails: bool) -> None:
    """A copy of the shipped migrations plus one test-only revision after the baseline."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    body = _SECOND_REVISION.replace(
        "    FAIL\n", '    raise RuntimeError("boom")\n' if fails else ""
    ).replace("HEAD", migrate.head_revision())
    (scripts / "versions" / "0002_test.py").write_text(body)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)


def _tables(vault_path: Path, key: bytearray) -> set[str]:
    engine = build_engine(vault_path, key)
    try:
        with engine.connect() as connection:
            return set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


def test_vault_behind_is_backed_up_then_upgraded(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    shipped_head = migrate.head_revision()
    _with_second_revision(tmp_path / "scripts", monkeypatch, fails=False)
    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert migrate.current_revision(opened._require_open()) == "0002_test"
        with opened.unit_of_work(UseCase.CASE_VIEW) as uow:
            assert uow.audit.verify().intact
    key = _key_of(vault_path)
    assert "test_notes" in _tables(vault_path, key)
    backup, keys = sorted(vault_path.parent.glob(f"{vault_path.name}.backup-{shipped_head}-*"))
    # The key file of that time goes with it: a later one pins roles the backup lacks.
    assert keys.name == backup.name + ".keys"
    assert read_key_file(keys).vault_id == read_key_file(sidecar_path(vault_path)).vault_id
    # The backup is encrypted with the same key and holds the old schema.
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert "test_notes" not in _tables(backup, key)


def test_failed_migration_keeps_the_old_vault(
    vault: Vault, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.close()
    shipped_head = migrate.head_revision()
    _with_second_revision(tmp_path / "scripts", monkeypatch, fails=True)
    with pytest.raises(MigrationFailed):
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)
    key = _key_of(vault_path)
    # All or nothing: the table created before the failure was rolled back too.
    assert "test_notes" not in _tables(vault_path, key)
    engine = build_engine(vault_path, key)
    try:
        assert migrate.current_revision(engine) == shipped_head
    finally:
        engine.dispose()
    assert list(vault_path.parent.glob(f"{vault_path.name}.backup-{shipped_head}-*"))


def _key_of(vault_path: Path) -> bytearray:
    from riskdesk.store.key_slots import read_key_file, sidecar_path, unwrap_data_key

    key_file = read_key_file(sidecar_path(vault_path))
    return unwrap_data_key(
        key_file.slot_for(ADMIN),
        vault_id=key_file.vault_id,
        username=ADMIN,
        password=ADMIN_PASSWORD,
    )


def test_vault_from_a_newer_program_is_refused(vault: Vault, vault_path: Path) -> None:
    _stamp(vault, "9999_future")
    vault.close()
    with pytest.raises(MigrationFailed):
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)
    assert not list(vault_path.parent.glob("*.backup-*"))


def test_script_directory_is_found_without_a_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == migrate.head_revision()
    assert command is not None


def test_baseline_vault_upgrades_to_assessments_keeping_its_data(
    vault: Vault, vault_path: Path
) -> None:
    from datetime import date

    from riskdesk.domain.assessment_draft import AssessmentDraft
    from riskdesk.domain.case import case_from
    from riskdesk.domain.person import person_from

    with vault.unit_of_work(UseCase.CASE_VIEW) as uow:
        person = uow.persons.add(person_from({"name": "Ida Test", "birth_date": "2010-05-01"}))
        assert person.id is not None
        case = uow.cases.add(
            case_from(
                {
                    "person_id": person.id,
                    "level": 2,
                    "kind": "individual",
                    "opened_on": date(2026, 1, 5),
                    "caseworker": ADMIN,
                    "referral_source": "school",
                }
            )
        )
    vault.close()
    make_old(vault_path, "0001_baseline", passwords={ADMIN: ADMIN_PASSWORD})
    key = _key_of(vault_path)
    assert "assessments" not in _tables(vault_path, key)

    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert migrate.current_revision(opened._require_open()) == migrate.head_revision()
        with opened.unit_of_work(UseCase.CASE_VIEW) as uow:
            assert uow.persons.get(person.id).name == "Ida Test"
            assert case.id is not None
            assert uow.cases.get(case.id).level == 2
            record = uow.assessments.add(
                AssessmentDraft(
                    instrument_id="riskdesk-youth",
                    instrument_version=1,
                    person_id=person.id,
                    assessment_date=date(2026, 2, 1),
                ),
                case_id=case.id,
            )
            assert uow.assessments.for_person(person.id) == [record]
            assert uow.audit.verify().intact
    assert list(vault_path.parent.glob(f"{vault_path.name}.backup-0001_baseline-*"))
