"""The settings page makes an encrypted backup, and the backup restores and opens (real files)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import Actor
from samenleren_desktop.model.store.backup import restore_backup
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui.app import build_pages
from samenleren_desktop.ui.backup_box import BackupBox
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.settings_page import SettingsPage
from samenleren_desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qtbot: QtBot, workspace: Workspace) -> Iterator[AppContext]:
    with workspace.transaction() as session:
        fill_demo(session, 2, seed=4)
    runner = TaskRunner()
    yield AppContext(workspace, Actor("sanne", "test-laptop"), runner)
    runner.shutdown()


@pytest.fixture
def box(qtbot: QtBot, ctx: AppContext) -> BackupBox:
    widget = BackupBox(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_settings_page_has_the_backup_box(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    preferences = Preferences.from_file(str(tmp_path / "instellingen.ini"))
    pages = {key: widget for key, _, widget in build_pages(ctx, preferences)}
    settings = pages["instellingen"]
    assert isinstance(settings, SettingsPage)
    assert isinstance(settings.backup, BackupBox)
    qtbot.addWidget(settings)
    settings.show()
    assert settings.backup.make.isVisible()
    assert settings.backup.title() == "Reservekopie"


def test_a_backup_is_written_and_opens_after_restoring(
    qtbot: QtBot, box: BackupBox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "usb" / "kopie"
    chosen.parent.mkdir()
    monkeypatch.setattr(box, "ask_target", lambda: str(chosen))
    written: list[str] = []
    box.written.connect(written.append)
    box.make.click()
    assert not box.make.isEnabled()
    assert box.progress.isVisible()
    qtbot.waitUntil(lambda: written != [], timeout=10_000)
    target = chosen.with_name("kopie.samenleren")
    assert written == [str(target)]
    assert str(target) in box.message.text()
    assert box.make.isEnabled()
    assert not box.progress.isVisible()
    restored = restore_backup(target, tmp_path / "terug")
    with Workspace.open(restored, PASSPHRASE) as copy, copy.session() as db:
        assert len(db.exec(select(Gezin)).all()) == 2


def test_an_existing_file_is_not_overwritten(qtbot: QtBot, box: BackupBox, tmp_path: Path) -> None:
    target = tmp_path / "kopie.samenleren"
    target.write_bytes(b"iets anders")
    box.make_backup(target)
    qtbot.waitUntil(box.make.isEnabled, timeout=10_000)
    assert "bestaat al" in box.message.text()
    assert target.read_bytes() == b"iets anders"


def test_a_folder_that_is_not_there_gives_a_plain_message(
    qtbot: QtBot, box: BackupBox, tmp_path: Path
) -> None:
    box.make_backup(tmp_path / "weg" / "kopie.samenleren")
    qtbot.waitUntil(box.make.isEnabled, timeout=10_000)
    assert "Kies een andere map" in box.message.text()
    assert not (tmp_path / "weg").exists()
