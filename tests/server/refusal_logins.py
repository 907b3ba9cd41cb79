"""Raw SQL on a team server as one of the demo's users, with their own password, as
``psql`` would send it: what RiskDesk refuses them, the database must refuse as well."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

import psycopg
import pytest
from psycopg import sql

from riskdesk.domain.action_plan import ActionPlan, NeedArea, PlanAction, PlanGoal, Responsible
from riskdesk.domain.case import CaseKind, CaseStatus
from riskdesk.domain.ids import PlanId
from riskdesk.services.desk import Desk
from team_servers import TeamServer
from vault_fixtures import PASSWORD

CASEWORKER = "koordinator"
SUPERVISOR = "leder"
ADMINISTRATOR = "admin"
MENTOR = "mentor"
EVERYONE = (CASEWORKER, SUPERVISOR, ADMINISTRATOR, MENTOR)


@contextmanager
def psql_as(server: TeamServer, username: str) -> Iterator[psycopg.Connection]:
    """A connection as ``username``'s own login role (autocommit, as psql)."""
    with server.cluster.connect(server.database, user=username, password=PASSWORD) as connection:
        yield connection


def refused(connection: psycopg.Connection, statement: Any, params: Any = None) -> None:
    """The statement fails with SQLSTATE 42501 (what RiskDesk shows as PermissionDenied)."""
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement, params)


def on_table(template: str, table: str) -> sql.Composed:
    """``template`` with its ``{}`` the quoted name of ``table``."""
    return sql.SQL(template).format(sql.Identifier(table))


def as_owner(server: TeamServer, query: Any, params: Any = None) -> list[tuple[Any, ...]]:
    """What the database holds, read by the schema owner past every policy."""
    with server.cluster.connect(server.database) as connection:
        return list(connection.execute(query, params).fetchall())


def one(server: TeamServer, query: Any, params: Any = None) -> Any:
    rows = as_owner(server, query, params)
    assert rows, query
    return rows[0][0]


PLAN = ActionPlan(
    made_on=date(2026, 11, 1),
    goals=(
        PlanGoal(
            need_area=NeedArea.EDUCATION,
            text="Går i skole hver dag",
            actions=(
                PlanAction(
                    what="Skolemøde",
                    responsible=Responsible.SCHOOL,
                    due=date(2026, 12, 1),
                    success_criterion="Skema aftalt",
                ),
            ),
        ),
    ),
    follow_up_dates=(date(2027, 2, 1),),
)


def submitted_by(server: TeamServer, username: str) -> PlanId:
    """A plan ``username`` wrote and submitted through RiskDesk, on an open case."""
    with Desk.open(server.url, username=username, password=PASSWORD) as desk:
        case_id = next(
            c.case_id
            for c in sorted(desk.cases.search(), key=lambda c: c.case_id)
            if c.status is CaseStatus.OPEN
            and c.kind is not CaseKind.RELEASE
            and desk.plans.current(c.case_id) is None
        )
        desk.plans.save(case_id, PLAN)
        plan_id = desk.review.current_plan_id(case_id)
        assert plan_id is not None
        desk.review.submit(plan_id)
    return plan_id
