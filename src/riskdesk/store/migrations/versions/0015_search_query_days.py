"""A person's search lines from a few hundred rows: a case-list search lists a person or
not by its words alone, and a unit types the same few hundred queries all year, so the
words are kept once per query typed (``audit_query_terms``) and each query's searches
are counted per user and Danish day (``audit_search_days``). Access insight had grouped
the ~4,000 searches that listed a person at 500,000 events (about half its time).

Filled here from ``audit_searches`` and the word index (0010, 0012); the events are not
touched, so ``audit verify`` stays true.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from riskdesk.store.audit_index import backfill_query_days

revision = "0015"
down_revision: str | None = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_query_terms",
        sa.Column("term", sa.String(200), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("digits", sa.String(200), nullable=True),
        sa.Column("words", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term", "query", name=op.f("pk_audit_query_terms")),
    )
    op.create_index(op.f("ix_audit_query_terms_digits"), "audit_query_terms", ["digits"])
    op.create_table(
        "audit_search_days",
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("searches", sa.Integer(), nullable=False),
        sa.Column("first_sequence", sa.Integer(), nullable=False),
        sa.Column("last_sequence", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("query", "username", "day", name=op.f("pk_audit_search_days")),
        sqlite_with_rowid=False,
    )
    backfill_query_days(op.get_bind())


def downgrade() -> None:
    op.drop_table("audit_search_days")
    op.drop_index(op.f("ix_audit_query_terms_digits"), table_name="audit_query_terms")
    op.drop_table("audit_query_terms")
