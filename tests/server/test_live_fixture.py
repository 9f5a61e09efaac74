"""The PostgreSQL fixture: skipped locally without PostgreSQL, a failure in CI."""

from __future__ import annotations

import pytest

from tests.server import live


def test_no_postgresql_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="must run, not be skipped"):
        live.unreachable("PostgreSQL op 127.0.0.1:5432 is niet bereikbaar")


def test_no_postgresql_skips_locally(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="niet bereikbaar"):
        live.unreachable("PostgreSQL op 127.0.0.1:5432 is niet bereikbaar")
