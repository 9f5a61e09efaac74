"""The coach's own settings on this laptop (auto-lock, language, font size), kept in QSettings.

Each setting is declared once below with its key, default and allowed range. Tests pass their
own `QSettings` (an ini file in `tmp_path`) so they never touch the user's real settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

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


class Preferences(QObject):
    """Typed access to the settings; emits `changed` only when a value really changes.

    Signals:
        changed: (key) the QSettings key of the setting that changed.
    """

    changed = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()

    @classmethod
    def from_file(cls, path: str) -> Preferences:
        """Settings kept in one ini file (tests, the self-test and screenshots use this)."""
        return cls(QSettings(path, QSettings.Format.IniFormat))

    def _int(self, setting: IntSetting) -> int:
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
        return self._int(AUTOLOCK_MINUTES)

    @autolock_minutes.setter
    def autolock_minutes(self, minutes: int) -> None:
        self._set(AUTOLOCK_MINUTES.key, AUTOLOCK_MINUTES.clamp(minutes))

    @property
    def font_percent(self) -> int:
        """The font size as a percentage of the system's (100-200)."""
        return self._int(FONT_PERCENT)

    @font_percent.setter
    def font_percent(self, percent: int) -> None:
        self._set(FONT_PERCENT.key, FONT_PERCENT.clamp(percent))

    @property
    def language(self) -> str:
        """The language of the program: "nl" (default) or "en"."""
        value = str(self._settings.value(LANGUAGE_KEY, "nl"))
        return value if value in LANGUAGES else "nl"

    @language.setter
    def language(self, language: str) -> None:
        self._set(LANGUAGE_KEY, language if language in LANGUAGES else "nl")
