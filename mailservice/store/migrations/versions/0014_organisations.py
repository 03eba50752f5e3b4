"""municipalities, organisations and the municipalities they serve; members.organisation_id (issue 16)

The network's own figures (organisations, municipalities, share of all Dutch municipalities, inhabitants) come out
of the data: each year's municipalities as CBS counts them, imported from CBS's file; the organisations with the
municipalities they serve, by CBS code; and a member's link to a registered organisation. The free-text
``members.organisation`` stays: it is what the person wrote.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "municipalities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("inhabitants", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("length(code) = 6 AND code LIKE 'GM%'", name="ck_municipalities_code"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("year", "code", name="uq_municipalities_year_code"),
    )
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_municipalities_year"), ["year"], unique=False)
        batch_op.create_index(batch_op.f("ix_municipalities_code"), ["code"], unique=False)

    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=50), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name_key"),
    )
    op.create_table(
        "organisation_municipalities",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisations.id"]),
        sa.PrimaryKeyConstraint("organisation_id", "code"),
    )
    with op.batch_alter_table("organisation_municipalities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_municipalities_code"), ["code"], unique=False)

    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.add_column(sa.Column("organisation_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_members_organisation_id_organisations", "organisations", ["organisation_id"], ["id"]
        )
        batch_op.create_index(batch_op.f("ix_members_organisation_id"), ["organisation_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_members_organisation_id"))
        batch_op.drop_constraint("fk_members_organisation_id_organisations", type_="foreignkey")
        batch_op.drop_column("organisation_id")
    with op.batch_alter_table("organisation_municipalities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_municipalities_code"))
    op.drop_table("organisation_municipalities")
    op.drop_table("organisations")
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_municipalities_code"))
        batch_op.drop_index(batch_op.f("ix_municipalities_year"))
    op.drop_table("municipalities")
