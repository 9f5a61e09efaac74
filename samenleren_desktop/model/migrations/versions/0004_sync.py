"""Sync state: server, cursor, device, record versions received, conflicts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_url", sa.String(500), nullable=False),
        sa.Column("gebruiker", sa.String(100), nullable=False),
        sa.Column("rol", sa.String(20), nullable=False),
        sa.Column("organisatie", sa.String(200), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("cursor", sa.Integer(), nullable=False),
        sa.Column("server_epoch", sa.String(64), nullable=False),
        sa.Column("last_synced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_record_version",
        sa.Column("tabel", sa.String(50), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("tabel", "record_id"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tabel", sa.String(50), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("gezin_id", sa.Uuid(), nullable=True),
        sa.Column("soort", sa.String(20), nullable=False),
        sa.Column("veld", sa.String(100), nullable=True),
        sa.Column("waarde_bewaard", sa.JSON(), nullable=True),
        sa.Column("waarde_anders", sa.JSON(), nullable=True),
        sa.Column("reden", sa.String(500), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("tijd", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_conflict_gezin_id", "sync_conflict", ["gezin_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_conflict_gezin_id", table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_record_version")
    op.drop_table("sync_state")
