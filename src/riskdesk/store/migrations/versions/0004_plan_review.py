"""Supervisor review of action plans: review state on each plan version, comments on a
plan, its goals and actions, and the frozen document of an approved version.

Revision ID: 0004
Revises: 0003_plans_and_release_meetings
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003_plans_and_release_meetings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plans written before review existed start as drafts: nobody has approved them.
    with op.batch_alter_table("action_plans") as batch:
        batch.add_column(
            sa.Column("review_status", sa.String(16), nullable=False, server_default="draft")
        )
        batch.add_column(sa.Column("submitted_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("submitted_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("reviewed_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("reviewed_at", sa.DateTime(), nullable=True))
        batch.create_index("ix_action_plans_review_status", ["review_status"])
    op.create_table(
        "plan_comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(16), nullable=False),
        sa.Column("goal_index", sa.Integer(), nullable=True),
        sa.Column("action_index", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_by", sa.String(64), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["action_plans.id"],
            name=op.f("fk_plan_comments_plan_id_action_plans"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_comments")),
    )
    op.create_index("ix_plan_comments_plan_id", "plan_comments", ["plan_id"])
    op.create_table(
        "frozen_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("docx", sa.LargeBinary(), nullable=False),
        sa.Column("template_sha256", sa.String(64), nullable=False),
        sa.Column("data_sha256", sa.String(64), nullable=False),
        sa.Column("document_sha256", sa.String(64), nullable=False),
        sa.Column("approved_by", sa.String(64), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["action_plans.id"],
            name=op.f("fk_frozen_documents_plan_id_action_plans"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_frozen_documents")),
        sa.UniqueConstraint("plan_id", name=op.f("uq_frozen_documents_plan_id")),
    )


def downgrade() -> None:
    op.drop_table("frozen_documents")
    op.drop_index("ix_plan_comments_plan_id", table_name="plan_comments")
    op.drop_table("plan_comments")
    with op.batch_alter_table("action_plans") as batch:
        batch.drop_index("ix_action_plans_review_status")
        batch.drop_column("reviewed_at")
        batch.drop_column("reviewed_by")
        batch.drop_column("submitted_at")
        batch.drop_column("submitted_by")
        batch.drop_column("review_status")
