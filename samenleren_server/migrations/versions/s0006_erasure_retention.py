"""Erased families (right of erasure and retention) and each organisation's retention period.

`erased_family` notes an erasure without personal data (the family's random id, who, when,
why) at its own sequence number: the pull stream sends it to every laptop of the organisation,
and pushes for the family are refused from then on. `retention_setting` holds the years a
family is kept after its traject ended.

Revision ID: s0006
Revises: s0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0006"
down_revision = "s0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erased_family",
        sa.Column("gezin_id", sa.String(64), primary_key=True),
        sa.Column("org_id", sa.Integer, sa.ForeignKey("organisation.id"), nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False, unique=True),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased_by", sa.String(100), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
    )
    op.create_index("ix_erased_family_org_seq", "erased_family", ["org_id", "seq"])
    op.create_table(
        "retention_setting",
        sa.Column("org_id", sa.Integer, sa.ForeignKey("organisation.id"), primary_key=True),
        sa.Column("years", sa.Integer, nullable=False),
        sa.Column("set_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("set_by", sa.String(100), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("retention_setting")
    op.drop_index("ix_erased_family_org_seq", table_name="erased_family")
    op.drop_table("erased_family")
