"""The searches' day rows on a team server (migration 0012): written by the database's
own ``riskdesk_append_audit`` with the Danish day by the server's clock, and filled by
the migration from the searches already in the trail when ``server migrate`` upgrades
a database from before them, the same rows either way."""

from __future__ import annotations

from typing import Any

from alembic import command

from riskdesk.services.desk import Desk
from riskdesk.store import migrate
from riskdesk.store.server.server_setup import install
from team_servers import TeamServer
from vault_fixtures import PASSWORD

_ROWS = (
    "SELECT sequence, username, at, day, query, "
    "(at AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Copenhagen')::date = day "
    "FROM audit_searches ORDER BY sequence"
)


def _rows(server: TeamServer) -> list[tuple[Any, ...]]:
    engine = server.owner_engine()
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.exec_driver_sql(_ROWS)]
    finally:
        engine.dispose()


def test_the_server_writes_and_fills_the_searches_day_rows_alike(server_demo: TeamServer) -> None:
    with Desk.open(server_demo.url, username="koordinator", password=PASSWORD) as desk:
        person = desk.cases.search()[0]
        surname = person.person_name.split()[-1]
        for query in (surname[:3], surname, f"{surname} zzzzqq", person.case_number[:6]):
            desk.cases.search(query)
    written = _rows(server_demo)
    engine = server_demo.owner_engine()
    try:
        config = migrate.alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0011")
        install(engine)  # what ``riskdesk server migrate`` does
    finally:
        engine.dispose()
    filled = _rows(server_demo)
    assert [(username, query) for _, username, _, _, query, _ in written] == [
        ("koordinator", surname[:3]),
        ("koordinator", surname),
        ("koordinator", person.case_number[:6]),
    ]
    assert all(same_day for *_, same_day in written)
    assert filled == written
    with Desk.open(server_demo.url, username="leder", password=PASSWORD) as desk:
        insight = desk.access_insight.for_person(person.person_id)
        assert desk.audit.verify().intact
    (line,) = [e for e in insight.entries if e.record.en == "Case list"]
    assert line.what.da.startswith("fandt personen ved 3 søgninger i sagslisten")
