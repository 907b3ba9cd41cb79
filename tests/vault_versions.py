"""Vaults of other RiskDesk versions, made from a real vault of today through its own
data key: one a newer RiskDesk has upgraded past this program's newest migration (a
table it adds, its revision in ``alembic_version``, the version that wrote it), and one
an older RiskDesk wrote (downgraded with the migrations' own ``downgrade``; from 0006 on,
whose key file and audit chain are today's: ``tests/store/old_vaults.py`` goes further
back)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from alembic import command

from riskdesk.store import migrate
from riskdesk.store.engine import build_engine
from riskdesk.store.key_slots import read_key_file, sidecar_path, unwrap_data_key

FUTURE_REVISION = "0042"
FUTURE_VERSION = "3.1.0"


def _key(vault_path: Path, username: str, password: str) -> bytearray:
    key_file = read_key_file(sidecar_path(vault_path))
    return unwrap_data_key(
        key_file.slot_for(username),
        vault_id=key_file.vault_id,
        username=username,
        password=password,
    )


def make_older(vault_path: Path, revision: str, *, username: str, password: str) -> None:
    """The closed vault as the RiskDesk whose newest migration was ``revision`` left it,
    which did not yet record its version."""
    assert revision >= "0006"
    engine = build_engine(vault_path, _key(vault_path, username, password), foreign_keys=False)
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
            connection.exec_driver_sql(
                "DELETE FROM vault_settings WHERE name = ?", (migrate.SCHEMA_WRITTEN_BY_SETTING,)
            )
    finally:
        engine.dispose()


def make_future(
    vault_path: Path,
    *,
    username: str,
    password: str,
    revision: str = FUTURE_REVISION,
    written_by: str | None = FUTURE_VERSION,
) -> None:
    engine = build_engine(vault_path, _key(vault_path, username, password), foreign_keys=False)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (revision,))
            connection.exec_driver_sql(
                "DELETE FROM vault_settings WHERE name = ?", (migrate.SCHEMA_WRITTEN_BY_SETTING,)
            )
            if written_by is not None:
                connection.exec_driver_sql(
                    "INSERT INTO vault_settings (name, value) VALUES (?, ?)",
                    (migrate.SCHEMA_WRITTEN_BY_SETTING, written_by),
                )
    finally:
        engine.dispose()


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` by name and content hash: what "nothing written" compares."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.iterdir())
        if path.is_file()
    }
