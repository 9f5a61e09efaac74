"""Audit trail hash chain: volgnummer, vorige_hash and hash; existing entries are chained.

The entries already there are chained in (tijd, id) order, so an older workspace's audit trail
is tamper-evident from its upgrade on (see docs/audit.md). Nothing here changes what sync
sends: audit_entry does not travel.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from samenleren_desktop.model.services.audit import seal_pending

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("volgnummer", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("vorige_hash", sa.String(64), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("hash", sa.String(64), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_audit_entry_volgnummer"), ["volgnummer"], unique=True)
    seal_pending(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_volgnummer"))
        batch_op.drop_column("hash")
        batch_op.drop_column("vorige_hash")
        batch_op.drop_column("volgnummer")
