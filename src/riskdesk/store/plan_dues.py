"""The dates the start page looks for in every plan version (migration 0017): each
action with a due date (with what it is and its status) and each follow-up date, one
row each, so the page finds what is due by index instead of reading every plan's JSON
(a coordinator holding every case of 100,000 people had 56,000 plans decoded twice at
each refresh, 4.8 s).

The rows are the plan JSON's own, kept by triggers on ``action_plans`` in the statement
that writes the plan, whatever code writes it (a save, a new version, an import, the
demo build, a retention deletion, SQL by hand): on a vault SQLite triggers made here; on
a team server ``riskdesk_plan_dues`` (``server/sql/55_plan_dues.sql``), which runs as
``riskdesk_security`` so users only read the table, under the plans' row-level security.
The upgrade fills it from the plans already there.

Like the name index it is not in ``tables.metadata``: nothing copies it (``server
import`` copies the plans and the server's trigger writes their rows), and a migration
that rebuilds ``action_plans`` by copy-and-drop must create the vault's triggers again
(``tests/store`` checks they exist at the newest revision).

``goal`` and ``item`` are the action's place in the plan (``goal`` NULL for a follow-up
date), so the page lists a case's actions due on one day in the plan's order, as when it
read the JSON."""

from __future__ import annotations

from sqlalchemy import Connection, column, table

PLAN_DUES = "plan_dues"
ACTION = "action"
FOLLOW_UP = "follow_up"
TRIGGERS = ("plan_dues_insert", "plan_dues_update", "plan_dues_delete")

plan_dues = table(
    PLAN_DUES,
    column("plan_id"),
    column("case_id"),
    column("version"),
    column("kind"),
    column("due"),
    column("goal"),
    column("item"),
    column("what"),
    column("status"),
)

