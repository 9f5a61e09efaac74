"""The self-test's extra checks: the administrator's file, a PDF, one sync with a real server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from samenleren_desktop.config import load_machine_config
from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.errors import SamenLerenError
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui.selftest_checks import (
    SYNC_PASSWORD_ENV,
    SYNC_PASSWORD_FILE_ENV,
    SYNC_USER_ENV,
    CheckFailed,
    machine_config_line,
    render_plan,
    sync_once,
)
from samenleren_server import accounts
from tests.server.live import PASSWORD, LiveServer, fast_argon2, fresh_database

__all__ = ["fast_argon2"]  # the fixture, used by name


@pytest.fixture
def live(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    server = LiveServer(fresh_database("sqlite", tmp_path, request)).start()
    server.user("Stichting Zelftest", "begeleider", "beheer-test")
    yield server
    server.stop()


def test_the_administrators_file_is_reported_or_refused(tmp_path: Path) -> None:
    assert machine_config_line(load_machine_config(tmp_path / "geen.toml")).startswith("geen (")
    good = tmp_path / "goed.toml"
    good.write_text('autolock_minutes = 2\nlocked = ["autolock_minutes"]\n', encoding="utf-8")
    assert machine_config_line(load_machine_config(good)) == f"{good} (vastgezet: autolock_minutes)"
    bad = tmp_path / "fout.toml"
    bad.write_text("autolock_minutes = \n", encoding="utf-8")
    with pytest.raises(CheckFailed, match="geen geldig TOML"):
        machine_config_line(load_machine_config(bad))


def test_a_plan_van_aanpak_is_rendered_as_pdf(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.transaction() as session:
        fill_demo(session, 3, seed=1, today=date(2026, 11, 2))
    with workspace.session() as session:
        found = render_plan(session, tmp_path, date(2026, 11, 2))
    pdf = tmp_path / "plan-van-aanpak.pdf"
    assert found.startswith("plan-van-aanpak.pdf, ")
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Plan van aanpak" in text


def test_an_empty_workspace_has_no_traject_to_render(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.session() as session, pytest.raises(CheckFailed, match="geen traject"):
        render_plan(session, tmp_path, date(2026, 11, 2))


def test_one_sync_enrols_a_new_workspace_and_leaves_a_device(
    live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "wachtwoord"
    secret.write_text(PASSWORD + "\n", encoding="utf-8")
    monkeypatch.setenv(SYNC_USER_ENV, "beheer-test")
    monkeypatch.delenv(SYNC_PASSWORD_ENV, raising=False)
    monkeypatch.setenv(SYNC_PASSWORD_FILE_ENV, str(secret))
    message = sync_once(live.url, tmp_path / "sync", "zelftest-wachtwoord-123")
    assert message.startswith("Gesynchroniseerd: 0 verstuurd")
    names = [device.name for device in accounts.devices(live.db, "beheer-test")]
    assert names == ["zelftest"]


def test_a_wrong_password_or_no_credentials_fail_in_plain_words(
    live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SYNC_USER_ENV, raising=False)
    with pytest.raises(CheckFailed, match=SYNC_USER_ENV):
        sync_once(live.url, tmp_path / "a", "zelftest-wachtwoord-123")
    monkeypatch.setenv(SYNC_USER_ENV, "beheer-test")
    monkeypatch.setenv(SYNC_PASSWORD_ENV, "niet-het-wachtwoord")
    with pytest.raises(SamenLerenError):
        sync_once(live.url, tmp_path / "b", "zelftest-wachtwoord-123")
    assert accounts.devices(live.db, "beheer-test") == []
