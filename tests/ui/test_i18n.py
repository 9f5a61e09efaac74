"""Language and settings: Dutch by default, English from the shipped Qt Linguist files."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from samenleren_desktop.model.paths import translations_dir
from samenleren_desktop.ui.app import STYLE_SHEET
from samenleren_desktop.ui.i18n import apply_font_percent, indicator_size, install_translators
from samenleren_desktop.ui.lock_overlay import LockOverlay
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.sync_status import SyncStatusWidget
from samenleren_desktop.ui.unlock import UnlockPage

pytestmark = pytest.mark.gui

UI = Path(__file__).resolve().parents[2] / "samenleren_desktop" / "ui"
SHELL_FILES = (
    "app.py",
    "autolock.py",
    "create_page.py",
    "errors.py",
    "lock_overlay.py",
    "main_window.py",
    "navigation.py",
    "settings_page.py",
    "sync_status.py",
    "unlock.py",
)


def _messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, or None when unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            text = translation.text if translation is not None and done else None
            found[(name, message.findtext("source") or "")] = text
    return found


@pytest.fixture
def english(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators = install_translators(qapp, "en")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def test_preferences_have_defaults_and_stay_in_range(tmp_path: Path) -> None:
    ini = str(tmp_path / "instellingen.ini")
    preferences = Preferences.from_file(ini)
    assert (preferences.autolock_minutes, preferences.language, preferences.font_percent) == (
        5,
        "nl",
        100,
    )
    preferences.autolock_minutes = 90
    preferences.font_percent = 50
    preferences.language = "fr"
    assert (preferences.autolock_minutes, preferences.font_percent) == (60, 100)
    assert preferences.language == "nl"
    raw = QSettings(ini, QSettings.Format.IniFormat)
    raw.setValue("beveiliging/vergrendel_na_minuten", "veel")
    raw.sync()
    assert Preferences.from_file(ini).autolock_minutes == 5


def test_changed_is_emitted_only_on_a_real_change(qtbot: QtBot, tmp_path: Path) -> None:
    preferences = Preferences.from_file(str(tmp_path / "instellingen.ini"))
    preferences.autolock_minutes = 10
    with qtbot.assertNotEmitted(preferences.changed):
        preferences.autolock_minutes = 10
    with qtbot.waitSignal(preferences.changed) as changed:
        preferences.autolock_minutes = 11
    assert changed.args == ["beveiliging/vergrendel_na_minuten"]


def test_dutch_is_the_default(qtbot: QtBot, tmp_path: Path) -> None:
    page = UnlockPage(tmp_path)
    qtbot.addWidget(page)
    assert page.button.text() == "&Ontgrendelen"


def test_english_comes_from_the_shipped_qm(
    qtbot: QtBot, tmp_path: Path, english: list[QTranslator]
) -> None:
    assert (translations_dir() / "samenleren_en.qm").is_file()
    assert any(not t.isEmpty() for t in english)
    page = UnlockPage(tmp_path)
    overlay = LockOverlay()
    status = SyncStatusWidget()
    for widget in (page, overlay, status):
        qtbot.addWidget(widget)
    assert page.button.text() == "&Unlock"
    assert page.forgot.text() == "&Forgot passphrase?"
    assert overlay.button.text() == "&Unlock"
    status.set_conflicts(3)
    assert status.text() == "3 conflicts"
    status.set_not_configured()
    assert status.text() == "Offline — no server set up yet"


def test_every_string_of_the_shell_is_extracted_and_translated(tmp_path: Path) -> None:
    committed = _messages(translations_dir() / "samenleren_en.ts")
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = [str(UI / name) for name in SHELL_FILES]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    needed = _messages(fresh)
    assert len(needed) > 60
    missing = [key for key in needed if committed.get(key) is None]
    assert missing == [], "run translations/update.sh and translate these"


def test_the_font_scales_to_200_percent(qapp: QApplication) -> None:
    original = QFont(qapp.font())
    try:
        apply_font_percent(qapp, 200)
        assert qapp.font().pointSizeF() == pytest.approx(original.pointSizeF() * 2)
        apply_font_percent(qapp, 100)
        assert qapp.font().pointSizeF() == pytest.approx(original.pointSizeF())
    finally:
        qapp.setFont(original)
        qapp.setProperty("samenleren_base_point_size", None)


def _indicator(box: QCheckBox) -> QRect:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)


def test_check_boxes_grow_with_the_font(qtbot: QtBot, qapp: QApplication) -> None:
    """About 13 px is too small to tap; the indicator follows the font, also when changed."""
    original = QFont(qapp.font())
    qapp.setStyleSheet(STYLE_SHEET)
    try:
        apply_font_percent(qapp, 100)
        box = QCheckBox("Toestemming gegeven")
        qtbot.addWidget(box)
        box.show()
        small, small_hint = _indicator(box).height(), box.sizeHint().height()
        assert small >= 18
        assert small == indicator_size(qapp.font())
        apply_font_percent(qapp, 200)
        assert _indicator(box).height() >= 2 * small - 2
        assert box.sizeHint().height() > small_hint * 1.8
        assert "QCheckBox::indicator" in qapp.styleSheet()
        apply_font_percent(qapp, 100)
        assert _indicator(box).height() == small
    finally:
        qapp.setStyleSheet("")
        qapp.setFont(original)
        qapp.setProperty("samenleren_base_point_size", None)


def test_no_indicator_rule_without_the_programs_style_sheet(qapp: QApplication) -> None:
    original = QFont(qapp.font())
    try:
        apply_font_percent(qapp, 150)
        assert qapp.styleSheet() == ""
    finally:
        qapp.setFont(original)
        qapp.setProperty("samenleren_base_point_size", None)
