"""Migration 0014: a vault or a team server from before the index on the cases by
caseworker and status upgrades with it, and the start page's statements on the user's
cases are answered from it, not by reading every case (the page cost grew with the vault
for every user before, even one with no cases)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alembic import command
from old_vaults import make_old
from sqlalchemy import event, inspect

from riskdesk.services.desk import Desk
from riskdesk.store import migrate
from riskdesk.store.server.server_setup import install
from riskdesk.store.vault import Vault
from team_servers import TeamServer
from vault_fixtures import PASSWORD

INDEX = "ix_cases_caseworker_status"
ADMIN, ADMIN_PASSWORD = "admin", "Admin-kodeord-1"  # as in conftest.py


def test_a_vault_from_before_the_index_upgrades_with_it(vault: Vault, vault_path: Path) -> None:
    vault.close()
    make_old(vault_path, "0013", passwords={ADMIN: ADMIN_PASSWORD})

    with Vault.open(vault_path, username=ADMIN, password=ADMIN_PASSWORD) as opened:
        engine = opened._require_open()
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as connection:
            indexes = {index["name"] for index in inspect(connection).get_indexes("cases")}
    assert INDEX in indexes
    assert list(vault_path.parent.glob(f"{vault_path.name}.backup-0013-*"))


def test_server_migrate_adds_the_index(server_demo: TeamServer) -> None:
    engine = server_demo.owner_engine()
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0013")
        assert INDEX not in _server_indexes(engine)
        install(engine)  # what ``riskdesk server migrate`` does
        assert INDEX in _server_indexes(engine)
    finally:
        engine.dispose()
    with Desk.open(server_demo.url, username="koordinator", password=PASSWORD) as desk:
        assert desk.today.view().total > 0


def _server_indexes(engine: Any) -> set[str]:
    with engine.connect() as connection:
        return {
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'cases'"
            )
        }


@pytest.mark.parametrize("username", ["leder", "koordinator"])
def test_the_start_page_finds_the_users_cases_by_the_index(demo_path: Path, username: str) -> None:
    with Desk.open(demo_path, username=username, password=PASSWORD) as desk:
        engine = desk.vault._engine  # type: ignore[attr-defined]
        statements: list[tuple[str, Any]] = []

        def remember(_c: object, _k: object, statement: str, parameters: Any, *_: object) -> None:
            # The journal's follow-ups are the user's cases' or the user's own notes: an
            # OR that one index cannot answer; they are found by their date instead.
            if "cases.caseworker = " in statement and "journal_entries" not in statement:
                statements.append((statement, parameters))

        event.listen(engine, "before_cursor_execute", remember)
        try:
            desk.today.view()
        finally:
            event.remove(engine, "before_cursor_execute", remember)
        with engine.connect() as connection:
            plans = [
                [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + s, p)]
                for s, p in statements
            ]
    assert len(plans) >= 7
    for steps in plans:
        assert not [step for step in steps if step.startswith("SCAN cases")], steps
        # Or the plans' due dates by their date (0017), each checked for its case by key.
        assert any(INDEX in step or "ix_plan_dues_due" in step for step in steps), steps
