"""The change log says which record version each write made and which one the laptop had seen.

With both, the log shows for every overwritten value whether the later write had seen it (its
base version is at least the version that wrote the value) or met it as a concurrent edit.

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("change_log", sa.Column("version", sa.BigInteger(), nullable=True))
    op.add_column("change_log", sa.Column("base_version", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_log") as batch:
        batch.drop_column("base_version")
        batch.drop_column("version")
