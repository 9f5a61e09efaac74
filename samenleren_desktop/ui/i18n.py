"""Language and font size of the whole application.

The source strings are Dutch; English comes from `translations/samenleren_en.qm`, made with Qt
Linguist from the `self.tr()` strings of `samenleren_desktop/ui` (`translations/update.sh`).
Qt's own words (buttons of standard dialogs) come from Qt's `qtbase_<lang>.qm` when installed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QGuiApplication

from samenleren_desktop.model.paths import translations_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "nl"
_BASE_POINT_SIZE = "samenleren_base_point_size"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translations for `language` on `app`; Dutch needs none of our own.

    Returns the installed translators (keep them alive as long as the application).
    """
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_folder)]
    if language != SOURCE_LANGUAGE:
        candidates.append((f"samenleren_{language}", str(translations_dir())))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif name.startswith("samenleren"):
            log.warning("Translation %s not found in %s", name, folder)
    QLocale.setDefault(
        QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch)
    )
    return installed


def apply_font_percent(app: QGuiApplication, percent: int) -> None:
    """Scale the application font to `percent` of the size it had at start (100-200)."""
    font = QFont(app.font())
    base = app.property(_BASE_POINT_SIZE)
    if base is None:
        base = font.pointSizeF()
        app.setProperty(_BASE_POINT_SIZE, base)
    font.setPointSizeF(float(base) * max(100, min(200, percent)) / 100)
    app.setFont(font)
