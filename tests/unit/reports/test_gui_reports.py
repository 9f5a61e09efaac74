"""The coordinator's overview and the export dialogs, on the known encrypted workspace."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from samenleren_desktop.config import MachineConfig, load_machine_config
from samenleren_desktop.model.entities import Traject
from samenleren_desktop.model.services.changes import Actor, record_changes
from samenleren_desktop.model.store.workspace import Workspace
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.coordinator import CoordinatorOverview
from samenleren_desktop.ui.export_dialog import BatchExportDialog, ExportDialog
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.settings_page import SettingsPage
from samenleren_desktop.ui.tasks import TaskRunner
from tests.unit.reports.conftest import TODAY, Known

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(qtbot: QtBot, workspace: Workspace, known: Known) -> Iterator[AppContext]:
    """A coordinator's context on the known workspace, today fixed."""
    runner = TaskRunner()
    yield AppContext(workspace, Actor("coordinator", "test"), runner, today=lambda: TODAY)
    runner.shutdown()


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _figures(view: CoordinatorOverview) -> dict[str, str]:
    table = view.figures
    return {_text(table, r, 0): _text(table, r, 1) for r in range(table.rowCount())}


def test_overview_shows_the_report_figures_and_every_traject(
    qtbot: QtBot, ctx: AppContext, known: Known
) -> None:
    view = CoordinatorOverview(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.cijfers is not None, timeout=5000)
    figures = _figures(view)
    assert figures["Totaal in de periode"] == "2"
    assert figures["School"] == "1"  # sign-ups by source
    assert figures["Totaal uren"] == "3,5"
    gezinnen = {_text(view.trajecten, r, 1) for r in range(view.trajecten.rowCount())}
    assert gezinnen == {"Gezin Öztürk", "Gezin Jansen"}
    for widget in (view.van, view.tot, view.school, view.begeleider, view.export_button):
        assert widget.accessibleName()
    assert view.export_button.minimumHeight() >= 36


def test_filter_by_begeleider_and_export(
    qtbot: QtBot, ctx: AppContext, known: Known, tmp_path: Path
) -> None:
    view = CoordinatorOverview(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.cijfers is not None, timeout=5000)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.begeleider.setCurrentIndex(view.begeleider.findData(str(known.bram)))
    assert view.trajecten.rowCount() == 1
    assert _text(view.trajecten, 0, 0) == "Bram Hout"
    with qtbot.waitSignal(view.exported, timeout=10000):
        view.export_report(tmp_path / "r.pdf", tmp_path / "r.csv")
    assert "Begeleider: Bram Hout" in PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert (tmp_path / "r.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_reversed_dates_get_a_message_and_keep_the_figures(
    qtbot: QtBot, ctx: AppContext, known: Known
) -> None:
    view = CoordinatorOverview(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.cijfers is not None, timeout=5000)
    view.van.setDate(view.van.date().addYears(1))
    assert "einddatum" in view.status.text()
    assert view.figures.rowCount() > 0


def test_export_dialog_writes_the_chosen_document(
    qtbot: QtBot, ctx: AppContext, known: Known, tmp_path: Path
) -> None:
    dialog = ExportDialog(ctx, known.traject_a)
    qtbot.addWidget(dialog)
    dialog.document.setCurrentIndex(dialog.document.findData("evaluatie"))
    dialog.path.setText(str(tmp_path / "evaluatie.pdf"))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.make.click()
    assert "Zo ging het" in PdfReader(tmp_path / "evaluatie.pdf").pages[0].extract_text()


def test_export_dialog_reports_a_bad_target_in_dutch(
    qtbot: QtBot, ctx: AppContext, known: Known, tmp_path: Path
) -> None:
    dialog = ExportDialog(ctx, known.traject_a)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "nergens" / "plan.pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: "bestaat niet" in dialog.message.text(), timeout=10000)
    assert dialog.make.isEnabled()


