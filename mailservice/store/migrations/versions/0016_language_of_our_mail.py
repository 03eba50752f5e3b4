"""The language of each mail we send, and of the links and references it carries (issue 17)

outbound_messages.language: the language a mail was written in ("en" where the purpose had the reader's English
translation), so that a bare "Yes" to an English question is answered in English. link_tokens.language and
confirmations.language: the language of the mail that carried the link or the reference, so that the page it
opens speaks it. Every existing row is Dutch, as every mail before issue 17 was.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TABLES = ("outbound_messages", "link_tokens", "confirmations")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("language", sa.String(length=5), nullable=False, server_default="nl"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("language")
