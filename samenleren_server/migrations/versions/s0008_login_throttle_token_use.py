"""Login throttling and device token expiry.

`login_failure` counts failed logins per username and per client address, with the lockout
they caused (`samenleren_server.throttle`). `device.last_used_at` notes when a token was last
used (to the day), so a token left unused expires; existing devices count from this upgrade.

Revision ID: s0008
Revises: s0007
Create Date: 2026-12-04
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "s0008"
down_revision = "s0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_failure",
        sa.Column("scope", sa.String(10), primary_key=True),
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failure", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_login_failure_last", "login_failure", ["last_failure"])
    with op.batch_alter_table("device") as device:
        device.add_column(sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True))
    table = sa.table("device", sa.column("last_used_at", sa.DateTime(timezone=True)))
    op.execute(table.update().values(last_used_at=datetime.now(UTC)))


def downgrade() -> None:
    with op.batch_alter_table("device") as device:
        device.drop_column("last_used_at")
    op.drop_index("ix_login_failure_last", table_name="login_failure")
    op.drop_table("login_failure")
