"""Receipts per device, and family-owned records stored without their family repaired.

A receipt was found by change id alone, so another device pushing the same id got the stored
answer of someone else's change (and its own change was dropped). It is now keyed by
(device_id, change_id). Before the server derived a change's family itself, a record whose
family was named only in its fields was stored without one (and shown organisation-wide):
such records get the family their data names.

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def _receipt_table(key: tuple[str, ...], key_name: str) -> None:
    op.create_table(
        "receipt_new",
        sa.Column("change_id", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint(*key, name=key_name),
    )


def _rekey(key: tuple[str, ...], key_name: str) -> None:
    """Rebuild `receipt` with another primary key (SQLite cannot change one in place)."""
    _receipt_table(key, key_name)
    op.execute(
        "INSERT INTO receipt_new (change_id, device_id, result) "
        "SELECT change_id, device_id, result FROM receipt"
    )
    op.drop_table("receipt")
    op.rename_table("receipt_new", "receipt")


def _repair_families() -> None:
    record = sa.table(
        "record",
        sa.column("tabel", sa.String),
        sa.column("record_id", sa.String),
        sa.column("gezin_id", sa.String),
        sa.column("data", sa.JSON),
    )
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(record.c.tabel, record.c.record_id, record.c.data).where(
            record.c.gezin_id.is_(None), record.c.tabel != "sync_conflict"
        )
    ).all()
    for tabel, record_id, data in rows:
        gezin = data.get("gezin_id") if isinstance(data, dict) else None
        if isinstance(gezin, str):
            conn.execute(
                sa.update(record)
                .where(record.c.tabel == tabel, record.c.record_id == record_id)
                .values(gezin_id=gezin)
            )


def upgrade() -> None:
    _rekey(("device_id", "change_id"), "receipt_device_change_pk")
    _repair_families()


def downgrade() -> None:
    op.execute(
        "DELETE FROM receipt WHERE EXISTS (SELECT 1 FROM receipt AS r "
        "WHERE r.change_id = receipt.change_id AND r.device_id < receipt.device_id)"
    )
    _rekey(("change_id",), "receipt_pkey")
