"""Shared fixtures: real encrypted workspaces in tmp_path, with a cheap KDF for speed.

The key derivation is the one part made cheaper in tests (8 MiB, one pass instead of 64 MiB
tuned to half a second); everything else is the real SQLCipher database on disk.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from pytestqt.qtbot import QtBot

from samenleren_desktop.model.store import keyfile
from samenleren_desktop.model.store.workspace import Workspace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI runs the property tests with a fixed seed; locally they explore new examples each run.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# pytest-qt waits 5 s by default. A wait only lasts that long when something is wrong, but on
# a loaded 2-core machine a background load can take longer than 5 s: wait up to 30 s.
QT_WAIT_MS = 30_000


def _longer_default_wait(wait: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(wait)
    def patient(self: QtBot, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", QT_WAIT_MS)
        return wait(self, *args, **kwargs)

    return patient


for _name in ("waitSignal", "waitSignals", "waitUntil", "waitExposed", "waitActive"):
    setattr(QtBot, _name, _longer_default_wait(getattr(QtBot, _name)))

PASSPHRASE = "een heel geheim wachtwoord"
FAST_KDF = keyfile.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workspaces made without explicit KDF parameters use the cheap test parameters."""
    monkeypatch.setattr(keyfile, "calibrate", lambda *args, **kwargs: FAST_KDF)


@pytest.fixture(autouse=True)
def _no_passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SAMENLEREN_PASSPHRASE", "SAMENLEREN_NEW_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    """A folder for a new workspace."""
    return tmp_path / "werkruimte"


@pytest.fixture
def workspace(workspace_dir: Path) -> Iterator[Workspace]:
    """A new, open, empty workspace."""
    ws = Workspace.create(workspace_dir, PASSPHRASE, FAST_KDF)
    yield ws
    ws.close()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its contents (to prove nothing changed)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


# After the run, leave without the interpreter's teardown: Qt objects that Python collects then,
# in no fixed order, crashed the process once ("shared QObject was deleted directly") after
# every test had passed, turning a green run red. The exit status is pytest's own.
_EXIT_STATUS: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    if _EXIT_STATUS and not hasattr(config, "workerinput"):
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])