_TABLE = (
    "CREATE TABLE plan_dues (plan_id INTEGER NOT NULL, case_id INTEGER NOT NULL, "
    "version INTEGER NOT NULL, "
    "kind VARCHAR(10) NOT NULL, due VARCHAR(10) NOT NULL, goal INTEGER, item INTEGER NOT NULL, "
    "what TEXT, status VARCHAR(16))"
)
_INDEXES = (
    "CREATE INDEX ix_plan_dues_plan ON plan_dues (plan_id)",
    # A user with a few of the cases: their cases' dates.
    "CREATE INDEX ix_plan_dues_case ON plan_dues (case_id, kind, due)",
    # In the page's order, with what decides whether a row is a line: the first lines
    # are read by walking it, and the rest counted from it alone.
    "CREATE INDEX ix_plan_dues_due ON plan_dues (kind, due, case_id, goal, item, status, version)",
    # A case's last final assessment (the page's reassessments) from the index alone;
    # declared with the assessments' table.
    "CREATE INDEX ix_assessments_person_final ON assessments (person_id, status, assessment_date)",
)
# The rows of the plan NEW (in a trigger) or of every plan (the upgrade's fill).
_NEW_ROWS = (
    "INSERT INTO plan_dues (plan_id, case_id, version, kind, due, goal, item, what, status) "
    "SELECT new.id, new.case_id, new.version, 'action', json_extract(a.value, '$.due'), "
    "g.key, a.key, "
    "json_extract(a.value, '$.what'), json_extract(a.value, '$.status') "
    "FROM json_each(new.plan_json, '$.goals') AS g, json_each(g.value, '$.actions') AS a "
    "WHERE json_extract(a.value, '$.due') IS NOT NULL "
    "UNION ALL SELECT new.id, new.case_id, new.version, 'follow_up', f.value, NULL, f.key, "
    "NULL, NULL "
    "FROM json_each(new.plan_json, '$.follow_up_dates') AS f WHERE f.value IS NOT NULL"
)
_VAULT_FILL = (
    "INSERT INTO plan_dues (plan_id, case_id, version, kind, due, goal, item, what, status) "
    "SELECT p.id, p.case_id, p.version, 'action', json_extract(a.value, '$.due'), g.key, a.key, "
    "json_extract(a.value, '$.what'), json_extract(a.value, '$.status') "
    "FROM action_plans AS p, json_each(p.plan_json, '$.goals') AS g, "
    "json_each(g.value, '$.actions') AS a "
    "WHERE json_extract(a.value, '$.due') IS NOT NULL "
    "UNION ALL SELECT p.id, p.case_id, p.version, 'follow_up', f.value, NULL, f.key, NULL, NULL "
    "FROM action_plans AS p, json_each(p.plan_json, '$.follow_up_dates') AS f "
    "WHERE f.value IS NOT NULL"
)
_FORGET_OLD = "DELETE FROM plan_dues WHERE plan_id = old.id;"
_VAULT_TRIGGERS = (
    "CREATE TRIGGER plan_dues_insert AFTER INSERT ON action_plans BEGIN " + _NEW_ROWS + "; END",
    " ".join(
        (
            "CREATE TRIGGER plan_dues_update AFTER UPDATE OF id, case_id, version, plan_json",
            "ON action_plans BEGIN",
            _FORGET_OLD,
            _NEW_ROWS,
            "; END",
        )
    ),
    "CREATE TRIGGER plan_dues_delete AFTER DELETE ON action_plans BEGIN "
    "DELETE FROM plan_dues WHERE plan_id = old.id; END",
)
_SERVER_FILL = (
    "INSERT INTO plan_dues (plan_id, case_id, version, kind, due, goal, item, what, status) "
    "SELECT p.id, p.case_id, p.version, 'action', a.value ->> 'due', g.ordinality - 1, "
    "a.ordinality - 1, a.value ->> 'what', a.value ->> 'status' "
    "FROM action_plans AS p, "
    "jsonb_array_elements(COALESCE(CAST(p.plan_json AS jsonb) -> 'goals', '[]'::jsonb)) "
    "WITH ORDINALITY AS g(value, ordinality), "
    "jsonb_array_elements(COALESCE(g.value -> 'actions', '[]'::jsonb)) "
    "WITH ORDINALITY AS a(value, ordinality) "
    "WHERE a.value ->> 'due' IS NOT NULL "
    "UNION ALL SELECT p.id, p.case_id, p.version, 'follow_up', f.value, NULL, f.ordinality - 1, "
    "NULL, NULL FROM action_plans AS p, jsonb_array_elements_text("
    "COALESCE(CAST(p.plan_json AS jsonb) -> 'follow_up_dates', '[]'::jsonb)) "
    "WITH ORDINALITY AS f(value, ordinality) WHERE f.value IS NOT NULL"
)


def create(connection: Connection) -> None:
    """Make the table, fill it from the plans there, and (on a vault) keep it from now
    on; the team server's trigger is its security scripts' (they run after this)."""
    connection.exec_driver_sql(_TABLE)
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(_VAULT_FILL)
        for statement in _VAULT_TRIGGERS:
            connection.exec_driver_sql(statement)
    else:
        connection.exec_driver_sql(_SERVER_FILL)
    for statement in _INDEXES:
        connection.exec_driver_sql(statement)


def refill(connection: Connection) -> None:
    """Write the table again from the plans: after ``server import``, which copies the
    plans with the triggers set aside."""
    connection.exec_driver_sql("DELETE FROM plan_dues")
    connection.exec_driver_sql(_SERVER_FILL if connection.dialect.name != "sqlite" else _VAULT_FILL)


def drop(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        for trigger in TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        connection.exec_driver_sql("DROP INDEX IF EXISTS ix_assessments_person_final")
    else:
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS riskdesk_plan_dues ON action_plans")
        connection.exec_driver_sql("DROP INDEX IF EXISTS ix_assessments_person_final")
        connection.exec_driver_sql("DROP FUNCTION IF EXISTS riskdesk_plan_dues()")
    connection.exec_driver_sql("DROP TABLE IF EXISTS plan_dues")
