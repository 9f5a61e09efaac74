"""s0008 on a database of an older server: devices count their non-use from the upgrade."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import command

from samenleren_server import db, throttle
from tests.server.test_migrations import _config, empty_url

__all__ = ["empty_url"]


def test_s0008_notes_existing_devices_as_used_now_and_goes_back(empty_url: str) -> None:
    config = _config(empty_url)
    command.upgrade(config, "s0007")
    engine = sa.create_engine(empty_url, poolclass=sa.pool.NullPool)
    old = datetime.now(UTC) - timedelta(days=200)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(db.organisation).values(id=1, name="Noord"))
            user = {"id": 1, "org_id": 1, "username": "sanne", "password_hash": "x"}
            conn.execute(sa.insert(db.user).values(role="begeleider", **user))
            device = {"id": "d1", "user_id": 1, "name": "Laptop", "token_hash": "h1"}
            conn.execute(sa.insert(db.device).values(created_at=old, **device))
        command.upgrade(config, "head")
        with engine.begin() as conn:
            used = conn.execute(sa.select(db.device.c.last_used_at)).scalar_one()
            assert datetime.now(UTC) - throttle.aware(used) < timedelta(minutes=5)
            failures = sa.select(sa.func.count()).select_from(throttle.login_failure)
            assert conn.execute(failures).scalar_one() == 0
        command.downgrade(config, "s0007")
        columns = {c["name"] for c in sa.inspect(engine).get_columns("device")}
        assert "last_used_at" not in columns
        assert "login_failure" not in sa.inspect(engine).get_table_names()
        command.upgrade(config, "head")
    finally:
        engine.dispose()
