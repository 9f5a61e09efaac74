"""Fixtures: a real server on loopback for the client tests (SQLite and PostgreSQL)."""

from tests.server.live import fast_argon2, postgres_url, server

__all__ = ["fast_argon2", "postgres_url", "server"]
