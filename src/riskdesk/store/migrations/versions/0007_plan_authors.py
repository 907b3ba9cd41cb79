"""Everyone who wrote a plan version: a supervisor who edited a caseworker's draft is
one of its authors and may not approve it.

A version saved before this upgrade has its creator, its last editor and its submitter
as authors; earlier in-place editors were not recorded and cannot be recovered.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision: str | None = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_authors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["action_plans.id"],
            name=op.f("fk_plan_authors_plan_id_action_plans"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_authors")),
        sa.UniqueConstraint("plan_id", "username", name=op.f("uq_plan_authors_plan_id")),
    )
    # UNION drops the duplicates (creator, last editor and submitter are often one user).
    op.execute(
        """
        INSERT INTO plan_authors (plan_id, username, first_at)
        SELECT plan_id, username, MIN(first_at) FROM (
            SELECT id AS plan_id, created_by AS username, created_at AS first_at
              FROM action_plans
            UNION
            SELECT id, updated_by, updated_at FROM action_plans
            UNION
            SELECT id, submitted_by, submitted_at FROM action_plans
             WHERE submitted_by IS NOT NULL
        ) AS authored GROUP BY plan_id, username
        """
    )


def downgrade() -> None:
    op.drop_table("plan_authors")
