"""An index for each user's last login: the users screen reads the newest opening of
the vault per user from the audit trail, which a year of a unit's work makes long
(without it, 0.6 s over 500,000 events; with it, 30 ms). Nothing else changes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision: str | None = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_audit_events_vault_events",
        "audit_events",
        ["entity", "action", "username", "at"],
    )


def downgrade() -> None:
    op.drop_index("ix_audit_events_vault_events", table_name="audit_events")
