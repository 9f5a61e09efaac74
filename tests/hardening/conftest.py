"""Fixtures for the hardening tests: the real loopback server (SQLite and PostgreSQL)."""

from tests.server.live import fast_argon2, postgres_url, server

__all__ = ["fast_argon2", "postgres_url", "server"]
