"""messages for a person: who handled them, when and with what note; the secretariat's labels (issue 14)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("handled_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("handled_by", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("handled_note", sa.Text(), nullable=True))
    op.create_table(
        "labels",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inbound_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("classifier_kind", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(["inbound_id"], ["inbound_messages.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_labels_inbound_id", "labels", ["inbound_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_labels_inbound_id", table_name="labels")
    op.drop_table("labels")
    with op.batch_alter_table("inbound_messages", schema=None) as batch_op:
        batch_op.drop_column("handled_note")
        batch_op.drop_column("handled_by")
        batch_op.drop_column("handled_at")
