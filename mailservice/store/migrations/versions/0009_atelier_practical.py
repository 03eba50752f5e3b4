"""ateliers: their practical details (reception, coffee, parking) as a column; rsvps: the substitute's name

Issue 19, items 4 and 5: the reminder tells what the secretariat wrote for this atelier instead of a sentence
fixed in the template, and a substitute is named by name when the member gave one.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ateliers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("practical", sa.Text(), nullable=True))
    with op.batch_alter_table("rsvps", schema=None) as batch_op:
        batch_op.add_column(sa.Column("substitute_name", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rsvps", schema=None) as batch_op:
        batch_op.drop_column("substitute_name")
    with op.batch_alter_table("ateliers", schema=None) as batch_op:
        batch_op.drop_column("practical")
