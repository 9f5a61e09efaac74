"""Settings the administrator locks win over the coach's, and show as "vastgezet"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from samenleren_desktop.config import CONFIG_ENV, MachineConfig, load_machine_config
from samenleren_desktop.ui.preferences import Preferences
from samenleren_desktop.ui.settings_page import SettingsPage

pytestmark = pytest.mark.gui


def _machine(tmp_path: Path, text: str) -> MachineConfig:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return load_machine_config(path)


def test_central_values_are_defaults_the_coach_may_change(tmp_path: Path) -> None:
    machine = _machine(tmp_path, 'autolock_minutes = 12\nlanguage = "en"\n')
    preferences = Preferences.from_file(str(tmp_path / "eigen.ini"), machine)
    assert (preferences.autolock_minutes, preferences.language) == (12, "en")
    preferences.autolock_minutes = 20
    preferences.language = "nl"
    assert (preferences.autolock_minutes, preferences.language) == (20, "nl")


def test_locked_values_win_and_cannot_be_changed(qtbot: QtBot, tmp_path: Path) -> None:
    ini = str(tmp_path / "eigen.ini")
    own = QSettings(ini, QSettings.Format.IniFormat)
    own.setValue("beveiliging/vergrendel_na_minuten", 30)
    own.setValue("weergave/taal", "en")
    own.sync()
    machine = _machine(
        tmp_path,
        'autolock_minutes = 2\nlanguage = "nl"\nlocked = ["autolock_minutes", "language"]\n',
    )
    preferences = Preferences.from_file(ini, machine)
    assert (preferences.autolock_minutes, preferences.language) == (2, "nl")
    with qtbot.assertNotEmitted(preferences.changed):
        preferences.autolock_minutes = 45
        preferences.language = "en"
    assert (preferences.autolock_minutes, preferences.language) == (2, "nl")
    assert preferences.is_locked("autolock_minutes")
    assert not preferences.is_locked("font_percent")


def test_the_settings_page_shows_locked_settings_disabled(qtbot: QtBot, tmp_path: Path) -> None:
    machine = _machine(
        tmp_path,
        'server_url = "https://sync.example.org"\norganisation = "Stichting Noord"\n'
        'autolock_minutes = 2\nlocked = ["autolock_minutes", "server_url"]\n',
    )
    preferences = Preferences.from_file(str(tmp_path / "eigen.ini"), machine)
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    assert not page.autolock.isEnabled()
    assert page.autolock.value() == 2
    assert page.language.isEnabled()
    assert set(page.locked_notes) == {"autolock_minutes"}
    assert page.locked_notes["autolock_minutes"].text() == "vastgezet door de beheerder"
    assert page.organisation is not None
    texts = [label.text() for label in page.organisation.findChildren(QLabel)]
    assert "Organisatie: Stichting Noord" in texts
    assert "Server: https://sync.example.org" in texts
    assert preferences.server_url == "https://sync.example.org"
    assert preferences.organisation == "Stichting Noord"
    assert preferences.update_channel == "stable"


def test_a_broken_file_still_gives_a_working_page_that_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    path.write_text("autolock_minutes = [\n", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(path))
    preferences = Preferences(QSettings(str(tmp_path / "eigen.ini"), QSettings.Format.IniFormat))
    assert preferences.machine.problems == ()  # given settings: no machine file unless asked
    preferences = Preferences.from_file(str(tmp_path / "eigen.ini"), load_machine_config())
    assert preferences.autolock_minutes == 5
    page = SettingsPage(preferences)
    qtbot.addWidget(page)
    assert page.autolock.isEnabled()
    assert page.organisation is not None
    text = " ".join(label.text() for label in page.organisation.findChildren(QLabel))
    assert "geen geldig TOML" in text
    assert "standaardinstellingen" in text
