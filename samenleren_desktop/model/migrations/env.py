"""Alembic environment: always run on a connection handed in by `store.migrate`."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import samenleren_desktop.model.entities  # noqa: F401 - registers every table on the metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
