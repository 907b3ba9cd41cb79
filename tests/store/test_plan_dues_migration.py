"""Migration 0017, the plans' due dates: a vault or team server from before it upgrades
with the table filled from the plans already there, row for row their JSON; a vault at
the newest revision has the triggers that keep it, and a team server the trigger, with
users reading the table but never writing it."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from old_vaults import make_old

from plan_dues_rows import from_json, stored
from riskdesk.domain.refusals import PermissionDenied
from riskdesk.services.desk import Desk
from riskdesk.store import migrate
from riskdesk.store.plan_dues import TRIGGERS
from riskdesk.store.server.server_setup import install
from team_servers import TeamServer
from vault_fixtures import PASSWORD

BEFORE = "0016"
USERS = {name: PASSWORD for name in ("admin", "leder", "koordinator")}


def test_a_vault_from_before_the_table_upgrades_with_it_filled(demo_path: Path) -> None:
    make_old(demo_path, BEFORE, passwords=USERS)
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        engine = desk.vault._engine  # type: ignore[attr-defined]
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as connection:
            triggers = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND tbl_name = 'action_plans'"
            )
            assert set(TRIGGERS) <= {name for (name,) in triggers}
        assert stored(desk)
        assert stored(desk) == from_json(desk)


def test_server_migrate_fills_the_table_and_users_only_read_it(server_demo: TeamServer) -> None:
    engine = server_demo.owner_engine()
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, BEFORE)
        install(engine)  # what ``riskdesk server migrate`` does
    finally:
        engine.dispose()
    with Desk.open(server_demo.url, username="koordinator", password=PASSWORD) as desk:
        assert stored(desk)
        assert stored(desk) == from_json(desk)
        session = desk.vault.new_session()  # type: ignore[attr-defined]
        try:
            with pytest.raises(PermissionDenied):
                session.connection().exec_driver_sql("DELETE FROM plan_dues")
        finally:
            session.close()
