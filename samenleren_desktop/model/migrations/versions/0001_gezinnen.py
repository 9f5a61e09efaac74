"""Families, parents and children.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(100), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "gezin",
        *_record_columns(),
        sa.Column("naam", sa.String(200), nullable=False),
        sa.Column("adres", sa.String(200), nullable=False),
        sa.Column("postcode", sa.String(10), nullable=False),
        sa.Column("plaats", sa.String(100), nullable=False),
        sa.Column("notities", sa.String(10_000), nullable=False),
    )
    op.create_table(
        "ouder",
        *_record_columns(),
        sa.Column("gezin_id", sa.Uuid(), sa.ForeignKey("gezin.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("voornaam", sa.String(100), nullable=False),
        sa.Column("achternaam", sa.String(100), nullable=False),
        sa.Column("taal", sa.String(100), nullable=False),
        sa.Column("tolk_nodig", sa.Boolean(), nullable=False),
        sa.Column("telefoon", sa.String(30), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("bereikbaarheid", sa.String(500), nullable=False),
    )
    op.create_index("ix_ouder_gezin_id", "ouder", ["gezin_id"])
    op.create_table(
        "kind",
        *_record_columns(),
        sa.Column("gezin_id", sa.Uuid(), sa.ForeignKey("gezin.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("voornaam", sa.String(100), nullable=False),
        sa.Column("achternaam", sa.String(100), nullable=False),
        sa.Column("geboortedatum", sa.Date(), nullable=True),
        sa.Column("groep", sa.Integer(), nullable=False),
    )
    op.create_index("ix_kind_gezin_id", "kind", ["gezin_id"])


def downgrade() -> None:
    op.drop_table("kind")
    op.drop_table("ouder")
    op.drop_table("gezin")
