"""The laptops' audit trails: entries per organisation and device, and refused uploads.

Revision ID: s0007
Revises: s0006
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0007"
down_revision = "s0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("org_id", sa.Integer(), sa.ForeignKey("organisation.id"), nullable=False),
        sa.Column("device_id", sa.String(64), sa.ForeignKey("device.id"), nullable=False),
        sa.Column("volgnummer", sa.BigInteger(), nullable=False),
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("tijd", sa.DateTime(timezone=True), nullable=False),
        sa.Column("gebruiker", sa.String(100), nullable=False),
        sa.Column("apparaat", sa.String(100), nullable=False),
        sa.Column("actie", sa.String(20), nullable=False),
        sa.Column("tabel", sa.String(50), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=True),
        sa.Column("gezin_id", sa.String(36), nullable=True),
        sa.Column("velden", sa.JSON(), nullable=False),
        sa.Column("vorige_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("device_id", "volgnummer", name="audit_entry_device_volgnummer"),
    )
    op.create_index("ix_audit_entry_org_tijd", "audit_entry", ["org_id", "tijd"])
    op.create_index("ix_audit_entry_org_gezin", "audit_entry", ["org_id", "gezin_id"])
    op.create_table(
        "audit_refusal",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("org_id", sa.Integer(), sa.ForeignKey("organisation.id"), nullable=False),
        sa.Column("device_id", sa.String(64), sa.ForeignKey("device.id"), nullable=False),
        sa.Column("username", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("volgnummer", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
    )
    op.create_index("ix_audit_refusal_org_at", "audit_refusal", ["org_id", "at"])


def downgrade() -> None:
    op.drop_table("audit_refusal")
    op.drop_table("audit_entry")
