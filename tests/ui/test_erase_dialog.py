"""Erasing a family from the Traject page (coordinators only), offscreen, with a live server."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from samenleren_desktop.model.entities import Gezin, Kind, Traject
from samenleren_desktop.model.services.changes import record_changes
from samenleren_desktop.model.store.credentials import WorkspaceCredentials
from samenleren_desktop.sync.erasure_client import erase_family
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.erase_dialog import EraseDialog, same_name
from samenleren_desktop.ui.export_dialog import ExportDialog
from samenleren_desktop.ui.tasks import TaskRunner
from samenleren_desktop.ui.traject_screens import TrajectPage
from tests.server.live import LiveServer, fast_argon2, fresh_database
from tests.sync.laptops import Laptop, server_records
from tests.ui.conftest import TODAY
from tests.ui.test_traject_mnemonics import clashes

pytestmark = pytest.mark.gui
__all__ = ["fast_argon2"]  # autouse: cheap password hashing on the test server

WAIT = 30_000


@pytest.fixture
def server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    live = LiveServer(fresh_database("sqlite", tmp_path, request)).start()
    yield live
    live.stop()


@pytest.fixture
def laptops(server: LiveServer, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """sanne (begeleider) registered Gezin Bakker and Gezin de Vries; karim (coordinator)
    synced them to his laptop."""
    server.user("Noord", "begeleider", "sanne")
    server.user("Noord", "coordinator", "karim")
    sanne, karim = Laptop(tmp_path / "sanne", "sanne"), Laptop(tmp_path / "karim", "karim")
    try:
        sanne.enrol(server)
        karim.enrol(server)
        with record_changes(sanne.workspace, sanne.actor) as changes:
            bakker = changes.create(Gezin(naam="Gezin Bakker", plaats="Assen"))
            changes.create(Kind(gezin_id=bakker.id, voornaam="Noor", groep=2))
            changes.create(Traject(gezin_id=bakker.id, aanmeld_datum=date(2026, 9, 1)))
            vries = changes.create(Gezin(naam="Gezin de Vries", plaats="Emmen"))
            changes.create(Traject(gezin_id=vries.id, aanmeld_datum=date(2026, 9, 8)))
        assert sanne.service.sync().ok
        assert karim.service.sync().ok
        yield sanne, karim
    finally:
        sanne.close()
        karim.close()


def _page(qtbot: QtBot, laptop: Laptop) -> Iterator[TrajectPage]:
    runner = TaskRunner()
    ctx = AppContext(laptop.workspace, laptop.actor, runner, today=lambda: TODAY)
    page = TrajectPage(ctx)
    page.plan.parent_view_full_screen = False
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.show_gezin(_family(laptop, "Gezin Bakker"))
    yield page
    runner.shutdown()


@pytest.fixture
def karim_page(qtbot: QtBot, laptops: tuple[Laptop, Laptop]) -> Iterator[TrajectPage]:
    yield from _page(qtbot, laptops[1])


def _family(laptop: Laptop, naam: str) -> uuid.UUID:
    (found,) = [k for k, v in laptop.records()["gezin"].items() if v["naam"] == naam]
    return uuid.UUID(str(found))


def _names(records: dict[str, Any]) -> set[str]:
    return {v["naam"] for v in records["gezin"].values()}


def _open(page: TrajectPage) -> EraseDialog:
    assert page.erase_button is not None
    assert page.erase_button.isVisible()
    page.erase_button.click()
    (dialog,) = [d for d in page.findChildren(EraseDialog) if d.isVisible()]  # closed: deleted
    dialog.credentials = WorkspaceCredentials(page._ctx.workspace)
    return dialog


def test_a_begeleider_and_an_unlinked_workspace_have_no_erase_button(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop], ctx: AppContext
) -> None:
    for page in _page(qtbot, laptops[0]):
        assert page.overzicht is not None  # the family is shown ...
        assert page.export_button.isVisible()
        assert page.erase_button is None  # ... but a begeleider cannot erase it
        assert page.erase_family() is None
    unlinked = TrajectPage(ctx)
    qtbot.addWidget(unlinked)
    assert unlinked.erase_button is None


def test_the_name_must_be_typed_and_esc_or_enter_cancels(
    qtbot: QtBot, karim_page: TrajectPage, laptops: tuple[Laptop, Laptop], server: LiveServer
) -> None:
    assert clashes(karim_page) == {}  # "Gezin &wissen…" takes a free letter
    dialog = _open(karim_page)
    assert dialog.windowModality() != Qt.WindowModality.NonModal
    assert "Gezin Bakker definitief wissen?" in dialog.heading.text()
    assert "niet ongedaan" in dialog.warning.text()
    assert dialog.cancel.isDefault()
    assert not dialog.confirm.isEnabled()
    for wrong in ("", "Gezin", "Gezin de Vries", "Bakker"):
        dialog.name.setText(wrong)
        assert not dialog.confirm.isEnabled(), wrong
    dialog.name.setText("  gezin   BAKKER ")
    assert dialog.confirm.isEnabled()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter presses Annuleren, not Wissen
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert "Gezin Bakker" in _names(laptops[1].records())

    again = _open(karim_page)
    again.name.setText("Gezin Bakker")
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()
    assert "Gezin Bakker" in _names(laptops[1].records())
    assert "Gezin Bakker" in _names(server_records(server))


def test_the_dossier_can_be_made_first(qtbot: QtBot, karim_page: TrajectPage) -> None:
    dialog = _open(karim_page)
    assert dialog.export_button.isVisible()
    export = dialog.export_dossier()
    assert isinstance(export, ExportDialog)
    assert export.document.currentData() == "dossier"
    assert export.parent() is dialog
    export.reject()
    dialog.reject()


def test_a_coordinator_erases_a_family_through_the_dialog(
    qtbot: QtBot, karim_page: TrajectPage, laptops: tuple[Laptop, Laptop], server: LiveServer
) -> None:
    sanne, karim = laptops
    bakker = _family(karim, "Gezin Bakker")
    changed: list[object] = []
    karim_page._ctx.events.data_changed.connect(changed.append)
    dialog = _open(karim_page)
    dialog.name.setText("Gezin Bakker")

    with qtbot.waitSignal(dialog.erased, timeout=WAIT) as erased:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
        assert dialog.progress.isVisible()  # busy, and Esc does not close it meanwhile
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible()

    assert erased.args == [bakker]
    assert dialog.outcome is not None
    assert dialog.outcome.done
    assert "Het gezin is gewist" in dialog.message.text()
    assert not dialog.progress.isVisible()
    assert not dialog.confirm.isVisible()
    assert dialog.cancel.text() == "&Sluiten"
    assert None in changed  # every list reloads without the family
    assert karim_page.overzicht is None
    assert not karim_page.erase_button.isVisible()
    assert _names(karim.records()) == {"Gezin de Vries"}
    assert _names(server_records(server)) == {"Gezin de Vries"}
    dialog.cancel.click()
    assert not dialog.isVisible()

    assert sanne.service.sync().ok  # the begeleider's laptop loses it on its next sync
    assert _names(sanne.records()) == {"Gezin de Vries"}


def test_a_family_erased_elsewhere_leaves_the_open_page_without_errors(
    qtbot: QtBot, laptops: tuple[Laptop, Laptop]
) -> None:
    sanne, karim = laptops
    for page in _page(qtbot, sanne):  # sanne has Gezin Bakker open, every tab read it
        assert page.overzicht is not None
        bakker = _family(karim, "Gezin Bakker")
        assert erase_family(karim.workspace, bakker, karim.service.credentials).done
        result = sanne.service.sync()
        assert result.removed_families == 1
        page._ctx.changed(None)  # as the sync controller does after such a sync
        assert page.overzicht is None  # and no tab raised because its traject is gone
        assert not page.tabs.isVisible()


def test_same_name_ignores_spaces_and_capitals_but_not_letters() -> None:
    assert same_name(" gezin  öztürk ", "Gezin Öztürk")
    assert not same_name("Gezin Ozturk", "Gezin Öztürk")
    assert not same_name("", "")
