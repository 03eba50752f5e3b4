"""outbound messages: an index for the per-address limits on answers (issue 12)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_outbound_to_created", "outbound_messages", ["to_addr", "created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_outbound_to_created", table_name="outbound_messages")
