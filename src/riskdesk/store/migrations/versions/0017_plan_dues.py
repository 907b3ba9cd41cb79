"""The plans' due dates for the start page: a table of each plan version's actions with
a due date and its follow-up dates, filled from the plans there and kept by triggers on
``action_plans`` (:mod:`riskdesk.store.plan_dues`; the team server's trigger is in its
security scripts). The start page read every plan's JSON twice at each refresh (4.8 s
for a coordinator holding every case of 100,000 people). Nothing else changes.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

from riskdesk.store import plan_dues

revision = "0017"
down_revision: str | None = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    plan_dues.create(op.get_bind())


def downgrade() -> None:
    plan_dues.drop(op.get_bind())
