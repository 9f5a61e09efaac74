"""The shell: registered pages, keyboard navigation, shared events, status bar, settings."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from samenleren_desktop.ui.app import STYLE_SHEET, build_pages
from samenleren_desktop.ui.context import AppContext
from samenleren_desktop.ui.coordinator import CoordinatorOverview
from samenleren_desktop.ui.i18n import apply_font_percent
from samenleren_desktop.ui.main_window import MainWindow
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.settings_page import SettingsPage
from samenleren_desktop.ui.sync_status import SyncStatusWidget
from samenleren_desktop.ui.week import WeekView

pytestmark = pytest.mark.gui


class TrajectPage(QWidget):
    """A page that shows one family, as the traject view does."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[uuid.UUID] = []

    def show_gezin(self, gezin_id: uuid.UUID) -> None:
        self.shown.append(gezin_id)


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences.from_file(str(tmp_path / "instellingen.ini"))


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    """The application font, put back after the test (settings change it)."""
    font = QFont(qapp.font())
    yield font
    qapp.setFont(font)
    qapp.setProperty("samenleren_base_point_size", None)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, preferences: Preferences) -> MainWindow:
    main = MainWindow(QLabel("start"))
    qtbot.addWidget(main)
    main.add_page("gezinnen", "Gezinnen", QLabel("gezinnen"))
    main.add_page("instellingen", "Instellingen", SettingsPage(preferences))
    main.connect_context(ctx)
    main.show()
    main.show_shell()
    qtbot.waitExposed(main)
    return main


def test_build_pages_gives_every_page_once_with_settings_last(
    ctx: AppContext, preferences: Preferences
) -> None:
    pages = build_pages(ctx, preferences)
    keys = [key for key, _title, _widget in pages]
    assert len(set(keys)) == len(keys)
    assert keys[0] == "gezinnen"
    assert keys[-1] == "instellingen"
    assert all(title and isinstance(widget, QWidget) for _key, title, widget in pages)


def test_pages_are_registered_in_order_and_shown_by_key(window: MainWindow) -> None:
    assert window.page_keys() == ["gezinnen", "instellingen"]
    assert window.current_page_key() == "gezinnen"
    assert window.navigation.count() == 2
    window.show_page("instellingen")
    assert window.current_page_key() == "instellingen"
    assert isinstance(window.pages.currentWidget(), SettingsPage)
    assert window.windowTitle() == "Instellingen — Samen Leren"
    assert window.navigation.currentItem().text() == "Instellingen"


def test_a_key_is_registered_once(window: MainWindow) -> None:
    with pytest.raises(ValueError, match="twice"):
        window.add_page("gezinnen", "Nog eens", QWidget())