def test_batch_export_can_be_cancelled(
    qtbot: QtBot, ctx: AppContext, known: Known, tmp_path: Path, workspace: Workspace
) -> None:
    with record_changes(workspace, Actor("test")) as changes:
        for tid in (known.traject_a, known.traject_b):
            traject = changes.session.get(Traject, tid)
            assert traject is not None
            changes.update(traject, status="afgesloten", eind_datum=date(2026, 10, 1))
    out = tmp_path / "certificaten"
    out.mkdir()
    dialog = BatchExportDialog(ctx, folder=out)
    qtbot.addWidget(dialog)
    assert len(dialog.trajecten) == 3  # the two above and the one closed in 2025
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000) as done:
        dialog.start()
    written, cancelled = done.args
    assert not cancelled
    assert len(written) == 3
    assert all(p.parent == out and p.stat().st_size > 0 for p in written)
    for path in out.iterdir():
        path.unlink()
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000) as done:
        dialog.start()
        dialog.cancel_batch()
    written, cancelled = done.args
    assert cancelled
    assert len(written) < 3
    assert sorted(out.iterdir()) == sorted(written)  # only complete files


def _png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (90, 30), "#1F6F8B").save(path)
    return path


def _machine(tmp_path: Path, text: str) -> MachineConfig:
    path = tmp_path / "beheer.toml"
    path.write_text(text, encoding="utf-8")
    return load_machine_config(path)


def test_the_logo_setting_the_administrators_default_and_its_lock(
    qtbot: QtBot, tmp_path: Path
) -> None:
    central = _png(tmp_path / "centraal.png")
    own = _png(tmp_path / "eigen.png")
    machine = _machine(tmp_path, f'logo = "{central}"\norganisation = "Stichting Noord"\n')
    preferences = Preferences.from_file(str(tmp_path / "eigen.ini"), machine)
    assert preferences.document_settings() == (central, "Stichting Noord")
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    assert page.logo_path.text() == str(central)
    assert page.document_name.text() == "Naam op documenten: Stichting Noord"
    page.ask_logo_file = lambda: str(own)  # type: ignore[method-assign]  # the coach picks
    page.choose_logo.click()
    assert preferences.document_logo == str(own)
    assert page.logo_path.text() == str(own)
    # a file that is no picture is refused, with a plain sentence
    text_file = tmp_path / "brief.txt"
    text_file.write_text("geen plaatje", encoding="utf-8")
    assert not page.set_logo(str(text_file))
    assert "geen plaatje" in page.logo_note.text()
    assert preferences.document_logo == str(own)
    # locked by the administrator: the chooser is disabled and the coach's choice ignored
    locked = _machine(tmp_path, f'logo = "{central}"\nlocked = ["logo"]\n')
    preferences = Preferences.from_file(str(tmp_path / "eigen.ini"), locked)
    assert preferences.document_logo == str(central)
    preferences.document_logo = str(own)
    assert preferences.document_logo == str(central)
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    assert not page.choose_logo.isEnabled()
    assert page.locked_notes["logo"].text() == "vastgezet door de beheerder"
    assert page.document_name.text().startswith("Naam op documenten: de naam van de organisatie")


def test_the_export_dialogs_use_the_logo_of_the_settings(
    qtbot: QtBot, ctx: AppContext, known: Known, tmp_path: Path
) -> None:
    logo = _png(tmp_path / "logo.png")
    preferences = Preferences.from_file(str(tmp_path / "eigen.ini"), MachineConfig())
    preferences.document_logo = str(logo)
    dialog = ExportDialog(ctx, known.traject_a, preferences=preferences)
    qtbot.addWidget(dialog)
    target = tmp_path / "plan.pdf"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=10000):
        dialog.start()
    page: Any = PdfReader(target).pages[0]
    assert "/XObject" in page["/Resources"]
    # the logo file went away: the batch still makes every document and says so plainly
    logo.unlink()
    batch = BatchExportDialog(ctx, folder=tmp_path, preferences=preferences)
    qtbot.addWidget(batch)
    with qtbot.waitSignal(batch.finished_batch, timeout=10000):
        batch.start()
    assert "niet gevonden" in batch.message.text()
    assert "gemaakt zonder logo" in batch.message.text()
