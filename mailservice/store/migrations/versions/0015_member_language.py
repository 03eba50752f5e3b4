"""members.language: the language of the membership mails to this member, Dutch unless they signed up in English

The welcome goes out when the sign-up is confirmed, often later and by a bare "Yes" or the link, so the language
of the sign-up is kept with the member (issue 17). Every existing member, and everyone the secretariat imports or
invites, is Dutch.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=5), nullable=False, server_default="nl"))


def downgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_column("language")
