"""The start page's release deadlines look each of the user's meetings up among the
candidates, never the other way round: with every meeting a candidate (late days not yet
filled in after an upgrade), probing each candidate for every case of a coordinator's
took 40 s at 100,000 people."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from riskdesk.services.desk import Desk
from vault_fixtures import PASSWORD


def _release_plan(desk: Desk) -> list[str]:
    engine = desk.vault._engine  # type: ignore[attr-defined]
    statements: list[tuple[str, Any]] = []

    def remember(_c: object, _k: object, statement: str, parameters: Any, *_: object) -> None:
        if "late_from" in statement:
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        desk.today.view(today=date(2026, 11, 21))
    finally:
        event.remove(engine, "before_cursor_execute", remember)
    [(statement, parameters)] = statements
    with engine.connect() as connection:
        return [
            row[3]
            for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        ]


def test_no_candidate_is_probed_for_each_case(demo_path: Path) -> None:
    with Desk.open(demo_path, username="koordinator", password=PASSWORD) as desk:
        with desk.vault._engine.begin() as connection:  # type: ignore[attr-defined]
            # As after migration 0013: no meeting has its late days under these rules.
            connection.execute(text("UPDATE release_meetings SET marks_rules = NULL"))
        steps = _release_plan(desk)
    assert not [step for step in steps if "rowid=?" in step], steps
    assert any("LIST SUBQUERY" in step for step in steps), steps
