"""The coach's own settings on this laptop (auto-lock, language, font size), kept in QSettings.

Each setting is declared once below with its key, default and allowed range. Tests pass their
own `QSettings` (an ini file in `tmp_path`) so they never touch the user's real settings.

Over the coach's settings lies the administrator's machine-wide file (`samenleren_desktop.config`):
its values are the defaults, and a value it locks wins (the setter then changes nothing, and
`is_locked(name)` tells the settings page to show the control disabled).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from samenleren_desktop.config import MachineConfig, load_machine_config

LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class IntSetting:
    """One whole-number setting: its QSettings key, default and allowed range."""

    key: str
    default: int
    minimum: int
    maximum: int

    def clamp(self, value: int) -> int:
        """The value brought inside the allowed range."""
        return max(self.minimum, min(self.maximum, value))


AUTOLOCK_MINUTES = IntSetting("beveiliging/vergrendel_na_minuten", 5, 0, 60)
FONT_PERCENT = IntSetting("weergave/lettergrootte_procent", 100, 100, 200)
LANGUAGE_KEY = "weergave/taal"
LOGO_KEY = "documenten/logo"


class Preferences(QObject):
    """Typed access to the settings; emits `changed` only when a value really changes.

    Args:
        settings: the coach's settings (default: the user's QSettings).
        machine: the administrator's file; by default it is read from its usual place when
            `settings` is the user's, and left empty when `settings` is given (tests).

    Signals:
        changed: (key) the QSettings key of the setting that changed.
    """

    changed = Signal(str)

    def __init__(
        self,
        settings: QSettings | None = None,
        parent: QObject | None = None,
        machine: MachineConfig | None = None,
    ) -> None:
        super().__init__(parent)
        if machine is None:
            machine = load_machine_config() if settings is None else MachineConfig()
        self.machine = machine
        self._settings = settings if settings is not None else QSettings()

    @classmethod
    def from_file(cls, path: str, machine: MachineConfig | None = None) -> Preferences:
        """Settings kept in one ini file (tests, the self-test and screenshots use this)."""
        return cls(QSettings(path, QSettings.Format.IniFormat), machine=machine)

    def is_locked(self, name: str) -> bool:
        """Whether the administrator fixed setting `name` (e.g. "autolock_minutes")."""
        return self.machine.is_locked(name)

    def _int(self, setting: IntSetting, name: str) -> int:
        central = getattr(self.machine, name, None)
        if central is not None and (
            self.is_locked(name) or not self._settings.contains(setting.key)
        ):
            return setting.clamp(int(central))
        raw = self._settings.value(setting.key, setting.default)
        try:
            return setting.clamp(int(str(raw)))
        except ValueError:
            return setting.default

    def _set(self, key: str, value: object) -> None:
        if self._settings.value(key) is not None and str(self._settings.value(key)) == str(value):
            return
        self._settings.setValue(key, value)
        self._settings.sync()
        self.changed.emit(key)

    @property
    def autolock_minutes(self) -> int:
        """Minutes without input before the program locks itself; 0 means never."""
        return self._int(AUTOLOCK_MINUTES, "autolock_minutes")

    @autolock_minutes.setter
    def autolock_minutes(self, minutes: int) -> None:
        if not self.is_locked("autolock_minutes"):
            self._set(AUTOLOCK_MINUTES.key, AUTOLOCK_MINUTES.clamp(minutes))

    @property
    def font_percent(self) -> int:
        """The font size as a percentage of the system's (100-200)."""
        return self._int(FONT_PERCENT, "font_percent")

    @font_percent.setter
    def font_percent(self, percent: int) -> None:
        self._set(FONT_PERCENT.key, FONT_PERCENT.clamp(percent))

    @property
    def language(self) -> str:
        """The language of the program: "nl" (default) or "en"."""
        central = self.machine.language
        if central is not None and (
            self.is_locked("language") or not self._settings.contains(LANGUAGE_KEY)
        ):
            return central
        value = str(self._settings.value(LANGUAGE_KEY, "nl"))
        return value if value in LANGUAGES else "nl"

    @language.setter
    def language(self, language: str) -> None:
        if not self.is_locked("language"):
            self._set(LANGUAGE_KEY, language if language in LANGUAGES else "nl")

    @property
    def server_url(self) -> str:
        """The organisation's sync server from the administrator's file, or "" (not set)."""
        return self.machine.server_url or ""

    @property
    def organisation(self) -> str:
        """The organisation's name from the administrator's file, or ""."""
        return self.machine.organisation or ""

    @property
    def document_logo(self) -> str:
        """The logo on every document the coach makes: the coach's choice, else the
        administrator's (`logo` in the machine-wide file, which wins when locked); "" for none."""
        central = self.machine.logo or ""
        if self.is_locked("logo") or not self._settings.contains(LOGO_KEY):
            return central
        return str(self._settings.value(LOGO_KEY, "") or "") or central

    @document_logo.setter
    def document_logo(self, path: str) -> None:
        if not self.is_locked("logo"):
            self._set(LOGO_KEY, str(path).strip())

    def document_settings(self) -> tuple[Path | None, str | None]:
        """(logo, organisation name) for the export functions; None where nothing is set."""
        logo = self.document_logo
        return (Path(logo) if logo else None, self.organisation or None)

    @property
    def update_channel(self) -> str:
        """Which updates this computer follows: "stable" (default) or "test"."""
        return self.machine.update_channel or "stable"
