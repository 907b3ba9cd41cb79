"""The unit's own work: inquiries to the unit, niveau-1 concerns without identity (and
their place on coordination-meeting agendas), mentor courses, the case journal, outcomes
at closing and at the follow-ups, and repeating meetings with decisions that carry an
owner, a budget and a deadline.

Inquiries and concerns are the unit's statistics: deleting a case clears their link to
it and keeps them. Courses, journal entries and outcomes belong to the case and go with it.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision: str | None = "0008"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "concerns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(32), nullable=False),
        sa.Column("age_band", sa.String(16), nullable=False),
        sa.Column("sex", sa.String(16), nullable=False),
        sa.Column("area", sa.String(64), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("close_reason", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_concerns_case_id_cases"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concerns")),
    )
    op.create_index(op.f("ix_concerns_noted_on"), "concerns", ["noted_on"])
    op.create_index(op.f("ix_concerns_case_id"), "concerns", ["case_id"])
    op.create_table(
        "inquiries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("received_by", sa.String(64), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("concern_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_inquiries_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_inquiries_person_id_persons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["concern_id"],
            ["concerns.id"],
            name=op.f("fk_inquiries_concern_id_concerns"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inquiries")),
    )
    op.create_index(op.f("ix_inquiries_received_on"), "inquiries", ["received_on"])
    op.create_index(op.f("ix_inquiries_case_id"), "inquiries", ["case_id"])
    op.create_index(op.f("ix_inquiries_person_id"), "inquiries", ["person_id"])
    op.create_table(
        "meeting_concerns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_concerns_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["concern_id"],
            ["concerns.id"],
            name=op.f("fk_meeting_concerns_concern_id_concerns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_concerns")),
        sa.UniqueConstraint(
            "meeting_id", "concern_id", name=op.f("uq_meeting_concerns_meeting_id")
        ),
    )
    op.create_index("ix_meeting_concerns_concern_id", "meeting_concerns", ["concern_id"])
    op.create_table(
        "mentor_courses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("mentor_username", sa.String(64), nullable=True),
        sa.Column("external_mentor", sa.String(200), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.String(32), nullable=False),
        sa.Column("reoffended", sa.String(16), nullable=False),
        sa.Column("reoffended_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_mentor_courses_case_id_cases"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_courses")),
    )
    op.create_index(op.f("ix_mentor_courses_case_id"), "mentor_courses", ["case_id"])
    op.create_index(
        op.f("ix_mentor_courses_mentor_username"), "mentor_courses", ["mentor_username"]
    )
    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("participants_json", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_done_on", sa.Date(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_journal_entries_case_id_cases"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entries")),
    )
    op.create_index(op.f("ix_journal_entries_case_id"), "journal_entries", ["case_id"])
    op.create_index(op.f("ix_journal_entries_follow_up_on"), "journal_entries", ["follow_up_on"])
    op.create_table(
        "case_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("point", sa.String(16), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("new_charge", sa.String(16), nullable=False),
        sa.Column("new_charge_on", sa.Date(), nullable=True),
        sa.Column("education", sa.String(16), nullable=False),
        sa.Column("job", sa.String(16), nullable=False),
        sa.Column("housing", sa.String(16), nullable=False),
        sa.Column("substance_use", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_outcomes_case_id_cases"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_outcomes")),
        sa.UniqueConstraint("case_id", "point", name=op.f("uq_case_outcomes_case_id")),
    )
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("series_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("area", sa.String(64), nullable=False, server_default=""))
    op.create_index(op.f("ix_meetings_series_id"), "meetings", ["series_id"])
    with op.batch_alter_table("meeting_items") as batch:
        batch.add_column(
            sa.Column("decision_owner", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("decision_budget", sa.String(64), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("decision_deadline", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting_items") as batch:
        batch.drop_column("decision_deadline")
        batch.drop_column("decision_budget")
        batch.drop_column("decision_owner")
    op.drop_index(op.f("ix_meetings_series_id"), table_name="meetings")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_column("area")
        batch.drop_column("series_id")
    op.drop_table("case_outcomes")
    op.drop_table("journal_entries")
    op.drop_table("mentor_courses")
    op.drop_table("meeting_concerns")
    op.drop_table("inquiries")
    op.drop_table("concerns")
