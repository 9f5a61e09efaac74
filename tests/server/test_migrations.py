"""Server migrations on data written by an older server (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

import samenleren_server
from samenleren_server import db


def _config(url: str) -> Config:
    config = Config()
    folder = Path(samenleren_server.__file__).parent / "migrations"
    config.set_main_option("script_location", str(folder))
    config.attributes["database_url"] = url
    return config


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'old.db'}"
    url: str = request.getfixturevalue("postgres_url")
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    return url


def test_s0003_keys_receipts_per_device_and_repairs_families(empty_url: str) -> None:
    config = _config(empty_url)
    command.upgrade(config, "s0002")
    engine = sa.create_engine(empty_url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(db.receipt).values(change_id="c1", device_id="d1", result={}))
            row = {
                "tabel": "kind",
                "org_id": 1,
                "version": 1,
                "deleted": False,
                "field_versions": {},
                "field_writers": {},
                "changed_by": "x",
                "updated_at": datetime(2026, 1, 1, tzinfo=UTC),
            }
            conn.execute(
                sa.insert(db.record),
                [
                    {
                        **row,
                        "record_id": "k1",
                        "seq": 1,
                        "gezin_id": None,
                        "data": {"gezin_id": "g1"},
                    },
                    {
                        **row,
                        "record_id": "k2",
                        "seq": 2,
                        "gezin_id": "g2",
                        "data": {"gezin_id": "g2"},
                    },
                ],
            )
        command.upgrade(config, "head")
        with engine.begin() as conn:
            conn.execute(sa.insert(db.receipt).values(change_id="c1", device_id="d2", result={}))
            receipts = conn.execute(sa.select(db.receipt.c.device_id).order_by("device_id"))
            assert [r[0] for r in receipts] == ["d1", "d2"]
            families = conn.execute(sa.select(db.record.c.record_id, db.record.c.gezin_id))
            assert dict(families.all()) == {"k1": "g1", "k2": "g2"}
        command.downgrade(config, "s0002")
        with engine.connect() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(db.receipt)).scalar() == 1
    finally:
        engine.dispose()
