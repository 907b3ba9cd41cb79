"""`riskdesk server import`: a unit's local vault moved onto a new team-server database
gives the same cases, users who must choose their own password, and an audit trail that
verifies on the server, old part and new."""

from __future__ import annotations

from pathlib import Path

from riskdesk.services.desk import Desk
from team_servers import TeamServer
from vault_fixtures import PASSWORD


def _case_list(location: Path | str, username: str = "koordinator") -> list[tuple[object, ...]]:
    with Desk.open(location, username=username, password=PASSWORD) as desk:
        rows = desk.cases.search("")
    return [
        (
            row.case_number,
            row.person_id,
            row.person_name,
            row.cpr,
            row.level,
            row.kind,
            row.status,
            row.caseworker,
            row.opened_on,
            row.closed_on,
        )
        for row in rows
    ]


def test_the_demo_on_a_server_gives_the_vaults_case_list(
    demo_path: Path, server_demo: TeamServer
) -> None:
    on_vault = _case_list(demo_path)
    on_server = _case_list(server_demo.url)
    assert len(on_vault) > 10
    assert on_server == on_vault


def test_the_demo_on_a_server_verifies_its_audit_trail_old_part_and_new(
    server_demo: TeamServer,
) -> None:
    with Desk.open(server_demo.url, username="admin", password=PASSWORD) as desk:
        report = desk.audit.verify()
    assert report.intact, report.findings
    assert report.events_checked > 100
