"""An older RiskDesk refuses a vault a newer one has upgraded, naming both versions,
before it writes anything; every RiskDesk that creates or upgrades a vault records its
version there, so the next older one can name it."""

from __future__ import annotations

from pathlib import Path

import pytest
from old_vaults import data_key, make_old

from riskdesk import __version__
from riskdesk.domain.vault_errors import MigrationFailed
from riskdesk.domain.vault_too_new import VaultTooNew
from riskdesk.store import migrate
from riskdesk.store.engine import build_engine
from riskdesk.store.vault import Vault
from vault_versions import FUTURE_REVISION, FUTURE_VERSION, fingerprint, make_future

ADMIN = "admin"
ADMIN_PASSWORD = "Admin-kodeord-1"  # as in conftest.py


def _written_by(vault_path: Path) -> str | None:
    engine = build_engine(vault_path, data_key(vault_path, ADMIN, ADMIN_PASSWORD))
    try:
        with engine.connect() as connection:
            return migrate.schema_written_by(connection)
    finally:
        engine.dispose()


def _forget_writer(vault_path: Path) -> None:
    engine = build_engine(vault_path, data_key(vault_path, ADMIN, ADMIN_PASSWORD))
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(
                "DELETE FROM vault_settings WHERE name = ?", (migrate.SCHEMA_WRITTEN_BY_SETTING,)
            )
    finally:
        engine.dispose()
    assert _written_by(vault_path) is None


def test_a_newer_vault_is_refused_naming_both_versions_and_nothing_is_written(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    make_future(vault_path, username=ADMIN, password=ADMIN_PASSWORD)
    before = fingerprint(vault_path.parent)

    with pytest.raises(VaultTooNew) as refused:
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)

    for text in (refused.value.text("da"), refused.value.text("en")):
        assert f"RiskDesk {FUTURE_VERSION} " in text
        assert f"{FUTURE_REVISION})" in text
        assert f"RiskDesk {__version__} " in text
        assert f"{migrate.head_revision()})" in text
        assert ". " not in text  # one sentence
    # A refusal is still a vault that could not be upgraded: callers that say so keep working.
    assert isinstance(refused.value, MigrationFailed)
    assert fingerprint(vault_path.parent) == before
    assert not list(vault_path.parent.glob("*.backup-*"))


def test_a_newer_vault_that_does_not_say_who_wrote_it_is_refused_naming_its_schema(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    make_future(vault_path, username=ADMIN, password=ADMIN_PASSWORD, written_by=None)

    with pytest.raises(VaultTooNew) as refused:
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)

    text = refused.value.text("en")
    assert "a newer RiskDesk (schema 0042)" in text
    assert f"this RiskDesk {__version__} (schema {migrate.head_revision()})" in text


def test_what_a_vault_says_about_its_writer_reaches_the_message_only_when_it_is_a_version(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    make_future(
        vault_path,
        username=ADMIN,
        password=ADMIN_PASSWORD,
        revision="0042 drop everything",
        written_by="Ring 12 34 56 78 for help",
    )

    with pytest.raises(VaultTooNew) as refused:
        Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD)

    text = refused.value.text("en")
    assert "Ring" not in text
    assert "drop" not in text
    assert "(schema ?)" in text


def test_a_new_vault_records_the_version_that_created_it(vault: Vault, vault_path: Path) -> None:
    vault.close()
    assert _written_by(vault_path) == __version__


def test_an_older_vault_is_backed_up_upgraded_and_then_records_this_version(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    make_old(vault_path, "0007", passwords={ADMIN: ADMIN_PASSWORD})
    _forget_writer(vault_path)  # a RiskDesk of 0007 did not record itself

    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        assert migrate.current_revision(opened._require_open()) == migrate.head_revision()

    assert _written_by(vault_path) == __version__
    (backup, _keys) = sorted(vault_path.parent.glob(f"{vault_path.name}.backup-0007-*"))
    engine = build_engine(backup, data_key(vault_path, ADMIN, ADMIN_PASSWORD))
    try:
        assert migrate.current_revision(engine) == "0007"
    finally:
        engine.dispose()
