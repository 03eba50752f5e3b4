"""outbound messages: the route each sent message took (a Maildir, or an SMTP server)

Issue 19, item 6: a rehearsal with the test clock on a database that already sent real mail is refused; the
database must know which of its mail left the machine. Rows sent before this column existed are filled in from
the reply the transport recorded: a Maildir's "opgeslagen in ..." stayed here, anything else may have left.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("route", sa.String(length=200), nullable=True))
    op.execute(
        "UPDATE outbound_messages SET route = CASE "
        "WHEN server_reply LIKE 'opgeslagen in %' OR server_reply LIKE 'al aanwezig%' THEN 'maildir' "
        "ELSE 'smtp' END WHERE status = 'sent'"
    )


def downgrade() -> None:
    with op.batch_alter_table("outbound_messages", schema=None) as batch_op:
        batch_op.drop_column("route")
