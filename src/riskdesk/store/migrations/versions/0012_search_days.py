"""The searches that listed a person, counted per user and Danish day without reading
their events: each case-list search in the word index (0010) gets a row of who made it,
when, on which day in Danish time and what was typed. Access insight read those from
thousands of events spread over the whole log (0.2 s of CPU at 500,000 events).

Filled here from the indexed searches' events; the events themselves are not touched,
so ``audit verify`` stays true.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from riskdesk.store.audit_index import backfill_searches

revision = "0012"
down_revision: str | None = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_searches",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_audit_searches")),
    )
    backfill_searches(op.get_bind())


def downgrade() -> None:
    op.drop_table("audit_searches")
