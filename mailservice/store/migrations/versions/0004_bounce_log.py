"""bounce log: severity, reason, layer and attribution of bounce events; delivery state of members (issue 4)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bounce_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("severity", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("layer", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("attributed_by", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("scored_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_bounce_events_scored_at"), ["scored_at"], unique=False)

    # Server defaults: existing members keep receiving mail, and rows written by code that does not know
    # these columns (a Core insert) get the same.
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("delivery", sa.String(length=16), nullable=False, server_default="enabled"))
        batch_op.add_column(sa.Column("delivery_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("delivery_since", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("bounce_score", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("bounces_counted_from", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_column("bounces_counted_from")
        batch_op.drop_column("bounce_score")
        batch_op.drop_column("delivery_since")
        batch_op.drop_column("delivery_reason")
        batch_op.drop_column("delivery")
    with op.batch_alter_table("bounce_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bounce_events_scored_at"))
        batch_op.drop_column("scored_at")
        batch_op.drop_column("attributed_by")
        batch_op.drop_column("layer")
        batch_op.drop_column("reason")
        batch_op.drop_column("severity")
