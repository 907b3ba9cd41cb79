"""Signed audit events and role assignments: each event carries its writer's Ed25519
signature, roles are signed records chained to the vault's root key, autosave counts
live beside the chain, and each user's current key-slot record is named in the vault.

Existing events keep their HMAC links; the first administrator to open the vault after
this upgrade signs the roles as they stand (see store/vault_identity.py).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision: str | None = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("signature", sa.String(128), nullable=True))
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("slot_id", sa.String(32), nullable=True))
    op.create_table(
        "role_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("role", sa.String(32), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.Column("public_key", sa.String(64), nullable=True),
        sa.Column("issuer", sa.String(64), nullable=False),
        sa.Column("audit_sequence", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_assignments")),
        sa.UniqueConstraint("sequence", name=op.f("uq_role_assignments_sequence")),
    )
    op.create_table(
        "audit_event_saves",
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("saves", sa.Integer(), nullable=False),
        sa.Column("last_at", sa.DateTime(), nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name=op.f("pk_audit_event_saves")),
    )


def downgrade() -> None:
    op.drop_table("audit_event_saves")
    op.drop_table("role_assignments")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("slot_id")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("signature")
