"""The sync page and controller against a real server on loopback (SQLite), offscreen."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samenleren_desktop.config import MachineConfig
from samenleren_desktop.model.entities import Gezin
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.sync import apply, conflicts
from samenleren_desktop.sync.client import SyncProgress, SyncResult, SyncService
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.sync_controller import SyncController
from samenleren_desktop.ui.sync_page import SyncPage
from samenleren_desktop.ui.sync_status import SyncStatusWidget
from samenleren_server import accounts, db
from tests.server.live import PASSWORD, LiveServer, fast_argon2, fresh_database
from tests.sync.laptops import Laptop, server_records

pytestmark = pytest.mark.gui
__all__ = ["fast_argon2"]  # autouse: cheap password hashing on the test server

WAIT = 30_000


@pytest.fixture
def server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    """A real sync server on loopback with a begeleider and a coordinator."""
    live = LiveServer(fresh_database("sqlite", tmp_path, request)).start()
    live.user("Stichting Noord", "begeleider", "sanne")
    live.user("Stichting Noord", "coordinator", "karim")
    yield live
    live.stop()


@pytest.fixture
def status(qtbot: QtBot) -> SyncStatusWidget:
    widget = SyncStatusWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def controller(ctx: AppContext, status: SyncStatusWidget) -> Iterator[SyncController]:
    service = SyncService(ctx.workspace, credentials=WorkspaceCredentials(ctx.workspace))
    sync = SyncController(ctx, status, service=service)
    yield sync
    sync.stop()


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, controller: SyncController) -> SyncPage:
    widget = SyncPage(ctx, controller, config=MachineConfig())
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT):
        widget.show()
        widget.page_shown()
    return widget


def _enrol(qtbot: QtBot, page: SyncPage, server: LiveServer, user: str = "sanne") -> SyncResult:
    page.form.server.setText(server.url)
    page.form.username.setText(user)
    page.form.password.setText(PASSWORD)
    with qtbot.waitSignal(page.controller.finished, timeout=WAIT) as finished:
        qtbot.mouseClick(page.form.button, Qt.MouseButton.LeftButton)
    result = finished.args[0]
    assert isinstance(result, SyncResult)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1, timeout=WAIT)
    return result


def _sync(qtbot: QtBot, page: SyncPage) -> SyncResult:
    with qtbot.waitSignal(page.controller.finished, timeout=WAIT) as finished:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        pass
    result = finished.args[0]
    assert isinstance(result, SyncResult)
    return result


def test_not_linked_shows_the_form_and_no_timer(
    qtbot: QtBot, page: SyncPage, controller: SyncController, status: SyncStatusWidget
) -> None:
    with qtbot.waitSignal(controller.state_changed, timeout=WAIT):
        controller.start()
    assert "niet gekoppeld" in status.text()
    assert not controller.timer.isActive()
    assert page.stack.currentWidget() is page.form
    assert not controller.sync_now()  # nothing to sync with


def test_the_form_says_what_is_wrong(qtbot: QtBot, page: SyncPage, server: LiveServer) -> None:
    page.form.server.setText("http://sync.voorbeeld.nl")
    page.form.username.setText("sanne")
    page.form.password.setText(PASSWORD)
    qtbot.mouseClick(page.form.button, Qt.MouseButton.LeftButton)
    assert "alleen met deze computer zelf" in page.form.error.text()
    page.form.server.setText(server.url)
    page.form.password.setText("fout")
    with qtbot.waitSignals([page.controller.enrol_failed, page.loaded], timeout=WAIT):
        qtbot.mouseClick(page.form.button, Qt.MouseButton.LeftButton)
    assert "niet gekoppeld" in page.controller.status.text()  # no longer "bezig"
    assert page.form.error.isVisible()
    assert page.form.error.text()
    assert page.form.button.isEnabled()
    assert page.stack.currentWidget() is page.form


def test_enrol_through_the_page_then_sync(
    qtbot: QtBot, ctx: AppContext, page: SyncPage, status: SyncStatusWidget, server: LiveServer
) -> None:
    progress: list[SyncProgress] = []
    page.controller.progress.connect(progress.append)
    with qtbot.waitSignal(ctx.events.data_changed, timeout=WAIT):
        result = _enrol(qtbot, page, server)
    assert result.ok
    assert result.pushed > 0
    assert any(p.phase == "push" for p in progress)
    assert status.state == "synced"
    assert status.text().startswith("Laatst gesynchroniseerd om")
    assert page.controller.timer.isActive()
    qtbot.waitUntil(lambda: page.account.user.text() == "sanne (begeleider)", timeout=WAIT)
    assert page.account.server.text() == server.url
    assert page.account.waiting.text().startswith("geen")
    assert page.message.text().startswith("Gesynchroniseerd:")
    assert not page.progress.isVisible()
    assert page.conflicts.empty.isVisible()
    # Laptop retention: families finished more than 90 days ago leave once they are on the
    # server; the laptop keeps exactly the families still assigned to sanne.
    on_server = server_records(server)["gezin"]
    kept = apply.local_records(ctx.workspace)["gezin"]
    assert kept == {k: v for k, v in on_server.items() if k in _assigned(server, "sanne")}
    gone = set(on_server) - set(kept)
    assert gone
    assert f"{len(gone)} afgerond(e) gezin(nen) van deze laptop verwijderd" in result.message


def _assigned(server: LiveServer, username: str) -> set[str]:
    a = db.assignment
    with server.db.engine.connect() as conn:
        user_id = accounts.user_id_of(conn, username)
        query = sa.select(a.c.gezin_id).where(a.c.user_id == user_id, a.c.active)
        return set(conn.execute(query).scalars())


def test_offline_is_shown_and_nothing_is_lost(
    qtbot: QtBot, ctx: AppContext, page: SyncPage, status: SyncStatusWidget, server: LiveServer
) -> None:
    _enrol(qtbot, page, server)
    gezin_id = next(iter(apply.local_records(ctx.workspace, ["gezin"])["gezin"]))
    server.stop()
    _set_plaats(ctx.workspace, ctx.actor, gezin_id, "Harderwijk")
    result = _sync(qtbot, page)
    assert result.offline
    assert status.state == "offline"
    assert "server niet bereikbaar" in status.text()
    assert "bereikbaar" in status.button.toolTip()
    assert apply.outbox_size(ctx.workspace) == 1
    assert page.account.waiting.text().startswith("1 wijziging")
    server.start()
    assert _sync(qtbot, page).ok
    assert apply.outbox_size(ctx.workspace) == 0
    assert server_records(server)["gezin"][gezin_id]["plaats"] == "Harderwijk"
    assert status.state == "synced"


def test_only_one_sync_at_a_time_and_the_timer_syncs(
    qtbot: QtBot, ctx: AppContext, status: SyncStatusWidget, server: LiveServer
) -> None:
    service = SyncService(ctx.workspace, credentials=WorkspaceCredentials(ctx.workspace))
    service.enrol(server.url, "sanne", PASSWORD)
    sync = SyncController(ctx, status, interval_minutes=0.002, service=service)
    finished: list[SyncResult] = []
    sync.finished.connect(finished.append)
    try:
        with qtbot.waitSignal(sync.started, timeout=WAIT):
            sync.start()  # syncs at once
        assert sync.is_busy()
        assert not sync.sync_now()  # never two at once
        qtbot.waitUntil(lambda: len(finished) >= 3, timeout=WAIT)  # then by the timer
        assert all(r.ok for r in finished)
    finally:
        sync.stop()
    qtbot.waitUntil(lambda: not sync.is_busy(), timeout=WAIT)
    assert not sync.timer.isActive()


def test_a_revoked_laptop_is_told_to_link_again(
    qtbot: QtBot, ctx: AppContext, page: SyncPage, status: SyncStatusWidget, server: LiveServer
) -> None:
    _enrol(qtbot, page, server)
    accounts.revoke_device(server.db, apply.load_state(ctx.workspace).device_id)
    result = _sync(qtbot, page)
    assert result.access_revoked
    assert "geen toegang meer" in status.text()
    assert page.account.relink.isVisible()
    qtbot.mouseClick(page.account.relink, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.form
    assert page.form.server.text() == server.url
    assert _enrol(qtbot, page, server).ok  # a new device token
    assert status.state == "synced"


def test_a_conflict_is_shown_and_resolved_with_the_buttons(
    qtbot: QtBot,
    ctx: AppContext,
    page: SyncPage,
    status: SyncStatusWidget,
    server: LiveServer,
    tmp_path: Path,
) -> None:
    _enrol(qtbot, page, server)
    other = Laptop(tmp_path / "karim", "karim")
    try:
        other.enrol(server)
        assert other.service.sync().ok
        gezin_id = next(iter(other.records()["gezin"]))
        naam = other.records()["gezin"][gezin_id]["naam"]
        _set_plaats(ctx.workspace, ctx.actor, gezin_id, "Utrecht")
        _set_plaats(other.workspace, other.actor, gezin_id, "Zwolle")
        assert _sync(qtbot, page).ok
        assert other.service.sync().conflicts == 1  # Zwolle arrives later and is kept
        with qtbot.waitSignal(ctx.events.data_changed, timeout=WAIT):
            _sync(qtbot, page)
        assert status.state == "conflicts"
        assert status.text() == "1 conflict"
        (card,) = page.conflicts.cards
        assert card.title.text() == f"{naam} · Gezinsgegevens · Plaats"
        assert (card.kept.text(), card.other.text()) == ("Zwolle", "Utrecht")
        assert card.keep_button.text() == "Deze houden"
        assert card.other_button.accessibleName().startswith("Andere waarde kiezen: Utrecht")
        assert card.other_button.focusPolicy() & Qt.FocusPolicy.TabFocus
        with qtbot.waitSignal(page.decided, timeout=WAIT):
            card.other_button.setFocus()
            qtbot.keyClick(card.other_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: not page.conflicts.cards and status.state == "synced", timeout=WAIT)
        assert apply.outbox_size(ctx.workspace) == 0  # sent right after the decision
        assert page.focusWidget() is page.sync_button  # the keyboard stays on the page
        assert other.service.sync().ok
        for records in (apply.local_records(ctx.workspace), other.records()):
            assert records["gezin"][gezin_id]["plaats"] == "Utrecht"
        assert conflicts.open_conflicts(other.workspace) == []
        assert page.conflicts.empty.isVisible()
    finally:
        other.close()


def _set_plaats(workspace: Workspace, actor: Actor, gezin_id: str, plaats: str) -> None:
    with record_changes(workspace, actor) as changes:
        gezin = changes.session.get(Gezin, uuid.UUID(gezin_id))
        assert gezin is not None
        changes.update(gezin, plaats=plaats)


def test_ctrl_shift_s_shows_the_page_when_not_linked(
    qtbot: QtBot, controller: SyncController, status: SyncStatusWidget
) -> None:
    status.show()
    status.activateWindow()
    qtbot.waitUntil(status.isActiveWindow, timeout=WAIT)
    with qtbot.waitSignal(controller.show_requested, timeout=WAIT):
        qtbot.keyClick(
            status,
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    with qtbot.waitSignal(controller.show_requested, timeout=WAIT):
        qtbot.mouseClick(status.button, Qt.MouseButton.LeftButton)


def test_a_refused_sync_is_not_shown_as_synced(
    controller: SyncController, status: SyncStatusWidget
) -> None:
    from samenleren_desktop.sync.client import SyncStatus

    state = SyncStatus(True, "https://server.example", "sanne", datetime.now(UTC), 2, 0)
    refused = SyncResult(refused=True, message="De server weigert de synchronisatie.")
    controller.show_status(state, 0, refused)
    assert "weigert" in status.button.text()
    assert status.button.toolTip() == refused.message
