"""The name index of the case search: a vault's FTS5 table of the people's folded names
in three-letter pieces, kept by triggers on ``persons``; on a team server, ``pg_trgm``'s
index of the same column and pattern indexes for case-number and CPR prefixes
(:mod:`riskdesk.store.person_name_index`). A search read every case and person of the
vault for every word (136 ms at 100,000 people). Nothing else changes.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

from riskdesk.store import person_name_index

revision = "0016"
down_revision: str | None = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    person_name_index.create(op.get_bind())


def downgrade() -> None:
    person_name_index.drop(op.get_bind())
