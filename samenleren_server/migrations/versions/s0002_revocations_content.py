"""Ended assignments in the pull stream, each device's pulled cursor, published content.

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("assignment", sa.Column("ended_seq", sa.BigInteger(), nullable=True))
    op.add_column(
        "device",
        sa.Column("pulled_cursor", sa.BigInteger(), nullable=False, server_default="0"),
    )
    op.create_table(
        "content_bundle",
        sa.Column("org_id", sa.Integer(), sa.ForeignKey("organisation.id"), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_by", sa.String(100), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("content_bundle")
    with op.batch_alter_table("device") as batch:
        batch.drop_column("pulled_cursor")
    with op.batch_alter_table("assignment") as batch:
        batch.drop_column("ended_seq")
