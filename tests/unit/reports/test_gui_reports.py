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


def _close(workspace: Workspace, *trajecten: Any) -> None:
    with record_changes(workspace, Actor("test")) as changes:
        for tid in trajecten:
            traject = changes.session.get(Traject, tid)
            assert traject is not None
            changes.update(traject, status="afgesloten", eind_datum=date(2026, 10, 1))


def test_the_overviews_batch_follows_its_filters(
    qtbot: QtBot, ctx: AppContext, known: Known, tmp_path: Path, workspace: Workspace
) -> None:
    _close(workspace, known.traject_a, known.traject_b)
    view = CoordinatorOverview(ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.cijfers is not None, timeout=5000)
    # the period of this year leaves out the traject closed in 2025
    dialog = view.batch_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert {t for t, _ in dialog.trajecten} == {known.traject_a, known.traject_b}
    assert "2 afgeronde trajecten in de selectie" in dialog.summary.text()
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.begeleider.setCurrentIndex(view.begeleider.findData(str(known.bram)))
    dialog = view.batch_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.trajecten == [(known.traject_b, "Gezin Jansen")]
    assert "Begeleider: Bram Hout" in dialog.summary.text()
    dialog.folder.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000) as done:
        dialog.start()
    written, cancelled = done.args
    assert not cancelled
    assert [p.name.startswith("certificaat-kind-Gezin-Jansen-") for p in written] == [True]
    assert "Milan" in PdfReader(written[0]).pages[0].extract_text()
    # school De Eik: only Gezin Öztürk; the whole of 2025: only the old traject
    view.begeleider.setCurrentIndex(0)
    view.school.setCurrentIndex(view.school.findData(str(known.school_eik)))
    dialog = view.batch_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.trajecten == [(known.traject_a, "Gezin Öztürk")]
    view.school.setCurrentIndex(0)
    view.van.setDate(view.van.date().addYears(-1))
    view.tot.setDate(view.van.date().addMonths(11))
    dialog = view.batch_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.trajecten == [(known.traject_oud, "Gezin Oud")]


def test_a_batch_that_fails_halfway_says_what_was_made_and_what_failed(
    qtbot: QtBot, ctx: AppContext, known: Known, tmp_path: Path, workspace: Workspace
) -> None:
    _close(workspace, known.traject_a, known.traject_b)
    dialog = BatchExportDialog(ctx, folder=tmp_path)
    qtbot.addWidget(dialog)
    names = [name for _, name in dialog.trajecten]
    assert names == ["Gezin Jansen", "Gezin Oud", "Gezin Öztürk"]
    # a folder where Gezin Oud's certificate must go: that one cannot be written
    blocked = tmp_path / f"certificaat-kind-Gezin-Oud-{str(known.traject_oud)[:8]}.pdf"
    blocked.mkdir()
    with qtbot.waitSignal(dialog.finished_batch, timeout=20000) as done:
        dialog.start()
    written, cancelled = done.args
    assert not cancelled
    assert len(written) == 2  # the one after the failure was made too
    assert {p.name.split("-")[3] for p in written} == {"Jansen", "Öztürk"}
    assert all(PdfReader(p).pages[0].extract_text() for p in written)
    assert dialog.outcome is not None
    assert [naam for naam, _ in dialog.outcome.mislukt] == ["Gezin Oud"]
    text = dialog.message.text()
    assert "Klaar: 2 documenten gemaakt." in text
    assert "1 niet gelukt:" in text
    assert f"Gezin Oud: {blocked} is een map" in text
    assert blocked.is_dir()
    assert not list(blocked.iterdir())  # nothing half-written in it


def test_a_batch_into_a_folder_that_cannot_be_written_says_so_once(
    qtbot: QtBot, ctx: AppContext, known: Known, tmp_path: Path
) -> None:
    dialog = BatchExportDialog(ctx, folder=tmp_path / "bestaat-niet")
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: "bestaat niet" in dialog.message.text(), timeout=10000)
    assert dialog.message.text().count("bestaat niet") == 1
    assert dialog.make.isEnabled()


def test_the_overviews_report_carries_the_organisations_name_and_logo(
    qtbot: QtBot, ctx: AppContext, known: Known, tmp_path: Path
) -> None:
    logo = _png(tmp_path / "logo.png")
    machine = _machine(tmp_path, f'logo = "{logo}"\norganisation = "Stichting Noord (fictief)"\n')
    preferences = Preferences.from_file(str(tmp_path / "eigen.ini"), machine)
    view = CoordinatorOverview(ctx, preferences=preferences)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.cijfers is not None, timeout=5000)
    with qtbot.waitSignal(view.exported, timeout=10000):
        view.export_report(tmp_path / "r.pdf")
    page: Any = PdfReader(tmp_path / "r.pdf").pages[0]
    assert "Stichting Noord (fictief)" in page.extract_text()
    assert "Stichting Testhuis" not in page.extract_text()
    assert "/XObject" in page["/Resources"]
