"""Migration 0016, the case search's name index: a vault or team server from before it
upgrades with it, built over the people already there; a vault at the newest revision
has the triggers that keep it; and a word that names few cases is found from the
indexes, not by reading every case and person (the query plans)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from old_vaults import make_old
from sqlalchemy import event

from riskdesk.domain.case_list import SearchIndex, narrowed, search_terms
from riskdesk.services.desk import Desk
from riskdesk.store import migrate
from riskdesk.store.person_name_index import TRIGGERS
from riskdesk.store.server.server_setup import install
from team_servers import TeamServer
from vault_fixtures import PASSWORD

BEFORE = "0015"
USERS = {name: PASSWORD for name in ("admin", "leder", "koordinator")}
SERVER_INDEXES = {"ix_persons_name_trigrams", "ix_cases_number_pattern", "ix_persons_cpr_pattern"}


def _same_as_the_rule(desk: Desk) -> None:
    """Each surname and first name finds the cases the list's own rule finds."""
    rows = desk.cases.listing().rows
    index = SearchIndex.of(rows)
    for word in {part for row in rows[:40] for part in row.name_folded.split() if len(part) > 2}:
        expected = narrowed(list(range(len(rows))), index, search_terms(word))
        assert [c.case_id for c in desk.cases.search(word)] == [rows[p].case_id for p in expected]


def test_a_vault_from_before_the_index_upgrades_with_it(demo_path: Path) -> None:
    make_old(demo_path, BEFORE, passwords=USERS)
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        engine = desk.vault._engine  # type: ignore[attr-defined]
        assert migrate.current_revision(engine) == migrate.head_revision()
        with engine.connect() as connection:
            triggers = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'persons'"
            )
            assert set(TRIGGERS) <= {name for (name,) in triggers}
            connection.exec_driver_sql(
                "INSERT INTO person_names(person_names, rank) VALUES ('integrity-check', 1)"
            )
        _same_as_the_rule(desk)
    assert list(demo_path.parent.glob(f"{demo_path.name}.backup-{BEFORE}-*"))


def test_server_migrate_adds_the_indexes(server_demo: TeamServer) -> None:
    engine = server_demo.owner_engine()
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, BEFORE)
        assert not SERVER_INDEXES & _server_indexes(engine)
        install(engine)  # what ``riskdesk server migrate`` does
        assert _server_indexes(engine) >= SERVER_INDEXES
    finally:
        engine.dispose()
    with Desk.open(server_demo.url, username="koordinator", password=PASSWORD) as desk:
        _same_as_the_rule(desk)


def _server_indexes(engine: Any) -> set[str]:
    with engine.connect() as connection:
        return {
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename IN ('cases', 'persons')"
            )
        }


def test_a_word_naming_few_cases_is_found_from_the_indexes(demo_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        rows = desk.cases.listing().rows
        rare = next(
            word
            for row in rows
            for word in row.name_folded.split()
            if len(word) > 4 and sum(word in r.name_folded for r in rows) == 1
        )
        engine = desk.vault._engine  # type: ignore[attr-defined]
        statements: list[tuple[str, Any]] = []

        def remember(_c: object, _k: object, statement: str, parameters: Any, *_: object) -> None:
            # The vault's size, from its pages (it decides how few cases are few).
            if statement.strip() != "SELECT count(*) AS count_1 \nFROM cases":
                statements.append((statement, parameters))

        event.listen(engine, "before_cursor_execute", remember)
        try:
            found = desk.cases.find(rare[1:], limit=5)
            by_number = desk.cases.find(rows[3].case_number)
            by_cpr = desk.cases.find(rows[4].cpr_digits or "")
        finally:
            event.remove(engine, "before_cursor_execute", remember)
        with engine.connect() as connection:
            plans = [
                [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + s, p)]
                for s, p in statements
                if s.lstrip().startswith("SELECT") and ("cases" in s or "persons" in s)
            ]
    assert found.total == 1
    assert rows[3].case_id in [row.case_id for row in by_number.rows]
    assert rows[4].case_id in [row.case_id for row in by_cpr.rows]
    assert len(plans) >= 6
    for steps in plans:
        assert not [s for s in steps if s.startswith(("SCAN cases", "SCAN persons"))], steps
