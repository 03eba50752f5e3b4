"""outbound: mailings, bounce events, claim and rate-limit indexes (issue 6)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mailings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("state", sa.String(length=17), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("sent_count", sa.Integer(), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("failures_in_row", sa.Integer(), nullable=False),
        sa.Column("paused_reason", sa.Text(), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mailings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mailings_state"), ["state"], unique=False)

    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mailing_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key("fk_outbound_messages_mailing_id_mailings", "mailings", ["mailing_id"], ["id"])
        batch_op.create_index("ix_outbound_claim", ["status", "mailing_id", "next_attempt_at"], unique=False)
        batch_op.create_index("ix_outbound_sent_at", ["sent_at"], unique=False)
        batch_op.create_index("uq_outbound_mailing_member", ["mailing_id", "member_id"], unique=True)

    op.create_table(
        "bounce_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("outbound_id", sa.Integer(), nullable=True),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("diagnostic", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["inbound_id"], ["inbound_messages.id"]),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"]),
        sa.ForeignKeyConstraint(["outbound_id"], ["outbound_messages.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bounce_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bounce_events_address"), ["address"], unique=False)
        batch_op.create_index(batch_op.f("ix_bounce_events_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_bounce_events_outbound_id"), ["outbound_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("bounce_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bounce_events_outbound_id"))
        batch_op.drop_index(batch_op.f("ix_bounce_events_member_id"))
        batch_op.drop_index(batch_op.f("ix_bounce_events_address"))
    op.drop_table("bounce_events")
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.drop_index("uq_outbound_mailing_member")
        batch_op.drop_index("ix_outbound_sent_at")
        batch_op.drop_index("ix_outbound_claim")
        batch_op.drop_constraint("fk_outbound_messages_mailing_id_mailings", type_="foreignkey")
        batch_op.drop_column("mailing_id")
    with op.batch_alter_table("mailings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mailings_state"))
    op.drop_table("mailings")
