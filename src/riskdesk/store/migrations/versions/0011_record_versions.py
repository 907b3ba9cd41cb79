"""Record versions: the records people edit (persons, cases, action plans, release
meetings, meetings) carry a ``row_version`` that every save raises by one, so a save of
a copy loaded before someone else's save is refused instead of silently undoing it.
Persons and cases also learn who changed them last (``updated_by``); the others had it.

``action_plans.version`` already numbers a plan's versions (what is handed out and
reviewed), so the counter of saves is ``row_version`` on every table alike.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision: str | None = "0010"
branch_labels = None
depends_on = None

_VERSIONED = ("persons", "cases", "action_plans", "release_meetings", "meetings")
_NEWLY_STAMPED = {"persons": "audit_event_persons", "cases": "audit_event_cases"}
_KEY = {"persons": "person_id", "cases": "case_id"}


def upgrade() -> None:
    for table in _VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
            )
            if table in _NEWLY_STAMPED:
                batch.add_column(
                    sa.Column("updated_by", sa.String(64), nullable=False, server_default="")
                )
    for table, index in _NEWLY_STAMPED.items():
        # Who last wrote the record, as the audit trail says (its index names every
        # event's persons and cases); a record no event wrote keeps the empty name. The
        # names put into the SQL are this module's constants.
        op.execute(
            f"""
            UPDATE {table} SET updated_by = COALESCE((
                SELECT e.username FROM audit_events e
                  JOIN {index} i ON i.sequence = e.sequence
                 WHERE i.{_KEY[table]} = {table}.id AND e.action IN ('create', 'update')
                 ORDER BY e.sequence DESC LIMIT 1
            ), '')
            """  # noqa: S608
        )


def downgrade() -> None:
    for table in reversed(_VERSIONED):
        with op.batch_alter_table(table) as batch:
            if table in _NEWLY_STAMPED:
                batch.drop_column("updated_by")
            batch.drop_column("row_version")
