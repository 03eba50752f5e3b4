"""ateliers: ateliers, RSVPs and their history, suggestions, scheduled mailings, the scheduler lease (issue 7)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ateliers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("theme", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("online_url", sa.String(length=1000), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("registration_deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("report_url", sa.String(length=1000), nullable=True),
        sa.Column("state", sa.String(length=17), nullable=False),
        sa.Column("ics_sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("reference"),
    )
    with op.batch_alter_table("ateliers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ateliers_state"), ["state"], unique=False)

    op.create_table(
        "rsvps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=17), nullable=False),
        sa.Column("guests", sa.Integer(), nullable=False),
        sa.Column("substitute", sa.String(length=320), nullable=True),
        sa.Column("waitlist_position", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["atelier_id"], ["ateliers.id"]),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("atelier_id", "member_id", name="uq_rsvp_atelier_member"),
    )
    with op.batch_alter_table("rsvps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rsvps_atelier_id"), ["atelier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rsvps_member_id"), ["member_id"], unique=False)

    op.create_table(
        "rsvp_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rsvp_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=17), nullable=False),
        sa.Column("guests", sa.Integer(), nullable=False),
        sa.Column("substitute", sa.String(length=320), nullable=True),
        sa.Column("waitlist_position", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["inbound_id"], ["inbound_messages.id"]),
        sa.ForeignKeyConstraint(["rsvp_id"], ["rsvps.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("rsvp_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rsvp_changes_rsvp_id"), ["rsvp_id"], unique=False)

    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=True),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["atelier_id"], ["ateliers.id"]),
        sa.ForeignKeyConstraint(["inbound_id"], ["inbound_messages.id"]),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestions_atelier_id"), ["atelier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestions_member_id"), ["member_id"], unique=False)

    op.create_table(
        "scheduled_mailings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("atelier_id", sa.Integer(), nullable=True),
        sa.Column("step", sa.String(length=30), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=17), nullable=False),
        sa.Column("mailing_id", sa.Integer(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["atelier_id"], ["ateliers.id"]),
        sa.ForeignKeyConstraint(["mailing_id"], ["mailings.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("scheduled_mailings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scheduled_mailings_atelier_id"), ["atelier_id"], unique=False)
        batch_op.create_index("ix_scheduled_state_due", ["state", "due_at"], unique=False)

    op.create_table(
        "scheduler_lease",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=200), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    # The one row exists from the start: taking the lease is then always an UPDATE, which both SQLite (write
    # lock) and PostgreSQL (row lock, WHERE re-checked) make atomic; two INSERTs would race instead.
    op.execute("INSERT INTO scheduler_lease (id, holder, expires_at) VALUES (1, NULL, NULL)")


def downgrade() -> None:
    op.drop_table("scheduler_lease")
    with op.batch_alter_table("scheduled_mailings", schema=None) as batch_op:
        batch_op.drop_index("ix_scheduled_state_due")
        batch_op.drop_index(batch_op.f("ix_scheduled_mailings_atelier_id"))
    op.drop_table("scheduled_mailings")
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suggestions_member_id"))
        batch_op.drop_index(batch_op.f("ix_suggestions_atelier_id"))
    op.drop_table("suggestions")
    with op.batch_alter_table("rsvp_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rsvp_changes_rsvp_id"))
    op.drop_table("rsvp_changes")
    with op.batch_alter_table("rsvps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rsvps_member_id"))
        batch_op.drop_index(batch_op.f("ix_rsvps_atelier_id"))
    op.drop_table("rsvps")
    with op.batch_alter_table("ateliers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ateliers_state"))
    op.drop_table("ateliers")
