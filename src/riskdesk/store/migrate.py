"""Schema migrations with Alembic, run from code against an open, keyed engine."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from riskdesk.domain.vault_errors import MigrationFailed
from riskdesk.store.atomic_file import PRIVATE_FILE_MODE

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    # Built in code so migrations never depend on the working directory or an ini file.
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None  # the package always ships the baseline
    return head


def known_revisions() -> set[str]:
    return {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction: all of them or none.
    ``engine`` should have foreign keys off, since batch migrations copy tables."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise MigrationFailed


def backup_copy(engine: Engine, vault_path: Path, revision: str) -> Path:
    """An encrypted copy of the vault (same key), named for the revision it holds."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = vault_path.with_name(f"{vault_path.name}.backup-{revision}-{stamp}")
    # Created empty with owner-only permissions first; VACUUM INTO fills an empty file.
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    try:
        with engine.connect() as connection:
            # Straight to the driver: VACUUM cannot run inside SQLAlchemy's transaction.
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("VACUUM INTO ?", (str(target),))
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        raise
    return target


def bring_up_to_date(migration_engine: Engine, vault_path: Path) -> Path | None:
    """Upgrade a vault that is behind this version of RiskDesk, after backing it up.
    Returns the backup's path, or None when nothing had to be done. Raises
    :class:`MigrationFailed`, leaving the vault as it was, if the vault is newer than
    this program or a migration fails."""
    current = current_revision(migration_engine)
    head = head_revision()
    if current == head:
        return None
    if current is None or current not in known_revisions():
        raise MigrationFailed
    try:
        backup = backup_copy(migration_engine, vault_path, current)
        upgrade(migration_engine)
    except MigrationFailed:
        raise
    except Exception as error:
        raise MigrationFailed from error
    return backup
