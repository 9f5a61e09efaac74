"""Alembic migrations of the local workspace database (applied at unlock)."""
