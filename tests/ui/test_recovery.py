"""A forgotten passphrase, from the unlock screen: the administrator sets a new one with the
organisation's recovery key, and the workspace opens with it (real keys, real SQLCipher)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.store import recovery
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui.app import WorkspaceController
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.recovery_dialog import RecoveryDialog
from samenleren_desktop.ui.unlock import UnlockPage
from tests.conftest import FAST_KDF, PASSPHRASE, folder_bytes

pytestmark = pytest.mark.gui

KEY_PASSPHRASE = "herstel van de organisatie"
NEW_PASSPHRASE = "een nieuw lang wachtwoord"


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    """(private, public) key files of the organisation."""
    return recovery.generate_key_pair(tmp_path / "beheer", KEY_PASSPHRASE)


@pytest.fixture
def sealed_dir(workspace_dir: Path, keys: tuple[Path, Path]) -> Path:
    """A workspace sealed to the organisation's recovery key, with one family."""
    public = recovery.load_public_key(keys[1])
    ws = Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF, recovery_key=public)
    with ws, ws.transaction() as session:
        fill_demo(session, 1, seed=3)
    return workspace_dir


@pytest.fixture
def session_for(qtbot: QtBot) -> Iterator[list[WorkspaceController]]:
    sessions: list[WorkspaceController] = []
    yield sessions
    for session in sessions:
        session.close()


def _open_dialog(
    folder: Path, qtbot: QtBot, sessions: list[WorkspaceController]
) -> tuple[WorkspaceController, UnlockPage, RecoveryDialog]:
    preferences = Preferences.from_file(str(folder.parent / "instellingen.ini"))
    session = WorkspaceController(folder, preferences=preferences)
    sessions.append(session)
    qtbot.addWidget(session.window)
    session.window.show()
    page = session.page
    assert isinstance(page, UnlockPage)
    assert not page.recover.isVisible()
    page.forgot.click()
    assert "herstelsleutel" in page.message.text()
    assert page.recover.isVisible()
    page.recover.click()
    dialog = session.recovery_dialog
    assert isinstance(dialog, RecoveryDialog)
    qtbot.waitUntil(dialog.submit.isEnabled)
    return session, page, dialog


def _fill(dialog: RecoveryDialog, key: Path, key_passphrase: str, new: str) -> None:
    dialog.set_key_file(str(key))
    dialog.key_passphrase.setText(key_passphrase)
    dialog.first.setText(new)
    dialog.second.setText(new)


def test_the_administrator_sets_a_new_passphrase_and_it_opens_the_workspace(
    sealed_dir: Path,
    keys: tuple[Path, Path],
    qtbot: QtBot,
    session_for: list[WorkspaceController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session, page, dialog = _open_dialog(sealed_dir, qtbot, session_for)
    assert "verzegeld" in dialog.seal.text()
    monkeypatch.setattr(dialog, "ask_key_file", lambda: str(keys[0]))
    dialog.choose_key.click()
    assert dialog.key_label.text() == str(keys[0])
    dialog.key_passphrase.setText(KEY_PASSPHRASE)
    dialog.first.setText(NEW_PASSPHRASE)
    dialog.second.setText(NEW_PASSPHRASE)
    dialog.submit.click()
    assert dialog.progress.isVisible()  # the work runs in the background
    assert not dialog.submit.isEnabled()
    assert dialog.key_passphrase.text() == dialog.first.text() == ""
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "nieuw wachtwoord" in page.message.text()
    page.passphrase.setText(NEW_PASSPHRASE)
    page.button.click()
    qtbot.waitUntil(session.window.shell_shown, timeout=10_000)
    assert session.workspace is not None
    with session.workspace.session() as db:
        assert len(db.exec(select(Gezin)).all()) == 1
    session.close()
    with pytest.raises(Exception, match="klopt niet"):
        Workspace.open(sealed_dir, PASSPHRASE)


@pytest.mark.parametrize(
    ("what", "expected"),
    [
        ("wrong key passphrase", "wachtwoord van de herstelsleutel klopt niet"),
        ("not a key", "geen privé-herstelsleutel"),
        ("another organisation's key", "hoort niet bij deze werkruimte"),
        ("short new passphrase", "minstens 12"),
        ("missing file", "niet lezen"),
    ],
)
def test_a_wrong_or_damaged_key_says_so_and_changes_nothing(
    sealed_dir: Path,
    keys: tuple[Path, Path],
    tmp_path: Path,
    qtbot: QtBot,
    session_for: list[WorkspaceController],
    what: str,
    expected: str,
) -> None:
    key, key_passphrase, new = keys[0], KEY_PASSPHRASE, NEW_PASSPHRASE
    if what == "wrong key passphrase":
        key_passphrase = "dit is het niet"
    elif what == "not a key":
        key = tmp_path / "kapot.pem"
        key.write_bytes(b"-----BEGIN PRIVATE KEY-----\nniet echt\n-----END PRIVATE KEY-----\n")
    elif what == "another organisation's key":
        key, _ = recovery.generate_key_pair(tmp_path / "ander", KEY_PASSPHRASE)
    elif what == "short new passphrase":
        new = "kort"
    else:
        key = tmp_path / "weg.pem"
    before = folder_bytes(sealed_dir)
    _, _, dialog = _open_dialog(sealed_dir, qtbot, session_for)
    _fill(dialog, key, key_passphrase, new)
    dialog.submit.click()
    qtbot.waitUntil(dialog.submit.isEnabled, timeout=10_000)
    assert expected in dialog.message.text()
    assert dialog.isVisible()
    assert not dialog.progress.isVisible()
    assert folder_bytes(sealed_dir) == before


def test_an_unsealed_workspace_says_recovery_is_impossible(
    workspace_dir: Path, qtbot: QtBot, session_for: list[WorkspaceController]
) -> None:
    Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF).close()
    preferences = Preferences.from_file(str(workspace_dir.parent / "instellingen.ini"))
    session = WorkspaceController(workspace_dir, preferences=preferences)
    session_for.append(session)
    qtbot.addWidget(session.window)
    session.window.show()
    page = session.page
    assert isinstance(page, UnlockPage)
    page.forgot.click()
    page.recover.click()
    dialog = session.recovery_dialog
    assert isinstance(dialog, RecoveryDialog)
    qtbot.waitUntil(lambda: "niet verzegeld" in dialog.seal.text(), timeout=5000)
    assert not dialog.submit.isEnabled()
    assert not dialog.choose_key.isEnabled()


def test_the_form_asks_for_what_is_missing(
    sealed_dir: Path, keys: tuple[Path, Path], qtbot: QtBot, session_for: list[WorkspaceController]
) -> None:
    _, _, dialog = _open_dialog(sealed_dir, qtbot, session_for)
    dialog.submit.click()
    assert "Kies eerst" in dialog.message.text()
    dialog.set_key_file(str(keys[0]))
    dialog.submit.click()
    assert "wachtwoord van de herstelsleutel" in dialog.message.text()
    _fill(dialog, keys[0], KEY_PASSPHRASE, NEW_PASSPHRASE)
    dialog.second.setText(NEW_PASSPHRASE + "!")
    dialog.submit.click()
    assert "niet gelijk" in dialog.message.text()
    assert dialog.first.text() == NEW_PASSPHRASE  # nothing was sent, nothing cleared
