"""Alembic environment of the server database (the URL comes from `db.upgrade`)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from samenleren_server.db import metadata

url = context.config.attributes["database_url"]
engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=metadata)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
