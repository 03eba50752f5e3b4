"""confirmations: what they confirm (a sign-up, a new address, an erasure) and the new address (issue 16)

An address change is confirmed by the new address, by reply or by link, before it receives mail; an erasure
request by the member's own address. Both use the confirmation references of the sign-up, so the reply and the
link ways work for them unchanged. Existing rows are sign-ups.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("confirmations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purpose", sa.String(length=15), nullable=False, server_default="signup"))
        batch_op.add_column(sa.Column("new_email", sa.String(length=320), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("confirmations", schema=None) as batch_op:
        batch_op.drop_column("new_email")
        batch_op.drop_column("purpose")
