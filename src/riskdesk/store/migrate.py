"""Schema migrations with Alembic, run from code against an open, keyed engine."""

from __future__ import annotations

import contextlib
import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from riskdesk import __version__
from riskdesk.domain.vault_errors import MigrationFailed
from riskdesk.domain.vault_too_new import VaultTooNew
from riskdesk.store.atomic_file import PRIVATE_FILE_MODE

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SCHEMA_WRITTEN_BY_SETTING = "schema_written_by"
"""The RiskDesk version that created or last upgraded the vault: what an older RiskDesk
names when it refuses the vault."""
# What a version or revision read from a vault may look like before a message shows it.
_SHOWN = re.compile(r"[0-9A-Za-z][0-9A-Za-z._+-]{0,39}")
# Alembic (with mako) is imported only when a migration is due: opening a vault that is
# up to date reads the revisions from the scripts' own lines and the vault's from its table.
_REVISION_LINE = re.compile(
    r'^((?:down_)?revision)(?:: [^=]+)? = (?:"([^"]+)"|None)$', re.MULTILINE
)


def alembic_config() -> Config:
    from alembic.config import Config

    # Built in code so migrations never depend on the working directory or an ini file.
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _revisions() -> dict[str, str | None]:
    """Each shipped revision and the one it follows, as its script declares them."""
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        declared = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if declared.get("revision"):
            found[declared["revision"]] = declared.get("down_revision") or None
    return found


def head_revision() -> str:
    revisions = _revisions()
    (head,) = set(revisions) - set(revisions.values())  # one line of revisions, one head
    return head


def known_revisions() -> set[str]:
    return set(_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first():
            return None
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row is not None else None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction: all of them or none.
    ``engine`` should have foreign keys off, since batch migrations copy tables."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise MigrationFailed
        # Plain SQL on the baseline's table: any later RiskDesk reads it the same way.
        connection.exec_driver_sql(
            "INSERT OR REPLACE INTO vault_settings (name, value) VALUES (?, ?)",
            (SCHEMA_WRITTEN_BY_SETTING, __version__),
        )


def schema_written_by(connection: Connection) -> str | None:
    """The version :data:`SCHEMA_WRITTEN_BY_SETTING` records, when it is there and looks
    like one (the vault may come from anywhere: nothing else of it reaches a message)."""
    row = connection.execute(
        text("SELECT value FROM vault_settings WHERE name = :name"),
        {"name": SCHEMA_WRITTEN_BY_SETTING},
    ).first()
    value = row[0] if row is not None else None
    return value if isinstance(value, str) and _SHOWN.fullmatch(value) else None


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
    :class:`VaultTooNew` naming both versions, before anything is written, when a newer
    RiskDesk has upgraded the vault past what this one knows, and
    :class:`MigrationFailed`, leaving the vault as it was, if a migration fails."""
    current = current_revision(migration_engine)
    head = head_revision()
    if current == head:
        return None
    if current is None:
        raise MigrationFailed
    if current not in known_revisions():
        with migration_engine.connect() as connection:
            written_by = schema_written_by(connection)
        raise VaultTooNew(
            vault_schema=current if _SHOWN.fullmatch(current) else "?",
            written_by=written_by,
            app_version=__version__,
            app_schema=head,
        )
    try:
        backup = backup_copy(migration_engine, vault_path, current)
        upgrade(migration_engine)
    except MigrationFailed:
        raise
    except Exception as error:
        raise MigrationFailed from error
    return backup
