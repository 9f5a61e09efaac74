"""Server tables: organisations, users, devices, assignments, records, change log, receipts.

Revision ID: s0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

_TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
    )
    op.create_table(
        "server_user",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("org_id", sa.Integer(), sa.ForeignKey("organisation.id"), nullable=False),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("server_user.id"), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("revoked_at", _TZ, nullable=True),
    )
    op.create_table(
        "assignment",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("server_user.id"), primary_key=True),
        sa.Column("gezin_id", sa.String(64), primary_key=True),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "record",
        sa.Column("tabel", sa.String(50), primary_key=True),
        sa.Column("record_id", sa.String(64), primary_key=True),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("gezin_id", sa.String(64), nullable=True),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False, unique=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("field_versions", sa.JSON(), nullable=False),
        sa.Column("field_writers", sa.JSON(), nullable=False),
        sa.Column("changed_by", sa.String(100), nullable=False),
        sa.Column("updated_at", _TZ, nullable=False),
    )
    op.create_index("ix_record_gezin_seq", "record", ["gezin_id", "seq"])
    op.create_index("ix_record_org_seq", "record", ["org_id", "seq"])
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("tabel", sa.String(50), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=True),
        sa.Column("change_id", sa.String(64), nullable=True),
        sa.Column("op", sa.String(20), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("at", _TZ, nullable=False),
    )
    op.create_index("ix_change_log_seq", "change_log", ["seq"])
    op.create_table(
        "receipt",
        sa.Column("change_id", sa.String(64), primary_key=True),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
    )
    counter = op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("epoch", sa.String(64), nullable=False),
    )
    op.bulk_insert(counter, [{"id": 1, "value": 0, "epoch": uuid.uuid4().hex}])


def downgrade() -> None:
    for name in ("sync_counter", "receipt", "change_log", "record", "assignment", "device"):
        op.drop_table(name)
    op.drop_table("server_user")
    op.drop_table("organisation")
