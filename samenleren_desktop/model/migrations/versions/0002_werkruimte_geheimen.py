"""Secrets kept inside the encrypted workspace where the OS has no usable keyring.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workspace_secret",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("value", sa.String(10_000), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("workspace_secret")
