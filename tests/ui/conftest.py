"""GUI fixtures: an `AppContext` on a real encrypted workspace filled with demo families."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from samenleren_desktop.model.demo import fill_demo
from samenleren_desktop.model.services.changes import Actor
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.tasks import TaskRunner
from tests.conftest import FAST_KDF, PASSPHRASE

# The demo and every GUI test agree on this date, so steps and due dates do not drift.
TODAY = date(2026, 11, 2)


@pytest.fixture
def demo_workspace(tmp_path: Path) -> Iterator[Workspace]:
    """An open workspace with 12 demo families in every stage of their traject."""
    ws = Workspace.create(tmp_path / "demo", PASSPHRASE, FAST_KDF)
    with ws.transaction() as session:
        fill_demo(session, 12, seed=7, today=TODAY)
    yield ws
    ws.close()


@pytest.fixture
def ctx(qtbot: QtBot, demo_workspace: Workspace) -> Iterator[AppContext]:
    """The context a screen gets, on the demo workspace, with today fixed."""
    runner = TaskRunner()
    context = AppContext(demo_workspace, Actor("sanne", "test-laptop"), runner, today=lambda: TODAY)
    yield context
    runner.shutdown()