def test_ctrl_number_and_arrow_keys_choose_pages(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_page_key() == "instellingen"
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)
    assert window.current_page_key() == "gezinnen"
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "instellingen"
    qtbot.keyClick(window.navigation, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "gezinnen"
    assert window.navigation.hasFocus()


def test_opening_a_family_goes_to_the_traject_page(window: MainWindow, ctx: AppContext) -> None:
    traject = TrajectPage()
    window.add_page("traject", "Traject", traject)
    gezin_id = uuid.uuid4()
    ctx.events.open_gezin.emit(gezin_id)
    assert traject.shown == [gezin_id]
    assert window.current_page_key() == "traject"
    assert window.current_page_key() == "traject"


def test_status_messages_reach_the_status_bar(window: MainWindow, ctx: AppContext) -> None:
    ctx.events.status_message.emit("Huisbezoek opgeslagen")
    label = window.findChild(QLabel, "statusMessage")
    assert label is not None
    assert label.text() == "Huisbezoek opgeslagen"
    assert window.sync_status.text() == "Offline — nog geen server ingesteld"


def test_sync_status_says_each_state_in_words_with_an_icon(qtbot: QtBot) -> None:
    status = SyncStatusWidget()
    qtbot.addWidget(status)
    status.set_syncing()
    assert status.text() == "Bezig met synchroniseren…"
    status.set_synced(datetime(2026, 11, 2, 14, 5))
    assert status.text() == "Laatst gesynchroniseerd om 14:05"
    status.set_conflicts(3)
    assert (status.state, status.text()) == ("conflicts", "3 conflicten")
    assert not status.button.icon().isNull()
    assert "3 conflicten" in status.button.accessibleName()
    status.set_offline()
    assert status.text() == "Offline"
    with qtbot.waitSignal(status.clicked):
        status.button.click()


def test_settings_are_stored_and_the_font_grows_at_once(
    window: MainWindow, preferences: Preferences, app_font: QFont, qapp: QApplication
) -> None:
    page = window.page("instellingen")
    assert isinstance(page, SettingsPage)
    assert page.autolock.value() == 5
    page.autolock.setValue(12)
    page.language.setCurrentIndex(page.language.findData("en"))
    page.font_percent.setValue(200)
    again = Preferences.from_file(preferences._settings.fileName())
    assert (again.autolock_minutes, again.language, again.font_percent) == (12, "en", 200)
    assert "opnieuw start" in page.language_note.text()
    assert page.language_note.isVisibleTo(page)
    assert qapp.font().pointSizeF() == pytest.approx(app_font.pointSizeF() * 2)
    page.autolock.setValue(0)
    assert page.autolock.text() == "nooit"
    assert Preferences.from_file(preferences._settings.fileName()).autolock_minutes == 0


@pytest.fixture
def style_sheet(qapp: QApplication) -> Iterator[None]:
    """The program's style sheet (padding makes buttons wider), taken away after the test."""
    qapp.setStyleSheet(STYLE_SHEET)
    yield
    qapp.setStyleSheet("")


def test_the_window_still_fits_at_200_percent(
    window: MainWindow, ctx: AppContext, app_font: QFont, style_sheet: None
) -> None:
    page = window.page("instellingen")
    assert isinstance(page, SettingsPage)
    page.font_percent.setValue(200)
    # Pages made at 200 %, as when the program starts with that setting.
    window.add_page("week", "Week", WeekView(ctx))
    window.add_page("overzicht", "Overzicht", CoordinatorOverview(ctx))
    for key in ("instellingen", "week", "overzicht"):
        window.show_page(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280, key
        assert hint.height() <= 800, key
        page_hint = window.page(key).minimumSizeHint().width()
        assert page_hint + window.navigation.width() <= 1280, key
    assert window.navigation.width() >= window.navigation.fontMetrics().horizontalAdvance(
        "Instellingen"
    )


def test_the_overview_figures_are_readable_at_200_percent(
    qtbot: QtBot, ctx: AppContext, app_font: QFont, qapp: QApplication
) -> None:
    apply_font_percent(qapp, 200)
    view = CoordinatorOverview(ctx)
    qtbot.addWidget(view)
    view.resize(1280 - 240, 700)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show()
    table = view.figures
    metrics = table.fontMetrics()
    labels = [table.item(row, 0).text() for row in range(12) if table.columnSpan(row, 0) == 1]
    assert "Afstemmingsfase" in labels
    widest = max(metrics.horizontalAdvance(label) for label in labels)
    assert table.columnWidth(0) > widest
    assert table.columnWidth(1) <= metrics.horizontalAdvance("0" * 12)
    assert table.textElideMode() == Qt.TextElideMode.ElideNone


def test_every_control_of_the_shell_has_an_accessible_name(window: MainWindow) -> None:
    unnamed: list[str] = []
    for key in window.page_keys():
        window.show_page(key)
        unnamed += [
            f"{key}: {type(widget).__name__}"
            for widget in window.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(window)
            and not widget.accessibleName()
            and not isinstance(widget.parent(), QAbstractSpinBox)  # its editor: named by the box
        ]
    assert unnamed == []


def test_the_quick_workspace_check_agrees_with_the_store(tmp_path: Path, ctx: AppContext) -> None:
    from samenleren_desktop.model.store.workspace import is_workspace
    from samenleren_desktop.ui.app import looks_like_workspace

    for folder in (ctx.workspace.folder, tmp_path / "leeg", tmp_path):
        assert looks_like_workspace(folder) == is_workspace(folder)
    assert looks_like_workspace(ctx.workspace.folder)


def test_the_unlock_screen_needs_no_database_layer() -> None:
    """The start page shows before SQLAlchemy is loaded (it loads while the coach types)."""
    code = (
        "import sys, samenleren_desktop.ui.app\n"
        "heavy = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_runner_starts_nothing_once_shut_down(qtbot: QtBot) -> None:
    """A result delivered while the program closes may ask for more work; none starts."""
    from samenleren_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    done: list[int] = []
    runner.run(lambda: 1, done.append, lambda error: None)
    qtbot.waitUntil(lambda: done == [1])
    runner.shutdown()
    runner.run(lambda: 2, done.append, lambda error: None)  # no RuntimeError from the pool
    qtbot.wait(50)
    assert done == [1]
