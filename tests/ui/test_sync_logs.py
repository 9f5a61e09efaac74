"""A failing sync is logged by type and code location only: no message that may hold a name."""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from samenleren_desktop.config import MachineConfig
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.sync.client import SyncService
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.sync_controller import SyncController
from samenleren_desktop.ui.sync_page import SyncPage
from samenleren_desktop.ui.sync_status import SyncStatusWidget

pytestmark = pytest.mark.gui
SECRET = "Gezin Jansen, Dorpsstraat 1"


class BrokenService(SyncService):
    """A sync that fails with a bug whose message holds personal data."""

    def sync(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        raise RuntimeError(SECRET)


def test_a_failed_sync_logs_no_message(
    qtbot: QtBot, ctx: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    status = SyncStatusWidget()
    qtbot.addWidget(status)
    service = BrokenService(ctx.workspace, credentials=WorkspaceCredentials(ctx.workspace))
    controller = SyncController(ctx, status, service=service)
    controller._enrolled = True  # as if linked: the sync itself is what fails
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(controller.finished, timeout=30_000):
        assert controller.sync_now()
    controller.stop()
    assert "Synchronising failed" in caplog.text
    assert "builtins.RuntimeError" in caplog.text
    assert "Jansen" not in caplog.text
    assert all(record.exc_info is None for record in caplog.records)


def test_a_failing_sync_page_logs_no_message(
    qtbot: QtBot, ctx: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    status = SyncStatusWidget()
    qtbot.addWidget(status)
    controller = SyncController(ctx, status)
    page = SyncPage(ctx, controller, config=MachineConfig())
    qtbot.addWidget(page)
    try:
        raise RuntimeError(SECRET)
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR):
            page._on_failed(error)
    controller.stop()
    assert "The sync page failed" in caplog.text
    assert "test_sync_logs.py" in caplog.text
    assert "Jansen" not in caplog.text
    assert all(record.exc_info is None for record in caplog.records)
    assert page.message.text() == "Er ging iets mis; er is niets verloren."
